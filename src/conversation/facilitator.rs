//! The facilitators' side of the conversation: results, exports, charts, the report,
//! moderation, phases, tallies, broadcasts, outcomes, roles, translations and QR codes. Every
//! command checks the caller's role on every call; to anyone else it looks like an unknown
//! command, so it reveals nothing.

use super::{Action, Button, Dialogue, Replies, Reply, Text, Turn, short};
use crate::domain::{Decision, Kind, Lang, Phase, Role, SheetId, SheetText, Status};
use crate::i18n::Words;
use crate::report::{ExportFormat, FileRequest};
use crate::store::{RankScope, Ranked, StoreError, Target};

/// What a command needs from its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    /// `CONSULTBOT_ADMINS`.
    Admin,
    /// An admin or a moderator.
    Moderator,
    /// An admin, or a translator for this language (any language when None).
    Translator(Option<Lang>),
}

/// A facilitator command as typed, with its raw arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum FacilitatorCommand {
    Stats,
    Top(String),
    Export,
    Chart(String),
    Report,
    Pending,
    Approve(String),
    Hide(String),
    Restore(String),
    Tally(String),
    Phase(String),
    Broadcast(String),
    Translate(String),
    Translations(String),
    Grant(String),
    Revoke(String),
    Audit,
    Qr(String),
    Outcome(String),
}

impl FacilitatorCommand {
    pub(super) fn parse(name: &str, arg: &str) -> Option<FacilitatorCommand> {
        let arg = arg.to_owned();
        Some(match name {
            "stats" => FacilitatorCommand::Stats,
            "top" => FacilitatorCommand::Top(arg),
            "export" => FacilitatorCommand::Export,
            "chart" => FacilitatorCommand::Chart(arg),
            "report" => FacilitatorCommand::Report,
            "pending" => FacilitatorCommand::Pending,
            "approve" => FacilitatorCommand::Approve(arg),
            "hide" => FacilitatorCommand::Hide(arg),
            "restore" => FacilitatorCommand::Restore(arg),
            "tally" => FacilitatorCommand::Tally(arg),
            "phase" => FacilitatorCommand::Phase(arg),
            "broadcast" => FacilitatorCommand::Broadcast(arg),
            "translate" => FacilitatorCommand::Translate(arg),
            "translations" => FacilitatorCommand::Translations(arg),
            "grant" => FacilitatorCommand::Grant(arg),
            "revoke" => FacilitatorCommand::Revoke(arg),
            "audit" => FacilitatorCommand::Audit,
            "qr" => FacilitatorCommand::Qr(arg),
            "outcome" => FacilitatorCommand::Outcome(arg),
            _ => return None,
        })
    }

    fn need(&self) -> Need {
        match self {
            FacilitatorCommand::Phase(_)
            | FacilitatorCommand::Broadcast(_)
            | FacilitatorCommand::Grant(_)
            | FacilitatorCommand::Revoke(_)
            | FacilitatorCommand::Audit
            | FacilitatorCommand::Outcome(_) => Need::Admin,
            FacilitatorCommand::Translate(_) | FacilitatorCommand::Translations(_) => {
                Need::Translator(None)
            }
            _ => Need::Moderator,
        }
    }
}

/// `N` is a sheet, `dN` a detail.
fn parse_target(s: &str) -> Option<Target> {
    let s = s.trim().trim_start_matches('#');
    let (detail, digits) = match s.strip_prefix(['d', 'D']) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let id = digits.parse::<i64>().ok().filter(|n| *n > 0)?;
    Some(if detail {
        Target::Detail(id)
    } else {
        Target::Sheet(id)
    })
}

pub(super) fn target_label(t: Target) -> String {
    match t {
        Target::Sheet(id) => format!("#{id}"),
        Target::Detail(id) => format!("d{id}"),
    }
}

