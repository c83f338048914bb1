//! One handler per subcommand. Handlers turn clap's arguments into plain
//! settings, run the library, and choose the exit status.

mod check;
mod explain;
mod export;
mod show;
mod skills;
mod taxonomy;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::cli::{Cli, Command, InputArgs, InputFormat};
use crate::document::jsonld::parse_job_posting;
use crate::document::{Format, detect_format};
use crate::extract::Posting;
use crate::input;
use crate::taxonomy::Taxonomy;
use crate::{ExitStatus, analyse_with};

pub fn run(cli: Cli) -> Result<ExitStatus> {
    match cli.command {
        Command::Show(args) => show::run(args),
        Command::Export(args) => export::run(args),
        Command::Skills(args) => skills::run(args),
        Command::Taxonomy(args) => taxonomy::run(args),
        Command::Check(args) => check::run(args),
        Command::Explain(args) => explain::run(args),
    }
}

/// The adverts that could be read, and whether any input failed.
pub struct Loaded {
    pub postings: Vec<Posting>,
    pub failed: bool,
}

impl Loaded {
    pub fn status(&self) -> ExitStatus {
        if self.failed {
            ExitStatus::Failure
        } else {
            ExitStatus::Success
        }
    }
}

/// The built-in taxonomy, or it with the additions of `--taxonomy FILE`.
pub enum Skills {
    Builtin,
    Custom(Box<Taxonomy>),
}

impl Skills {
    pub fn load(path: Option<&Path>) -> Result<Skills> {
        let Some(path) = path else {
            return Ok(Skills::Builtin);
        };
        let text = fs::read_to_string(path)
            .with_context(|| format!("reading the taxonomy file {}", path.display()))?;
        let custom = Taxonomy::builtin().with_extra(&text, &path.display().to_string())?;
        Ok(Skills::Custom(Box::new(custom)))
    }

    pub fn get(&self) -> &Taxonomy {
        match self {
            Skills::Builtin => Taxonomy::builtin(),
            Skills::Custom(t) => t,
        }
    }
}

/// Reads every input, in order. An input that cannot be read is reported on
/// stderr, one line naming it and the reason, and the rest still run.
/// A taxonomy file that cannot be used stops the run before any input is read.
#[allow(clippy::print_stderr)]
pub fn load_all(args: &InputArgs) -> Result<Loaded> {
    let skills = Skills::load(args.taxonomy.as_deref())?;
    let taxonomy = skills.get();
    let format = args.input_format.map(|f| match f {
        InputFormat::Md => Format::Markdown,
        InputFormat::Text => Format::Text,
        InputFormat::Html => Format::Html,
        InputFormat::Jsonld => Format::JsonLd,
    });
    let mut loaded = Loaded {
        postings: Vec::new(),
        failed: false,
    };
    for source in input::expand(&args.inputs) {
        let result = source.and_then(|source| {
            let decoded = input::read(&source, args.max_bytes)?;
            if let Some(note) = &decoded.note {
                eprintln!("vacancy: note: {note}");
            }
            let text = decoded.text;
            let extension = source.extension();
            let format = format.unwrap_or_else(|| detect_format(&text, extension.as_deref()));
            if format == Format::JsonLd {
                parse_job_posting(&text)
                    .map_err(|reason| input::InputError::Invalid(source.name(), reason))?;
            }
            Ok(analyse_with(
                &text,
                &source.name(),
                Some(format),
                extension.as_deref(),
                taxonomy,
            ))
        });
        match result {
            Ok(posting) => loaded.postings.push(posting),
            Err(err) => {
                eprintln!("vacancy: error: {err}");
                loaded.failed = true;
            }
        }
    }
    Ok(loaded)
}

/// Runs `write` against standard output, or against `path` by way of a
/// temporary file renamed into place, so a failed run leaves no half-written file.
pub fn with_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    match path {
        None => {
            let stdout = io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            write(&mut out)?;
            out.flush()?;
        }
        Some(path) => {
            let name = path
                .file_name()
                .with_context(|| format!("{}: not a file name", path.display()))?;
            let tmp = path.with_file_name(format!(
                ".{}.{}.tmp",
                name.to_string_lossy(),
                std::process::id()
            ));
            let result = (|| -> io::Result<()> {
                let mut out = BufWriter::new(fs::File::create(&tmp)?);
                write(&mut out)?;
                out.flush()?;
                out.get_ref().sync_all()?;
                fs::rename(&tmp, path)
            })();
            if let Err(e) = result {
                let _ = fs::remove_file(&tmp);
                return Err(e).with_context(|| format!("writing {}", path.display()));
            }
        }
    }
    Ok(())
}
