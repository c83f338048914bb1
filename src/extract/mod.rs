//! Turning a [`Document`] into a [`Posting`]: one file per group of fields.
//!
//! Every extractor works on the same [`Context`]: the document's lines with
//! the preamble left out, the label/value facts the advert states (table
//! rows, `Label: value` lines), each block's requirement level (essential or
//! desirable), and the date order the advert most likely uses.

mod contacts;
mod contract;
pub mod dates;
mod employer;
mod furniture;
mod geo;
mod headline;
mod numbers;
mod occupation;
mod organisation;
pub mod pay;
mod place;
pub mod posting;
mod requirements;
mod roles;
mod skills;
mod structured;
mod title_text;

use std::sync::LazyLock;

use crate::pattern::Regex;
use crate::work::Counted;

pub use posting::*;

use crate::document::{BlockKind, Document, Line};
use crate::taxonomy::Taxonomy;

/// How strongly a block asks for what it names. A block's level comes from
/// where it stands (its headings, its nesting); cues inside a sentence
/// ("(preferred)") are read per line or clause by [`Context::line_level`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Essential,
    Desirable,
    /// Neither said: descriptions, blurbs, responsibilities.
    Neutral,
}

/// A label and its value, as adverts state facts: `Closing date | 31/03/2021`, `Salary: £30,000`.
#[derive(Debug, Clone)]
pub struct Fact {
    /// The label, lower-cased, without markup or trailing colon.
    pub label: String,
    pub value: String,
    pub line: usize,
    pub block: usize,
}

/// What every extractor reads.
pub struct Context<'a> {
    pub doc: &'a Document,
    /// Lines of the advert proper, in source order (no code, no preamble).
    pub lines: Counted<Line<'a>>,
    pub facts: Counted<Fact>,
    /// Per block: its requirement level.
    pub levels: Vec<Level>,
    /// Per block: true when it is not part of the advert (a preamble or note about the text).
    pub excluded: Vec<bool>,
    /// Whether numeric dates put the day first (UK, Europe) or the month (US).
    pub day_first: bool,
    /// Votes for day-first dates from the advert's own numeric dates alone
    /// (each settling its order counts 100): 0 when they settle nothing.
    pub date_votes: i64,
    /// Every line of `lines` joined by newlines, and where each starts in it:
    /// one search of the whole advert finds the few lines a pattern matches
    /// (see [`Context::lines_matching`]).
    joined: String,
    starts: Vec<usize>,
}

/// Whether `line` was broken mid-sentence and goes on in `next`: it ends
/// with no stop, and the next starts with a small letter or a figure ("two
/// (2)" / "years of experience", "by Friday" / "6 March 2026") or a month
/// or a day of the week ("before" / "March 13, 2026"). A line that
/// ends a sentence, or one followed by a capital (a new item or paragraph
/// run together with it), stands alone.
fn wraps_into(line: &str, next: &str) -> bool {
    let last = line
        .trim_end()
        .trim_end_matches(['*', '_'])
        .chars()
        .next_back();
    // A comma never ends a paragraph ("… to Morag Lindsay," / "Head Housekeeper").
    if matches!(last, Some(',' | '&')) {
        return true;
    }
    let ends_open = last.is_some_and(|c| c.is_alphanumeric() || matches!(c, '(' | ')' | '-' | '–'));
    let next = next.trim_start().trim_start_matches(['*', '_', '(']);
    let starts_on = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        || next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(dates::is_month_or_weekday);
    ends_open && starts_on
}

/// Lines of a block read as one text, joined by spaces: a line broken
/// mid-sentence and the lines it goes on into.
pub struct Paragraph<'a> {
    pub block: usize,
    pub text: std::borrow::Cow<'a, str>,
    /// Where each line starts in `text`, and its line number.
    starts: Vec<(usize, usize)>,
}

impl Paragraph<'_> {
    /// The line number of the byte at `at` in `text`.
    pub fn line_of(&self, at: usize) -> usize {
        let i = self.starts.partition_point(|&(s, _)| s <= at).max(1) - 1;
        self.starts.get(i).map_or(0, |&(_, line)| line)
    }
}

/// The record being filled, with its evidence and notes.
pub struct Out {
    pub posting: Posting,
    /// The recruitment agency the advert comes through, once known: no
    /// later reader takes it for the employer.
    pub agency: Option<String>,
}

impl Out {
    pub fn evidence(&mut self, field: &str, line: usize, text: &str) {
        let text = clip(text.trim(), 160);
        self.posting
            .evidence
            .entry(field.to_string())
            .or_insert(Evidence { line, text });
    }

    pub fn note(&mut self, note: impl Into<String>) {
        let note = note.into();
        if !self.posting.notes.contains(&note) {
            self.posting.notes.push(note);
        }
    }
}

/// Extracts every field of `doc` with the built-in taxonomy; `source` names where it came from.
pub fn extract(doc: &Document, source: &str) -> Posting {
    extract_with(doc, source, Taxonomy::builtin())
}

/// Extracts every field of `doc`, finding skills with `taxonomy`.
pub fn extract_with(doc: &Document, source: &str, taxonomy: &Taxonomy) -> Posting {
    extract_from(&Context::new(doc), source, taxonomy)
}

/// The records of an advert: one, or one per role when the post offers
/// several (each with `#role-N` after its source; see `roles`).
pub fn records_with(doc: &Document, source: &str, taxonomy: &Taxonomy) -> Vec<Posting> {
    let cx = Context::new(doc);
    let posting = extract_from(&cx, source, taxonomy);
    roles::records(&cx, posting)
}

