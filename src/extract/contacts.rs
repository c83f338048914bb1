//! Email addresses, links, and the link to apply.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Context, Out, re};

static APPLY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bappl(y|ication|ications)\b"));
/// Addresses that lead to an application form or job page.
static APPLY_URL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(appl(y|ication)|careers?|/jobs?\b|jobs\.|vacanc|recruit|/job/|/posting|/requisition|greenhouse|lever\.co|workday|smartrecruiters|applytojob)",
    )
});
/// Lines that point at more reading, not at the form.
static ABOUT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(learn more|find out more|read more|about us|our (blog|website|work)|see how we)\b")
});
static PLACEHOLDER_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(email|name|your[._]?name|yourname|first[._]?name|firstname|first\.last|user|someone)@",
    )
});

pub fn extract(cx: &Context, out: &mut Out) {
    let kept =
        |block: Option<usize>| block.is_none_or(|b| !cx.excluded.get(b).copied().unwrap_or(false));
    // The advert's lines by number (the first text on each), and which block each
    // (block, line) pair belongs to: looked up once per link, not searched each time.
    let mut texts: HashMap<usize, &str> = HashMap::with_capacity(cx.lines.len());
    let mut block_lines: HashSet<(usize, usize)> = HashSet::with_capacity(cx.lines.len());
    for l in &cx.lines {
        texts.entry(l.line).or_insert(l.text);
        block_lines.insert((l.block, l.line));
    }
    let line_kept = |line: usize| texts.contains_key(&line);
    let c = &mut out.posting.contacts;
    let mut evidence = Vec::new();
    for e in &cx.doc.emails {
        if !line_kept(e.pos.line) {
            continue;
        }
        let address = e.address.to_string();
        if !c.emails.iter().any(|a| a.eq_ignore_ascii_case(&address))
            && !PLACEHOLDER_ADDRESS.is_match(&address)
        {
            if c.emails.is_empty() {
                evidence.push(("contacts.emails", e.pos.line, address.clone()));
            }
            c.emails.push(address);
        }
    }
    for l in &cx.doc.links {
        let is_web = l.url.starts_with("http://")
            || l.url.starts_with("https://")
            || l.url.starts_with("www.");
        if !is_web || !kept(l.block) || !line_kept(l.pos.line) {
            continue;
        }
        if !c.urls.contains(&l.url) {
            if c.urls.is_empty() {
                evidence.push(("contacts.urls", l.pos.line, l.url.clone()));
            }
            c.urls.push(l.url.clone());
        }
    }
    // The apply link: one whose own words say "apply", else one on a line that does.
    let line_text = |line: usize| texts.get(&line).copied().unwrap_or("");
    let web = |url: &str| url.starts_with("http") || url.starts_with("www.");
    // Score each link: its own words, its address, its line and its section.
    let apply = cx
        .doc
        .links
        .iter()
        .filter(|l| web(&l.url) && kept(l.block) && line_kept(l.pos.line))
        .map(|l| {
            let line = line_text(l.pos.line);
            let in_apply_section = l.block.is_some_and(|b| {
                cx.doc
                    .headings_of(b)
                    .next()
                    .is_some_and(|s| APPLY.is_match(&s.heading))
            });
            let mut score = 0;
            if APPLY.is_match(&l.text) && l.text != l.url {
                score += 4;
            }
            if APPLY_URL.is_match(&l.url) {
                score += 3;
            }
            // "apply at" may end the line before a bare address on the next.
            let previous = l.pos.line.checked_sub(1).map_or("", line_text);
            let same_block = l
                .block
                .is_some_and(|b| l.pos.line > 0 && block_lines.contains(&(b, l.pos.line - 1)));
            if APPLY.is_match(line) || (same_block && APPLY.is_match(previous)) {
                score += 2;
            }
            if in_apply_section {
                score += 1;
            }
            if ABOUT.is_match(line) && !APPLY.is_match(&l.text) {
                score -= 2;
            }
            (score, l)
        })
        .filter(|(score, _)| *score >= 2)
        .max_by_key(|(score, l)| (*score, std::cmp::Reverse(l.pos)))
        .map(|(_, l)| l);
    if let Some(l) = apply {
        c.apply_url = Some(l.url.clone());
        evidence.push((
            "contacts.apply_url",
            l.pos.line,
            line_text(l.pos.line).to_string(),
        ));
    }
    for (field, line, text) in evidence {
        out.evidence(field, line, &text);
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};
    use crate::extract::extract;

    #[test]
    fn emails_urls_and_the_apply_link() {
        let p = extract(
            &Document::parse(
                "See [our blog](https://blog.example.org). Email [us](mailto:jobs@example.org) or jobs@example.org.\n\n[Apply Now](http://jobs.example.org/v/1)\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.contacts.emails, ["jobs@example.org"]);
        assert_eq!(
            p.contacts.urls,
            ["https://blog.example.org", "http://jobs.example.org/v/1"]
        );
        assert_eq!(
            p.contacts.apply_url.as_deref(),
            Some("http://jobs.example.org/v/1")
        );
    }

    #[test]
    fn apply_line_with_bare_url() {
        let p = extract(
            &Document::parse(
                "Intro\n\nTo apply, visit https://careers.example.com/123 today.\n",
                Format::Text,
            ),
            "-",
        );
        assert_eq!(
            p.contacts.apply_url.as_deref(),
            Some("https://careers.example.com/123")
        );
    }

    #[test]
    fn no_apply_link_when_none_is_given() {
        let p = extract(
            &Document::parse("Intro\n\nSee https://example.com/about\n", Format::Text),
            "-",
        );
        assert_eq!(p.contacts.apply_url, None);
    }
}
