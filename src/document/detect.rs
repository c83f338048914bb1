//! Telling Markdown from plain text by what the text contains.

use super::Format;

/// Chooses how to read `text`. Clear Markdown syntax (headings, tables,
/// links, bold labels, fences) decides; where the content says little either
/// way, the file extension (`md`, `markdown`) breaks the tie.
pub fn detect_format(text: &str, extension: Option<&str>) -> Format {
    let ext = extension.map(str::to_ascii_lowercase);
    let start = text.trim_start_matches('\u{feff}').trim_start();
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => return Format::Html,
        Some("json" | "jsonld") => return Format::JsonLd,
        _ => {}
    }
    if (start.starts_with('{') || start.starts_with('[')) && text.contains("JobPosting") {
        return Format::JsonLd;
    }
    let lower_start: String = start
        .chars()
        .take(20)
        .collect::<String>()
        .to_ascii_lowercase();
    if lower_start.starts_with("<!doctype html") || lower_start.starts_with("<html") {
        return Format::Html;
    }
    if html_tags(text) >= 5 && !markdown_heading(text) {
        return Format::Html;
    }
    let mut score = 0usize;
    for line in text.lines().take(2000) {
        let t = line.trim_start();
        if t.starts_with('#') {
            let hashes = t.bytes().take_while(|&b| b == b'#').count();
            if hashes <= 6 && t[hashes..].starts_with(' ') {
                score += 3;
            }
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            score += 3;
        }
        if is_table_rule(t) {
            score += 3;
        }
        if t.contains("](") && t.contains('[') {
            score += 2;
        }
        // Bold around words; a row of asterisks or underscores framing a
        // plain-text poster is no Markdown.
        if (t.matches("**").count() >= 2 || t.matches("__").count() >= 2)
            && t.chars().any(char::is_alphanumeric)
        {
            score += 2;
        }
        if score >= 6 {
            break;
        }
    }
    let markdown_ext = matches!(
        extension.map(str::to_ascii_lowercase).as_deref(),
        Some("md" | "markdown" | "mdown" | "mkd")
    );
    // A .md file with no Markdown in it at all is read as text: the text
    // reader finds its headings and bullets by their shape.
    if score >= 3 || (score > 0 && markdown_ext) {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// How many common block-level HTML tags the first 8 KiB holds.
fn html_tags(text: &str) -> usize {
    let head = &text[..crate::text::floor_char(text, 8192)];
    let lower = head.to_ascii_lowercase();
    [
        "<p>", "<p ", "<div", "<br", "<li>", "<ul>", "<h1", "<h2", "<h3", "<table", "<strong>",
        "</p>",
    ]
    .iter()
    .map(|t| lower.matches(t).count())
    .sum()
}

fn markdown_heading(text: &str) -> bool {
    text.lines().take(200).any(|l| {
        let t = l.trim_start();
        let hashes = t.bytes().take_while(|&b| b == b'#').count();
        (1..=6).contains(&hashes) && t[hashes..].starts_with(' ')
    })
}

/// A table's separator row: `|---|---|`, `|-|-|`, `--- | ---`.
fn is_table_rule(line: &str) -> bool {
    let t = line.trim();
    t.contains('-')
        && t.contains('|')
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_of_asterisks_is_no_markdown() {
        let poster = "*************************\n   BAYVIEW HOME STORE\n*************************\n\n        2 x CASHIER\n";
        assert_eq!(detect_format(poster, Some("txt")), Format::Text);
        assert_eq!(
            detect_format("**Salary:** £30k\n**Location:** Leeds\n", Some("txt")),
            Format::Markdown
        );
    }

    #[test]
    fn markdown_by_content_whatever_the_extension() {
        assert_eq!(
            detect_format("# Title\n\nText", Some("txt")),
            Format::Markdown
        );
        assert_eq!(detect_format("|a|b|\n|-|-|\n|c|d|", None), Format::Markdown);
        assert_eq!(
            detect_format(
                "See [the job](https://x.example).\n**Salary**: £1",
                Some("txt")
            ),
            Format::Markdown
        );
    }

    #[test]
    fn plain_text_stays_text() {
        let text = "Care Assistant\n\nWe are hiring.\n\n• Kind\n• Patient\n";
        assert_eq!(detect_format(text, Some("txt")), Format::Text);
        assert_eq!(detect_format(text, Some("md")), Format::Text);
        assert_eq!(detect_format("C# developer, 5 years", None), Format::Text);
    }

    #[test]
    fn html_and_json_ld_by_extension_or_content() {
        assert_eq!(detect_format("<p>Hi</p>", Some("html")), Format::Html);
        assert_eq!(detect_format("<!DOCTYPE html><html>", None), Format::Html);
        assert_eq!(
            detect_format("<p>One</p><p>Two</p><ul><li>x</li></ul>", Some("txt")),
            Format::Html
        );
        assert_eq!(
            detect_format("{\"@type\": \"JobPosting\"}", None),
            Format::JsonLd
        );
        assert_eq!(detect_format("{}", Some("json")), Format::JsonLd);
        assert_ne!(
            detect_format("Kent Trust<br/>Team", Some("md")),
            Format::Html
        );
    }

    #[test]
    fn weak_signals_follow_the_extension() {
        let text = "Apply at [our site](https://x.example)";
        assert_eq!(detect_format(text, Some("md")), Format::Markdown);
    }
}
