//! What facilitators take away: the JSON and CSV exports of CONTRACT.md.

mod export;

pub use export::{Export, ExportFormat, build_export, write_csv};
