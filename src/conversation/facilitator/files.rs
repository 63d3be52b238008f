//! Files for facilitators: exports, charts, the report and QR codes for posters. Each handler
//! only asks for its file (`file_reply`); it is made after the commit, off the runtime.

use super::super::{AttachmentKind, Replies, Text, Turn};
use super::{QrSubject, ThemeRef};
use crate::report::{ExportFormat, FileRequest};

impl Turn<'_> {
    pub(super) async fn export(&mut self) -> Replies {
        let key = &self.consultation.key;
        Ok([
            (ExportFormat::Csv, "export-csv-caption", "csv"),
            (ExportFormat::Json, "export-json-caption", "json"),
        ]
        .into_iter()
        .map(|(format, caption, extension)| {
            self.file_reply(
                Text::new().plain(self.words.get(caption)),
                AttachmentKind::Document,
                format!("{key}.{extension}"),
                FileRequest::Export(format),
            )
        })
        .collect())
    }

    pub(super) async fn chart(&mut self, theme: Option<&ThemeRef>) -> Replies {
        let theme = match self.named_theme(theme, "usage-chart").await? {
            Ok(theme) => theme,
            Err(usage) => return Ok(usage),
        };
        let caption = match &theme {
            Some(t) => self
                .words
                .with("chart-caption-theme", &[("theme", t.title.clone().into())]),
            None => self.words.get("chart-caption"),
        };
        // One name per chart, so the terminal (which saves files by name) keeps each of them.
        let name = match &theme {
            Some(t) => format!(
                "{}-chart-{}-{}.png",
                self.consultation.key, t.key, self.me.lang
            ),
            None => format!("{}-chart-{}.png", self.consultation.key, self.me.lang),
        };
        Ok(vec![self.file_reply(
            Text::new().plain(caption),
            AttachmentKind::Photo,
            name,
            FileRequest::Chart {
                consultation_id: self.consultation.id,
                theme_id: theme.map(|t| t.id),
                lang: self.me.lang,
            },
        )])
    }

    pub(super) async fn report(&mut self) -> Replies {
        let name = format!("{}-report-{}.html", self.consultation.key, self.me.lang);
        Ok(vec![self.file_reply(
            Text::new().plain(self.words.get("report-caption")),
            AttachmentKind::Document,
            name,
            FileRequest::Report { lang: self.me.lang },
        )])
    }

    /// `/qr [THEME|N]`: a QR code and the link that opens the bot at a theme or sheet.
    pub(super) async fn qr(&mut self, subject: Option<QrSubject>) -> Replies {
        let learnt = self.tx.bot_username().await?;
        let Some(username) = learnt.or_else(|| self.settings.bot_username.clone()) else {
            return Ok(self.usage("qr-username-unknown"));
        };
        let (payload, label) = match subject {
            None => (None, self.consultation.title.clone()),
            Some(QrSubject::Sheet(id)) => {
                if self.public_sheet(id).await?.is_none() {
                    return Ok(vec![self.say_with(
                        "moderation-not-found",
                        &[("target", format!("#{id}").into())],
                    )]);
                }
                (Some(format!("sheet-{id}")), format!("#{id}"))
            }
            Some(QrSubject::Theme(theme)) => match self.theme_by_arg(&theme).await? {
                Some(t) => (Some(format!("theme-{}", t.key)), t.title),
                None => return Ok(self.usage("usage-qr")),
            },
        };
        let (link, name) = match &payload {
            Some(p) => (
                format!("https://t.me/{username}?start={p}"),
                format!("qr-{p}.png"),
            ),
            None => (format!("https://t.me/{username}"), "qr.png".to_owned()),
        };
        let caption = Text::new().bold(label.clone()).line().plain(link.clone());
        Ok(vec![self.file_reply(
            caption,
            AttachmentKind::Photo,
            name,
            FileRequest::Qr { title: label, link },
        )])
    }
}
