//! Reports by residents, and posting to the facilitators' group.

use super::*;

impl Turn<'_> {
    /// Posts a sheet or detail with moderation buttons to the facilitators' group, if there is
    /// one, in the consultation's language.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn post_to_admin_chat(
        &mut self,
        heading: &str,
        reason_key: Option<&str>,
        target: Target,
        sheet_id: SheetId,
        text: &str,
        status: Status,
        reports: i64,
    ) {
        let Some(chat) = self.settings.admin_chat else {
            return;
        };
        let reader = self.words;
        self.words = Words::new(self.consultation.lang);
        let card = self.moderation_card(target, sheet_id, text, status, reports);
        let heading = match reason_key {
            Some(key) => self
                .words
                .with(heading, &[("reason", self.words.get(key).into())]),
            None => self.words.get(heading),
        };
        self.words = reader;
        let mut body = Text::new().bold(heading).line();
        body.0.extend(card.text.0);
        self.elsewhere.push((chat, Reply { text: body, ..card }));
    }

    /// Which to report: the sheet itself or one of its details.
    pub(super) async fn report_choose(&mut self, sheet_id: SheetId) -> Replies {
        let Some(sheet) = self.public_sheet(sheet_id).await? else {
            return Ok(self.not_found(sheet_id));
        };
        let details = self.tx.details(sheet_id, self.me.lang).await?;
        if details.is_empty() {
            return Ok(self.report_why(Target::Sheet(sheet_id)));
        }
        let mut rows = vec![vec![self.button_with(
            "button-report-sheet",
            &[("number", format!("#{}", sheet.summary.id).into())],
            Action::ReportWhy(Target::Sheet(sheet_id)),
        )]];
        for (i, d) in details.iter().enumerate() {
            let shown = d
                .translation
                .as_ref()
                .map(|(t, _)| t.as_str())
                .unwrap_or(&d.text);
            rows.push(vec![Button {
                label: format!("{}. {}", i + 1, short(shown, BUTTON_CHARS)),
                action: Action::ReportWhy(Target::Detail(d.id)),
            }]);
        }
        Ok(vec![self.say("report-what").rows(rows).row(vec![
            self.button("button-cancel-report", Action::Sheet(sheet_id)),
        ])])
    }

    pub(super) fn report_why(&self, target: Target) -> Vec<Reply> {
        let back = match target {
            Target::Sheet(id) => Action::Sheet(id),
            Target::Detail(_) => Action::Themes,
        };
        vec![self.say("report-why").rows([
            vec![self.button(
                "report-reason-spam",
                Action::ReportAs(target, ReportReason::Spam),
            )],
            vec![self.button(
                "report-reason-offensive",
                Action::ReportAs(target, ReportReason::Offensive),
            )],
            vec![self.button(
                "report-reason-off-topic",
                Action::ReportAs(target, ReportReason::OffTopic),
            )],
            vec![self.button("button-cancel-report", back)],
        ])]
    }

    pub(super) async fn report_as(&mut self, target: Target, reason: ReportReason) -> Replies {
        let Some(reports) = self.tx.report_content(target, self.me.id, reason).await? else {
            return Ok(self.stale());
        };
        let (sheet_id, text) = match target {
            Target::Sheet(id) => (
                id,
                self.tx
                    .sheet(id, Some(self.me.id), self.me.lang)
                    .await?
                    .map(|s| s.summary.text),
            ),
            Target::Detail(id) => match self.tx.detail(id).await? {
                Some((sheet, text, _, _)) => (sheet, Some(text)),
                None => return Ok(self.stale()),
            },
        };
        let mut status = Status::Visible;
        if reports >= REPORTS_TO_HIDE {
            // Several residents agree: hide it until a facilitator decides.
            self.tx.set_status(target, Status::Hidden).await?;
            self.tx
                .audit(
                    // No one person did it: the audit log has always written 0 for this.
                    crate::domain::TelegramUserId::new(0),
                    crate::domain::AuditAction::AutoHide,
                    &facilitator::target_label(target),
                    &reports.to_string(),
                )
                .await?;
            status = Status::Hidden;
        }
        if let Some(text) = text {
            let reason_key = match reason {
                ReportReason::Spam => "report-reason-spam",
                ReportReason::Offensive => "report-reason-offensive",
                ReportReason::OffTopic => "report-reason-off-topic",
            };
            self.post_to_admin_chat(
                "admin-chat-report",
                Some(reason_key),
                target,
                sheet_id,
                &text,
                status,
                reports,
            );
        }
        self.notice = Some(self.words.get("report-thanks"));
        Ok(vec![self.with_themes_button(self.say("report-thanks"))])
    }
}
