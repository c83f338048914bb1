//! `vacancy` reads job adverts and extracts their fields.
//!
//! Data flows one way: bytes become text ([`input`]), text becomes a
//! [`document::Document`] ([`document`]), the document becomes a
//! [`extract::Posting`] ([`extract`]), and postings become output ([`report`]).
//! Only [`cli`] and [`commands`] know about the command line.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod cli;
pub mod commands;
pub mod document;
pub mod extract;
mod fold;
pub mod input;
pub mod occupations;
pub mod pattern;
pub mod places;
pub mod report;
mod table;
pub mod taxonomy;
mod text;
mod wordset;
pub mod work;

use document::{Document, Format};
use extract::Posting;

/// How a run ended; the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Everything was read and reported.
    Success = 0,
    /// `check` found problems at or above the chosen level.
    Findings = 1,
    /// The tool could not do its job: bad arguments or unreadable input.
    Failure = 2,
}

/// Runs a parsed command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<ExitStatus> {
    commands::run(cli)
}

/// Reads one advert's text and extracts its fields. `format` overrides
/// detection; `extension` helps it when the content is ambiguous.
pub fn analyse(
    text: &str,
    source: &str,
    format: Option<Format>,
    extension: Option<&str>,
) -> Posting {
    analyse_with(
        text,
        source,
        format,
        extension,
        taxonomy::Taxonomy::builtin(),
    )
}

/// Like [`analyse`], finding skills with the given taxonomy.
pub fn analyse_with(
    text: &str,
    source: &str,
    format: Option<Format>,
    extension: Option<&str>,
    taxonomy: &taxonomy::Taxonomy,
) -> Posting {
    read_with(text, source, format, extension, taxonomy).1
}

/// Like [`analyse_with`], also returning the parsed document, for callers
/// that point into it (`check`).
pub fn read_with(
    text: &str,
    source: &str,
    format: Option<Format>,
    extension: Option<&str>,
    taxonomy: &taxonomy::Taxonomy,
) -> (Document, Posting) {
    let format = format.unwrap_or_else(|| document::detect_format(text, extension));
    let doc = Document::parse(text, format);
    let posting = extract::extract_with(&doc, source, taxonomy);
    (doc, posting)
}