/// Extracts every field from a reading already made: `check` reads an
/// advert once, extracts from that reading and runs its rules on the same.
pub fn extract_from(cx: &Context, source: &str, taxonomy: &Taxonomy) -> Posting {
    let mut out = Out {
        posting: Posting {
            source: source.to_string(),
            ..Posting::default()
        },
        agency: None,
    };
    for read in READERS {
        read(cx, &mut out);
    }
    skills::extract(cx, &mut out, taxonomy);
    employer::from_subjects(cx, &mut out);
    // A name the sentences gave may be an agency's, as the headline's may.
    if out.agency.is_none() {
        headline::recruiter_for_client(cx, &mut out);
    }
    structured::extract(cx, &mut out);
    title_text::extract(cx, &mut out);
    organisation::extract(cx, &mut out);
    employer::from_board_address(cx, &mut out);
    occupation::extract(cx, &mut out);
    out.posting
}

/// The field readers, in the order [`extract_with`] runs them: a reader may
/// use what the ones before it found (the title, the employer).
const READERS: [fn(&Context, &mut Out); 7] = [
    headline::extract,
    place::extract,
    pay::extract,
    contract::extract,
    dates::extract,
    contacts::extract,
    requirements::extract,
];

/// A short advert that names something for every field, read by [`warm_up`].
pub(crate) const WARM_UP: &str = "# Senior Data Analyst\n\n\
Northfield Borough Council is hiring 2 posts.\n\n\
Location: Leeds, LS1 4AB (hybrid working, 2 days a week in the office)\n\n\
Salary: £38,000 - £42,000 per annum. Band 6. Fixed term for 12 months, 37.5 hours per week, full time.\n\n\
Closing date: 14 March 2026. Interviews on 21/03/2026; start date 1 May 2026.\n\n\
## Essential\n\n\
- At least 3 years' experience with SQL and Python\n\
- Bachelor's degree or equivalent; PRINCE2 Foundation\n\
- SC clearance and an enhanced DBS check\n\
- Fluent English; Welsh desirable\n\n\
## Desirable\n\n\
- Master's degree\n\n\
## Benefits\n\n\
- 27 days annual leave and a pension\n\n\
Apply at https://jobs.example.org/123 or email jobs@example.org.\n";

/// Compiles the extractors' patterns on a second core while the first
/// adverts are read: it reads a small advert of its own with the readers in
/// the reverse of [`extract_with`]'s order, so the two threads meet in the
/// middle and each pattern is compiled once, by whichever gets to it first.
/// Compiling the patterns is most of the start-up of a run over one advert.
pub fn warm_up() {
    warm_up_with(WARM_UP, crate::document::Format::Markdown);
}

/// [`warm_up`] on a given advert: a run over one advert warms up on that
/// advert, so that the second core compiles the patterns it will need and
/// no others.
pub fn warm_up_with(text: &str, format: crate::document::Format) {
    let doc = Document::parse(text, format);
    // Every line as it is: what Context::new works out with its own patterns
    // (which the first thread needs first) is left to the first thread.
    let n = doc.blocks.len();
    let cx = Context::of_lines(
        &doc,
        doc.lines().collect(),
        Vec::new(),
        vec![Level::Neutral; n],
        vec![false; n],
    );
    let mut out = Out {
        posting: Posting::default(),
        agency: None,
    };
    for read in READERS.iter().rev() {
        read(&cx, &mut out);
    }
}

static DESIRABLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(desirable|desired|preferred|preferably|preference|ideally|nice[- ]to[- ]haves?|bonus|a plus|plus points?|an advantage|advantageous|beneficial|not essential|not required|would be great|good to have|optional)\b",
    )
});
static ESSENTIAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(essential|required|requirements?|must[- ]haves?|must|mandatory|minimum|qualifications|what you('ll| will)? need|you (will )?have|you('ll| will) bring|person specification|skills|experience|knowledge|about you|who you are|criteria|looking for|what (we|you) need|you['’]ll need|ideal candidate|we['’]d love|your profile|profile)\b",
    )
});
static PERSON_SPEC: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bperson(al)? spec"));
/// Words that mark text as being about the advert rather than part of it.
static PREAMBLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\b(ai|chatgpt|llm)\s+(prompt|output|response)\b|^prompt$|^output$|\bfictitious\b|\bgenerated (entirely )?(by|with|using) (ai|an ai|chatgpt)|\bI(['’]ve| have) (created|written|drafted|prepared)\b|^here(['’]s| is) (a|an|the|your)\b|\bas an ai\b|\bthis (job description|advert|document|file) (file )?(is|was) (a|an|generated|written|created)\b)",
    )
});

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document) -> Self {
        let headings: Vec<Heading> = doc
            .sections
            .iter()
            .map(|s| Heading::of(&s.heading))
            .collect();
        let mut excluded = preamble(doc, &headings);
        for (x, f) in excluded.iter_mut().zip(furniture::furniture(doc)) {
            *x |= f;
        }
        let levels = (0..doc.blocks.len())
            .map(|i| level_of(doc, i, &headings))
            .collect();
        let lines: Vec<Line<'a>> = doc.lines().filter(|l| !excluded[l.block]).collect();
        let mut facts = facts(doc, &excluded);
        // Facts the page marks by its markup, in their place among the others.
        if !doc.marked.is_empty() {
            for m in &doc.marked {
                let block = doc
                    .blocks
                    .iter()
                    .rposition(|b| b.pos.line <= m.line)
                    .unwrap_or(0);
                facts.push(Fact {
                    label: m.label.to_string(),
                    value: m.value.clone(),
                    line: m.line,
                    block,
                });
            }
            facts.sort_by_key(|f| f.line);
        }
        let mut cx = Context::of_lines(doc, lines, facts, levels, excluded);
        let (numeric, signs) = dates::votes(&cx);
        cx.day_first = numeric + signs >= 0;
        cx.date_votes = numeric;
        cx
    }

    /// A context of the given lines and readings, day first.
    fn of_lines(
        doc: &'a Document,
        lines: Vec<Line<'a>>,
        facts: Vec<Fact>,
        levels: Vec<Level>,
        excluded: Vec<bool>,
    ) -> Self {
        let mut joined = String::with_capacity(lines.iter().map(|l| l.text.len() + 1).sum());
        let mut starts = Vec::with_capacity(lines.len());
        for line in &lines {
            starts.push(joined.len());
            joined.push_str(line.text);
            joined.push('\n');
        }
        Context {
            doc,
            lines: lines.into(),
            facts: facts.into(),
            levels,
            excluded,
            day_first: true,
            date_votes: 0,
            joined,
            starts,
        }
    }

    /// Every place `needle` is written in a line, in order: each line and the
    /// byte offset in it, as `line.text.match_indices(needle)` gives them line
    /// after line, found in one search of the whole advert.
    pub fn find_in_lines<'s>(
        &'s self,
        needle: &'s str,
    ) -> impl Iterator<Item = (&'s Line<'a>, usize)> + 's {
        // A needle that spans lines, or none at all, is looked for line by line.
        let whole = !needle.is_empty() && !needle.contains('\n');
        let at_once = whole.then(|| {
            self.joined.match_indices(needle).map(|(at, _)| {
                let i = self.starts.partition_point(|&s| s <= at) - 1;
                (&self.lines[i], at - self.starts[i])
            })
        });
        let one_by_one = (!whole).then(|| {
            self.lines
                .iter()
                .flat_map(move |l| l.text.match_indices(needle).map(move |(at, _)| (l, at)))
        });
        at_once
            .into_iter()
            .flatten()
            .chain(one_by_one.into_iter().flatten())
    }

    /// The lines `pattern` matches: exactly those of [`Context::lines`] for
    /// which `pattern.is_match(line.text)` holds, in order.
    ///
    /// Most lines of an advert match none of a field's patterns, and trying a
    /// pattern costs about as much for a short line as for a page; so the
    /// pattern searches all the lines at once, and each line where a match
    /// starts is a candidate. A match that runs on into the next line is
    /// confirmed on its line alone. The pattern must not use `^` or `$` unless
    /// it is multi-line (`(?m)`, as [`crate::text::any_of`] makes them): in a
    /// single-line pattern they mean the ends of a line only line by line.
    pub fn lines_matching<'s>(&'s self, pattern: &'s Regex) -> impl Iterator<Item = &'s Line<'a>> {
        debug_assert!(
            !crate::text::has_anchor(pattern.as_str()),
            "an anchored pattern must be tried line by line: {}",
            pattern.as_str()
        );
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < self.joined.len() {
                let m = pattern.find_at(&self.joined, at)?;
                let i = self.line_index_at(m.start());
                let line = self.lines.get(i)?;
                let end = self.starts[i] + line.text.len();
                at = end + 1;
                if m.end() <= end || pattern.is_match(line.text) {
                    return Some(line);
                }
            }
            None
        })
    }

    /// The index in [`Context::lines`] of the line that holds byte `at` of
    /// the joined text.
    fn line_index_at(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// Whether the advert's own web or mail domain holds `squashed` (a name
    /// in lower case without spaces or punctuation): "The Saltmarsh Kitchen"
    /// and jobs@saltmarshkitchen.example.com.
    pub fn in_own_domain(&self, squashed: &str) -> bool {
        self.doc.emails.iter().any(|e| {
            e.address
                .rsplit_once('@')
                .is_some_and(|(_, d)| d.to_lowercase().contains(squashed))
        }) || self.doc.links.iter().any(|l| {
            let host = l.url.split_once("://").map_or(l.url.as_str(), |(_, r)| r);
            host.split('/')
                .next()
                .unwrap_or("")
                .to_lowercase()
                .contains(squashed)
        })
    }

    /// The paragraph that starts at line `first` of [`Context::lines`] (its
    /// lines joined by spaces, as far as each is broken mid-sentence), and
    /// the index of the line after it.
    fn paragraph_at(&self, first: usize) -> (Paragraph<'a>, usize) {
        let block = self.lines[first].block;
        let mut next = first + 1;
        // Only a line broken mid-sentence goes on into the next.
        while next < self.lines.len()
            && self.lines[next].block == block
            && wraps_into(self.lines[next - 1].text, self.lines[next].text)
        {
            next += 1;
        }
        let lines = &self.lines[first..next];
        let mut starts = Vec::with_capacity(lines.len());
        let text: std::borrow::Cow<'a, str> = if let [only] = lines {
            starts.push((0, only.line));
            only.text.into()
        } else {
            let mut joined = String::new();
            for l in lines {
                if !joined.is_empty() {
                    joined.push(' ');
                }
                starts.push((joined.len(), l.line));
                joined.push_str(l.text);
            }
            joined.into()
        };
        (
            Paragraph {
                block,
                text,
                starts,
            },
            next,
        )
    }

    /// Every paragraph of the advert, in source order: a block's lines read
    /// as one text, so that a phrase wrapped onto the next line is whole.
    pub fn paragraphs(&self) -> impl Iterator<Item = Paragraph<'a>> + '_ {
        let mut next = 0;
        std::iter::from_fn(move || {
            (next < self.lines.len()).then(|| {
                let (p, after) = self.paragraph_at(next);
                next = after;
                p
            })
        })
    }

    /// The paragraphs `pattern` matches (across their line breaks too),
    /// found with one search of the whole advert. The same rule on anchors
    /// as [`Context::lines_matching`] holds.
    pub fn paragraphs_matching<'s>(
        &'s self,
        pattern: &'s Regex,
    ) -> impl Iterator<Item = Paragraph<'a>> + 's {
        debug_assert!(
            !crate::text::has_anchor(pattern.as_str()),
            "an anchored pattern must be tried line by line: {}",
            pattern.as_str()
        );
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < self.joined.len() {
                let m = pattern.find_at(&self.joined, at)?;
                let i = self.line_index_at(m.start());
                // From the paragraph's first line.
                let block = self.lines.get(i)?.block;
                let mut first = i;
                while first > 0
                    && self.lines[first - 1].block == block
                    && wraps_into(self.lines[first - 1].text, self.lines[first].text)
                {
                    first -= 1;
                }
                let (p, next) = self.paragraph_at(first);
                at = self.starts.get(next).copied().unwrap_or(self.joined.len());
                if pattern.is_match(&p.text) {
                    return Some(p);
                }
            }
            None
        })
    }

    /// Facts whose label matches `label`, in source order.
    pub fn facts_matching<'s>(&'s self, label: &'s Regex) -> impl Iterator<Item = &'s Fact> + 's {
        self.facts.iter().filter(move |f| label.is_match(&f.label))
    }

    pub fn level(&self, block: usize) -> Level {
        self.levels.get(block).copied().unwrap_or(Level::Neutral)
    }

    /// The level of one line: an inline cue on the line itself wins over the block's.
    pub fn line_level(&self, line: &Line) -> Level {
        if DESIRABLE.is_match(line.text) {
            Level::Desirable
        } else {
            self.level(line.block)
        }
    }

    /// The first heading of the advert proper, with its block index.
    pub fn first_heading(&self) -> Option<(usize, &'a str)> {
        self.doc
            .blocks
            .iter()
            .enumerate()
            .find(|(i, b)| b.is_heading() && !self.excluded[*i])
            .map(|(i, b)| (i, b.text.as_str()))
    }
}

