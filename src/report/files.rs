//! Files made on request: the export, charts, the HTML report and QR codes. Making one has two
//! halves: `gather` reads what it shows from one read snapshot of the store (never a write
//! transaction, so nobody waits for a drawing), and `render` turns that into bytes, a pure and
//! synchronous function that runs on a blocking thread, off the async runtime.

use super::chart::{BarChart, ChartError, bar_chart_png, qr_poster_png};
use super::export::{Export, ExportFormat, build_export, write_csv};
use super::gather::{chart_data, report_data};
use super::html::{ReportData, report_html};
use crate::domain::{Lang, ParticipantId};
use crate::store::{ResidentData, Store, StoreError, Tx};

/// A file someone asked for, made after the transaction that asked for it has committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRequest {
    /// Everything of the current consultation, in its own language.
    Export(ExportFormat),
    /// The top sheets of a consultation, or of one of its themes, labelled in `lang`.
    Chart {
        consultation_id: i64,
        theme_id: Option<i64>,
        lang: Lang,
    },
    /// The HTML report of the current consultation in `lang`.
    Report { lang: Lang },
    /// A QR code of a link, for posters.
    Qr { title: String, link: String },
    /// Everything stored about one participant, as JSON (/mydata).
    ResidentData(ParticipantId),
}

