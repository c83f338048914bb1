//! The plain-text reader: finds headings, list items and paragraphs by the shape of each line.

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{BlockKind, Builder, Document, Format, Pos};

struct Open {
    kind: BlockKind,
    text: String,
    pos: Pos,
    lines: Vec<usize>,
}

/// Section words that exports run into the next word ("Company DescriptionAcme is…",
/// "OVERVIEW:Acme"), as LinkedIn's plain text does.
static GLUED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"\b(?i:(company description|company overview|job description|description|overview|about us|about you|about the role|responsibilities|requirements|qualifications|benefits|summary|duties|compensation|salary|pay|location|job type|schedule|education|experience|skills))(:?)([A-Z$£€0-9])",
    )
});

/// A label in a chat's bold or italics at the start of a line ("📌
/// *Position:* Front Office Executive", "_Salary:_ Rs. 65,000"), as WhatsApp,
/// Slack and Telegram write them.
static CHAT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"^(?P<lead>[^\w*_]{0,8}?)(?P<mark>[*_])(?P<label>[A-Za-z][A-Za-z0-9 /&()'’.,-]{0,47}):[*_] ?",
    )
});

/// The line with a chat's marks taken off the label it starts with.
fn unmark_chat_label(line: &str) -> std::borrow::Cow<'_, str> {
    match CHAT_LABEL.captures(line) {
        Some(c) => {
            let end = c.get(0).map_or(0, |m| m.end());
            format!("{}{}: {}", &c["lead"], &c["label"], &line[end..]).into()
        }
        None => line.into(),
    }
}

/// Separates a section word from the text run into it, keeping everything else as it was.
fn unglue(line: &str) -> std::borrow::Cow<'_, str> {
    GLUED.replace_all(line, |c: &crate::pattern::Captures| {
        // Only when the section word ends in lower case, or is followed by a colon:
        // "JavaScript" and "PostgreSQL" are names, not glued words.
        let word = &c[1];
        if c[2].is_empty() && word.ends_with(|ch: char| ch.is_uppercase()) {
            return c[0].to_string();
        }
        // A figure after "About us" is a name's ("About us1080 Learning Center
        // is…"); after other words ("Experience5 years") it is left alone.
        let about = ["about us", "company description", "company overview"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w));
        if c[3].starts_with(|ch: char| ch.is_ascii_digit()) && !about {
            return c[0].to_string();
        }
        format!("{}: {}", word, &c[3])
    })
}

/// Minor words a label may hold in lower case ("Type of Position", "Status
/// and Classification").
const LABEL_MINOR_WORDS: &[&str] = &["of", "and", "to", "for", "&", "/", "or", "per"];

/// Whether `text` (up to a colon) has the shape of a field label: one to
/// five words, each capitalised or a minor word, letters only, at most 40
/// characters ("Location", "Position Type", "FLSA Classification").
fn label_shaped(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    text.len() <= 40
        && (1..=5).contains(&words.len())
        && text.trim_end() == text.trim_end_matches(' ')
        && words.iter().enumerate().all(|(i, w)| {
            let w = w.trim_matches(|c| c == '(' || c == ')');
            // No capital after a small letter: "WarehousePosition" is two
            // words run together, not one of a label's.
            let camel = w
                .as_bytes()
                .windows(2)
                .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
            (w.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                && !camel)
                || (i > 0 && LABEL_MINOR_WORDS.contains(&w))
        })
}

/// Names written in camel case, whose second capital starts no label.
const CAMEL_NAMES: &[&str] = &[
    "JavaScript",
    "TypeScript",
    "CoffeeScript",
    "PowerShell",
    "PowerPoint",
    "PowerBI",
    "SharePoint",
    "PostgreSQL",
    "GitHub",
    "GitLab",
    "LinkedIn",
    "YouTube",
    "WordPress",
    "QuickBooks",
    "DevOps",
    "DevSecOps",
    "FinOps",
    "MySQL",
    "NoSQL",
    "GraphQL",
    "OpenShift",
    "CloudFormation",
    "SolidWorks",
    "AutoCAD",
];