/// Marks the blocks that talk about the advert instead of being it: a
/// note that it was generated, the prompt, an assistant's summary.
fn preamble(doc: &Document, headings: &[Heading]) -> Vec<bool> {
    let mut excluded = vec![false; doc.blocks.len()];
    for (i, block) in doc.blocks.iter().enumerate() {
        let in_preamble_section = doc.sections_of(i).any(|s| headings[s].preamble);
        let first_line = block.text.lines().next().unwrap_or("");
        excluded[i] = in_preamble_section
            || (!block.is_heading() && PREAMBLE.is_match(first_line))
            || (block.kind == BlockKind::Code);
    }
    excluded
}

/// What a section's heading says, read once for all the blocks under it.
struct Heading {
    preamble: bool,
    /// The level its heading names, if any ("Desirable", "Essential criteria").
    level: Option<Level>,
    person_spec: bool,
}

impl Heading {
    fn of(heading: &str) -> Heading {
        let level = if DESIRABLE.is_match(heading) {
            Some(Level::Desirable)
        } else if ESSENTIAL.is_match(heading) {
            Some(Level::Essential)
        } else {
            None
        };
        Heading {
            preamble: PREAMBLE.is_match(heading),
            level,
            person_spec: PERSON_SPEC.is_match(heading),
        }
    }
}

fn level_of(doc: &Document, i: usize, headings: &[Heading]) -> Level {
    let block = &doc.blocks[i];
    if block.is_heading() {
        return Level::Neutral;
    }
    let mut person_spec = false;
    let mut found = None;
    for section in doc.sections_of(i) {
        let heading = &headings[section];
        if found.is_none() {
            found = heading.level;
        }
        person_spec |= heading.person_spec;
    }
    // Person specifications often nest desirable points under essential ones.
    if person_spec && block.list_depth().is_some_and(|d| d >= 1) {
        return Level::Desirable;
    }
    // An item under a "Desirable:" item or label is desirable too.
    if let Some(depth) = block.list_depth().filter(|&d| d >= 1) {
        let parent = doc.blocks[..i]
            .iter()
            .rev()
            .find(|b| b.list_depth().is_some_and(|d| d < depth));
        if let Some(parent) = parent
            && DESIRABLE.is_match(parent.text.lines().next().unwrap_or(""))
        {
            return Level::Desirable;
        }
    }
    found.unwrap_or(Level::Neutral)
}

/// Lines at the top of an advert that may hold its header.
pub(crate) const HEADER_LINES: usize = 8;

/// A line of three or more parts split by " | ", as Hacker News posts open:
/// "Company | Title | Place | Remote | Salary".
pub(crate) fn header_of_parts(text: &str) -> bool {
    [" | ", " · ", " • "]
        .iter()
        .any(|sep| text.matches(sep).count() >= 2)
}

/// A header of parts without a full stop after its last part, when that part
/// is a few words ("Staff Nurse | Surgical Ward | Bristol | Full Time."): the
/// stop does not make the header a sentence.
pub(crate) fn without_header_stop(text: &str) -> &str {
    match text.strip_suffix('.') {
        Some(bare)
            if !bare.ends_with('.')
                && header_of_parts(bare)
                && bare
                    .rsplit(" | ")
                    .next()
                    .is_some_and(|p| p.split_whitespace().count() <= 3) =>
        {
            bare
        }
        _ => text,
    }
}

/// A picture a line may open with: arrows, shapes, dingbats and emoji, with
/// the selectors and joiners that build them ("📍", "▫️", "✅", "👩‍💻").
fn is_picture(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2190..=0x2BFF | 0x1F000..=0x1FAFF | 0xFE00..=0xFE0F | 0x200D
    )
}

