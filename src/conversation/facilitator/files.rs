//! Files for facilitators: exports, charts, the report and QR codes for posters.

use super::super::{Replies, Reply, Text, Turn};
use super::{QrSubject, ThemeRef};
use crate::report::{self, ExportFormat};

impl Turn<'_> {
    pub(super) async fn export(&mut self) -> Replies {
        let Some(export) = report::build_export(self.tx).await? else {
            return Ok(self.usage("error-sorry"));
        };
        let csv = report::export_bytes(&export, ExportFormat::Csv);
        let json = report::export_bytes(&export, ExportFormat::Json);
        let key = &self.consultation.key;
        Ok(vec![
            Reply::new(Text::new().plain(self.words.get("export-csv-caption"))).attach(
                crate::conversation::AttachmentKind::Document,
                format!("{key}.csv"),
                csv,
            ),
            Reply::new(Text::new().plain(self.words.get("export-json-caption"))).attach(
                crate::conversation::AttachmentKind::Document,
                format!("{key}.json"),
                json,
            ),
        ])
    }

    pub(super) async fn chart(&mut self, theme: Option<&ThemeRef>) -> Replies {
        let theme = match theme {
            None => None,
            Some(arg) => match self.theme_by_arg(arg).await? {
                Some(t) => Some(t),
                None => return Ok(self.usage("usage-chart")),
            },
        };
        let png =
            match report::chart_png(self.tx, self.consultation.id, theme.as_ref(), self.me.lang)
                .await?
            {
                Ok(png) => png,
                Err(err) => {
                    tracing::error!(error = %err, "drawing a chart failed");
                    return Ok(self.usage("error-sorry"));
                }
            };
        let caption = match &theme {
            Some(t) => self
                .words
                .with("chart-caption-theme", &[("theme", t.title.clone().into())]),
            None => self.words.get("chart-caption"),
        };
        Ok(vec![Reply::new(Text::new().plain(caption)).attach(
            crate::conversation::AttachmentKind::Photo,
            "chart.png",
            png,
        )])
    }

    pub(super) async fn report(&mut self) -> Replies {
        let html = report::report_html_for(self.tx, self.me.lang).await?;
        let name = format!("{}-report-{}.html", self.consultation.key, self.me.lang);
        Ok(vec![
            Reply::new(Text::new().plain(self.words.get("report-caption"))).attach(
                crate::conversation::AttachmentKind::Document,
                name,
                html.into_bytes(),
            ),
        ])
    }

    /// `/qr [THEME|N]`: a QR code and the link that opens the bot at a theme or sheet.
    pub(super) async fn qr(&mut self, subject: Option<QrSubject>) -> Replies {
        let Some(username) = self.tx.bot_fact("username").await? else {
            return Ok(self.usage("qr-no-username"));
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
        let link = match payload {
            Some(p) => format!("https://t.me/{username}?start={p}"),
            None => format!("https://t.me/{username}"),
        };
        let png = match report::qr_png(&link) {
            Ok(png) => png,
            Err(err) => {
                tracing::error!(error = %err, "drawing a QR code failed");
                return Ok(self.usage("error-sorry"));
            }
        };
        let caption = Text::new().bold(label).line().plain(link);
        Ok(vec![Reply::new(caption).attach(
            crate::conversation::AttachmentKind::Photo,
            "qr.png",
            png,
        )])
    }
}
