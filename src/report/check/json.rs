//! `--format json`: a JSON array of findings, the serde form of
//! [`Finding`](crate::check::Finding), as documented in docs/formats.md.
//!
//! Written one finding at a time, with the same bytes as pretty-printing the
//! whole array at once: `[]` when there are none.

use std::io::{self, Write};

use super::{Checked, Stream, Tally, write_batch};
use crate::report::json::array_element;

/// The JSON format as a stream. The array opens at the first finding, so
/// that a run without findings still writes `[]`.
#[derive(Default)]
pub struct Json {
    written: usize,
}

impl Json {
    pub fn new() -> Json {
        Json::default()
    }
}

impl Stream for Json {
    fn advert(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        for f in &checked.findings {
            out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
            out.write_all(array_element(f)?.as_bytes())?;
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _tally: &Tally, _failed: usize) -> io::Result<()> {
        out.write_all(if self.written == 0 { b"[]\n" } else { b"\n]\n" })
    }
}

pub fn write(out: &mut dyn Write, checked: &[Checked]) -> io::Result<()> {
    write_batch(&mut Json::new(), out, checked, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Finding, Severity};
    use crate::report::check::test_advert;

    #[test]
    fn findings_written_advert_by_advert_are_the_array_printed_at_once() {
        let checked = [
            test_advert("a.md", &[Severity::Error, Severity::Info]),
            test_advert("b.md", &[]),
            test_advert("c.md", &[Severity::Warning]),
        ];
        let mut streamed = Vec::new();
        write(&mut streamed, &checked).unwrap();
        let all: Vec<&Finding> = checked.iter().flat_map(|c| &c.findings).collect();
        let mut whole = serde_json::to_vec_pretty(&all).unwrap();
        whole.push(b'\n');
        assert_eq!(String::from_utf8(streamed), String::from_utf8(whole));

        let mut none = Vec::new();
        write(
            &mut none,
            &[test_advert("a.md", &[]), test_advert("b.md", &[])],
        )
        .unwrap();
        assert_eq!(String::from_utf8(none).unwrap(), "[]\n");
    }
}
