//! Results: counts, the ranking by stickers, and what waits for moderation.

use super::super::{Replies, Reply, Text, Turn, keys, short};
use super::ThemeRef;
use crate::domain::{Decision, Kind, Status};
use crate::store::{RankScope, Ranked, StoreError};

impl Turn<'_> {
    pub(super) async fn stats(&mut self) -> Replies {
        let budget =
            i64::from(self.consultation.stickers.challenge + self.consultation.stickers.solution);
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        let stats = self
            .tx
            .stats_apart(
                self.consultation.id,
                budget * themes.len() as i64,
                &self.settings.admins,
            )
            .await?;
        let runs = self.tx.run_figures(super::deliveries::RUNS_SHOWN).await?;
        let w = self.words;
        let mut text = Text::new().bold(w.get("stats-title")).para().plain(w.with(
            "stats-participants",
            &[
                ("total", stats.participants.into()),
                ("active", stats.active_7_days.into()),
            ],
        ));
        text = text.line().plain(w.with(
            "stats-facilitators",
            &[("count", stats.facilitators.into())],
        ));
        let languages: Vec<String> = stats
            .by_language
            .iter()
            // In the reader's language; only the /language menu uses each language's own name.
            .map(|(lang, n)| format!("{} {n}", self.language_name(*lang)))
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
        let text = self.delivery_figures(text, &runs);
        Ok(vec![Reply::new(text)])
    }

    /// District names are shown as written in the content file; age bands and "somewhere
    /// else" are translated.
    pub(super) fn profile_label(&self, key: &str) -> String {
        if key == crate::conversation::DISTRICT_ELSEWHERE {
            return self.words.get("button-district-elsewhere");
        }
        match crate::conversation::AGE_BANDS
            .iter()
            .position(|b| *b == key)
        {
            Some(i) => self.words.get(&keys::age_band(i)),
            None => key.to_owned(),
        }
    }

    pub(super) async fn theme_by_arg(
        &mut self,
        arg: &ThemeRef,
    ) -> Result<Option<crate::store::ThemeRow>, StoreError> {
        let arg = &arg.0;
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        Ok(themes.into_iter().enumerate().find_map(|(i, t)| {
            (t.key == *arg || (i + 1).to_string() == *arg || t.title.to_lowercase() == *arg)
                .then_some(t)
        }))
    }

    /// The theme a command names, `None` when it names none; `Err` with the command's usage
    /// when the name fits no theme.
    pub(super) async fn named_theme(
        &mut self,
        arg: Option<&ThemeRef>,
        usage: &str,
    ) -> Result<Result<Option<crate::store::ThemeRow>, Vec<Reply>>, StoreError> {
        let Some(arg) = arg else {
            return Ok(Ok(None));
        };
        Ok(match self.theme_by_arg(arg).await? {
            Some(theme) => Ok(Some(theme)),
            None => Err(self.usage(usage)),
        })
    }

    /// `/top [THEME] [N]`: ranked sheets, online and meeting stickers apart and summed.
    pub(super) async fn top(&mut self, theme: Option<&ThemeRef>, limit: usize) -> Replies {
        let theme = match self.named_theme(theme, "usage-top").await? {
            Ok(theme) => theme,
            Err(usage) => return Ok(usage),
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
                .ranking(scope, Some(kind), Some(self.me.id), self.me.lang)
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

    pub(in crate::conversation) fn decision_word(&self, decision: Decision) -> String {
        self.words.get(keys::decision(decision))
    }

    pub(super) async fn pending(&mut self) -> Replies {
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
}
