//! Broadcasts and decisions: a stored draft (`bN`, `oN`) with a preview, versions per language
//! added with `/translate`, and after confirmation one message per recipient in their
//! language, queued in the outbox.
//!
//! Each recipient gets the version of their language: the original when it is theirs, a
//! translator's version, a machine translation (marked as such), or else the original with a
//! one-line note. With a translation server configured a confirmed notice waits for the
//! translation worker (`translate.rs`), which stores the machine versions and then queues it
//! through [`queue_notice`]: no HTTP call is made inside a write transaction.

use super::super::{Action, Button, Replies, Reply, Text, Turn, keys, short};
use super::Need;
use crate::domain::{
    AuditAction, BroadcastText, Decision, Lang, NoticeKind, NoticeRef, NoticeStatus, SheetId,
    SheetText, TranslationOrigin,
};
use crate::i18n::{Words, isolate};
use crate::store::{NewDelivery, Notice, Recipient, StoreError, Tx};
use std::collections::BTreeMap;

/// Characters of the sheet's text quoted in a decision notice.
const SHEET_QUOTE_CHARS: usize = 120;

fn notice_ref(notice: &Notice) -> NoticeRef {
    match (notice.kind, notice.sheet_id) {
        (NoticeKind::Decision, Some(sheet)) => NoticeRef::Decision(sheet),
        _ => NoticeRef::Broadcast(notice.id),
    }
}

/// How many recipients read each language.
fn by_language(recipients: &[Recipient]) -> BTreeMap<Lang, usize> {
    let mut counts = BTreeMap::new();
    for r in recipients {
        *counts.entry(r.lang).or_insert(0) += 1;
    }
    counts
}

/// What a reader of `lang` gets of a notice: the text, and the key of the note under it.
fn version_for<'n>(
    notice: &'n Notice,
    versions: &'n BTreeMap<Lang, (String, TranslationOrigin)>,
    lang: Lang,
) -> (&'n str, Option<&'static str>) {
    if lang == notice.lang {
        return (&notice.text, None);
    }
    match versions.get(&lang) {
        Some((text, TranslationOrigin::Machine)) => (text, Some("notice-machine-translated")),
        Some((text, _)) => (text, None),
        None => (&notice.text, Some("notice-untranslated")),
    }
}

/// One recipient's message, in their language.
fn render(
    notice: &Notice,
    versions: &BTreeMap<Lang, (String, TranslationOrigin)>,
    lang: Lang,
    sheet_text: Option<&str>,
) -> Reply {
    let words = Words::new(lang);
    let (body, note) = version_for(notice, versions, lang);
    let mut text = match (notice.kind, notice.sheet_id, notice.decision) {
        (NoticeKind::Decision, Some(sheet), Some(decision)) => {
            let mut text = Text::new().bold(words.with(
                "outcome-heading",
                &[
                    ("number", isolate(lang, &format!("#{sheet}")).into()),
                    ("decision", words.get(keys::decision(decision)).into()),
                ],
            ));
            if let Some(sheet_text) = sheet_text {
                text = text
                    .para()
                    .italic(isolate(lang, &short(sheet_text, SHEET_QUOTE_CHARS)));
            }
            text
        }
        _ => Text::new().bold(words.get("broadcast-heading")),
    };
    text = text.para().plain(isolate(lang, body));
    if let Some(note) = note {
        text = text.line().italic(words.with(
            note,
            &[("language", words.get(&keys::language(notice.lang)).into())],
        ));
    }
    let reply = Reply::new(text);
    match notice.sheet_id {
        Some(sheet) if notice.kind == NoticeKind::Decision => reply.row(vec![Button {
            label: words.with("button-open", &[("number", format!("#{sheet}").into())]),
            action: Action::Sheet(sheet),
        }]),
        _ => reply,
    }
}

/// Queues a confirmed notice: one message per recipient, rendered in their language, in one
/// run of the outbox, and marks it sent, all in the caller's transaction. None when the notice
/// is not waiting to be sent (already sent, cancelled, or unknown), so it is never queued twice.
pub async fn queue_notice(tx: &mut Tx, id: i64) -> Result<Option<usize>, StoreError> {
    let Some(notice) = tx.notice(id).await? else {
        return Ok(None);
    };
    if !tx
        .set_notice_status(id, NoticeStatus::Confirmed, NoticeStatus::Sent)
        .await?
    {
        return Ok(None);
    }
    let recipients = tx.notice_recipients(&notice).await?;
    let versions = tx.notice_versions(id).await?;
    // Sheet texts in each reader's language (the store picks their translation).
    let mut sheet_texts: BTreeMap<Lang, Option<String>> = BTreeMap::new();
    if let Some(sheet) = notice.sheet_id {
        for &lang in by_language(&recipients).keys() {
            let shown = tx.sheet(sheet, None, lang).await?.map(|s| {
                s.summary
                    .translation
                    .map(|(text, _)| text)
                    .unwrap_or(s.summary.text)
            });
            sheet_texts.insert(lang, shown);
        }
    }
    if recipients.is_empty() {
        // Nobody to tell (a decision on a sheet without supporters): no empty run.
        return Ok(Some(0));
    }
    let run = tx
        .start_run(notice.kind.as_str(), crate::store::now_millis())
        .await?;
    // A message depends only on the reader's language: rendered once per language.
    let replies: BTreeMap<Lang, Reply> = by_language(&recipients)
        .into_keys()
        .map(|lang| {
            let sheet_text = sheet_texts.get(&lang).and_then(|t| t.as_deref());
            (lang, render(&notice, &versions, lang, sheet_text))
        })
        .collect();
    let deliveries: Vec<NewDelivery> = recipients
        .iter()
        .filter_map(|r| {
            Some(NewDelivery {
                participant_id: r.participant_id,
                chat_id: r.chat_id,
                reply: replies.get(&r.lang)?.clone(),
            })
        })
        .collect();
    tx.enqueue_deliveries(run, &deliveries).await?;
    Ok(Some(deliveries.len()))
}

