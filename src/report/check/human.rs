//! `--format human`: each finding as the compiler shows errors (severity,
//! rule, message, `file:line:col`, the source line with the span
//! underlined, and the hint), then a summary. Rendered with
//! annotate-snippets; colour only when asked for.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use super::{Checked, Stream, Tally, write_batch};
use crate::check::{Finding, Severity};

/// The byte offset of a 1-based character column in `line` (clamped to its end).
fn byte_of(line: &str, column: usize) -> usize {
    line.char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i)
}

fn render(renderer: &Renderer, f: &Finding, source: &[&str]) -> String {
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let first = f.line.max(1);
    let last = f.end_line.max(first);
    let lines: Vec<&str> = (first..=last)
        .map(|n| source.get(n - 1).copied().unwrap_or(""))
        .collect();
    let snippet = lines.join("\n");
    let start = byte_of(lines[0], f.column);
    let mut end = lines[..lines.len() - 1]
        .iter()
        .map(|l| l.len() + 1)
        .sum::<usize>()
        + byte_of(lines[lines.len() - 1], f.end_column);
    if end <= start {
        end = (start + 1).min(snippet.len()).max(start);
    }
    let report = &[level
        .primary_title(f.message.as_str())
        .id(f.rule)
        .element(
            Snippet::source(snippet.as_str())
                .line_start(first)
                .path(f.file.as_str())
                .fold(true)
                .annotation(AnnotationKind::Primary.span(start..end)),
        )
        .element(Level::HELP.message(f.hint.as_str()))];
    renderer.render(report)
}

/// The human format as a stream: each advert's findings as it comes, the summary at the end.
pub struct Human {
    renderer: Renderer,
}

impl Human {
    pub fn new(color: bool) -> Human {
        let renderer = if color {
            Renderer::styled().hyperlink(false)
        } else {
            Renderer::plain()
        };
        Human { renderer }
    }
}

impl Stream for Human {
    fn advert(&mut self, out: &mut dyn Write, checked: &Checked) -> io::Result<()> {
        let source: Vec<&str> = checked.text.lines().collect();
        for f in &checked.findings {
            writeln!(out, "{}\n", render(&self.renderer, f, &source))?;
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, tally: &Tally, failed: usize) -> io::Result<()> {
        writeln!(out, "{}", summary(tally, failed))
    }
}

/// Writes every finding, then a summary line. `failed` counts the inputs that could not be read.
pub fn write(
    out: &mut dyn Write,
    checked: &[Checked],
    failed: usize,
    color: bool,
) -> io::Result<()> {
    write_batch(&mut Human::new(color), out, checked, failed)
}

/// "2 errors, 1 warning and 3 infos in 2 of 5 adverts", or "No problems in 5 adverts".
pub fn summary(tally: &Tally, failed: usize) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let adverts = plural(tally.adverts, "advert", "adverts");
    let unread = if failed > 0 {
        format!("; {} could not be read", plural(failed, "input", "inputs"))
    } else {
        String::new()
    };
    let with = tally.with_findings;
    if with == 0 {
        return format!("No problems found in {adverts}{unread}");
    }
    let parts: Vec<String> = [
        (tally.count(Severity::Error), "error", "errors"),
        (tally.count(Severity::Warning), "warning", "warnings"),
        (tally.count(Severity::Info), "info", "infos"),
    ]
    .into_iter()
    .filter(|(k, _, _)| *k > 0)
    .map(|(k, one, many)| plural(k, one, many))
    .collect();
    let listed = match parts.as_slice() {
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => String::new(),
    };
    format!("Found {listed} in {with} of {adverts}{unread}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(line: usize, column: usize, end_column: usize, severity: Severity) -> Finding {
        Finding {
            file: "adverts/a.md".into(),
            line,
            column,
            end_line: line,
            end_column,
            rule: "placeholder",
            severity,
            message: "Placeholder text \"[Insert Date]\" left in the advert".into(),
            hint: "Replace the placeholder with the real value, or remove the line.".into(),
        }
    }

    #[test]
    fn a_finding_shows_its_place_line_span_and_hint() {
        let text = "# Job\n\n**Deadline**: [Insert Date]\n";
        let source: Vec<&str> = text.lines().collect();
        let out = render(
            &Renderer::plain(),
            &finding(3, 15, 28, Severity::Error),
            &source,
        );
        assert_eq!(
            out,
            "error[placeholder]: Placeholder text \"[Insert Date]\" left in the advert\n --> adverts/a.md:3:15\n  |\n3 | **Deadline**: [Insert Date]\n  |               ^^^^^^^^^^^^^\n  |\n  = help: Replace the placeholder with the real value, or remove the line."
        );
        assert!(!out.contains('\u{1b}'));
        let styled = render(
            &Renderer::styled(),
            &finding(3, 15, 28, Severity::Error),
            &source,
        );
        assert!(styled.contains('\u{1b}'));
    }

    #[test]
    fn summaries() {
        let c = |findings| Checked {
            file: "a.md".into(),
            text: String::new(),
            findings,
        };
        assert_eq!(
            summary(&Tally::of(&[c(vec![]), c(vec![])]), 0),
            "No problems found in 2 adverts"
        );
        assert_eq!(
            summary(
                &Tally::of(&[
                    c(vec![
                        finding(1, 1, 2, Severity::Error),
                        finding(1, 1, 2, Severity::Info)
                    ]),
                    c(vec![finding(1, 1, 2, Severity::Warning)]),
                    c(vec![])
                ]),
                1
            ),
            "Found 1 error, 1 warning and 1 info in 2 of 3 adverts; 1 input could not be read"
        );
    }
}
