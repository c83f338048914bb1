//! Links and email addresses written as bare text, which no reader marks up.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{BlockKind, Document, Email, Link, Pos};

static URL: LazyLock<Regex> =
    LazyLock::new(|| crate::text::re(r#"(?i)\b(?:https?://|www\.)[^\s<>()\[\]{}"'`|]+"#));
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(r"(?i)\b[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")
});

/// Adds to `doc` every URL and email address that its text shows but its
/// markup did not link.
pub fn find_bare_links_and_emails(doc: &mut Document) {
    let mut links = Vec::new();
    let mut emails = Vec::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        if block.kind == BlockKind::Code {
            continue;
        }
        for (line, text) in block.text_lines() {
            let column_of = |start: usize| {
                let base = if line == block.pos.line {
                    block.pos.column
                } else {
                    1
                };
                base + text[..start].chars().count()
            };
            for m in URL.find_iter(text) {
                let url = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
                if !doc.links.iter().any(|l| l.url == url) {
                    links.push(Link {
                        text: url.to_string(),
                        url: url.to_string(),
                        pos: Pos {
                            line,
                            column: column_of(m.start()),
                        },
                        block: Some(i),
                    });
                }
            }
            for m in EMAIL.find_iter(text) {
                let address = m.as_str().to_string();
                let pos = Pos {
                    line,
                    column: column_of(m.start()),
                };
                let known = doc
                    .emails
                    .iter()
                    .any(|e| e.address.eq_ignore_ascii_case(&address) && e.pos.line == line);
                if !known {
                    emails.push(Email { address, pos });
                }
            }
        }
    }
    doc.links.extend(links);
    doc.emails.extend(emails);
    doc.links.sort_by_key(|l| l.pos);
    doc.emails.sort_by_key(|e| e.pos);
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};

    #[test]
    fn bare_urls_and_emails_are_found_with_their_place() {
        let d = Document::parse(
            "Intro\n\nApply at https://jobs.example.org/123. Or write to hr@example.org, today.\n",
            Format::Text,
        );
        assert_eq!(d.links[0].url, "https://jobs.example.org/123");
        assert_eq!(d.links[0].pos.line, 3);
        assert_eq!(d.links[0].pos.column, 10);
        assert_eq!(d.emails[0].address, "hr@example.org");
    }

    #[test]
    fn linked_urls_are_not_counted_twice() {
        let d = Document::parse("[https://a.example](https://a.example)\n", Format::Markdown);
        assert_eq!(d.links.len(), 1);
    }
}
