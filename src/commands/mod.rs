//! One handler per subcommand. Handlers turn clap's arguments into plain
//! settings, run the library, and choose the exit status.

mod batch;
mod check;
mod compare;
mod completions;
mod explain;
mod export;
mod init;
mod show;
mod skills;
mod taxonomy;
pub mod ui;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use anyhow::{Context as _, Result};

use crate::ExitStatus;
use crate::cli::{Cli, Command, InputArgs};
use crate::extract::Posting;
use crate::taxonomy::Taxonomy;

/// The one file a run reads, when it reads exactly one and it is small.
fn one_file(inputs: &[String]) -> Option<std::path::PathBuf> {
    let [only] = inputs else {
        return None;
    };
    let path = Path::new(only);
    fs::metadata(path)
        .ok()
        .filter(|m| m.is_file() && m.len() <= 256 * 1024)
        .map(|_| path.to_path_buf())
}

/// Compiles the readers' patterns on a second core while the first reads:
/// on the advert itself when the run reads one small file (so that only the
/// patterns it needs are compiled), else on a small advert of the tool's own.
fn warm_up_on(file: Option<std::path::PathBuf>) {
    match read_small(file) {
        Some((text, format)) => crate::extract::warm_up_with(&text, format),
        None => crate::extract::warm_up(),
    }
}

/// The text of the file [`one_file`] chose, and its format, when it is UTF-8.
fn read_small(file: Option<std::path::PathBuf>) -> Option<(String, crate::document::Format)> {
    let path = file?;
    let text = String::from_utf8(fs::read(&path).ok()?).ok()?;
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase);
    let format = crate::document::detect_format(&text, extension.as_deref());
    Some((text, format))
}

pub fn run(cli: Cli) -> Result<ExitStatus> {
    ui::configure(&cli.output);
    // `vacancy -j 2 show …` or `vacancy show -j 2 …`; the later one wins.
    let threads = match &cli.command {
        Command::Show(a) => a.input.threads.threads,
        Command::Export(a) => a.input.threads.threads,
        Command::Compare(a) => a.input.threads.threads,
        Command::Skills(a) => a.input.threads.threads,
        Command::Check(a) => a.threads.threads,
        _ => None,
    }
    .or(cli.threads.threads);
    if let Some(n) = threads {
        // Fails only if the pool was already built, as when run twice in one process.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global();
    }
    // The commands that read adverts compile their patterns on another core
    // meanwhile, unless asked to keep to one thread.
    if threads.is_none_or(|n| usize::from(n) > 1) {
        match cli.command {
            Command::Show(ref a) => {
                let first = one_file(&a.input.inputs);
                std::thread::spawn(move || warm_up_on(first));
            }
            Command::Export(ref a) => {
                let first = one_file(&a.input.inputs);
                std::thread::spawn(move || warm_up_on(first));
            }
            Command::Compare(_) => {
                std::thread::spawn(crate::extract::warm_up);
            }
            Command::Check(ref args) if !args.list_rules => {
                let first = one_file(&args.inputs);
                std::thread::spawn(move || match read_small(first) {
                    Some((text, format)) => crate::check::warm_up_with(&text, format),
                    None => crate::check::warm_up(),
                });
            }
            _ => {}
        }
    }
    match cli.command {
        Command::Show(args) => show::run(args),
        Command::Export(args) => export::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Skills(args) => skills::run(args),
        Command::Taxonomy(args) => taxonomy::run(args),
        Command::Check(args) => check::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Init(args) => init::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man => completions::run_man(),
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
    /// The taxonomy for a run: `--taxonomy FILE`, else the `taxonomy` key of
    /// the nearest `vacancy.toml`, else the built-in one.
    pub fn load(path: Option<&Path>) -> Result<Skills> {
        let from_config = match path {
            Some(_) => None,
            None => std::env::current_dir()
                .ok()
                .and_then(|dir| crate::check::config::Config::find(&dir))
                .map(|file| crate::check::config::Config::taxonomy_of(&file))
                .transpose()?
                .flatten(),
        };
        Skills::load_exactly(path.or(from_config.as_deref()))
    }

    /// The built-in taxonomy, or it with the additions of `path`.
    pub fn load_exactly(path: Option<&Path>) -> Result<Skills> {
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

/// Reads every input, in order (in parallel, see `batch`). An input that cannot
/// be read is reported on stderr, one line naming it and the reason, and the rest
/// still run. A taxonomy file that cannot be used stops the run before any input is read.
pub fn load_all(args: &InputArgs) -> Result<Loaded> {
    let skills = Skills::load(args.taxonomy.as_deref())?;
    let settings = batch::Settings::new(args, skills.get());
    let mut records: Vec<Vec<Posting>> = Vec::new();
    let failed = batch::run(&settings, |advert| advert.postings.into(), &mut records)? > 0;
    let postings = records.into_iter().flatten().collect();
    Ok(Loaded { postings, failed })
}

/// Runs `write` against standard output, or against `path` by way of a
/// temporary file renamed into place, so a failed run leaves no half-written file.
/// A path that is not a regular file (`/dev/null`, a named pipe) is written directly.
pub fn with_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let special = path.is_some_and(|p| fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir()));
    match path {
        Some(path) if special => {
            let result = (|| -> io::Result<()> {
                let mut out = BufWriter::new(fs::OpenOptions::new().write(true).open(path)?);
                write(&mut out)?;
                out.flush()
            })();
            result.with_context(|| format!("writing {}", path.display()))?;
        }
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
            let file = match fs::File::create(&tmp) {
                Ok(file) => file,
                // A directory that cannot hold the temporary file (read-only,
                // or /proc): write the file itself, so the error, if any, is
                // about that file rather than a name the user never gave.
                Err(_) if path.is_file() => {
                    let result = (|| -> io::Result<()> {
                        let file = fs::OpenOptions::new()
                            .write(true)
                            .truncate(true)
                            .open(path)?;
                        let mut out = BufWriter::new(file);
                        write(&mut out)?;
                        out.flush()
                    })();
                    return result.with_context(|| format!("writing {}", path.display()));
                }
                Err(e) => {
                    let dir = match path.parent() {
                        Some(d) if !d.as_os_str().is_empty() => d,
                        _ => Path::new("."),
                    };
                    return Err(e).with_context(|| {
                        format!(
                            "writing {}: cannot create a file in {}",
                            path.display(),
                            dir.display()
                        )
                    });
                }
            };
            let result = (|| -> io::Result<()> {
                let mut out = BufWriter::new(file);
                write(&mut out)?;
                out.flush()?;
                out.get_ref().sync_all()?;
                fs::rename(&tmp, path)
            })();
            if let Err(e) = result {
                let _ = fs::remove_file(&tmp);
                return Err(e).with_context(|| format!("writing {}", path.display()));
            }
            let size = fs::metadata(path).map(|m| m.len()).unwrap_or(0);
            ui::verbose(&format!("wrote {} ({size} bytes)", path.display()));
        }
    }
    Ok(())
}
