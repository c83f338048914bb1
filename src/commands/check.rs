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
    if let Some(code) = &args.jurisdiction {
        config.jurisdiction = Some(code.clone());
        config.jurisdiction_how = "from --jurisdiction".to_string();
    }
    if let Some(today) = &args.today {
        config = config.with_today(today);
    }
    if args.list_rules {
        if matches!(args.format, CheckFormat::Sarif | CheckFormat::Github) {
            let name = if args.format == CheckFormat::Sarif {
                "sarif"
            } else {
                "github"
            };
            bail!(
                "--list-rules writes human, json or markdown, not --format {name} (which is for findings)"
            );
        }
        with_output(None, |out| match args.format {
            CheckFormat::Json => catalogue::write_json(out, &config),
            CheckFormat::Markdown => catalogue::write_markdown(out),
            CheckFormat::Human | CheckFormat::Sarif | CheckFormat::Github => {
                catalogue::write_list(out, &config)
            }
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
        extract: false,
    };
    let human = matches!(args.format, CheckFormat::Human);
    let render = |advert: batch::Advert| -> batch::Rendered<Checked> {
        let name = advert.name.clone();
        let (_, findings) =
            check::read_and_check(&name, &advert.text, &advert.document, &config, taxonomy);
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
    // A reader that stops early (`check … | head -1`) closes the pipe: the
    // rest of the output is dropped, but every advert is still checked, so the
    // exit status is the one the findings call for.
    let written = with_output(None, |out| {
        let mut out = UntilClosed { out, closed: false };
        stream.start(&mut out)?;
        let mut sink = Streamed {
            out: &mut out,
            stream: stream.as_mut(),
            tally: &mut tally,
        };
        failed = batch::run(&settings, render, &mut sink)?;
        stream.finish(&mut out, &tally, failed)
    });
    if let Err(e) = written
        && !is_broken_pipe(&e)
    {
        return Err(e);
    }
    Ok(if failed > 0 {
        ExitStatus::Failure
    } else if tally.reaches(threshold) {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Output that, once its reader has gone (a broken pipe), drops what is
/// written to it instead of failing.
struct UntilClosed<'a> {
    out: &'a mut dyn Write,
    closed: bool,
}

impl UntilClosed<'_> {
    fn attempt(&mut self, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match f(self.out) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

impl Write for UntilClosed<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.attempt(|out| out.write_all(buf))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.attempt(|out| out.flush())
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A pipe whose reader has gone.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
    }

    #[test]
    fn a_closed_pipe_drops_the_output_and_nothing_else() {
        let mut closed = Closed;
        let mut out = UntilClosed {
            out: &mut closed,
            closed: false,
        };
        assert!(out.write_all(b"finding\n").is_ok());
        assert!(out.flush().is_ok());
        assert!(out.closed);
        // Any other error still fails the run.
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::other("disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut full = Full;
        let mut out = UntilClosed {
            out: &mut full,
            closed: false,
        };
        assert!(out.write_all(b"x").is_err());
    }
}
