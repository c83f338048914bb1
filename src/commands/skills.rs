use anyhow::Result;

use super::{load_all, ui, with_output};
use crate::ExitStatus;
use crate::cli::{ListFormat, SkillsArgs};
use crate::report::{json, table};

pub fn run(args: SkillsArgs) -> Result<ExitStatus> {
    let loaded = load_all(&args.input)?;
    let width = table::terminal_width();
    let paint = ui::stdout_paint();
    with_output(None, |out| match args.format {
        ListFormat::Json => json::write_skills(out, &loaded.postings),
        ListFormat::Table => {
            for (i, posting) in loaded.postings.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                table::write_skills(out, posting, width, paint)?;
            }
            Ok(())
        }
    })?;
    Ok(loaded.status())
}
