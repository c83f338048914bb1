//! JSON and JSON Lines: the serde form of [`Posting`], as documented in docs/formats.md.

use std::io::{self, Write};

use crate::extract::Posting;

/// A pretty-printed JSON array of records.
pub fn write_array(out: &mut dyn Write, postings: &[Posting]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, postings)?;
    writeln!(out)
}

/// One compact JSON record per line.
pub fn write_lines(out: &mut dyn Write, postings: &[Posting]) -> io::Result<()> {
    for p in postings {
        serde_json::to_writer(&mut *out, p)?;
        writeln!(out)?;
    }
    Ok(())
}