/// A `Label: value` line: the label (a letter, then up to 48 letters, digits,
/// spaces and `/&()'’.,-`) and the value (the non-empty rest of the line after
/// the first colon, ASCII or full-width, trimmed). Read by hand rather than by
/// a pattern: it is asked of every line, and a pattern with two captured
/// groups cost more than all the rest of the reading of labels.
pub(crate) fn label_line(text: &str) -> Option<(&str, &str)> {
    let colon = text.find([':', '：'])?;
    // "📍 Work location: …", "▫️ Salary: …": pictures before a label are
    // not part of it.
    let lead = text[..colon]
        .find(|c: char| c.is_ascii_alphanumeric() || c == '#')
        .filter(|&at| {
            text[..at]
                .chars()
                .all(|c| c.is_whitespace() || is_picture(c))
        })
        .unwrap_or(0);
    let label = text[lead..colon].trim();
    // "# of Openings: 2": a count's label may open with the number sign.
    let mut chars = label.strip_prefix("# ").unwrap_or(label).chars();
    if !chars.next()?.is_ascii_alphabetic() {
        return None;
    }
    let mut more = 0;
    for c in chars {
        more += 1;
        if more > 48 || !(c.is_ascii_alphanumeric() || " /&()'’.,-".contains(c)) {
            return None;
        }
    }
    let after = &text[colon..];
    let value = after[after.chars().next()?.len_utf8()..].trim();
    (!value.is_empty() && !value.contains('\n')).then_some((label, value))
}

/// A value without the quotes around it: front matter's `title: "Data
/// Engineer"`, `location: 'Leeds'`.
fn unquoted(value: &str) -> &str {
    let v = value.trim();
    for q in ['"', '\''] {
        if let Some(inner) = v.strip_prefix(q).and_then(|r| r.strip_suffix(q))
            && !inner.contains(q)
            && !inner.trim().is_empty()
        {
            return inner.trim();
        }
    }
    v
}

/// The rest of a line after a section's number ("1.0", "2.", "3)") and the
/// space after it, if it opens with one.
fn after_section_number(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let end = t.find(|c: char| !c.is_ascii_digit() && c != '.')?;
    let (number, rest) = t.split_at(end);
    // A number with a point or a bracket after it: "1.0", "2.", "3)"; not a
    // count ("2 Posts: …").
    let (marked, rest) = match rest.strip_prefix(')') {
        Some(rest) => (true, rest),
        None => (number.contains('.'), rest),
    };
    (number.starts_with(|c: char| c.is_ascii_digit())
        && number.len() <= 6
        && marked
        && rest.starts_with(char::is_whitespace))
    .then(|| rest.trim_start())
}

/// A label and its value on one line, kept apart by three spaces or more
/// or by a tab, as a table pasted into plain text leaves them.
static SPACED_FACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s{0,3}(?P<label>[A-Za-z][A-Za-z'’()&/-]*(?: [A-Za-z'’()&/-]+){0,3})(?:\t+ *| {3,})(?P<value>\S.{0,120})$",
    )
});

