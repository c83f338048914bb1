//! `vacancy explain RULE`: a rule's description from the catalogue.

use anyhow::{Result, bail};

use super::check::load_config;
use super::with_output;
use crate::ExitStatus;
use crate::check;
use crate::cli::ExplainArgs;
use crate::report::check::catalogue;

pub fn run(args: ExplainArgs) -> Result<ExitStatus> {
    let Some(rule) = check::rule(&args.rule) else {
        match check::suggest(&args.rule) {
            Some(s) => bail!(
                "unknown rule `{}`; did you mean `{s}`? (`vacancy check --list-rules` lists them all)",
                args.rule
            ),
            None => bail!(
                "unknown rule `{}`; `vacancy check --list-rules` lists them all",
                args.rule
            ),
        }
    };
    let config = load_config(args.config.as_deref(), false)?;
    with_output(None, |out| catalogue::write_explain(out, rule, &config))?;
    Ok(ExitStatus::Success)
}
