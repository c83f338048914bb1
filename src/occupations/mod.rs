//! ESCO occupations and their ISCO-08 groups, derived by
//! `scripts/occupations.py` (see `docs/taxonomy.md`; credit in `NOTICE`), and
//! the matching of a job title to one of them.
//!
//! The data files under `data/occupations/` are compiled in as text, with
//! an index of their labels that `build.rs` builds ahead (see [`generate`]):
//! matching reads the index where it lies, so no run spends time building it.
//!
//! A title is matched in three steps, the first that answers wins:
//! 1. the whole cleaned title is a label (preferred or alternative);
//! 2. the longest label that the title holds as whole words and that ends in
//!    the title's head noun ("Musculoskeletal Physiotherapist" holds
//!    "physiotherapist"); a one-word label counts only when its word names
//!    one kind of work (see [`Index::specific`]);
//! 3. the label, among those with the title's head noun as theirs, whose
//!    words overlap the title's most, words weighted by how rare they are
//!    among labels; below [`OVERLAP_THRESHOLD`] nothing is returned.
//!
//! Cleaning drops bracketed text, "m/f/d" and the like, grades and bands,
//! and seniority words ("Senior", "Lead", "Principal", "Junior"); a title
//! cut by a dash, bar or comma ("Data Engineer - London") is also tried part
//! by part.

use std::collections::HashMap;

use crate::text::FnvBuild;

/// The index's tables: filled from the embedded data, never from an advert,
/// so a fast hash is safe.
type Map<K, V> = HashMap<K, V, FnvBuild>;
use std::sync::LazyLock;

// The index builder runs in build.rs; the tool reads only its layout.
#[allow(dead_code)]
mod generate;
mod tokens;

pub use tokens::words;
use tokens::{SENIORITY, head};

const OCCUPATIONS: &str = include_str!("../../data/occupations/occupations.tsv");
const ISCO: &str = include_str!("../../data/occupations/isco.tsv");

/// What every ESCO occupation URI starts with; the data keeps the rest.
pub const URI_PREFIX: &str = "http://data.europa.eu/esco/occupation/";

/// In step 3, the least share of a label's word weight that the title must
/// hold: a label's words missing from the title ("futures contracts
/// manager" for "Contracts Manager") make it another occupation.
const LABEL_COVERED: f32 = 0.85;

/// In step 3, the least share of the title's word weight that the label must
/// hold. Words no label uses ("Python", "Election") weigh little: they
/// narrow the field, rarely change the occupation.
const TITLE_COVERED: f32 = 0.6;

/// A one-word label is specific enough to match on its own when the labels
/// that end in its word fall in at most this many ISCO unit groups.
const SPECIFIC_GROUPS: usize = 2;

/// One ESCO occupation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The last part of its concept URI.
    pub id: &'static str,
    /// Its ISCO-08 unit group, four digits ("2512").
    pub isco: &'static str,
    /// Its preferred label ("software developer").
    pub name: &'static str,
    /// Its alternative labels, separated by `|`.
    alternatives: &'static str,
}

impl Entry {
    /// Its ESCO concept URI.
    pub fn uri(&self) -> String {
        format!("{URI_PREFIX}{}", self.id)
    }

    /// The name of its ISCO-08 unit group ("Software developers").
    pub fn isco_group(&self) -> &'static str {
        index().isco.get(self.isco).copied().unwrap_or("")
    }

    /// Its alternative labels.
    pub fn alternatives(&self) -> impl Iterator<Item = &'static str> {
        self.alternatives.split('|').filter(|a| !a.is_empty())
    }

    /// Its preferred label, then its alternatives.
    pub fn labels(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.name).chain(self.alternatives())
    }
}

/// How a title was matched, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum How {
    /// The whole cleaned title is a label.
    Exact,
    /// The title holds a label, as whole words, ending in its head noun.
    Contained,
    /// The title's words overlap a label's enough.
    Overlap,
}

