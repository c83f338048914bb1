//! `vacancy check`: every input read, checked against the rules, and the
//! findings written in the chosen format.

use std::path::Path;

use anyhow::{Context as _, Result, bail};

use super::{Skills, batch, ui, with_output};
use crate::ExitStatus;
use crate::check::Finding;
use crate::check::{self, Config, Severity};
use crate::cli::{CheckArgs, CheckFormat, FailOn, InputFormat};
use crate::document::Format;
use crate::report::check::{Checked, catalogue, github, human, json, sarif};

/// The configuration: `--config FILE`, else the nearest vacancy.toml, else the defaults.
pub(super) fn load_config(explicit: Option<&Path>, none: bool) -> Result<Config> {
    if none {
        return Ok(Config::default());
    }
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => {
            let here = std::env::current_dir().context("finding the current directory")?;
            Config::find(&here)
        }
    };
    match path {
        Some(p) => Ok(Config::load(&p)?),
        None => Ok(Config::default()),
    }
}

#[allow(clippy::print_stderr)]
pub fn run(args: CheckArgs) -> Result<ExitStatus> {
    let mut config = load_config(args.config.as_deref(), args.no_config)?;
    if let Some(today) = &args.today {
        config = config.with_today(today);
    }
    if args.list_rules {
        with_output(None, |out| match args.format {
            CheckFormat::Json => catalogue::write_json(out, &config),
            CheckFormat::Markdown => catalogue::write_markdown(out),
            _ => catalogue::write_list(out, &config),
        })?;
        return Ok(ExitStatus::Success);
    }
    if args.format == CheckFormat::Markdown {
        bail!("--format markdown lists the rules: use it with --list-rules");
    }
    // `--taxonomy` first, then the `taxonomy` key of the configuration in use.
    let skills = Skills::load_exactly(args.taxonomy.as_deref().or(config.taxonomy.as_deref()))?;
    let taxonomy = skills.get();
    let forced = match args.input_format {
        None => None,
        Some(InputFormat::Md) => Some(Format::Markdown),
        Some(InputFormat::Text) => Some(Format::Text),
        Some(InputFormat::Html) => Some(Format::Html),
        Some(InputFormat::Jsonld) => Some(Format::JsonLd),
        Some(InputFormat::Jsonl) => {
            bail!("check reads advert files; --input-format jsonl is for export")
        }
    };
    // Read, extracted and checked in parallel, in input order (see `batch`).
    let settings = batch::Settings {
        inputs: &args.inputs,
        format: forced,
        jsonl: false,
        max_bytes: args.max_bytes,
        taxonomy,
    };
    let human = matches!(args.format, CheckFormat::Human);
    let render = |advert: batch::Advert| -> batch::Rendered<Checked> {
        let name = advert.posting.source.clone();
        let findings = check::check(
            &check::Input {
                file: &name,
                text: &advert.text,
                doc: &advert.document,
                posting: &advert.posting,
            },
            &config,
            taxonomy,
        );
        // Only the human format shows source lines, and only those of findings:
        // the rest of the text is not kept, so memory does not grow with the batch.
        let text = if human {
            lines_of_findings(&advert.text, &findings)
        } else {
            String::new()
        };
        Checked {
            file: name,
            text,
            findings,
        }
        .into()
    };
    let mut checked: Vec<Checked> = Vec::new();
    let failed = batch::run(&settings, render, &mut checked)?;
    let color = ui::stdout_paint().on;
    with_output(None, |out| match args.format {
        CheckFormat::Human | CheckFormat::Markdown => human::write(out, &checked, failed, color),
        CheckFormat::Json => json::write(out, &checked),
        CheckFormat::Github => github::write(out, &checked),
        CheckFormat::Sarif => sarif::write(out, &checked, &config),
    })?;
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    let failing = checked
        .iter()
        .flat_map(|c| c.findings.iter())
        .any(|f| f.severity >= threshold);
    Ok(if failed > 0 {
        ExitStatus::Failure
    } else if failing {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
}

/// The lines of `text` that `findings` point at, each in its place, the others
/// left empty: what the human format shows, without keeping the whole advert.
fn lines_of_findings(text: &str, findings: &[Finding]) -> String {
    let wanted = |n: usize| {
        findings
            .iter()
            .any(|f| f.line.max(1) <= n && n <= f.end_line.max(f.line.max(1)))
    };
    let Some(last) = findings.iter().map(|f| f.end_line.max(f.line.max(1))).max() else {
        return String::new();
    };
    let mut out = String::new();
    for (i, line) in text.lines().take(last).enumerate() {
        if wanted(i + 1) {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}