/// Collects label/value pairs from table rows, `Label: value` lines, and
/// short headings followed by a one-line value.
fn facts(doc: &Document, excluded: &[bool]) -> Vec<Fact> {
    let mut out = Vec::new();
    for (i, block) in doc.blocks.iter().enumerate() {
        if excluded[i] {
            continue;
        }
        match &block.kind {
            BlockKind::TableRow { cells, .. } if cells.len() >= 2 => {
                let value = cells[1..]
                    .iter()
                    .filter(|c| !c.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(Fact {
                    label: clean_label(&cells[0]),
                    value,
                    line: block.pos.line,
                    block: i,
                });
            }
            BlockKind::Heading { level } => {
                let words = block.text.split_whitespace().count();
                let next = doc.blocks.get(i + 1);
                // "Primary Location" / "Americas-United States of America-New
                // York-New York": in plain text a short value on its own
                // line reads as a heading of the label's level, as the label does.
                let value_heading = |n: &crate::document::Block| {
                    n.kind == (BlockKind::Heading { level: *level })
                        && names_a_field(&block.text)
                        && !names_a_field(&n.text)
                        && !excluded.get(i + 1).copied().unwrap_or(true)
                };
                if let Some(next) = next
                    .filter(|n| (n.kind == BlockKind::Paragraph || value_heading(n)) && words <= 4)
                {
                    let (line, value) = next.text_lines().next().unwrap_or((next.pos.line, ""));
                    if value.split_whitespace().count() <= 16 {
                        out.push(Fact {
                            label: clean_label(&block.text),
                            value: value.trim().to_string(),
                            line,
                            block: i + 1,
                        });
                    }
                }
            }
            BlockKind::Code | BlockKind::Break => {}
            _ => {
                // A label alone on its line, its value on the next: "Where" /
                // "214 Ponsonby Road, Auckland", a definition list's term and
                // description.
                let is_label = |label: &str| {
                    !label.contains('\n')
                        && (1..=4).contains(&label.split_whitespace().count())
                        && !label.ends_with(['.', '!', '?', ','])
                        && !label.contains(": ")
                        && (label.chars().next().is_some_and(char::is_alphabetic)
                            || label.starts_with("# of "))
                        && names_a_field(label)
                };
                // A column of labels and values, each on a line of its own:
                // "Salary" / "$24.31 - $31.02 Hourly" / "Location" / "Redmond,
                // OR" / …, as a board's page copied as text gives its facts
                // (two pairs or more, so that prose is not read as facts).
                // (Runs of two pairs or more in a row: a site's menu has a
                // field's word now and then, "Company" / "About Us".)
                if block.kind == BlockKind::Paragraph {
                    let all: Vec<(usize, &str)> = block.text_lines().collect();
                    let keep_run = |run: &mut Vec<Fact>, out: &mut Vec<Fact>| {
                        if run.len() >= 2 && all.len() > 2 {
                            out.append(run);
                        }
                        run.clear();
                    };
                    let mut run: Vec<Fact> = Vec::new();
                    let mut k = 0;
                    while k < all.len() {
                        let pair = all.get(k + 1).filter(|&&(_, value)| {
                            is_label(all[k].1.trim())
                                && !is_label(value.trim())
                                && (1..=16).contains(&value.split_whitespace().count())
                                && !value.trim().ends_with(':')
                        });
                        if let Some(&(line, value)) = pair {
                            run.push(Fact {
                                label: clean_label(all[k].1),
                                value: value.trim().to_string(),
                                line,
                                block: i,
                            });
                            k += 2;
                        } else {
                            keep_run(&mut run, &mut out);
                            k += 1;
                        }
                    }
                    keep_run(&mut run, &mut out);
                }
                // Both in one paragraph: "**Restaurant**" / "Fynbos & Fig".
                // (Or a note in brackets under them: "Job Title, Grade Code" /
                // "Senior Physiotherapist" / "(Grade Code: 3327)".)
                let lines: Vec<(usize, &str)> = block.text_lines().take(4).collect();
                let noted = lines.len() == 3 && lines[2].1.trim().starts_with('(');
                if let [(_, label), (line, value), ..] = lines[..]
                    && (lines.len() == 2 || noted)
                    && block.kind == BlockKind::Paragraph
                    && is_label(label.trim())
                    && (1..=16).contains(&value.split_whitespace().count())
                    && !value.trim().ends_with(':')
                {
                    out.push(Fact {
                        label: clean_label(label),
                        value: value.trim().to_string(),
                        line,
                        block: i,
                    });
                }
                let label = block.text.trim();
                if is_label(label)
                    && block.kind == BlockKind::Paragraph
                    && let Some(next) = doc.blocks.get(i + 1).filter(|n| {
                        matches!(n.kind, BlockKind::Paragraph | BlockKind::ListItem { .. })
                    })
                    && let Some((line, value)) = next.text_lines().next()
                    && (1..=16).contains(&value.split_whitespace().count())
                {
                    out.push(Fact {
                        label: clean_label(label),
                        value: value.trim().to_string(),
                        line,
                        block: i + 1,
                    });
                }
                for (line, text) in block.text_lines() {
                    // A label of up to `words` words opening `text`, as a fact of this line.
                    let fact = |text: &str, words: usize| {
                        let (label, value) = label_line(text)?;
                        let label = clean_label(label);
                        (label.split_whitespace().count() <= words && !label.contains("http")).then(
                            || Fact {
                                label,
                                value: unquoted(value).to_string(),
                                line,
                                block: i,
                            },
                        )
                    };
                    if let Some(f) = fact(text, 6) {
                        out.push(f);
                        continue;
                    }
                    // "1.0  POST:  WATER QUALITY TECHNICIAN": a label after
                    // its section's number, as a notice numbers its parts.
                    if let Some(rest) = after_section_number(text)
                        && let Some(f) = fact(rest, 6)
                    {
                        out.push(f);
                        continue;
                    }
                    // "Position title       Service Electrician": a table
                    // pasted as text, its columns kept apart by spaces or a tab.
                    if (text.contains("   ") || text.contains('\t'))
                        && let Some(c) = SPACED_FACT.captures(text.trim_end())
                        && names_a_field(&c["label"])
                    {
                        out.push(Fact {
                            label: clean_label(&c["label"]),
                            value: c["value"].trim().to_string(),
                            line,
                            block: i,
                        });
                        continue;
                    }
                    // A label after a sentence on the same line: "… 2 posts. Location: Leeds".
                    out.extend(
                        crate::text::split_sentences(text)
                            .skip(1)
                            .filter_map(|piece| fact(piece, 3)),
                    );
                }
            }
        }
    }
    out
}

/// Whether a label alone on its line names a field an extractor reads, so
/// that short paragraphs in running text do not all become facts.
fn names_a_field(label: &str) -> bool {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| FIELD_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether `label` is only a field's name ("Employment Type", "Location",
/// "Closing date"): every word a field's word or a small word between them.
/// A job's title may hold one ("Site Engineer", "Store Manager") but is not
/// made of them.
pub(super) fn is_field_name(label: &str) -> bool {
    let mut words = label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .peekable();
    words.peek().is_some()
        && words.all(|w| {
            FIELD_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "of" | "and" | "the" | "to")
        })
}

/// The words of a field's label (see [`names_a_field`]).
const FIELD_WORDS: &[&str] = &[
    "location",
    "locations",
    "workload",
    "pensum",
    "where",
    "salary",
    "pay",
    "rate",
    "wage",
    "remuneration",
    "compensation",
    "closing",
    "close",
    "deadline",
    "apply",
    "applications",
    "start",
    "interview",
    "posted",
    "contract",
    "hours",
    "employer",
    "company",
    "organisation",
    "organization",
    "café",
    "cafe",
    "venue",
    "restaurant",
    "hotel",
    "practice",
    "business",
    "position",
    "title",
    "role",
    "reference",
    "grade",
    "band",
    "campus",
    "site",
    "office",
    "base",
    "type",
    "employment",
    "duration",
    "vacancies",
    "jobs",
    "positions",
    "openings",
    "posts",
    "date",
    "place",
    "job",
    "address",
    "branch",
    "store",
    "working",
    "pattern",
    "schedule",
    "term",
    "terms",
    "package",
    "benefits",
    "stipend",
    "workplace",
    "mode",
    "city",
    "town",
    "vacancy",
    "published",
    "policy",
];

fn clean_label(s: &str) -> String {
    let label = s.trim().trim_end_matches([':', '：']).trim().to_lowercase();
    // "POST 09/04", "Vacancy 3 of 5": a circular's number after its label.
    let label = match label.split_once(' ') {
        Some((word, rest))
            if rest.starts_with(|c: char| c.is_ascii_digit())
                && rest.split_whitespace().all(|w| {
                    w.chars().any(|c| c.is_ascii_digit()) || matches!(w, "of" | "/" | "-")
                }) =>
        {
            word.to_string()
        }
        _ => label,
    };
    // "# of Openings": a count's label written with the number sign.
    match label.strip_prefix("# of ") {
        Some(rest) => format!("number of {rest}"),
        None => label,
    }
}

/// Shortens `s` to at most `max` characters, ending with "…" when cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

pub(crate) use crate::text::re;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    /// `label_line` reads by hand what this pattern says.
    static LABEL_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[\s\x{2190}-\x{2BFF}\x{1F000}-\x{1FAFF}\x{FE00}-\x{FE0F}\x{200D}]*([A-Za-z][A-Za-z0-9 /&()'’.,-]{0,48}?)\s*[:：]\s*(\S.*?)\s*$",
        )
    });

    #[test]
    fn a_label_and_its_value_each_on_a_line_of_plain_text() {
        // Short lines in plain text read as headings; a field's label and
        // the value under it are a fact all the same.
        let p = crate::analyse(
            "Financial Advisor Associate\n\nPosting Date\n\nApr 11, 2024\n\nPrimary Location\n\nAmericas-United States of America-New York-New York\n\nWe help clients.\n",
            "a.txt",
            Some(crate::document::Format::Text),
            None,
        );
        assert_eq!(p.location.as_deref(), Some("New York"));
        assert_eq!(p.country.as_deref(), Some("US"));
    }

    #[test]
    fn lines_broken_mid_sentence_wrap_and_others_do_not() {
        assert!(super::wraps_into("plus two (2)", "years of experience"));
        assert!(super::wraps_into("by **Friday", "6 March 2026**."));
        assert!(super::wraps_into(
            "through our careers page before",
            "**March 13, 2026**."
        ));
        assert!(super::wraps_into(
            "to Morag Lindsay,",
            "Head Housekeeper, at jobs@example.com"
        ));
        assert!(!super::wraps_into(
            "Employment Type: Full time",
            "Experience Level: 2 years"
        ));
        assert!(!super::wraps_into("We sell lamps.", "and more"));
    }

    #[test]
    fn label_lines_are_read_as_the_pattern_says() {
        for text in [
            "Salary: £30,000",
            "  Closing date :  1 May 2026  ",
            "Job title：Nurse",
            "Location:",
            "Location:   ",
            ": no label",
            "1st choice: x",
            "Pay (per hour) / rate: £12",
            "Job\ttitle: x",
            "Label:\nvalue",
            "Label: a\nb",
            "Employer’s name, site & unit: St Mary’s",
            "Note - see below: ok",
            "📍 Work location: Hanoi",
            "▫️ Salary: 20.000.000 VND",
            "’ Salary: x",
            "Contact us at https://example.org",
            "A very long label that goes on and on for more than fifty characters: value",
        ] {
            let by_pattern = LABEL_PATTERN.captures(text).map(|c| {
                (
                    c.get(1).map_or("", |m| m.as_str()),
                    c.get(2).map_or("", |m| m.as_str()),
                )
            });
            assert_eq!(label_line(text), by_pattern, "{text:?}");
        }
        // And on every short string of the characters that matter.
        let texts = (0..12).flat_map(|len| {
            crate::text::random_texts(
                "aZ9 :：\t\n’-_\u{a0}x📍\u{fe0f}",
                2_000,
                len,
                7 + len as u64,
            )
        });
        for text in texts {
            let by_pattern = LABEL_PATTERN.captures(&text).map(|c| {
                (
                    c.get(1).map_or("", |m| m.as_str()),
                    c.get(2).map_or("", |m| m.as_str()),
                )
            });
            assert_eq!(label_line(&text), by_pattern, "{text:?}");
        }
    }

    #[test]
    fn the_warm_up_advert_exercises_every_reader() {
        // Its point is to reach the patterns behind each reader's guards.
        let doc = Document::parse(WARM_UP, Format::Markdown);
        let p = extract(&doc, "warm-up");
        assert!(p.title.is_some() && p.employer.is_some() && p.location.is_some());
        assert!(p.salary.min.is_some() && p.salary.band.is_some());
        assert!(p.contract.duration_months.is_some() && p.contract.hours.is_some());
        assert!(p.dates.closing.is_some() && p.positions.is_some());
        assert!(p.experience_years.is_some() && p.education_level.is_some());
        assert!(!p.certifications.is_empty() && p.clearance.is_some());
        assert!(!p.languages.is_empty() && !p.benefits.is_empty());
        assert!(p.work_mode.is_some() && !p.contacts.emails.is_empty());
        warm_up();
    }

    #[test]
    fn labels_after_a_sentence_on_the_same_line_are_facts() {
        let md = "# Web Developer\n\nJoin our small team in a new role. Location: Bristol. Hours per week: 10. Salary: freelance rates.\n";
        let p = extract(&Document::parse(md, Format::Markdown), "-");
        assert_eq!(p.location.as_deref(), Some("Bristol"));
        // "Salary:" labels words, not the hours' figure before it.
        assert_eq!(p.salary.min, None);
        // Prose with a colon is not a label: "Note the following: …" is five words in.
        let md = "# Clerk\n\nWe are growing fast. Please note the following: we close early.\n";
        let doc = Document::parse(md, Format::Markdown);
        let cx = Context::new(&doc);
        assert!(
            cx.facts.iter().all(|f| !f.label.contains("note")),
            "{:?}",
            cx.facts.iter().map(|f| &f.label).collect::<Vec<_>>()
        );
    }

    #[test]
    fn lines_matching_finds_the_lines_a_pattern_matches_one_by_one() {
        let md = "# Pay per\n\nannum £30,000 per\nannum\n\n- hybrid\n- per annum\n- nothing here\n\nper year at the end";
        let doc = Document::parse(md, Format::Markdown);
        let cx = Context::new(&doc);
        for pattern in [
            r"per\s+annum",
            r"(?i)\bper\b",
            r"annum|year",
            r"\s+",
            r"[^a]+",
            r"x?",
            r"(?m)^-?\s*per",
            r"(?m)annum$",
        ] {
            let r = re(pattern);
            let one_by_one: Vec<usize> = cx
                .lines
                .iter()
                .filter(|l| r.is_match(l.text))
                .map(|l| l.line)
                .collect();
            let at_once: Vec<usize> = cx.lines_matching(&r).map(|l| l.line).collect();
            assert_eq!(at_once, one_by_one, "{pattern}");
        }
        for needle in ["per", "annum", "er", "e", "per\nannum", "", "nothing here"] {
            let one_by_one: Vec<(usize, usize)> = cx
                .lines
                .iter()
                .flat_map(|l| l.text.match_indices(needle).map(|(at, _)| (l.line, at)))
                .collect();
            let at_once: Vec<(usize, usize)> = cx
                .find_in_lines(needle)
                .map(|(l, at)| (l.line, at))
                .collect();
            assert_eq!(at_once, one_by_one, "{needle:?}");
        }
    }

    fn cx_levels(md: &str) -> Vec<(String, Level)> {
        let doc = Document::parse(md, Format::Markdown);
        let cx = Context::new(&doc);
        doc.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.list_depth().is_some())
            .map(|(i, b)| {
                let line = Line {
                    block: i,
                    line: b.pos.line,
                    text: &b.text,
                };
                (b.text.clone(), cx.line_level(&line))
            })
            .collect()
    }

    #[test]
    fn levels_from_headings_inline_cues_and_nesting() {
        let levels = cx_levels(
            "# Job\n## Essential\n- Rust\n- Go (preferred)\n## Desirable\n- Kafka\n## Person Specification\n### Skills\n- Python\n    - Django\n## About us\n- We care\n",
        );
        assert_eq!(
            levels,
            [
                ("Rust".into(), Level::Essential),
                ("Go (preferred)".into(), Level::Desirable),
                ("Kafka".into(), Level::Desirable),
                ("Python".into(), Level::Essential),
                ("Django".into(), Level::Desirable),
                ("We care".into(), Level::Neutral),
            ]
        );
    }

    #[test]
    fn a_label_after_its_section_s_number() {
        assert_eq!(
            after_section_number("1.0  POST:  CLERK"),
            Some("POST:  CLERK")
        );
        assert_eq!(
            after_section_number("3) Salary: TSh 900,000"),
            Some("Salary: TSh 900,000")
        );
        assert_eq!(after_section_number("2 Posts: Arusha"), None);
        assert_eq!(after_section_number("2026: a good year"), None);
        let doc = Document::parse(
            "NOTICE\n\n1.0  POST:   LABORATORY TECHNICIAN\n",
            Format::Text,
        );
        let cx = Context::new(&doc);
        assert!(
            cx.facts
                .iter()
                .any(|f| f.label == "post" && f.value == "LABORATORY TECHNICIAN")
        );
    }

    #[test]
    fn preamble_is_left_out() {
        let doc = Document::parse(
            "# Engineer\n\nThis job description file is a fictitious example, generated by AI.\n\n## AI output\n\nI've created a job description for Acme.\n\n---\n\n## Overview\n\nAcme is hiring.\n",
            Format::Markdown,
        );
        let cx = Context::new(&doc);
        let kept: Vec<&str> = cx.lines.iter().map(|l| l.text).collect();
        assert_eq!(kept, ["Engineer", "Overview", "Acme is hiring."]);
    }

    /// Asserts the labels and values a reading finds in `text`.
    fn assert_facts(text: &str, expected: &[(&str, &str)]) {
        let doc = Document::parse(text, Format::Markdown);
        let cx = Context::new(&doc);
        let facts: Vec<(&str, &str)> = cx
            .facts
            .iter()
            .map(|f| (f.label.as_str(), f.value.as_str()))
            .collect();
        assert_eq!(facts, expected);
    }

    #[test]
    fn a_column_of_labels_and_values_and_a_menu_s_stray_pair() {
        assert_facts(
            "Road Crew Leader\n\nSalary\n$27.10 - $33.85 Hourly\nLocation\nBend, OR\nJob Type\nFull-Time Regular\n\nHome\nNews\nCompany\nAbout Us\nEvents\nCareers\n",
            &[
                ("salary", "$27.10 - $33.85 Hourly"),
                ("location", "Bend, OR"),
                ("job type", "Full-Time Regular"),
            ],
        );
    }

    #[test]
    fn facts_from_tables_labels_and_headings() {
        assert_facts(
            "|||\n|-|-|\n|Closing Date | 31/03/2021 |\n\n**Salary**: £30,000\n\n## Location\n\nLeeds\n",
            &[
                ("closing date", "31/03/2021"),
                ("salary", "£30,000"),
                ("location", "Leeds"),
            ],
        );
    }
}
