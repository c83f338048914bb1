//! What the tool says on standard error, and whether it colours: set once from
//! `--color`, `--quiet` and `--verbose` at the start of a run, and read by the
//! handlers and by `main` for the error line.

use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicU8, Ordering};

use crate::cli::{ColorChoice, OutputArgs};
use crate::report::style::Paint;

/// How much to say on standard error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Errors only.
    Quiet = 0,
    /// Errors, warnings and notes.
    Normal = 1,
    /// Also each input as it is read, and timings.
    Verbose = 2,
}

static VERBOSITY: AtomicU8 = AtomicU8::new(Verbosity::Normal as u8);
/// `ColorChoice` as 0 auto, 1 always, 2 never.
static COLOR: AtomicU8 = AtomicU8::new(0);

/// Takes the settings of this run.
pub fn configure(args: &OutputArgs) {
    let verbosity = if args.quiet {
        Verbosity::Quiet
    } else if args.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    VERBOSITY.store(verbosity as u8, Ordering::Relaxed);
    let color = match args.color {
        ColorChoice::Auto => 0,
        ColorChoice::Always => 1,
        ColorChoice::Never => 2,
    };
    COLOR.store(color, Ordering::Relaxed);
}

pub fn verbosity() -> Verbosity {
    match VERBOSITY.load(Ordering::Relaxed) {
        0 => Verbosity::Quiet,
        2 => Verbosity::Verbose,
        _ => Verbosity::Normal,
    }
}

pub fn color_choice() -> ColorChoice {
    match COLOR.load(Ordering::Relaxed) {
        1 => ColorChoice::Always,
        2 => ColorChoice::Never,
        _ => ColorChoice::Auto,
    }
}

/// Whether to colour a stream: `always` and `never` decide; `auto` colours a
/// terminal unless `NO_COLOR` is set to anything but the empty string (see
/// no-color.org) or `TERM` is `dumb`.
pub fn colour_for(
    choice: ColorChoice,
    is_terminal: bool,
    no_color: Option<&str>,
    term: Option<&str>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && no_color.is_none_or(str::is_empty) && term != Some("dumb")
        }
    }
}

/// The `--color` choice on a command line not yet parsed, for clap's own help
/// and errors (clap's `auto` itself heeds NO_COLOR). The last one given wins.
pub fn color_from_args(args: impl IntoIterator<Item = std::ffi::OsString>) -> clap::ColorChoice {
    let mut choice = clap::ColorChoice::Auto;
    let mut args = args.into_iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        let value = match arg.as_str() {
            "--" => break,
            "--color" => args.next(),
            other => other.strip_prefix("--color=").map(str::to_string),
        };
        choice = match value.as_deref() {
            Some("always") => clap::ColorChoice::Always,
            Some("never") => clap::ColorChoice::Never,
            Some("auto") => clap::ColorChoice::Auto,
            _ => choice,
        };
    }
    choice
}

fn colour_stream(is_terminal: bool) -> bool {
    let no_color = std::env::var("NO_COLOR").ok();
    let term = std::env::var("TERM").ok();
    colour_for(
        color_choice(),
        is_terminal,
        no_color.as_deref(),
        term.as_deref(),
    )
}

/// The paint for what goes to standard output.
pub fn stdout_paint() -> Paint {
    Paint::new(colour_stream(io::stdout().is_terminal()))
}

/// The paint for what goes to a file named with `-o`: colour only when asked for.
pub fn file_paint() -> Paint {
    Paint::new(color_choice() == ColorChoice::Always)
}

fn stderr_paint() -> Paint {
    Paint::new(colour_stream(io::stderr().is_terminal()))
}

/// `vacancy: error: MESSAGE`, with `error` in red on a terminal.
pub fn error_line(message: &str) -> String {
    format!(
        "vacancy: {}: {message}",
        stderr_paint().ansi("1;31", "error")
    )
}

/// The causes of an error joined with `: `, leaving out a cause whose text the
/// message already ends with (an error that repeats its source's reason).
pub fn chain_message(causes: impl IntoIterator<Item = String>) -> String {
    let mut message = String::new();
    for cause in causes {
        if message.is_empty() {
            message = cause;
        } else if !message.ends_with(&cause) {
            message.push_str(": ");
            message.push_str(&cause);
        }
    }
    message
}

/// `vacancy: warning: MESSAGE`, or nothing with `--quiet`.
pub fn warning_line(message: &str) -> Option<String> {
    (verbosity() >= Verbosity::Normal).then(|| {
        format!(
            "vacancy: {}: {message}",
            stderr_paint().ansi("1;33", "warning")
        )
    })
}

/// `vacancy: note: MESSAGE`, or nothing with `--quiet`.
pub fn note_line(message: &str) -> Option<String> {
    (verbosity() >= Verbosity::Normal).then(|| {
        format!(
            "vacancy: {}: {message}",
            stderr_paint().ansi("1;36", "note")
        )
    })
}

/// `vacancy: MESSAGE`, only with `--verbose`.
pub fn verbose_line(message: &str) -> Option<String> {
    (verbosity() >= Verbosity::Verbose).then(|| format!("vacancy: {message}"))
}

/// Prints a `--verbose` line.
#[allow(clippy::print_stderr)]
pub fn verbose(message: &str) {
    if let Some(line) = verbose_line(message) {
        eprintln!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cause_repeated_by_its_error_is_said_once() {
        let joined = |c: &[&str]| chain_message(c.iter().map(|s| s.to_string()));
        assert_eq!(joined(&["a.toml: gone", "gone"]), "a.toml: gone");
        assert_eq!(joined(&["writing a.json", "gone"]), "writing a.json: gone");
        assert_eq!(joined(&["only"]), "only");
    }

    #[test]
    fn color_is_found_before_parsing() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            color_from_args(args(&["vacancy", "--color", "never", "show", "--help"])),
            clap::ColorChoice::Never
        );
        assert_eq!(
            color_from_args(args(&["vacancy", "show", "--color=always"])),
            clap::ColorChoice::Always
        );
        assert_eq!(
            color_from_args(args(&["vacancy", "show", "--", "--color=never"])),
            clap::ColorChoice::Auto
        );
    }

    #[test]
    fn auto_colours_a_terminal_unless_no_color_is_set() {
        use ColorChoice::*;
        assert!(colour_for(Auto, true, None, Some("xterm-256color")));
        assert!(!colour_for(Auto, false, None, None));
        assert!(!colour_for(Auto, true, Some("1"), None));
        // An empty NO_COLOR does not count, as no-color.org says.
        assert!(colour_for(Auto, true, Some(""), None));
        assert!(!colour_for(Auto, true, None, Some("dumb")));
        assert!(colour_for(Always, false, Some("1"), None));
        assert!(!colour_for(Never, true, None, None));
    }
}