/// What a file shows, read from the store and ready to render.
#[derive(Debug)]
pub enum Gathered {
    Export(Export, ExportFormat),
    Chart(BarChart),
    Report(Box<ReportData>, Lang),
    Qr { title: String, link: String },
    ResidentData(Box<ResidentData>),
}

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("reading what the file shows failed: {0}")]
    Store(#[from] StoreError),
    #[error("the database holds no consultation")]
    NoConsultation,
    #[error("the participant is gone")]
    NoParticipant,
    #[error("the chart could not be drawn: {0}")]
    Chart(#[from] ChartError),
    #[error("the QR code could not be made: {0}")]
    Qr(#[from] QrError),
    #[error("the file could not be made: {0}")]
    /// The snapshot could not be opened, or drawing panicked; the whole batch is lost.
    Aborted(String),
}

#[derive(Debug, thiserror::Error)]
pub enum QrError {
    #[error("the link is too long for a QR code: {0}")]
    Encode(#[from] qrcode::types::QrError),
    #[error("the QR code could not be drawn: {0}")]
    Draw(#[from] ChartError),
}

impl FileRequest {
    /// Reads what the file shows. Light: queries only, nothing is drawn.
    pub async fn gather(&self, tx: &mut Tx) -> Result<Gathered, FileError> {
        Ok(match self {
            FileRequest::Export(format) => Gathered::Export(
                build_export(tx).await?.ok_or(FileError::NoConsultation)?,
                *format,
            ),
            FileRequest::Chart {
                consultation_id,
                theme_id,
                lang,
            } => Gathered::Chart(chart_data(tx, *consultation_id, *theme_id, *lang).await?),
            FileRequest::Report { lang } => {
                Gathered::Report(Box::new(report_data(tx, *lang).await?), *lang)
            }
            FileRequest::Qr { title, link } => Gathered::Qr {
                title: title.clone(),
                link: link.clone(),
            },
            FileRequest::ResidentData(id) => Gathered::ResidentData(Box::new(
                tx.resident_data(*id)
                    .await?
                    .ok_or(FileError::NoParticipant)?,
            )),
        })
    }
}

impl Gathered {
    /// The file's bytes. Pure and possibly slow (charts, QR codes): call it off the runtime.
    pub fn render(&self) -> Result<Vec<u8>, FileError> {
        Ok(match self {
            Gathered::Export(export, format) => export_bytes(export, *format),
            Gathered::Chart(chart) => bar_chart_png(chart)?,
            Gathered::Report(data, lang) => report_html(data, *lang).into_bytes(),
            Gathered::Qr { title, link } => qr_png(title, link)?,
            Gathered::ResidentData(data) => {
                let mut bytes =
                    serde_json::to_vec_pretty(data).expect("the resident's data serialises");
                bytes.push(b'\n');
                bytes
            }
        })
    }
}

/// Makes files: gathers them all from one read snapshot, then renders them on a blocking
/// thread. One result per request, in order; a failure of one loses none of the others.
pub async fn make_files(
    store: &Store,
    requests: &[FileRequest],
) -> Vec<Result<Vec<u8>, FileError>> {
    let gathered = match gather_all(store, requests).await {
        Ok(gathered) => gathered,
        Err(err) => {
            let message = err.to_string();
            return requests
                .iter()
                .map(|_| Err(FileError::Aborted(message.clone())))
                .collect();
        }
    };
    let count = gathered.len();
    let rendered = tokio::task::spawn_blocking(move || {
        gathered
            .into_iter()
            .map(|g| g.and_then(|g| g.render()))
            .collect::<Vec<_>>()
    })
    .await;
    match rendered {
        Ok(files) => files,
        // A panic while drawing: every file of the batch is lost, nothing else.
        Err(err) => {
            let message = err.to_string();
            (0..count)
                .map(|_| Err(FileError::Aborted(message.clone())))
                .collect()
        }
    }
}

/// One file, as `make_files` makes it.
pub async fn make_file(store: &Store, request: FileRequest) -> Result<Vec<u8>, FileError> {
    make_files(store, std::slice::from_ref(&request))
        .await
        .pop()
        .expect("one result per request")
}

async fn gather_all(
    store: &Store,
    requests: &[FileRequest],
) -> Result<Vec<Result<Gathered, FileError>>, StoreError> {
    let mut tx = store.read().await?;
    let mut gathered = Vec::with_capacity(requests.len());
    for request in requests {
        gathered.push(request.gather(&mut tx).await);
    }
    tx.rollback().await?;
    Ok(gathered)
}

/// The export as the bytes of a file.
pub fn export_bytes(export: &Export, format: ExportFormat) -> Vec<u8> {
    let mut buffer = Vec::new();
    match format {
        ExportFormat::Json => {
            serde_json::to_writer_pretty(&mut buffer, export).expect("the export serialises");
            buffer.push(b'\n');
        }
        ExportFormat::Csv => {
            write_csv(export, &mut buffer).expect("writing to memory does not fail")
        }
    }
    buffer
}

/// A QR code for `link` as a PNG, large enough to print on a poster.
pub fn qr_png(title: &str, link: &str) -> Result<Vec<u8>, QrError> {
    let code = qrcode::QrCode::new(link.as_bytes())?;
    let width = code.width();
    // A quiet zone of four modules on each side, as scanners expect.
    let quiet = 4;
    let dark: Vec<(usize, usize)> = code
        .to_colors()
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == qrcode::Color::Dark)
        .map(|(i, _)| (i % width + quiet, i / width + quiet))
        .collect();
    Ok(qr_poster_png(title, link, &dark, width + 2 * quiet)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_codes_are_pngs() {
        let png = qr_png("Unge", "https://t.me/consultbot_test_bot?start=theme-unge").unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(png.len() > 1000);
    }

    #[test]
    fn a_qr_poster_carries_its_title_and_link_below_the_code() {
        let link = "https://t.me/consultbot_test_bot?start=theme-unge";
        let bare = qr_png("", link).unwrap();
        let titled = qr_png("الشباب", link).unwrap();
        let height = |png: &[u8]| resvg::tiny_skia::Pixmap::decode_png(png).unwrap().height();
        // The link's line below the code, and the title's line above it.
        assert!(height(&bare) > 1080, "{}", height(&bare));
        assert!(height(&titled) > height(&bare) + 40);
        if let Ok(dir) = std::env::var("CONSULTBOT_WRITE_QR") {
            std::fs::write(format!("{dir}/qr-ar.png"), &titled).unwrap();
        }
    }
}
