//! What facilitators take away: the JSON and CSV exports of CONTRACT.md, PNG charts, the HTML
//! report and QR codes for posters.

mod build;
pub mod chart;
mod export;
pub mod html;

pub use build::{QrError, chart_png, export_bytes, qr_png, report_html_for};
pub use export::{Export, ExportFormat, build_export, write_csv};