/// A line cut before each field label glued onto the value before it
/// ("Sr. Salesforce DeveloperLocation: New York", "WarehousePosition Type:
/// F/T"), as LinkedIn's plain text does when it drops line breaks, so that
/// each `Label: value` stands at the start of its own piece. A label is cut
/// off only where one stands before it on the line, so a sentence's words
/// stay together.
fn split_glued_labels(line: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let Some(first_colon) = line.find(':') else {
        return vec![line];
    };
    let bytes = line.as_bytes();
    let mut from = 0;
    let mut at = first_colon + 1;
    while at + 1 < bytes.len() {
        let (prev, here) = (bytes[at], bytes[at + 1]);
        // "Sales Associate  Type of Position: Part-Time": a label after two
        // spaces or more is cut off as one glued on.
        if prev == b' ' && at > 0 && bytes[at - 1] == b' ' && here.is_ascii_uppercase() {
            let start = at + 1;
            let rest = &line[start..];
            if let Some(colon) = rest.find(':')
                && label_shaped(&rest[..colon])
            {
                pieces.push(line[from..start].trim_end());
                from = start;
                at = start + colon;
                continue;
            }
        }
        let junction = (prev.is_ascii_lowercase()
            || prev.is_ascii_digit()
            || prev == b')'
            || prev.is_ascii_uppercase())
            && here.is_ascii_uppercase();
        if junction {
            let start = at + 1;
            // The word the junction is in: "Developer|Location", and not
            // "Java|Script" or "UK|Salary" read as less than two letters.
            let word_start = line[..start]
                .rfind(|c: char| c.is_whitespace())
                .map_or(0, |i| i + 1);
            let rest = &line[start..];
            if let Some(colon) = rest.find(':')
                && start - word_start >= 2
                && label_shaped(&rest[..colon])
                // After a capital ("UKSalary"), only a word in lower case
                // after its first letter starts a label: "FLSA" is not cut.
                && (!prev.is_ascii_uppercase()
                    || rest.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase))
                // Names written in camel case stay whole ("JavaScript:").
                && !CAMEL_NAMES.iter().any(|n| {
                    line.get(word_start..word_start + n.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(n))
                        && word_start + n.len() > start
                })
            {
                pieces.push(&line[from..start]);
                from = start;
                at = start + colon;
                continue;
            }
        }
        at += 1;
    }
    pieces.push(&line[from..]);
    pieces
}

pub fn read(text: &str) -> Document {
    let mut out = Builder::default();
    let mut open: Option<Open> = None;
    // Indentation of the open list levels, outermost first.
    let mut indents: Vec<usize> = Vec::new();
    let unglued: Vec<std::borrow::Cow<str>> = text
        .lines()
        .map(|l| match unmark_chat_label(l.trim_end_matches('\r')) {
            std::borrow::Cow::Borrowed(b) => unglue(b),
            std::borrow::Cow::Owned(o) => std::borrow::Cow::Owned(unglue(&o).into_owned()),
        })
        .collect();
    // Each piece of a line with its source line number: a line holding
    // several glued labels is read as one line per label.
    let mut numbers: Vec<usize> = Vec::with_capacity(unglued.len());
    let mut lines: Vec<&str> = Vec::with_capacity(unglued.len());
    for (i, l) in unglued.iter().enumerate() {
        for piece in split_glued_labels(l) {
            numbers.push(i + 1);
            lines.push(piece);
        }
    }
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let first_text = lines.iter().position(|l| !l.trim().is_empty());

    fn flush(out: &mut Builder, open: &mut Option<Open>) {
        if let Some(o) = open.take() {
            out.push(o.kind, o.text, o.pos, o.lines);
        }
    }

    for (i, raw) in lines.iter().enumerate() {
        let line_no = numbers[i];
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            flush(&mut out, &mut open);
            continue;
        }
        let indent = raw.len() - raw.trim_start().len();
        let column = raw[..indent].chars().count() + 1;
        let pos = Pos {
            line: line_no,
            column,
        };

        if trimmed.len() >= 3 && trimmed.chars().all(|c| matches!(c, '-' | '=' | '_' | '*')) {
            flush(&mut out, &mut open);
            out.push(BlockKind::Break, String::new(), pos, vec![line_no]);
            continue;
        }

        if let Some((marker_len, ordered)) = bullet(trimmed) {
            flush(&mut out, &mut open);
            while indents.last().is_some_and(|&d| d >= indent) {
                indents.pop();
            }
            let depth = indents.len();
            indents.push(indent);
            open = Some(Open {
                kind: BlockKind::ListItem { depth, ordered },
                text: trimmed[marker_len..].trim_start().to_string(),
                pos,
                lines: vec![line_no],
            });
            continue;
        }

        let standalone = blank(i.wrapping_sub(1)) || i == 0;
        let is_first = Some(i) == first_text;
        if let Some(level) = heading_level(trimmed, standalone, blank(i + 1), is_first) {
            flush(&mut out, &mut open);
            indents.clear();
            let heading = trimmed.trim_end_matches(':').trim_end().to_string();
            out.push(BlockKind::Heading { level }, heading, pos, vec![line_no]);
            continue;
        }

        match open.as_mut() {
            Some(o) => {
                o.text.push('\n');
                o.text.push_str(trimmed);
                o.lines.push(line_no);
            }
            None => {
                indents.clear();
                open = Some(Open {
                    kind: BlockKind::Paragraph,
                    text: trimmed.to_string(),
                    pos,
                    lines: vec![line_no],
                });
            }
        }
    }
    flush(&mut out, &mut open);
    out.finish(Format::Text)
}

