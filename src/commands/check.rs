//! `vacancy check`: every input read, checked against the rules, and the
//! findings written in the chosen format.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use super::{Skills, with_output};
use crate::ExitStatus;
use crate::check::{self, Config, Severity};
use crate::cli::{CheckArgs, CheckFormat, ColorChoice, FailOn, InputFormat};
use crate::document::jsonld::parse_job_posting;
use crate::document::{Format, detect_format};
use crate::input;
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

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
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
    let mut checked = Vec::new();
    let mut failed = 0;
    for source in input::expand(&args.inputs) {
        let result = source.and_then(|source| {
            let decoded = input::read(&source, args.max_bytes)?;
            if let Some(note) = &decoded.note {
                eprintln!("vacancy: note: {note}");
            }
            let name = source.name();
            let extension = source.extension();
            let format =
                forced.unwrap_or_else(|| detect_format(&decoded.text, extension.as_deref()));
            if format == Format::JsonLd {
                parse_job_posting(&decoded.text)
                    .map_err(|reason| input::InputError::Invalid(name.clone(), reason))?;
            }
            let (doc, posting) = crate::read_with(
                &decoded.text,
                &name,
                Some(format),
                extension.as_deref(),
                taxonomy,
            );
            let findings = check::check(
                &check::Input {
                    file: &name,
                    text: &decoded.text,
                    doc: &doc,
                    posting: &posting,
                },
                &config,
                taxonomy,
            );
            Ok(Checked {
                file: name,
                text: decoded.text,
                findings,
            })
        });
        match result {
            Ok(c) => checked.push(c),
            Err(err) => {
                eprintln!("vacancy: error: {err}");
                failed += 1;
            }
        }
    }
    let color = use_color(args.color);
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
