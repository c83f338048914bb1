//! Skills: every taxonomy skill the advert names, with how strongly it asks for it.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Context, DESIRABLE, Level, Out, SkillLevel, SkillMention, re};
use crate::document::BlockKind;
use crate::taxonomy::Taxonomy;

/// Headings over text that describes the organisation, not the job.
static BLURB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(about (us|the (company|organisation|organization|trust|team|employer))|who we are|our (company|story|mission|values|team|culture)|company (overview|description)|the company|benefits|perks|what we offer|equal opportunit|diversity|mission statement|confidentiality|health (and|&) safety)\b",
    )
});
/// Headings over the work itself: what it names, the job uses.
static DUTIES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(responsibilit\w*|duties|you will|you['’]ll|what you['’]ll do|the role|role|job purpose|key tasks|day to day|day-to-day|tech(nology)? stack|our stack|tools|technolog\w*|technical)\b",
    )
});
/// Words in a clause that ask for what they name.
static ASKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(experience (with|in|of|using)|experienced (with|in)|knowledge of|proficien\w*|familiar\w*|skills? (in|with)|must|required|requires?|essential|expert\w*|strong|understanding of|ability to use|hands-on|background in|track record|years)\b",
    )
});

/// The sentence around a byte range: between the nearest `. `, `;`, `!`, `?` or line break
/// (a dot inside ".NET" or "e.g." does not end a sentence).
fn sentence(text: &str, start: usize, end: usize) -> &str {
    let stops = |s: &str, i: usize, c: char| {
        matches!(c, ';' | '!' | '?' | '\n') || (c == '.' && s[i + 1..].starts_with(' '))
    };
    // Only as far as the nearest stop on each side, and never further than
    // REACH bytes: linear in the sentence, not the block.
    let (lo, hi) = crate::text::reach(text, start, end);
    let from = text[lo..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| stops(text, lo + i, c))
        .map_or(lo, |(i, _)| lo + i + 1);
    let to = text[end..hi]
        .char_indices()
        .find(|&(i, c)| stops(text, end + i, c))
        .map_or(hi, |(i, _)| end + i);
    &text[from..to]
}

/// The clause around a byte range: between the nearest `;`, `.` (followed by a
/// space) or `,` on either side.
fn clause(text: &str, start: usize, end: usize) -> &str {
    // No full stop: ".NET" and "e.g." do not end a clause.
    crate::text::between_stops(text, start, end, &[';', ',', '\n'])
}

pub fn extract(cx: &Context, out: &mut Out, taxonomy: &Taxonomy) {
    let mut found: Vec<SkillMention> = Vec::new();
    let title_block = cx.first_heading().map(|(b, _)| b);
    let mut links_by_block: HashMap<usize, Vec<&crate::document::Link>> = HashMap::new();
    for link in &cx.doc.links {
        if let Some(b) = link.block {
            links_by_block.entry(b).or_default().push(link);
        }
    }
    for (i, block) in cx.doc.blocks.iter().enumerate() {
        if cx.excluded[i] || matches!(block.kind, BlockKind::Code | BlockKind::Break) {
            continue;
        }
        let headings: Vec<&str> = cx.doc.headings_of(i).map(|s| s.heading.as_str()).collect();
        let links = links_by_block.get(&i).map_or(&[][..], Vec::as_slice);
        let (mut counted_to, mut line_index) = (0, 0);
        for m in taxonomy.find(&block.text) {
            // "[github KMPTDev](https://github.com/kmptdev)" points at a site, it does not ask for a skill.
            let words = block.text[m.start..m.end].to_lowercase();
            let squashed: String = words.split_whitespace().collect();
            if links.iter().any(|l| {
                l.text.to_lowercase().contains(&words) && l.url.to_lowercase().contains(&squashed)
            }) {
                continue;
            }
            // Matches come in order: count line breaks from the last one only.
            if m.start < counted_to {
                (counted_to, line_index) = (0, 0);
            }
            line_index += block.text[counted_to..m.start].matches('\n').count();
            counted_to = m.start;
            let line = block
                .lines
                .get(line_index)
                .copied()
                .unwrap_or(block.pos.line);
            let around = clause(&block.text, m.start, m.end);
            let whole = if block.list_depth().is_some() {
                crate::text::around(&block.text, m.start, m.end)
            } else {
                sentence(&block.text, m.start, m.end)
            };
            let level = if cx.level(i) == Level::Desirable || DESIRABLE.is_match(around) {
                SkillLevel::Desirable
            } else if cx.level(i) == Level::Essential || Some(i) == title_block {
                SkillLevel::Essential
            } else if headings.first().is_some_and(|h| BLURB.is_match(h)) {
                SkillLevel::Mentioned
            } else if headings.iter().any(|h| DUTIES.is_match(h)) || ASKS.is_match(whole) {
                SkillLevel::Essential
            } else {
                SkillLevel::Mentioned
            };
            let skill = &taxonomy.skills()[m.skill];
            match found.iter_mut().find(|f| f.id == skill.id) {
                Some(f) => {
                    // The strongest level any mention gives.
                    f.level = f.level.min(level);
                    if !f.lines.contains(&line) {
                        f.lines.push(line);
                    }
                }
                None => found.push(SkillMention {
                    id: skill.id.clone(),
                    name: skill.name.clone(),
                    category: skill.category.clone(),
                    level,
                    lines: vec![line],
                }),
            }
        }
    }
    for f in &mut found {
        f.lines.sort_unstable();
    }
    found.sort_by_key(|f| f.lines.first().copied().unwrap_or(0));
    if let Some(first) = found.first() {
        let line = first.lines[0];
        let text = cx
            .lines
            .iter()
            .find(|l| l.line == line)
            .map_or("", |l| l.text);
        out.evidence("skills", line, text);
    }
    out.posting.skills = found;
}
