//! What facilitators take away: the JSON and CSV exports of CONTRACT.md, PNG charts, the HTML
//! report and QR codes for posters. Each is gathered from a read snapshot (`gather`, `export`)
//! and rendered by pure functions (`chart`, `html`, `files`) off the async runtime.

pub mod chart;
mod export;
mod files;
mod gather;
pub mod html;

pub use export::{Export, ExportFormat, build_export, write_csv};
pub use files::{
    FileError, FileRequest, Gathered, QrError, export_bytes, make_file, make_files, qr_png,
};
pub use gather::{chart_data, report_data};
