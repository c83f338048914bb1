//! Placing findings: from the words a rule names to exact columns on the source line.
//!
//! The document keeps each block's text without its markup, so a column
//! counted in that text can be off by the markup before it (`**`, `[`, a
//! bullet). The words themselves are on the source line, so they are looked
//! up there, taking the occurrence nearest the column the rule guessed.

use super::At;

/// A span of the source, 1-based; `end_column` is just past the last character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

pub fn locate(lines: &[&str], at: &At) -> Span {
    match at {
        At::Words { line, column, text } => words(lines, *line, *column, text),
        At::Line(line) => {
            let (start, end) = trimmed(source(lines, *line));
            Span {
                line: *line,
                column: start,
                end_line: *line,
                end_column: end,
            }
        }
        At::Lines(from, to) => {
            let (start, _) = trimmed(source(lines, *from));
            let (_, end) = trimmed(source(lines, *to));
            Span {
                line: *from,
                column: start,
                end_line: *to,
                end_column: end,
            }
        }
    }
}

fn source<'a>(lines: &[&'a str], line: usize) -> &'a str {
    line.checked_sub(1)
        .and_then(|i| lines.get(i))
        .copied()
        .unwrap_or("")
}

/// The first and just-past-last columns of a line's text without surrounding blanks.
fn trimmed(line: &str) -> (usize, usize) {
    let lead = line.chars().take_while(|c| c.is_whitespace()).count();
    let len = line.trim_end().chars().count();
    if len <= lead {
        (1, 1)
    } else {
        (lead + 1, len + 1)
    }
}

fn col(line: &str, byte: usize) -> usize {
    line[..byte].chars().count() + 1
}

/// Byte offsets where `needle` occurs in `hay`, exactly or ignoring ASCII case.
fn occurrences(hay: &str, needle: &str) -> Vec<usize> {
    if needle.is_empty() {
        return Vec::new();
    }
    let exact: Vec<usize> = hay.match_indices(needle).map(|(i, _)| i).collect();
    if !exact.is_empty() {
        return exact;
    }
    // ASCII lower-casing keeps byte offsets.
    let (h, n) = (hay.to_ascii_lowercase(), needle.to_ascii_lowercase());
    h.match_indices(&n).map(|(i, _)| i).collect()
}

fn nearest(line: &str, found: &[usize], column: usize) -> Option<usize> {
    found
        .iter()
        .copied()
        .min_by_key(|&b| col(line, b).abs_diff(column))
}

fn words(lines: &[&str], line: usize, column: usize, text: &str) -> Span {
    let src = source(lines, line);
    let text = text.trim();
    let span = |start: usize, end: usize| Span {
        line,
        column: col(src, start),
        end_line: line,
        end_column: col(src, end),
    };
    if let Some(b) = nearest(src, &occurrences(src, text), column) {
        return span(b, b + text.len());
    }
    // Readers that join a paragraph's lines (HTML) give one line for the
    // whole paragraph: the words may be a few lines away, nearest first.
    if text.chars().count() >= 3 {
        let near = (1..=12).flat_map(|d| [line + d, line.saturating_sub(d)]);
        for next in near.filter(|&n| n >= 1) {
            let later = source(lines, next);
            if let Some(&b) = later
                .match_indices(text)
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
                .first()
            {
                return Span {
                    line: next,
                    column: col(later, b),
                    end_line: next,
                    end_column: col(later, b + text.len()),
                };
            }
        }
    }
    // Markup between the words: find the first word, then the last after it.
    let (Some(first), Some(last)) = (
        text.split_whitespace().next(),
        text.split_whitespace().last(),
    ) else {
        return locate(lines, &At::Line(line));
    };
    if let Some(b) = nearest(src, &occurrences(src, first), column) {
        let after = b + first.len();
        if let Some(e) = occurrences(&src[after..], last).first() {
            return span(b, after + e + last.len());
        }
        return span(b, after);
    }
    locate(lines, &At::Line(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_at(lines: &[&str], line: usize, column: usize, text: &str) -> (usize, usize) {
        let s = locate(
            lines,
            &At::Words {
                line,
                column,
                text: text.into(),
            },
        );
        (s.column, s.end_column)
    }

    #[test]
    fn words_are_found_past_markup() {
        let lines = ["**Application Deadline**: [Insert Date]"];
        assert_eq!(words_at(&lines, 1, 23, "[Insert Date]"), (27, 40));
        // The occurrence nearest the guess wins.
        let lines = ["- ISO and ISO"];
        assert_eq!(words_at(&lines, 1, 10, "ISO"), (11, 14));
        // Characters, not bytes.
        let lines = ["£30,000 – £20,000"];
        assert_eq!(words_at(&lines, 1, 1, "£20,000"), (11, 18));
        // Markup inside the words: from the first word to the last.
        let lines = ["**Salary Range**: £55,000"];
        assert_eq!(words_at(&lines, 1, 1, "Salary Range: £55,000"), (3, 26));
    }

    #[test]
    fn words_a_few_lines_down_are_found_there() {
        let lines = ["<p>We are hiring", "  a decisive lead.</p>"];
        let s = locate(
            &lines,
            &At::Words {
                line: 1,
                column: 4,
                text: "decisive".into(),
            },
        );
        assert_eq!((s.line, s.column, s.end_column), (2, 5, 13));
    }

    #[test]
    fn lines_without_the_words_are_underlined_whole() {
        let lines = ["  some text  "];
        assert_eq!(words_at(&lines, 1, 1, "absent"), (3, 12));
        let s = locate(&lines, &At::Line(5));
        assert_eq!((s.line, s.column, s.end_column), (5, 1, 1));
    }
}
