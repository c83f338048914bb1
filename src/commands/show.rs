use anyhow::Result;

use super::{load_all, ui, with_output};
use crate::ExitStatus;
use crate::cli::ShowArgs;
use crate::report::table;

pub fn run(args: ShowArgs) -> Result<ExitStatus> {
    let loaded = load_all(&args.input)?;
    let width = table::terminal_width();
    let paint = ui::stdout_paint();
    with_output(None, |out| {
        for (i, posting) in loaded.postings.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            table::write(out, posting, args.evidence, width, paint)?;
        }
        Ok(())
    })?;
    Ok(loaded.status())
}
