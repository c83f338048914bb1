//! Title and employer: from labels, headlines ("Acme is hiring a Data Engineer"),
//! the first heading, and the line under it.

use std::sync::LazyLock;

use regex::Regex;

use super::{Context, Out, re};
use crate::document::BlockKind;

static TITLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(job title|title|position|position title|role|role title|job role|vacancy|vacancy title|post|post title|job|job name|opening)$",
    )
});
static EMPLOYER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(employer|company|company name|organisation|organization|organisation name|organization name|hiring organisation|hiring organization|hiring company|trust|department|agency|business|employer name|client)$",
    )
});
/// "Acme on the hunt for a CTO", "Acme is hiring a Data Engineer".
static HIRING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<org>[A-Z0-9][\w&'’.,()\- ]{1,80}?)\s+(?:(?:is|are)\s+)?(?:on\s+the\s+hunt\s+for|hiring|hires|seeks|seeking|is\s+seeking|looking\s+for|recruiting|recruits|wants|needs|appoints|to\s+appoint|searching\s+for|advertises\s+for)\s+(?:an?\s+|the\s+|its\s+|their\s+|new\s+|first\s+)*(?P<title>[A-Za-z][^.!?]*?)\s*(?:\([A-Za-z]{2,6}\))?\s*$",
    )
});
/// Parts of a headline that are not the title: counts of posts, pay, places, slogans.
static NOT_TITLE_PART: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\d+\s+(vacanc|post|position|role|opening)|\bvacancies\b|\bavailable\b|salary|£|\$|€|\bjoin\b|\bapply\b|\bwe('re| are)\b|\bhiring\b|!|\bclosing\b|\bremote\b|\bhybrid\b|\bfull[- ]time\b|\bpart[- ]time\b|\bpermanent\b|\bcontract\b)",
    )
});
/// Headings that are never the title.
static GENERIC_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(job description|job advert|advert|overview|about( us| the role| the job| the company)?|summary|key dates|details|job details|vacancy details|introduction|description|the role|role|position|we are hiring|now hiring|careers?|jobs?)$",
    )
});
static ORG_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(NHS|Trust|Ltd|Limited|LLC|LLP|Inc|plc|PLC|Council|University|College|School|Board|Agency|Foundation|Group|GmbH|AG|SA|BV|Company|Corporation|Corp|Partnership|Authority|Department|Ministry|Office|Service|Services|Health|Care|Bank|Society|Institute|Charity|County|City|Hospital|Hospitals|Labs|Technologies|Systems|Solutions)\b",
    )
});
/// "Acme Ltd is seeking", "At Acme, we".
static ORG_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:At\s+)?(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|and|of|&|for|the|de|du))*?)(?:\s*\([A-Z]{2,8}\))?,?\s+(?:is|are)\s+(?:(?:currently|now|actively)\s+)?(?:seeking|looking|hiring|recruiting|searching|excited|delighted|pleased)\b",
    )
});

/// Ends a title taken from a headline where the headline moves on:
/// "Head of Digital on £95,000 as overhaul begins" -> "Head of Digital".
fn cut_title(title: &str) -> String {
    static CUT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\s+(on|as|with|after|amid|paying|who|that|to lead|to help|to drive|to run|to join|worth|for up to|in a|at a)\s|\s*[£$€]|\s+\d",
        )
    });
    match CUT.find(title) {
        Some(m) if m.start() > 0 => title[..m.start()].trim().to_string(),
        _ => title.to_string(),
    }
}

/// A plausible job title: short, not a sentence, no links.
fn plausible_title(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=12).contains(&words)
        && !s.ends_with(['.', '?'])
        && !s.contains("http")
        && s.chars().any(char::is_alphabetic)
}

/// Takes the part of a headline that names the job, dropping counts of
/// posts, pay and slogans joined to it by " : ", " - ", " | ".
pub fn clean_title(headline: &str) -> String {
    let separators = [" : ", " - ", " – ", " — ", " | ", " :: "];
    let mut parts = vec![headline.trim()];
    for sep in separators {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    let kept: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty() && !NOT_TITLE_PART.is_match(p))
        .collect();
    let title = kept.first().copied().unwrap_or(headline.trim());
    title
        .trim_matches(|c: char| c == '*' || c == '#' || c == ':' || c.is_whitespace())
        .to_string()
}

