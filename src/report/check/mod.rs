//! Writers for `vacancy check`: its findings in each `--format`, and the
//! rule catalogue (`--list-rules`, `vacancy explain`, docs/rules.md).
//!
//! Each findings format is a [`Stream`]: it is given the adverts one at a
//! time, in input order, as they are checked, and keeps none of them, so a
//! batch of any size is written in the same memory.

pub mod catalogue;
pub mod github;
pub mod human;
pub mod init;
pub mod json;
pub mod sarif;

use std::io::{self, Write};

use crate::check::{Finding, Severity};

/// One checked advert: its name, its source text (for showing lines) and its findings.
pub struct Checked {
    pub file: String,
    pub text: String,
    pub findings: Vec<Finding>,
}

/// A findings format, written as the adverts are checked: `start`, then
/// `advert` for each advert in input order, then `finish`.
pub trait Stream {
    /// What comes before the first advert.
    fn start(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    /// One advert's findings.
    fn advert(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()>;
    /// An input that could not be read (`message` names it and the reason),
    /// in its place among the adverts. Standard error has it already; a
    /// format with room for it (SARIF's `invocations`) records it too.
    fn unreadable(&mut self, _out: &mut dyn Write, _message: &str) -> io::Result<()> {
        Ok(())
    }
    /// What comes after the last advert. `tally` counts what was written and
    /// `failed` the inputs that could not be read.
    fn finish(&mut self, _out: &mut dyn Write, _tally: &Tally, _failed: usize) -> io::Result<()> {
        Ok(())
    }
}

/// What a run found, counted as the adverts go by.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// Adverts checked.
    pub adverts: usize,
    /// Adverts with at least one finding.
    pub with_findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    /// The tally of a whole batch.
    pub fn of(checked: &[Checked]) -> Tally {
        let mut tally = Tally::default();
        for c in checked {
            tally.add(c);
        }
        tally
    }

    /// Counts one more advert.
    pub fn add(&mut self, checked: &Checked) {
        self.adverts += 1;
        if !checked.findings.is_empty() {
            self.with_findings += 1;
        }
        for f in &checked.findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }

    /// How many findings have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.errors,
            Severity::Warning => self.warnings,
            Severity::Info => self.infos,
        }
    }

    /// Whether any finding is at `threshold` or above.
    pub fn reaches(&self, threshold: Severity) -> bool {
        [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .any(|s| s >= threshold && self.count(s) > 0)
    }
}

/// Writes a whole batch through `stream`, as `vacancy check` does one advert at a time.
pub fn write_batch(
    stream: &mut dyn Stream,
    out: &mut dyn Write,
    checked: &[Checked],
    failed: usize,
) -> io::Result<()> {
    stream.start(out)?;
    for c in checked {
        stream.advert(out, c)?;
    }
    stream.finish(out, &Tally::of(checked), failed)
}

/// An advert with a finding of each of these severities, for the writers' tests.
#[cfg(test)]
fn test_advert(file: &str, severities: &[Severity]) -> Checked {
    let rules = ["placeholder", "age-bias", "missing-closing-date"];
    Checked {
        file: file.into(),
        text: "# Clerk\n\nClosing date: [Insert Date]\n".into(),
        findings: severities
            .iter()
            .enumerate()
            .map(|(i, &severity)| Finding {
                file: file.into(),
                line: 3,
                column: 15,
                end_line: 3,
                end_column: 28,
                rule: rules[i % rules.len()],
                severity,
                message: format!("Finding {i}: \"[Insert Date]\" left in, café\nsecond line"),
                hint: "Replace it, or remove the line.".into(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tally_counts_adverts_and_severities_and_knows_the_threshold() {
        let advert = |severities: &[Severity]| test_advert("a.md", severities);
        let tally = Tally::of(&[
            advert(&[Severity::Warning, Severity::Info, Severity::Warning]),
            advert(&[]),
            advert(&[Severity::Info]),
        ]);
        assert_eq!(
            tally,
            Tally {
                adverts: 3,
                with_findings: 2,
                errors: 0,
                warnings: 2,
                infos: 2,
            }
        );
        assert!(!tally.reaches(Severity::Error));
        assert!(tally.reaches(Severity::Warning));
        assert!(tally.reaches(Severity::Info));
        let quiet = Tally::of(&[advert(&[Severity::Info])]);
        assert!(!quiet.reaches(Severity::Warning));
        assert!(quiet.reaches(Severity::Info));
        assert!(!Tally::of(&[advert(&[])]).reaches(Severity::Info));
    }
}
