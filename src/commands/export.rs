use anyhow::Result;

use super::{load_all, with_output};
use crate::ExitStatus;
use crate::cli::{ExportArgs, ExportFormat};
use crate::report::json;

pub fn run(args: ExportArgs) -> Result<ExitStatus> {
    let loaded = load_all(&args.input)?;
    with_output(args.output.as_deref(), |out| match args.format {
        ExportFormat::Json => json::write_array(out, &loaded.postings),
        ExportFormat::Jsonl => json::write_lines(out, &loaded.postings),
    })?;
    Ok(loaded.status())
}