/// The occupation a title names, and why.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    pub occupation: &'static Entry,
    /// The label that matched, as ESCO (or our additions) write it.
    pub label: &'static str,
    pub how: How,
    /// Whether the label is the occupation's preferred label.
    pub preferred: bool,
    /// 1 for an exact or contained label; the overlap score otherwise.
    pub score: f32,
}

/// Every occupation, in the order of the data file (by id).
pub fn all() -> &'static [Entry] {
    &index().entries
}

/// The number of occupations known.
pub fn count() -> usize {
    OCCUPATIONS.lines().count()
}

/// Occupations for `query`: those with a label holding every word of the
/// query as the start of one of its words ("softw dev"), or, for a query of
/// digits, those whose ISCO-08 code starts with it ("2512", "25"). Those
/// whose preferred label matches come first (one named exactly so first of
/// all), then by name.
pub fn search(query: &str) -> Vec<&'static Entry> {
    let query = query.trim();
    if !query.is_empty() && query.chars().all(|c| c.is_ascii_digit()) {
        let mut found: Vec<_> = all().iter().filter(|e| e.isco.starts_with(query)).collect();
        found.sort_by_key(|e| (e.isco, e.name));
        return found;
    }
    let wanted = words(query);
    let holds = |label: &str| {
        let have = words(label);
        wanted
            .iter()
            .all(|w| have.iter().any(|h| h.starts_with(w.as_str())))
    };
    let mut found: Vec<(bool, &Entry)> = all()
        .iter()
        .filter_map(|e| {
            if holds(e.name) {
                Some((false, e))
            } else if e.alternatives().any(holds) {
                Some((true, e))
            } else {
                None
            }
        })
        .collect();
    let exact = wanted.join(" ");
    found.sort_by_key(|&(alt, e)| (alt, words(e.name).join(" ") != exact, e.name));
    found.into_iter().map(|(_, e)| e).collect()
}

