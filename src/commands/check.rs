//! `vacancy check`: every input read, checked against the rules, and the
//! findings written in the chosen format.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context as _, Result, bail};

use super::batch::{self, Sink};
use super::{Skills, ui, with_output};
use crate::ExitStatus;
use crate::check::Finding;
use crate::check::{self, Config, Severity};
use crate::cli::{CheckArgs, CheckFormat, FailOn, InputFormat};
use crate::document::Format;
use crate::report::check::github::Github;
use crate::report::check::human::Human;
use crate::report::check::json::Json;
use crate::report::check::sarif::Sarif;
use crate::report::check::{Checked, Stream, Tally, catalogue};

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
        streams_to_stdout: true,
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
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    let color = ui::stdout_paint().on;
    let mut stream: Box<dyn Stream> = match args.format {
        CheckFormat::Human | CheckFormat::Markdown => Box::new(Human::new(color)),
        CheckFormat::Json => Box::new(Json::new()),
        CheckFormat::Github => Box::new(Github),
        CheckFormat::Sarif => Box::new(Sarif::new(&config)?),
    };
    // Each advert is written as it arrives and then dropped: only the tally is kept.
    let mut failed = 0;
    let mut tally = Tally::default();
    with_output(None, |out| {
        stream.start(out)?;
        let mut sink = Streamed {
            out: &mut *out,
            stream: stream.as_mut(),
            tally: &mut tally,
        };
        failed = batch::run(&settings, render, &mut sink)?;
        stream.finish(out, &tally, failed)
    })?;
    Ok(if failed > 0 {
        ExitStatus::Failure
    } else if tally.reaches(threshold) {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
}

/// Hands each checked advert to the format's stream as it arrives, counts
/// it, and flushes after every chunk so a CI log shows progress.
struct Streamed<'a> {
    out: &'a mut dyn Write,
    stream: &'a mut dyn Stream,
    tally: &'a mut Tally,
}

impl Sink<Checked> for Streamed<'_> {
    fn record(&mut self, checked: Checked) -> io::Result<()> {
        self.tally.add(&checked);
        self.stream.advert(self.out, &checked)
    }

    fn unreadable(&mut self, message: &str) -> io::Result<()> {
        self.stream.unreadable(self.out, message)
    }

    fn chunk_done(&mut self) -> io::Result<()> {
        self.out.flush()
    }
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
