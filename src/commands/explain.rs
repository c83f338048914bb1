//! `vacancy explain RULE`: a rule's description from the catalogue.

use std::path::Path;

use anyhow::{Result, anyhow, bail};

use super::check::load_config;
use super::{Skills, with_output};
use crate::ExitStatus;
use crate::check;
use crate::cli::ExplainArgs;
use crate::document::{Document, detect_format};
use crate::input::{self, Source};
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
    let mut config = load_config(args.config.as_deref(), false)?;
    if let Some(code) = &args.jurisdiction {
        config.jurisdiction = Some(code.clone());
        config.jurisdiction_how = "from --jurisdiction".to_string();
    }
    if let Some(today) = &args.today {
        config = config.with_today(today);
    }
    // The advert is read first, so that one that cannot be read is an error
    // before anything is written.
    let applied = match &args.advert {
        Some(path) => Some(apply(rule.id, path, &config)?),
        None => None,
    };
    with_output(None, |out| {
        catalogue::write_explain(out, rule, &config)?;
        if let Some((name, how, findings)) = &applied {
            writeln!(out)?;
            writeln!(out, "On {name}:")?;
            if config.severity(rule.id).is_none() {
                writeln!(
                    out,
                    "  The rule is off here; turn it on in vacancy.toml to have it reported."
                )?;
            }
            for line in how {
                writeln!(out, "  {line}")?;
            }
            if findings.is_empty() {
                writeln!(out, "  No finding of this rule.")?;
            } else {
                writeln!(out, "  Findings:")?;
                for f in findings {
                    writeln!(out, "    {}:{}: {}", f.line, f.column, f.message)?;
                }
            }
        }
        Ok(())
    })?;
    Ok(ExitStatus::Success)
}

/// The rule applied to the advert at `path`: its name, how the law was
/// decided (for a rule of the law), and the rule's findings.
fn apply(
    rule_id: &str,
    path: &Path,
    config: &check::Config,
) -> Result<(String, Vec<String>, Vec<check::Finding>)> {
    let source = Source::File(path.to_path_buf());
    let name = source.name();
    let decoded = input::read(&source, input::DEFAULT_MAX_BYTES).map_err(|e| anyhow!("{}", e))?;
    let extension = source.extension();
    let format = detect_format(&decoded.text, extension.as_deref());
    let doc = Document::parse(&decoded.text, format);
    let skills = Skills::load_exactly(config.taxonomy.as_deref())?;
    let (how, findings) =
        check::explain_on(rule_id, &name, &decoded.text, &doc, config, skills.get());
    Ok((name, how, findings))
}