/// If the line starts with a bullet or a list number, the length of that
/// marker and whether the list is numbered.
pub(crate) fn bullet(line: &str) -> Option<(usize, bool)> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    if matches!(
        first,
        '-' | '*'
            | '•'
            | '·'
            | '▪'
            | '◦'
            | '‣'
            | '–'
            | '○'
            | '●'
            | '■'
            | '➢'
            | '►'
            | '✓'
            | '✔'
    ) {
        let rest = &line[first.len_utf8()..];
        if rest.starts_with([' ', '\t']) && !rest.trim().is_empty() {
            return Some((first.len_utf8(), false));
        }
        return None;
    }
    // "1." or "12)" followed by a space.
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &line[digits..];
        if (rest.starts_with(". ") || rest.starts_with(") ")) && !rest[2..].trim().is_empty() {
            return Some((digits + 1, true));
        }
    }
    None
}

/// Small words that stay lower case in a Title Case heading.
const MINOR_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "the", "to", "with", "&", "-", "–", "/",
];

/// The heading level a line would have, if its shape says it is a heading.
fn heading_level(line: &str, standalone: bool, blank_after: bool, is_first: bool) -> Option<u8> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || line.chars().count() > 90 {
        return None;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 {
        return None;
    }
    let ends_sentence = line.ends_with(['.', '!', '?', ',', ';']);
    // The first line of a plain-text advert, standing alone, is its headline.
    if is_first && blank_after && words.len() <= 20 && !ends_sentence && !line.contains(": ") {
        return Some(1);
    }
    if !standalone && !blank_after {
        // A line inside running text is a heading only if it says so with a colon.
        return (line.ends_with(':') && words.len() <= 6).then_some(3);
    }
    if line.ends_with(':') && words.len() <= 8 {
        return Some(3);
    }
    if ends_sentence || words.len() > 10 || line.contains(": ") {
        return None;
    }
    if letters.iter().all(|c| !c.is_lowercase()) {
        return Some(2);
    }
    let title_case = words.iter().all(|w| {
        let first = w.chars().find(|c| c.is_alphanumeric());
        match first {
            None => true,
            Some(c) => {
                c.is_uppercase()
                    || c.is_numeric()
                    || MINOR_WORDS.contains(&w.to_lowercase().as_str())
            }
        }
    });
    (title_case && standalone).then_some(3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<(String, BlockKind)> {
        read(s)
            .blocks
            .into_iter()
            .map(|b| (b.text, b.kind))
            .collect()
    }

    #[test]
    fn headings_by_shape() {
        let k = kinds(
            "Care Assistant\n\nABOUT US\nWe are a care home.\n\nWhat You Will Do\n\nRequirements:\n- Kind\n",
        );
        assert_eq!(
            k[0],
            ("Care Assistant".into(), BlockKind::Heading { level: 1 })
        );
        assert_eq!(k[1], ("ABOUT US".into(), BlockKind::Heading { level: 2 }));
        assert_eq!(k[2].1, BlockKind::Paragraph);
        assert_eq!(
            k[3],
            ("What You Will Do".into(), BlockKind::Heading { level: 3 })
        );
        assert_eq!(
            k[4],
            ("Requirements".into(), BlockKind::Heading { level: 3 })
        );
        assert_eq!(
            k[5].1,
            BlockKind::ListItem {
                depth: 0,
                ordered: false
            }
        );
    }

    #[test]
    fn sentences_and_labels_are_not_headings() {
        let k = kinds("Intro line here.\n\nWe Are Hiring Now.\n\nSalary: £30,000\n");
        assert!(
            k.iter()
                .all(|(_, kind)| !matches!(kind, BlockKind::Heading { level: 2 | 3 }))
        );
    }

    #[test]
    fn bullets_of_every_kind_with_depth() {
        let k = kinds("Intro\n\n• one\n  · two\n1. three\n2) four\n* five\n- six\n");
        let items: Vec<_> = k
            .iter()
            .filter_map(|(t, kind)| match kind {
                BlockKind::ListItem { depth, .. } => Some((t.as_str(), *depth)),
                _ => None,
            })
            .collect();
        assert_eq!(
            items,
            [
                ("one", 0),
                ("two", 1),
                ("three", 0),
                ("four", 0),
                ("five", 0),
                ("six", 0)
            ]
        );
    }

    #[test]
    fn wrapped_lines_continue_items_and_paragraphs() {
        let d = read("Intro\n\n- a long item\n  that wraps\n\nA paragraph\nthat wraps.\n");
        assert_eq!(d.blocks[1].text, "a long item\nthat wraps");
        assert_eq!(d.blocks[1].lines, vec![3, 4]);
        assert_eq!(d.blocks[2].text, "A paragraph\nthat wraps.");
    }

    #[test]
    fn glued_section_words_are_separated() {
        assert_eq!(
            unglue("Company DescriptionRaw Cereal is an agency"),
            "Company Description: Raw Cereal is an agency"
        );
        assert_eq!(
            unglue("OVERVIEW:Poshi LLC is a food company"),
            "OVERVIEW: Poshi LLC is a food company"
        );
        assert_eq!(
            unglue("Compensation$22.00 per hour"),
            "Compensation: $22.00 per hour"
        );
        assert_eq!(
            unglue("About us1080 Learning Centre is a charity"),
            "About us: 1080 Learning Centre is a charity"
        );
        assert_eq!(unglue("Experience5 years"), "Experience5 years");
        assert_eq!(
            unglue("Strong JavaScript and PostgreSQL skills"),
            "Strong JavaScript and PostgreSQL skills"
        );
    }

    #[test]
    fn a_chat_s_bold_or_italic_label_is_read_as_a_label() {
        assert_eq!(
            unmark_chat_label("📌 *Position:* Front Office Executive"),
            "📌 Position: Front Office Executive"
        );
        assert_eq!(
            unmark_chat_label("_Salary:_ Rs. 65,000"),
            "Salary: Rs. 65,000"
        );
        // Bold that is not a label, and a label without marks, stay as written.
        assert_eq!(unmark_chat_label("*WE ARE HIRING*"), "*WE ARE HIRING*");
        assert_eq!(unmark_chat_label("Salary: 5"), "Salary: 5");
        let d = read("📌 *Position:* Front Office Executive\n👥 *Vacancies:* 2\n");
        assert_eq!(
            d.blocks[0].text,
            "📌 Position: Front Office Executive\n👥 Vacancies: 2"
        );
    }

    #[test]
    fn labels_glued_onto_the_value_before_them_start_their_own_lines() {
        assert_eq!(
            split_glued_labels("Role: Data EngineerLocation: Tulsa, OK (Onsite)Duration: 6 months"),
            vec![
                "Role: Data Engineer",
                "Location: Tulsa, OK (Onsite)",
                "Duration: 6 months"
            ]
        );
        assert_eq!(
            split_glued_labels("Job Title: ClerkOrganization: Hill Food BankPosition Type: F/T"),
            vec![
                "Job Title: Clerk",
                "Organization: Hill Food Bank",
                "Position Type: F/T"
            ]
        );
        assert_eq!(
            split_glued_labels("Title: House CoordinatorFLSA Classification: Hourly"),
            vec!["Title: House Coordinator", "FLSA Classification: Hourly"]
        );
        assert_eq!(
            split_glued_labels("Location: Stanton, CaliforniaStatus and Classification: Full-Time"),
            vec![
                "Location: Stanton, California",
                "Status and Classification: Full-Time"
            ]
        );
        assert_eq!(
            split_glued_labels("Location: Leeds, UKSalary: £24,000"),
            vec!["Location: Leeds, UK", "Salary: £24,000"]
        );
        assert_eq!(
            split_glued_labels("Location: MidTown Cleveland WarehousePosition Type: F/T"),
            vec![
                "Location: MidTown Cleveland Warehouse",
                "Position Type: F/T"
            ]
        );
        assert_eq!(
            split_glued_labels("Job Title: Sales Associate  Type of Position: Part-Time"),
            vec!["Job Title: Sales Associate", "Type of Position: Part-Time"]
        );
        // Names in camel case are not cut.
        assert_eq!(
            split_glued_labels("Skills: React and JavaScript: three years"),
            vec!["Skills: React and JavaScript: three years"]
        );
        // A capital inside a sentence is no label unless a colon ends its words.
        assert_eq!(
            split_glued_labels("Note: see the McDonald Hall for details: Room 4"),
            vec!["Note: see the McDonald Hall for details: Room 4"]
        );
        // No label before it on the line: a sentence's words stay together.
        assert_eq!(
            split_glued_labels("We moved to a new siteLocation: see below"),
            vec!["We moved to a new siteLocation: see below"]
        );
        let d = read(
            "Title: Porter (Nights)Location: Leeds, UKSalary: £24,000\n\nYou will move stock.\n",
        );
        let lines: Vec<(usize, &str)> = d.blocks[0].text_lines().collect();
        assert_eq!(
            lines,
            vec![
                (1, "Title: Porter (Nights)"),
                (1, "Location: Leeds, UK"),
                (1, "Salary: £24,000")
            ]
        );
    }

    #[test]
    fn not_a_bullet() {
        assert_eq!(bullet("-5 degrees"), None);
        assert_eq!(bullet("2024. was"), None);
        assert_eq!(bullet("• item"), Some((3, false)));
        assert_eq!(bullet("10. item"), Some((3, true)));
    }
}
