//! `--format json`: a JSON array of findings, the serde form of
//! [`Finding`](crate::check::Finding), as documented in docs/formats.md.

use std::io::{self, Write};

use super::Checked;

pub fn write(out: &mut dyn Write, checked: &[Checked]) -> io::Result<()> {
    let all: Vec<_> = checked.iter().flat_map(|c| c.findings.iter()).collect();
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}
