use anyhow::{Result, bail};

use super::{load_all, ui, with_output};
use crate::ExitStatus;
use crate::cli::{CompareArgs, CompareFormat};
use crate::input;
use crate::report::{compare, html, table};

pub fn run(args: CompareArgs) -> Result<ExitStatus> {
    let jsonl = args.input.input_format == Some(crate::cli::InputFormat::Jsonl);
    if !jsonl {
        let found = input::expand(&args.input.inputs).len();
        if found < 2 {
            bail!(
                "compare needs at least two adverts, and {} names {found} \
                 (try: vacancy compare a.md b.md)",
                args.input.inputs.join(" ")
            );
        }
    }
    let loaded = load_all(&args.input)?;
    if loaded.postings.len() < 2 {
        bail!(
            "compare needs at least two adverts, and only {} could be read",
            loaded.postings.len()
        );
    }
    let assumptions = compare::Assumptions {
        hours_per_week: args.hours_per_week,
        days_per_week: args.days_per_week,
        weeks_per_year: args.weeks_per_year,
    };
    let comparison = compare::Comparison::build(&loaded.postings, assumptions);
    with_output(args.output.as_deref(), |out| match args.format {
        CompareFormat::Json => compare::write_json(out, &comparison),
        CompareFormat::Html => html::write(out, &comparison, env!("CARGO_PKG_VERSION")),
        CompareFormat::Table => {
            let width = compare::resolve_width(table::terminal_width());
            let paint = match args.output {
                Some(_) => ui::file_paint(),
                None => ui::stdout_paint(),
            };
            compare::write_table(out, &comparison, args.transpose, width, paint)
        }
    })?;
    Ok(loaded.status())
}