impl Turn<'_> {
    pub(super) fn is_admin(&self) -> bool {
        self.settings.admins.contains(&self.me.telegram_user_id)
    }

    /// Whether the caller may do what `need` asks, checked against the database each time.
    pub(super) async fn allowed(&mut self, need: Need) -> Result<bool, StoreError> {
        if self.is_admin() {
            return Ok(true);
        }
        if need == Need::Admin {
            return Ok(false);
        }
        let roles = self.tx.roles_of(self.me.telegram_user_id).await?;
        Ok(roles.iter().any(|(role, lang)| match (need, role) {
            (Need::Moderator, Role::Moderator) => true,
            (Need::Translator(None), Role::Translator) => true,
            (Need::Translator(Some(wanted)), Role::Translator) => *lang == Some(wanted),
            _ => false,
        }))
    }

    fn refusal(&self) -> Vec<Reply> {
        vec![self.say("error-unknown-command")]
    }

    fn usage(&self, key: &str) -> Vec<Reply> {
        vec![Reply::new(Text::new().plain(self.words.get(key)))]
    }

    pub(super) async fn facilitator(&mut self, command: FacilitatorCommand) -> Replies {
        if !self.allowed(command.need()).await? {
            return Ok(self.refusal());
        }
        match command {
            FacilitatorCommand::Stats => self.stats().await,
            FacilitatorCommand::Top(arg) => self.top(&arg).await,
            FacilitatorCommand::Export => self.export().await,
            FacilitatorCommand::Chart(arg) => self.chart(&arg).await,
            FacilitatorCommand::Report => self.report().await,
            FacilitatorCommand::Pending => self.pending().await,
            FacilitatorCommand::Approve(arg) | FacilitatorCommand::Restore(arg) => {
                match parse_target(&arg) {
                    Some(t) => self.moderate(t, Status::Visible).await,
                    None => Ok(self.usage("usage-moderate")),
                }
            }
            FacilitatorCommand::Hide(arg) => match parse_target(&arg) {
                Some(t) => self.moderate(t, Status::Hidden).await,
                None => Ok(self.usage("usage-moderate")),
            },
            FacilitatorCommand::Tally(arg) => self.tally(&arg).await,
            FacilitatorCommand::Phase(arg) => self.phase(&arg).await,
            FacilitatorCommand::Broadcast(arg) => self.broadcast_preview(&arg).await,
            FacilitatorCommand::Translate(arg) => self.translate(&arg).await,
            FacilitatorCommand::Translations(arg) => self.translation_queue(&arg).await,
            FacilitatorCommand::Grant(arg) => self.grant(&arg).await,
            FacilitatorCommand::Revoke(arg) => self.revoke(&arg).await,
            FacilitatorCommand::Audit => self.audit_log().await,
            FacilitatorCommand::Qr(arg) => self.qr(&arg).await,
            FacilitatorCommand::Outcome(arg) => self.outcome(&arg).await,
        }
    }

    // ----- results -----

    async fn stats(&mut self) -> Replies {
        let budget =
            i64::from(self.consultation.stickers.challenge + self.consultation.stickers.solution);
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        let stats = self
            .tx
            .stats(self.consultation.id, budget * themes.len() as i64)
            .await?;
        let w = self.words;
        let mut text = Text::new().bold(w.get("stats-title")).para().plain(w.with(
            "stats-participants",
            &[
                ("total", stats.participants.into()),
                ("active", stats.active_7_days.into()),
            ],
        ));
        let languages: Vec<String> = stats
            .by_language
            .iter()
            .map(|(lang, n)| format!("{} {n}", lang.native_name()))
            .collect();
        if !languages.is_empty() {
            text = text
                .line()
                .plain(w.with("stats-languages", &[("list", languages.join(", ").into())]));
        }
        text = text.para().bold(w.get("stats-sheets"));
        for theme in &themes {
            let count = |kind: Kind, source: &str, status: Option<Status>| -> i64 {
                stats
                    .sheets
                    .iter()
                    .filter(|c| c.theme_id == theme.id && c.kind == kind && c.source == source)
                    .filter(|c| status.is_none_or(|s| s == c.status))
                    .map(|c| c.count)
                    .sum()
            };
            let status_count = |status: Status| -> i64 {
                stats
                    .sheets
                    .iter()
                    .filter(|c| c.theme_id == theme.id && c.status == status)
                    .map(|c| c.count)
                    .sum()
            };
            text = text.line().plain(w.with(
                "stats-theme",
                &[
                    ("theme", theme.title.clone().into()),
                    (
                        "challenges_seed",
                        count(Kind::Challenge, "seed", None).into(),
                    ),
                    (
                        "challenges_resident",
                        count(Kind::Challenge, "resident", None).into(),
                    ),
                    ("solutions_seed", count(Kind::Solution, "seed", None).into()),
                    (
                        "solutions_resident",
                        count(Kind::Solution, "resident", None).into(),
                    ),
                    ("pending", status_count(Status::Pending).into()),
                    ("hidden", status_count(Status::Hidden).into()),
                ],
            ));
        }
        text = text
            .para()
            .plain(w.with(
                "stats-stickers",
                &[
                    ("placed", stats.stickers_placed.into()),
                    ("unused", stats.stickers_unused.into()),
                    ("meeting", stats.meeting_stickers.into()),
                ],
            ))
            .line()
            .plain(w.with("stats-details", &[("count", stats.details.into())]))
            .line()
            .plain(w.with(
                "stats-digest",
                &[("count", stats.digest_subscribers.into())],
            ));
        let answered = |rows: &[(String, i64)]| -> String {
            rows.iter()
                .map(|(k, n)| {
                    let label = if k.is_empty() {
                        w.get("stats-no-answer")
                    } else {
                        self.profile_label(k)
                    };
                    format!("{label} {n}")
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        text = text
            .para()
            .bold(w.get("stats-who"))
            .line()
            .plain(w.with(
                "stats-districts",
                &[("list", answered(&stats.by_district).into())],
            ))
            .line()
            .plain(w.with(
                "stats-ages",
                &[("list", answered(&stats.by_age_band).into())],
            ));
        Ok(vec![Reply::new(text)])
    }

    /// District names are shown as written in the content file; age bands are translated.
    fn profile_label(&self, key: &str) -> String {
        match super::AGE_BANDS.iter().position(|b| *b == key) {
            Some(i) => self.words.get(&format!("age-band-{}", i + 1)),
            None => key.to_owned(),
        }
    }

    async fn theme_by_arg(
        &mut self,
        arg: &str,
    ) -> Result<Option<crate::store::ThemeRow>, StoreError> {
        let arg = arg.trim().to_lowercase();
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        Ok(themes.into_iter().enumerate().find_map(|(i, t)| {
            (t.key == arg || (i + 1).to_string() == arg || t.title.to_lowercase() == arg)
                .then_some(t)
        }))
    }

    /// `/top [THEME] [N]`: ranked sheets, online and meeting stickers apart and summed.
    async fn top(&mut self, arg: &str) -> Replies {
        let mut words: Vec<&str> = arg.split_whitespace().collect();
        let limit = match words.last().and_then(|w| w.parse::<usize>().ok()) {
            Some(n) => {
                words.pop();
                n.clamp(1, 30)
            }
            None => 5,
        };
        let theme_arg = words.join(" ");
        let theme = if theme_arg.is_empty() {
            None
        } else {
            match self.theme_by_arg(&theme_arg).await? {
                Some(t) => Some(t),
                None => return Ok(self.usage("usage-top")),
            }
        };
        let scope = match &theme {
            Some(t) => RankScope::Theme(t.id),
            None => RankScope::Consultation(self.consultation.id),
        };
        let outcomes = self.tx.outcomes(self.consultation.id).await?;
        let mut text = Text::new().bold(match &theme {
            Some(t) => self
                .words
                .with("top-title-theme", &[("theme", t.title.clone().into())]),
            None => self.words.get("top-title"),
        });
        for kind in [Kind::Challenge, Kind::Solution] {
            let ranked = self
                .tx
                .ranking(scope, Some(kind), self.me.id, self.me.lang)
                .await?;
            text = text.para().bold(self.words.get(match kind {
                Kind::Challenge => "top-challenges",
                Kind::Solution => "top-solutions",
            }));
            for Ranked { sheet: s, rank, .. } in ranked.iter().take(limit) {
                text = text
                    .line()
                    .plain(format!("{rank}. "))
                    .bold(self.number(s.id))
                    .plain(" ")
                    .plain(self.quote(&short(self.displayed(s), 70)))
                    .line()
                    .plain("   ")
                    .plain(self.words.with(
                        "top-counts",
                        &[
                            ("online", s.votes.into()),
                            ("meeting", s.meeting_votes.into()),
                            ("total", s.total_votes().into()),
                        ],
                    ));
                if let Some((decision, _)) = outcomes.get(&s.id) {
                    text = text.plain(" · ").italic(self.decision_word(*decision));
                }
            }
        }
        Ok(vec![Reply::new(text)])
    }

    pub(super) fn decision_word(&self, decision: Decision) -> String {
        self.words.get(match decision {
            Decision::Adopted => "decision-adopted",
            Decision::Considered => "decision-considered",
            Decision::Declined => "decision-declined",
        })
    }

    async fn export(&mut self) -> Replies {
        let key = &self.consultation.key;
        Ok([
            (ExportFormat::Csv, "export-csv-caption", "csv"),
            (ExportFormat::Json, "export-json-caption", "json"),
        ]
        .into_iter()
        .map(|(format, caption, extension)| {
            self.file_reply(
                Text::new().plain(self.words.get(caption)),
                super::AttachmentKind::Document,
                format!("{key}.{extension}"),
                FileRequest::Export(format),
            )
        })
        .collect())
    }

    async fn chart(&mut self, arg: &str) -> Replies {
        let theme = if arg.trim().is_empty() {
            None
        } else {
            match self.theme_by_arg(arg).await? {
                Some(t) => Some(t),
                None => return Ok(self.usage("usage-chart")),
            }
        };
        let caption = match &theme {
            Some(t) => self
                .words
                .with("chart-caption-theme", &[("theme", t.title.clone().into())]),
            None => self.words.get("chart-caption"),
        };
        Ok(vec![self.file_reply(
            Text::new().plain(caption),
            super::AttachmentKind::Photo,
            "chart.png",
            FileRequest::Chart {
                consultation_id: self.consultation.id,
                theme_id: theme.map(|t| t.id),
                lang: self.me.lang,
            },
        )])
    }

    async fn report(&mut self) -> Replies {
        let name = format!("{}-report-{}.html", self.consultation.key, self.me.lang);
        Ok(vec![self.file_reply(
            Text::new().plain(self.words.get("report-caption")),
            super::AttachmentKind::Document,
            name,
            FileRequest::Report { lang: self.me.lang },
        )])
    }

    // ----- moderation -----

    async fn pending(&mut self) -> Replies {
        let items = self.tx.waiting_items(self.consultation.id).await?;
        if items.is_empty() {
            return Ok(self.usage("pending-none"));
        }
        let mut replies = vec![Reply::new(
            Text::new().bold(
                self.words
                    .with("pending-title", &[("count", items.len().into())]),
            ),
        )];
        for item in items.iter().take(20) {
            replies.push(self.moderation_card(
                item.target,
                item.sheet_id,
                &item.text,
                item.status,
                item.reports,
            ));
        }
        Ok(replies)
    }

    /// A sheet or detail with approve and hide buttons, for /pending and the admin chat.
    pub(super) fn moderation_card(
        &self,
        target: Target,
        sheet_id: SheetId,
        text: &str,
        status: Status,
        reports: i64,
    ) -> Reply {
        let heading = match target {
            Target::Sheet(_) => self.words.with(
                "moderation-sheet",
                &[("number", self.number(sheet_id).into())],
            ),
            Target::Detail(id) => self.words.with(
                "moderation-detail",
                &[
                    ("number", self.number(sheet_id).into()),
                    ("detail", format!("d{id}").into()),
                ],
            ),
        };
        let mut body = Text::new()
            .bold(heading)
            .line()
            .plain(self.quote(text))
            .line()
            .italic(self.words.with(
                "moderation-status",
                &[
                    ("status", self.status_word(status).into()),
                    ("reports", reports.into()),
                ],
            ));
        body = body.line();
        Reply::new(body).row(vec![
            self.button("button-approve", Action::Approve(target)),
            self.button("button-hide", Action::Hide(target)),
        ])
    }

    fn status_word(&self, status: Status) -> String {
        self.words.get(match status {
            Status::Visible => "status-visible",
            Status::Pending => "status-pending",
            Status::Hidden => "status-hidden",
        })
    }

    pub(super) async fn moderate(&mut self, target: Target, status: Status) -> Replies {
        if !self.allowed(Need::Moderator).await? {
            return Ok(self.refusal());
        }
        let Some(old) = self.tx.set_status(target, status).await? else {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", target_label(target).into())],
            )]);
        };
        let action = match status {
            Status::Visible if old == Status::Pending => "approve",
            Status::Visible => "restore",
            _ => "hide",
        };
        self.tx
            .audit(
                self.me.telegram_user_id,
                action,
                &target_label(target),
                &format!("{old} -> {status}"),
            )
            .await?;
        let key = match status {
            Status::Visible => "moderation-visible",
            _ => "moderation-hidden",
        };
        let message = self
            .words
            .with(key, &[("target", target_label(target).into())]);
        self.notice = Some(message.clone());
        Ok(vec![Reply::new(Text::new().plain(message))])
    }

    // ----- steering -----

    async fn tally(&mut self, arg: &str) -> Replies {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let (Some(id), Some(count)) = (
            parts
                .first()
                .and_then(|s| s.trim_start_matches('#').parse::<SheetId>().ok()),
            parts
                .get(1)
                .and_then(|s| s.parse::<i64>().ok())
                .filter(|n| (0..=100_000).contains(n)),
        ) else {
            return Ok(self.usage("usage-tally"));
        };
        if parts.len() != 2 {
            return Ok(self.usage("usage-tally"));
        }
        if !self
            .tx
            .set_tally(id, count, self.me.telegram_user_id)
            .await?
        {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", format!("#{id}").into())],
            )]);
        }
        self.tx
            .audit(
                self.me.telegram_user_id,
                "tally",
                &format!("#{id}"),
                &count.to_string(),
            )
            .await?;
        Ok(vec![self.say_with(
            "tally-done",
            &[("number", self.number(id).into()), ("count", count.into())],
        )])
    }

    async fn phase(&mut self, arg: &str) -> Replies {
        let Ok(phase) = arg.trim().to_lowercase().parse::<Phase>() else {
            return Ok(self.usage("usage-phase"));
        };
        let old = self.consultation.phase;
        self.tx.set_phase(self.consultation.id, phase).await?;
        self.consultation.phase = phase;
        self.tx
            .audit(
                self.me.telegram_user_id,
                "phase",
                &self.consultation.key,
                &format!("{old} -> {phase}"),
            )
            .await?;
        let key = match phase {
            Phase::Open => "phase-set-open",
            Phase::Voting => "phase-set-voting",
            Phase::Closed => "phase-set-closed",
        };
        Ok(vec![self.say(key)])
    }

    async fn broadcast_preview(&mut self, arg: &str) -> Replies {
        let text = match SheetText::parse(arg) {
            Ok(_) if arg.trim().chars().count() > 3500 => return Ok(self.usage("usage-broadcast")),
            Ok(_) => arg.trim().to_owned(),
            Err(_) => return Ok(self.usage("usage-broadcast")),
        };
        let audience = self.tx.reachable_participants().await?.len();
        self.dialogue = Some(Dialogue::Broadcast { text: text.clone() });
        let body = Text::new()
            .bold(
                self.words
                    .with("broadcast-preview", &[("count", audience.into())]),
            )
            .para()
            .plain(text);
        Ok(vec![Reply::new(body).row(vec![
            self.button("button-send", Action::SendBroadcast),
            self.button("button-cancel", Action::Cancel),
        ])])
    }

    pub(super) async fn send_broadcast(&mut self) -> Replies {
        let Some(Dialogue::Broadcast { text }) = self.dialogue.clone() else {
            return Ok(self.stale());
        };
        if !self.allowed(Need::Admin).await? {
            self.dialogue = None;
            return Ok(self.refusal());
        }
        self.dialogue = None;
        let run = self
            .tx
            .start_run("broadcast", crate::store::now_millis())
            .await?;
        let recipients = self.tx.reachable_participants().await?;
        // Facilitators write one text; it reaches everyone as written, with a plain heading
        // in each resident's language.
        for r in &recipients {
            let reply = Reply::new(
                Text::new()
                    .bold(Words::new(r.lang).get("broadcast-heading"))
                    .para()
                    .plain(crate::i18n::isolate(r.lang, &text)),
            );
            let payload = serde_json::to_string(&reply).expect("replies serialise");
            self.tx
                .enqueue_delivery(run, r.participant_id, r.chat_id, &payload)
                .await?;
        }
        self.tx
            .audit(
                self.me.telegram_user_id,
                "broadcast",
                &recipients.len().to_string(),
                &short(&text, 80),
            )
            .await?;
        Ok(vec![self.say_with(
            "broadcast-queued",
            &[("count", recipients.len().into())],
        )])
    }

    /// `/outcome N adopted|considered|declined TEXT`: recorded, and the author and everyone
    /// with a sticker on the sheet are told in their language.
    async fn outcome(&mut self, arg: &str) -> Replies {
        let mut parts = arg.trim().splitn(3, char::is_whitespace);
        let id = parts
            .next()
            .and_then(|s| s.trim_start_matches('#').parse::<SheetId>().ok());
        let decision = parts
            .next()
            .and_then(|s| s.to_lowercase().parse::<Decision>().ok());
        let text = parts.next().map(str::trim).unwrap_or("");
        let (Some(id), Some(decision)) = (id, decision) else {
            return Ok(self.usage("usage-outcome"));
        };
        if text.is_empty() || SheetText::parse(text).is_err() {
            return Ok(self.usage("usage-outcome"));
        }
        let Some(sheet) = self
            .tx
            .sheet(id, self.me.id, self.consultation.lang)
            .await?
        else {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", format!("#{id}").into())],
            )]);
        };
        self.tx
            .set_outcome(id, decision, text, self.me.telegram_user_id)
            .await?;
        self.tx
            .audit(
                self.me.telegram_user_id,
                "outcome",
                &format!("#{id}"),
                decision.as_str(),
            )
            .await?;
        let followers = self.tx.sheet_followers(id).await?;
        for r in &followers {
            let words = Words::new(r.lang);
            let decision_word = words.get(match decision {
                Decision::Adopted => "decision-adopted",
                Decision::Considered => "decision-considered",
                Decision::Declined => "decision-declined",
            });
            let number = crate::i18n::isolate(r.lang, &format!("#{id}"));
            let reply = Reply::new(
                Text::new()
                    .bold(words.with(
                        "outcome-heading",
                        &[
                            ("number", number.into()),
                            ("decision", decision_word.into()),
                        ],
                    ))
                    .para()
                    .italic(crate::i18n::isolate(
                        r.lang,
                        &short(&sheet.summary.text, 120),
                    ))
                    .para()
                    .plain(crate::i18n::isolate(r.lang, text)),
            )
            .row(vec![Button {
                label: words.with("button-open", &[("number", format!("#{id}").into())]),
                data: Action::Sheet(id).to_string(),
            }]);
            let payload = serde_json::to_string(&reply).expect("replies serialise");
            self.tx
                .enqueue_delivery(None, r.participant_id, r.chat_id, &payload)
                .await?;
        }
        Ok(vec![self.say_with(
            "outcome-recorded",
            &[
                ("number", self.number(id).into()),
                ("count", followers.len().into()),
            ],
        )])
    }

    // ----- roles and the audit log -----

    async fn grant(&mut self, arg: &str) -> Replies {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let role = parts
            .first()
            .and_then(|r| r.to_lowercase().parse::<Role>().ok());
        let user = parts
            .get(1)
            .and_then(|u| u.parse::<i64>().ok())
            .filter(|u| *u > 0);
        let lang = parts.get(2).map(|l| l.parse::<Lang>());
        let (Some(role), Some(user)) = (role, user) else {
            return Ok(self.usage("usage-grant"));
        };
        let lang = match (role, lang) {
            (Role::Translator, Some(Ok(lang))) => Some(lang),
            (Role::Moderator, None) => None,
            _ => return Ok(self.usage("usage-grant")),
        };
        self.tx
            .grant_role(user, role, lang, self.me.telegram_user_id)
            .await?;
        let detail = lang.map(|l| l.code().to_owned()).unwrap_or_default();
        self.tx
            .audit(
                self.me.telegram_user_id,
                "grant",
                &format!("{role} {user}"),
                &detail,
            )
            .await?;
        let language = lang.map(|l| self.language_name(l)).unwrap_or_default();
        Ok(vec![self.say_with(
            "grant-done",
            &[
                ("role", self.role_word(role).into()),
                ("user", user.to_string().into()),
                ("language", language.into()),
            ],
        )])
    }

    async fn revoke(&mut self, arg: &str) -> Replies {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let role = parts
            .first()
            .and_then(|r| r.to_lowercase().parse::<Role>().ok());
        let user = parts.get(1).and_then(|u| u.parse::<i64>().ok());
        let (Some(role), Some(user), 2) = (role, user, parts.len()) else {
            return Ok(self.usage("usage-revoke"));
        };
        let had = self.tx.revoke_role(user, role).await?;
        if had {
            self.tx
                .audit(
                    self.me.telegram_user_id,
                    "revoke",
                    &format!("{role} {user}"),
                    "",
                )
                .await?;
        }
        let key = if had { "revoke-done" } else { "revoke-none" };
        Ok(vec![self.say_with(
            key,
            &[
                ("role", self.role_word(role).into()),
                ("user", user.to_string().into()),
            ],
        )])
    }

    fn role_word(&self, role: Role) -> String {
        self.words.get(match role {
            Role::Moderator => "role-moderator",
            Role::Translator => "role-translator",
        })
    }

    async fn audit_log(&mut self) -> Replies {
        let entries = self.tx.latest_audit(20).await?;
        let mut text = Text::new().bold(self.words.get("audit-title"));
        if entries.is_empty() {
            text = text.para().plain(self.words.get("audit-none"));
        }
        for e in &entries {
            let when = utc_minute(e.created_at);
            let key = format!("audit-{}", e.action);
            let action = if self.words.has(&key) {
                self.words.get(&key)
            } else {
                e.action.clone()
            };
            text = text.line().plain(format!(
                "{when} · {} · {action} {} {}",
                e.actor_id, e.subject, e.detail
            ));
        }
        Ok(vec![Reply::new(text)])
    }

    // ----- translations -----

    /// `/translate N LANG TEXT` (a sheet) or `/translate dN LANG TEXT` (a detail).
    async fn translate(&mut self, arg: &str) -> Replies {
        let mut parts = arg.trim().splitn(3, char::is_whitespace);
        let target = parts.next().and_then(parse_target);
        let lang = parts.next().and_then(|l| l.parse::<Lang>().ok());
        let text = parts.next().map(str::trim).unwrap_or("");
        let (Some(target), Some(lang)) = (target, lang) else {
            return Ok(self.usage("usage-translate"));
        };
        let text = match self.parse_text(text) {
            Ok(text) => text,
            Err(refusal) => return Ok(refusal),
        };
        self.store_translation(target, lang, &text).await
    }

    pub(super) async fn store_translation(
        &mut self,
        target: Target,
        lang: Lang,
        text: &SheetText,
    ) -> Replies {
        if !self.allowed(Need::Translator(Some(lang))).await? {
            return Ok(self.refusal());
        }
        if !self
            .tx
            .set_human_translation(target, lang, text.as_str(), self.me.telegram_user_id)
            .await?
        {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", target_label(target).into())],
            )]);
        }
        self.tx
            .audit(
                self.me.telegram_user_id,
                "translate",
                &target_label(target),
                lang.code(),
            )
            .await?;
        let message = self.words.with(
            "translate-done",
            &[
                ("target", target_label(target).into()),
                ("language", self.language_name(lang).into()),
            ],
        );
        self.notice = Some(message.clone());
        Ok(vec![Reply::new(Text::new().plain(message)).row(vec![
            self.button_with(
                "button-translate-next",
                &[("language", self.language_name(lang).into())],
                Action::TranslateNext(lang),
            ),
        ])])
    }

    /// `/translations [LANG]`: how much waits for a translation, and a button to take the next.
    async fn translation_queue(&mut self, arg: &str) -> Replies {
        let lang = if arg.trim().is_empty() {
            self.me.lang
        } else {
            match arg.trim().parse::<Lang>() {
                Ok(lang) => lang,
                Err(_) => return Ok(self.usage("usage-translations")),
            }
        };
        if !self.allowed(Need::Translator(Some(lang))).await? {
            return Ok(self.refusal());
        }
        let (total, items) = self
            .tx
            .translation_queue(self.consultation.id, lang, 5)
            .await?;
        let mut text = Text::new().bold(self.words.with(
            "translations-title",
            &[
                ("language", self.language_name(lang).into()),
                ("count", total.into()),
            ],
        ));
        for item in &items {
            text = text
                .line()
                .plain(format!("{} ", target_label(item.target)))
                .plain(self.quote(&short(&item.text, 60)));
        }
        let mut reply = Reply::new(text);
        if total > 0 {
            reply = reply.row(vec![self.button_with(
                "button-translate-next",
                &[("language", self.language_name(lang).into())],
                Action::TranslateNext(lang),
            )]);
        }
        Ok(vec![reply])
    }

    pub(super) async fn translate_next(&mut self, lang: Lang) -> Replies {
        if !self.allowed(Need::Translator(Some(lang))).await? {
            return Ok(self.refusal());
        }
        let (_, items) = self
            .tx
            .translation_queue(self.consultation.id, lang, 1)
            .await?;
        let Some(item) = items.into_iter().next() else {
            self.dialogue = None;
            return Ok(vec![self.say_with(
                "translations-done",
                &[("language", self.language_name(lang).into())],
            )]);
        };
        self.dialogue = Some(Dialogue::Translate {
            target: item.target,
            lang,
        });
        let text = Text::new()
            .bold(self.words.with(
                "translate-prompt",
                &[
                    ("target", target_label(item.target).into()),
                    ("language", self.language_name(lang).into()),
                ],
            ))
            .para()
            .italic(self.words.with(
                "sheet-original",
                &[("language", self.language_name(item.lang).into())],
            ))
            .line()
            .plain(self.quote(&item.text));
        Ok(vec![
            Reply::new(text).row(vec![self.button("button-cancel", Action::Cancel)]),
        ])
    }

    // ----- posters -----

    /// `/qr [THEME|N]`: a QR code and the link that opens the bot at a theme or sheet.
    async fn qr(&mut self, arg: &str) -> Replies {
        let Some(username) = self.tx.bot_fact("username").await? else {
            return Ok(self.usage("qr-no-username"));
        };
        let arg = arg.trim();
        let (payload, label) = if arg.is_empty() {
            (None, self.consultation.title.clone())
        } else if let Ok(id) = arg.trim_start_matches('#').parse::<SheetId>() {
            if self.public_sheet(id).await?.is_none() {
                return Ok(vec![self.say_with(
                    "moderation-not-found",
                    &[("target", format!("#{id}").into())],
                )]);
            }
            (Some(format!("sheet-{id}")), format!("#{id}"))
        } else {
            match self.theme_by_arg(arg).await? {
                Some(t) => (Some(format!("theme-{}", t.key)), t.title),
                None => return Ok(self.usage("usage-qr")),
            }
        };
        let link = match payload {
            Some(p) => format!("https://t.me/{username}?start={p}"),
            None => format!("https://t.me/{username}"),
        };
        let caption = Text::new().bold(label).line().plain(link.clone());
        Ok(vec![self.file_reply(
            caption,
            super::AttachmentKind::Photo,
            "qr.png",
            FileRequest::Qr { link },
        )])
    }
}

/// A UTC time as `YYYY-MM-DD HH:MM`.
fn utc_minute(epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_parse() {
        assert_eq!(parse_target("12"), Some(Target::Sheet(12)));
        assert_eq!(parse_target("#12"), Some(Target::Sheet(12)));
        assert_eq!(parse_target("d7"), Some(Target::Detail(7)));
        assert_eq!(parse_target("x"), None);
        assert_eq!(parse_target("0"), None);
    }

    #[test]
    fn times_read_as_dates() {
        assert_eq!(utc_minute(1_285_142_400), "2010-09-22 08:00");
    }
}