/// The ESCO occupation a job title names, or `None` when none fits well.
pub fn for_title(title: &str) -> Option<Match> {
    let index = index();
    candidates(title)
        .iter()
        .filter_map(|words| index.best(words))
        .min_by(|a, b| {
            (a.how, !a.preferred, -a.score)
                .partial_cmp(&(b.how, !b.preferred, -b.score))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
}

/// The occupation a phrase of running text names ("As a [registered nurse
/// on our ward], you…"): only a label of two words or more, or a one-word
/// preferred label ("pharmacist"), at the phrase's start. Stricter than
/// [`for_title`], for text that is not a title.
pub fn for_phrase(phrase: &str) -> Option<Match> {
    let index = index();
    let all = words(&phrase.replace('&', " and "));
    let mut found = None;
    for end in (1..=all.len().min(6)).rev() {
        if !index.is_head(&all[end - 1]) {
            continue;
        }
        let mut words = all[..end].to_vec();
        strip(&mut words);
        if words.is_empty() {
            continue;
        }
        if let Some(l) = index.label(&words)
            && (words.len() >= 2 || index.label_at(l).preferred())
        {
            found = Some(index.found(l, How::Exact, 1.0));
            break;
        }
    }
    found
}

/// The occupation whose preferred label is `name`, exactly.
pub fn named(name: &str) -> Option<&'static Entry> {
    all().iter().find(|e| e.name == name)
}

/// A title's words as matching sees them: without bracketed text, gender
/// markers, seniority, grade and terms words, and numbers.
pub fn cleaned(title: &str) -> Vec<String> {
    let mut out = words(&unbracket(title).replace('&', " and "));
    strip(&mut out);
    out
}

/// Words of a title that give its grade or terms, or announce it: dropped
/// from titles (labels never have them in this sense: "bank manager").
const TERMS: &[&str] = &[
    "band",
    "grade",
    "i",
    "ii",
    "iii",
    "iv",
    "remote",
    "hybrid",
    "contract",
    "contractor",
    "interim",
    "locum",
    "permanent",
    "temporary",
    "temp",
    "part",
    "full",
    "time",
    "fixed",
    "term",
    "freelance",
    "bank",
    "relief",
    "new",
    "urgent",
    "x",
    "wanted",
    "vacancy",
    "job",
    "role",
    "position",
    "opportunity",
];

fn not_the_work(word: &str) -> bool {
    SENIORITY.contains(&word) || TERMS.contains(&word)
}

/// Drops seniority, grade and terms words, and numbers, keeping the rest in order.
fn strip(words: &mut Vec<String>) {
    // "full stack" is work, not hours: keep "full" before "stack".
    let keep: Vec<bool> = (0..words.len())
        .map(|i| {
            let w = words[i].as_str();
            if w == "full" && words.get(i + 1).is_some_and(|n| n == "stack") {
                return true;
            }
            !(not_the_work(w) || w.chars().all(|c| c.is_ascii_digit()))
        })
        .collect();
    let mut i = 0;
    words.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// The word lists to try for a title: the whole and each part between
/// dashes, bars, commas, colons and slashes spaced on both sides, each cut
/// before " at " or " in " too, without bracketed text or "m/f/d". Each
/// list comes as written and without the words of [`SENIORITY`] and [`TERMS`].
fn candidates(title: &str) -> Vec<Vec<String>> {
    let title = unbracket(title).replace('&', " and ");
    let mut texts = vec![title.clone()];
    let parts: Vec<&str> = title
        .split([',', '|', ':', '–', '—', ';'])
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" / "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 {
        texts.extend(parts.iter().map(|p| p.to_string()));
    }
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut push = |words: Vec<String>| {
        if !words.is_empty() && !out.contains(&words) {
            out.push(words);
        }
    };
    for text in texts {
        let all = words(&text);
        for cut in ["at", "in", "for", "with"] {
            if let Some(i) = all.iter().position(|w| w == cut)
                && i > 0
            {
                let mut before = all[..i].to_vec();
                push(before.clone());
                strip(&mut before);
                push(before);
            }
        }
        let mut stripped = all.clone();
        push(all);
        strip(&mut stripped);
        push(stripped);
    }
    out
}

/// The title without text in brackets and without gender markers such as
/// "(m/f/d)", "m/w/d", "H/F".
fn unbracket(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut depth = 0usize;
    for c in title.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.saturating_sub(1);
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    // Gender markers: single letters joined by slashes.
    let mut kept = Vec::new();
    for token in out.split_whitespace() {
        let letters: Vec<&str> = token.split('/').collect();
        let gender = letters.len() >= 2
            && letters
                .iter()
                .all(|l| l.len() == 1 && "mfwdhxMFWDHX".contains(*l));
        if !gender {
            kept.push(token);
        }
    }
    kept.join(" ")
}

/// A word of the labels, by its place in the index's sorted vocabulary.
type Word = u32;

/// The occupation index, built ahead from the data file by `build.rs` (see
/// [`generate`] for its layout) and read where it lies: nothing is built at
/// run time but the list of occupations.
const INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/occupations.idx"));

/// A run of little-endian `u32`s in the index.
#[derive(Clone, Copy)]
struct Numbers(&'static [u8]);

impl Numbers {
    fn len(self) -> usize {
        self.0.len() / 4
    }

    fn get(self, i: usize) -> u32 {
        let b = &self.0[i * 4..i * 4 + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    fn slice(self, start: usize, end: usize) -> Numbers {
        Numbers(&self.0[start * 4..end * 4])
    }

    fn iter(self) -> impl Iterator<Item = u32> {
        self.0
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// Section `n` of the index.
fn section(n: usize) -> Numbers {
    let table = Numbers(INDEX);
    let start = generate::SECTIONS * 2 + table.get(n * 2) as usize;
    table.slice(start, start + table.get(n * 2 + 1) as usize)
}

/// A label in the index.
#[derive(Clone, Copy)]
struct Label(Numbers);

impl Label {
    fn entry(self) -> usize {
        self.0.get(0) as usize
    }

    fn text(self) -> &'static str {
        let start = self.0.get(1) as usize;
        &OCCUPATIONS[start..start + self.0.get(2) as usize]
    }

    fn words(self) -> Numbers {
        let start = self.0.get(3) as usize;
        section(generate::WORDS).slice(start, start + self.0.get(4) as usize)
    }

    /// The words step 3 compares (no repeats, no seniority words).
    fn compared(self) -> Numbers {
        let start = self.0.get(5) as usize;
        section(generate::COMPARED).slice(start, start + self.0.get(6) as usize)
    }

    /// Whether it is its occupation's preferred label.
    fn preferred(self) -> bool {
        self.0.get(7) & generate::PREFERRED != 0
    }

    /// Whether its head noun is a word of its occupation's preferred label or
    /// heads another of its labels: a label with a head of its own
    /// ("assistant manager" for executive assistant) is a looser synonym,
    /// matched only as a whole title.
    fn same_head(self) -> bool {
        self.0.get(7) & generate::SAME_HEAD != 0
    }

    /// The total weight of its compared words.
    fn compared_weight(self) -> f32 {
        f32::from_bits(self.0.get(8))
    }
}

struct Index {
    entries: Vec<Entry>,
    isco: Map<&'static str, &'static str>,
}

fn index() -> &'static Index {
    static INDEX: LazyLock<Index> = LazyLock::new(Index::build);
    &INDEX
}

impl Index {
    fn build() -> Index {
        let isco = ISCO.lines().filter_map(|l| l.split_once('\t')).collect();
        let entries = tokens::rows(OCCUPATIONS)
            .map(|[id, isco, name, alternatives]| Entry {
                id,
                isco,
                name,
                alternatives,
            })
            .collect();
        Index { entries, isco }
    }

    fn label_at(&self, l: u32) -> Label {
        let at = l as usize * generate::LABEL_FIELDS;
        Label(section(generate::LABELS).slice(at, at + generate::LABEL_FIELDS))
    }

    fn found(&'static self, label: u32, how: How, score: f32) -> Match {
        let label = self.label_at(label);
        Match {
            occupation: &self.entries[label.entry()],
            label: label.text(),
            how,
            preferred: label.preferred(),
            score,
        }
    }

    /// The number of a word, if some label has it.
    fn word(&self, word: &str) -> Option<Word> {
        let starts = section(generate::VOCABULARY);
        let spellings = section(generate::SPELLINGS).0;
        let spelling = |i: usize| &spellings[starts.get(i) as usize..starts.get(i + 1) as usize];
        let (mut lo, mut hi) = (0, starts.len() - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match spelling(mid).cmp(word.as_bytes()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid as Word),
            }
        }
        None
    }

    /// The numbers of `words`, if every one is in some label.
    fn key(&self, words: &[String]) -> Option<Vec<Word>> {
        words.iter().map(|w| self.word(w)).collect()
    }

    /// The label whose words are exactly `words`.
    fn label(&self, words: &[String]) -> Option<u32> {
        let key = self.key(words)?;
        let keys = section(generate::KEYS);
        let (mut lo, mut hi) = (0, keys.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let l = keys.get(mid);
            match self.label_at(l).words().iter().cmp(key.iter().copied()) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(l),
            }
        }
        None
    }

    /// The labels a word heads.
    fn by_head(&self, head: Word) -> Numbers {
        let starts = section(generate::HEADS);
        section(generate::BY_HEAD).slice(
            starts.get(head as usize) as usize,
            starts.get(head as usize + 1) as usize,
        )
    }

    /// The labels with head `head` that hold `word`, if any do.
    fn by_head_word(&self, head: Word, word: Word) -> Option<Numbers> {
        let pairs = section(generate::HEAD_WORDS);
        let (mut lo, mut hi) = (0, pairs.len() / 4);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match (pairs.get(mid * 4), pairs.get(mid * 4 + 1)).cmp(&(head, word)) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    return Some(section(generate::BY_HEAD_WORD).slice(
                        pairs.get(mid * 4 + 2) as usize,
                        pairs.get(mid * 4 + 3) as usize,
                    ));
                }
            }
        }
        None
    }

    /// How many ISCO unit groups the labels a word heads fall in.
    fn head_groups(&self, word: Word) -> usize {
        section(generate::HEAD_GROUPS).get(word as usize) as usize
    }

    /// Whether a word heads some label.
    fn is_head(&self, word: &str) -> bool {
        self.word(word).is_some_and(|w| self.head_groups(w) > 0)
    }

    /// Whether a one-word label `word` names one kind of work.
    fn specific(&self, word: &str) -> bool {
        self.word(word).is_some_and(|w| {
            let g = self.head_groups(w);
            g > 0 && g <= SPECIFIC_GROUPS
        })
    }

    /// A word's weight: how rare it is among labels, ln(1 + labels / labels
    /// with it); a word no label has weighs 1.
    fn weight(&self, word: Option<Word>) -> f32 {
        word.map_or(1.0, |w| {
            f32::from_bits(section(generate::WEIGHTS).get(w as usize))
        })
    }

    /// The best match for one cleaned word list.
    fn best(&'static self, words: &[String]) -> Option<Match> {
        if let Some(l) = self.label(words)
            && (words.len() >= 2 || self.specific(&words[0]))
        {
            return Some(self.found(l, How::Exact, 1.0));
        }
        let h = head(words, |w| self.is_head(w))?;
        // The longest label held as whole words, ending at the head noun.
        for start in 0..h {
            if let Some(l) = self.label(&words[start..=h])
                && self.label_at(l).same_head()
            {
                return Some(self.found(l, How::Contained, 1.0));
            }
        }
        if let Some(l) = self.label(&words[h..=h])
            && self.specific(&words[h])
            && (h + 1 == words.len() || self.label_at(l).preferred())
        {
            return Some(self.found(l, How::Contained, 1.0));
        }
        // The label with this head whose words overlap the title's most.
        let mut distinct: Vec<&String> = words.iter().collect();
        distinct.sort_unstable();
        distinct.dedup();
        let my_weight: f32 = distinct.iter().map(|w| self.weight(self.word(w))).sum();
        let mut mine: Vec<Word> = distinct.iter().filter_map(|w| self.word(w)).collect();
        mine.sort_unstable();
        let head_word = self.word(&words[h])?;
        // The nearest word before the head that some label uses ("Backend
        // Python Developer": "end", as "python" is in no label): the word
        // next to the head qualifies it most, and the label must have it.
        let qualifier = words[..h].iter().rev().find_map(|w| self.word(w));
        let candidates = match qualifier {
            Some(q) => self.by_head_word(head_word, q)?,
            None => self.by_head(head_word),
        };
        let mut best: Option<(f32, u32)> = None;
        for l in candidates.iter() {
            let label = self.label_at(l);
            let (mut count, mut shared) = (0, 0.0);
            for w in label.compared().iter() {
                if mine.binary_search(&w).is_ok() {
                    count += 1;
                    shared += self.weight(Some(w));
                }
            }
            if count < 2 {
                continue;
            }
            let their_weight = label.compared_weight();
            // Nearly all of the label must be in the title, and most of the title in the label.
            if shared < LABEL_COVERED * their_weight || shared < TITLE_COVERED * my_weight {
                continue;
            }
            let score = 2.0 * shared / (my_weight + their_weight);
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, l));
            }
        }
        let (score, l) = best?;
        Some(self.found(l, How::Overlap, score))
    }
}

#[cfg(test)]
mod tests;