pub fn extract(cx: &Context, out: &mut Out) {
    // 1. Labelled facts say it outright.
    if let Some(f) = cx
        .facts_matching(&TITLE_LABEL)
        .find(|f| plausible_title(&f.value))
    {
        let title = clean_title(&f.value);
        out.evidence("title", f.line, &f.value);
        out.posting.title = Some(title);
    }
    if let Some(f) = cx
        .facts_matching(&EMPLOYER_LABEL)
        .find(|f| !f.value.is_empty() && f.value.split_whitespace().count() <= 12)
    {
        out.evidence("employer", f.line, &f.value);
        out.posting.employer = Some(f.value.trim().to_string());
    }

    // 2. The first heading (or, in text without headings, the first line).
    let heading = cx
        .doc
        .blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| !cx.excluded[*i] && b.is_heading())
        .find(|(_, b)| !GENERIC_HEADING.is_match(b.text.trim()))
        .or_else(|| {
            cx.doc
                .blocks
                .iter()
                .enumerate()
                .find(|(i, b)| !cx.excluded[*i] && b.kind == BlockKind::Paragraph)
        });
    if let Some((index, block)) = heading {
        let text = block.text.lines().next().unwrap_or("").trim();
        let cleaned = clean_title(text);
        if let Some(c) = HIRING.captures(&cleaned) {
            let org = c["org"].trim().trim_end_matches(',');
            let title = cut_title(&clean_title(c["title"].trim()));
            if out.posting.title.is_none() && plausible_title(&title) {
                out.evidence("title", block.pos.line, text);
                out.posting.title = Some(title);
            }
            if out.posting.employer.is_none() {
                out.evidence("employer", block.pos.line, text);
                out.posting.employer = Some(org.to_string());
            }
        } else if out.posting.title.is_none() && plausible_title(&cleaned) {
            out.evidence("title", block.pos.line, text);
            out.posting.title = Some(cleaned);
        }

        // 3. The line just under the title often names the employer,
        //    alone or first among other facts ("Acme Ltd – 2 posts – posted 10/02/2025").
        if out.posting.employer.is_none()
            && block.is_heading()
            && let Some(next) = cx.doc.blocks.get(index + 1)
        {
            let (line, first) = next.text_lines().next().unwrap_or((0, ""));
            let first = first.trim();
            let segment = [" – ", " — ", " - ", " · ", " | ", " • "]
                .iter()
                .filter_map(|sep| first.find(sep))
                .min()
                .map_or(first, |at| &first[..at])
                .trim();
            let has_facts = segment.len() < first.len();
            let words = segment.split_whitespace().count();
            let named_again = || {
                cx.lines
                    .iter()
                    .filter(|l| l.line != line)
                    .any(|l| l.text.contains(segment))
            };
            let capitalised = segment.chars().next().is_some_and(char::is_uppercase);
            if next.kind == BlockKind::Paragraph
                && (1..=10).contains(&words)
                && !segment.ends_with('.')
                && capitalised
                && (ORG_WORD.is_match(segment) || (has_facts && words <= 5 && named_again()))
            {
                out.evidence("employer", line, first);
                out.posting.employer = Some(segment.to_string());
            }
        }
    }

    // 4. A sentence naming the employer as the one hiring. It also completes
    //    a short name from a headline ("Eastholme council" -> "Eastholme Borough Council").
    let short = out.posting.employer.clone().filter(|e| {
        out.posting.evidence.get("employer").map(|ev| ev.line)
            == out.posting.evidence.get("title").map(|ev| ev.line)
            && e.split_whitespace().count() <= 3
    });
    if let Some(short) = short {
        let first_word = short.split_whitespace().next().unwrap_or("").to_string();
        let fuller = cx.lines.iter().find_map(|line| {
            line.text.split(". ").find_map(|sentence| {
                ORG_SENTENCE.captures(sentence.trim()).and_then(|c| {
                    let org = c["org"].trim().to_string();
                    (org.split_whitespace().next() == Some(first_word.as_str())
                        && org.len() > short.len())
                    .then(|| (line.line, sentence.to_string(), org))
                })
            })
        });
        if let Some((line, sentence, org)) = fuller {
            out.posting.evidence.remove("employer");
            out.evidence("employer", line, &sentence);
            out.posting.employer = Some(org);
        }
    }
    if out.posting.employer.is_none() {
        for line in &cx.lines {
            for sentence in line.text.split(". ") {
                if let Some(c) = ORG_SENTENCE.captures(sentence.trim()) {
                    let org = c["org"].trim();
                    if !matches!(org, "We" | "You" | "It" | "This" | "The" | "Our" | "They") {
                        out.evidence("employer", line.line, sentence);
                        out.posting.employer = Some(org.to_string());
                        break;
                    }
                }
            }
            if out.posting.employer.is_some() {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, Format};
    use crate::extract::extract as run;

    fn fields(text: &str, format: Format) -> (Option<String>, Option<String>) {
        let p = run(&Document::parse(text, format), "-");
        (p.title, p.employer)
    }

    #[test]
    fn headline_cleaning() {
        assert_eq!(
            clean_title("Senior Software Developer : 2 Vacancies Available"),
            "Senior Software Developer"
        );
        assert_eq!(
            clean_title("Senior Software Developer - Join our growing team!"),
            "Senior Software Developer"
        );
        assert_eq!(clean_title("Data Analyst | Remote | £40k"), "Data Analyst");
        assert_eq!(
            clean_title("Staff Nurse - Band 5"),
            "Staff Nurse - Band 5".split(" - ").next().unwrap()
        );
    }

    #[test]
    fn hiring_headlines_give_employer_and_title() {
        let (t, e) = fields(
            "NHSX on the hunt for Chief Technology Officer - Salary £131,000+\n\nBody text here.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Chief Technology Officer"));
        assert_eq!(e.as_deref(), Some("NHSX"));
        let (t, e) = fields(
            "# Acme Robotics is hiring a Firmware Engineer\n\nText.",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Firmware Engineer"));
        assert_eq!(e.as_deref(), Some("Acme Robotics"));
    }

    #[test]
    fn headline_titles_end_where_the_headline_moves_on() {
        let (t, e) = fields(
            "Eastholme council seeks Head of Digital on £95,000 as overhaul begins\n\nEastholme Borough Council is looking for a Head of Digital.\n",
            Format::Text,
        );
        assert_eq!(t.as_deref(), Some("Head of Digital"));
        assert_eq!(e.as_deref(), Some("Eastholme Borough Council"));
    }

    #[test]
    fn employer_first_among_facts_under_the_title() {
        let (_, e) = fields(
            "# Backend Engineer\n\n**Tidewell** · posted 2 May 2025\n\nTidewell sells ferry tickets.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Tidewell"));
        let (_, e) = fields(
            "# Backend Engineer\n\nRemote · posted 2 May 2025\n\nWe sell tickets.\n",
            Format::Markdown,
        );
        assert_eq!(e, None);
    }

    #[test]
    fn labels_win() {
        let (t, e) = fields(
            "# Careers\n\nJob Title: Payroll Officer\nCompany: Brightwater Housing\n",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Payroll Officer"));
        assert_eq!(e.as_deref(), Some("Brightwater Housing"));
    }

    #[test]
    fn employer_under_the_title_or_in_a_sentence() {
        let (t, e) = fields(
            "# Ward Clerk\nNorthfield Hospitals NHS Foundation Trust<br/>Admin Team\n\nText.",
            Format::Markdown,
        );
        assert_eq!(t.as_deref(), Some("Ward Clerk"));
        assert_eq!(
            e.as_deref(),
            Some("Northfield Hospitals NHS Foundation Trust")
        );
        let (_, e) = fields(
            "# Lead Engineer\n\n## Overview\nGreen Valley Digital Services is seeking an experienced Lead Engineer.\n",
            Format::Markdown,
        );
        assert_eq!(e.as_deref(), Some("Green Valley Digital Services"));
    }
}