impl Turn<'_> {
    /// `/broadcast TEXT`: a new draft, shown for confirmation.
    pub(super) async fn broadcast_draft(&mut self, text: BroadcastText) -> Replies {
        let id = self
            .tx
            .create_broadcast_draft(text.as_str(), self.me.lang, self.me.telegram_user_id)
            .await?;
        self.notice_preview(id).await
    }

    /// `/outcome N adopted|considered|declined TEXT`: the sheet's decision draft, shown for
    /// confirmation. The author and everyone with a sticker are told once it is confirmed.
    pub(super) async fn outcome_draft(
        &mut self,
        sheet: SheetId,
        decision: Decision,
        text: &SheetText,
    ) -> Replies {
        if self
            .tx
            .sheet(sheet, None, self.consultation.lang)
            .await?
            .is_none()
        {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", format!("#{sheet}").into())],
            )]);
        }
        let id = self
            .tx
            .decision_draft(
                sheet,
                decision,
                text.as_str(),
                self.me.lang,
                self.me.telegram_user_id,
            )
            .await?;
        self.notice_preview(id).await
    }

    /// The preview of a draft: what it says, to how many, which languages have a version and
    /// what the others will get; with Send and Cancel.
    async fn notice_preview(&mut self, id: i64) -> Replies {
        let Some(notice) = self.tx.notice(id).await? else {
            return Ok(self.stale());
        };
        let reference = notice_ref(&notice).to_string();
        let recipients = self.tx.notice_recipients(&notice).await?;
        let versions = self.tx.notice_versions(id).await?;
        let count = recipients.len();
        let title = match (notice.sheet_id, notice.decision) {
            (Some(sheet), Some(decision)) => self.words.with(
                "notice-preview-decision",
                &[
                    ("ref", reference.clone().into()),
                    ("number", self.number(sheet).into()),
                    ("decision", self.words.get(keys::decision(decision)).into()),
                    ("count", count.into()),
                ],
            ),
            _ => self.words.with(
                "notice-preview-broadcast",
                &[("ref", reference.clone().into()), ("count", count.into())],
            ),
        };
        let mut have = vec![self.words.with(
            "notice-version-original",
            &[("language", self.language_name(notice.lang).into())],
        )];
        for (lang, (_, origin)) in &versions {
            let key = match origin {
                TranslationOrigin::Machine => "notice-version-machine",
                _ => "notice-version-human",
            };
            have.push(
                self.words
                    .with(key, &[("language", self.language_name(*lang).into())]),
            );
        }
        let missing: Vec<String> = by_language(&recipients)
            .into_iter()
            .filter(|(lang, _)| *lang != notice.lang && !versions.contains_key(lang))
            .map(|(lang, n)| {
                self.words.with(
                    "notice-language-count",
                    &[
                        ("language", self.language_name(lang).into()),
                        ("count", n.into()),
                    ],
                )
            })
            .collect();
        let mut text = Text::new()
            .bold(title)
            .para()
            .plain(self.quote(&notice.text))
            .para()
            .plain(
                self.words
                    .with("notice-versions", &[("languages", have.join(" · ").into())]),
            );
        if !missing.is_empty() {
            let fallback = if self.machine_translation {
                "notice-missing-machine"
            } else {
                "notice-missing-original"
            };
            text = text
                .line()
                .plain(self.words.with(
                    "notice-missing",
                    &[("languages", missing.join(" · ").into())],
                ))
                .line()
                .italic(self.words.get(fallback));
        }
        text = text.para().italic(
            self.words
                .with("notice-translate-hint", &[("ref", reference.into())]),
        );
        Ok(vec![Reply::new(text).row(vec![
            self.button("button-send", Action::SendNotice(id)),
            self.button("button-cancel", Action::DropNotice(id)),
        ])])
    }

    /// The Send button of a preview: the notice is confirmed and queued (at once, or after the
    /// machine translations when a server is configured).
    pub(in crate::conversation) async fn send_notice(&mut self, id: i64) -> Replies {
        if !self.allowed(Need::Admin).await? {
            return Ok(self.refusal());
        }
        let Some(notice) = self.tx.notice(id).await? else {
            return Ok(self.stale());
        };
        let reference = notice_ref(&notice).to_string();
        if !self
            .tx
            .set_notice_status(id, NoticeStatus::Draft, NoticeStatus::Confirmed)
            .await?
        {
            return Ok(vec![
                self.say_with("notice-not-draft", &[("ref", reference.into())]),
            ]);
        }
        let recipients = self.tx.notice_recipients(&notice).await?.len();
        match (notice.sheet_id, notice.decision) {
            (Some(sheet), Some(decision)) => {
                self.tx
                    .set_outcome(sheet, decision, &notice.text, self.me.telegram_user_id)
                    .await?;
                self.tx
                    .audit(
                        self.me.telegram_user_id,
                        AuditAction::Outcome,
                        &format!("#{sheet}"),
                        decision.as_str(),
                    )
                    .await?;
            }
            _ => {
                self.tx
                    .audit(
                        self.me.telegram_user_id,
                        AuditAction::Broadcast,
                        &recipients.to_string(),
                        &short(&notice.text, 80),
                    )
                    .await?;
            }
        }
        if self.machine_translation {
            return Ok(vec![
                self.say_with("notice-translating", &[("count", recipients.into())]),
            ]);
        }
        let queued = queue_notice(self.tx, id).await?.unwrap_or(0);
        Ok(vec![match notice.sheet_id {
            Some(sheet) => self.say_with(
                "outcome-recorded",
                &[
                    ("number", self.number(sheet).into()),
                    ("count", queued.into()),
                ],
            ),
            None => self.say_with("broadcast-queued", &[("count", queued.into())]),
        }])
    }

    /// The Cancel button of a preview: the draft is dropped, nothing is sent.
    pub(in crate::conversation) async fn drop_notice(&mut self, id: i64) -> Replies {
        if !self.allowed(Need::Admin).await? {
            return Ok(self.refusal());
        }
        let Some(notice) = self.tx.notice(id).await? else {
            return Ok(self.stale());
        };
        let reference = notice_ref(&notice).to_string();
        if !self
            .tx
            .set_notice_status(id, NoticeStatus::Draft, NoticeStatus::Cancelled)
            .await?
        {
            return Ok(vec![
                self.say_with("notice-not-draft", &[("ref", reference.into())]),
            ]);
        }
        Ok(vec![self.with_themes_button(self.say_with(
            "notice-cancelled",
            &[("ref", reference.into())],
        ))])
    }

    /// `/translate bN LANG TEXT` or `/translate oN LANG TEXT`: a translator's version of a
    /// broadcast draft or of the decision on sheet N. A broadcast can be translated until it is
    /// sent; a decision also afterwards, for the sheet view.
    pub(super) async fn translate_notice(
        &mut self,
        reference: NoticeRef,
        lang: Lang,
        text: &BroadcastText,
    ) -> Replies {
        if !self.allowed(Need::Translator(Some(lang))).await? {
            return Ok(self.refusal());
        }
        let notice = match reference {
            NoticeRef::Broadcast(id) => self
                .tx
                .notice(id)
                .await?
                .filter(|n| n.kind == NoticeKind::Broadcast),
            NoticeRef::Decision(sheet) => self.tx.latest_decision_notice(sheet).await?,
        };
        let label = reference.to_string();
        let Some(notice) = notice else {
            return Ok(vec![
                self.say_with("notice-not-found", &[("ref", label.into())]),
            ]);
        };
        let open = match notice.kind {
            NoticeKind::Broadcast => notice.status == NoticeStatus::Draft,
            NoticeKind::Decision => notice.status != NoticeStatus::Cancelled,
        };
        if !open {
            return Ok(vec![
                self.say_with("notice-not-draft", &[("ref", label.into())]),
            ]);
        }
        if lang == notice.lang {
            return Ok(vec![self.say_with(
                "notice-original-language",
                &[
                    ("ref", label.into()),
                    ("language", self.language_name(lang).into()),
                ],
            )]);
        }
        self.tx
            .set_human_notice_version(notice.id, lang, text.as_str(), self.me.telegram_user_id)
            .await?;
        self.tx
            .audit(
                self.me.telegram_user_id,
                AuditAction::Translate,
                &label,
                lang.code(),
            )
            .await?;
        // Whoever can send it sees the refreshed preview; a translator a confirmation.
        if notice.status == NoticeStatus::Draft && self.allowed(Need::Admin).await? {
            return self.notice_preview(notice.id).await;
        }
        Ok(vec![self.say_with(
            "translate-done",
            &[
                ("target", label.into()),
                ("language", self.language_name(lang).into()),
            ],
        )])
    }
}
