//! `--format github`: workflow commands, one per finding, that GitHub
//! Actions shows as annotations on the lines of a pull request.
//!
//! `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE`;
//! warnings are `::warning`, infos `::notice`. In property values `%`, CR,
//! LF, `:` and `,` are escaped; in the message `%`, CR and LF.

use std::io::{self, Write};

use super::{Checked, Stream, write_batch};
use crate::check::Severity;

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The GitHub format as a stream: a workflow command per finding, as it comes.
pub struct Github;

impl Stream for Github {
    fn advert(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        for f in &checked.findings {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                escape_property(&f.file),
                f.line,
                f.column,
                f.end_line,
                f.end_column,
                escape_property(&format!("{} ({})", f.rule, f.severity.name())),
                escape_data(&format!("{}\n{}", f.message, f.hint)),
            )?;
        }
        Ok(())
    }
}

pub fn write(out: &mut dyn Write, checked: &[Checked]) -> io::Result<()> {
    write_batch(&mut Github, out, checked, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape_data("50% off\nnow: yes, no"),
            "50%25 off%0Anow: yes, no"
        );
        assert_eq!(escape_property("a,b:c%\r"), "a%2Cb%3Ac%25%0D");
    }
}
