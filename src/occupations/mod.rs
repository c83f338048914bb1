//! ESCO occupations and their ISCO-08 groups, derived by
//! `scripts/occupations.py` (see `docs/taxonomy.md`; credit in `NOTICE`), and
//! the matching of a job title to one of them.
//!
//! The data files under `data/occupations/` are compiled in as text and read
//! into an index the first time an occupation is asked for, so a run that
//! reads no advert (`--help`, `taxonomy list`) never builds it.
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

use std::collections::{HashMap, HashSet};

use crate::text::FnvBuild;

/// The index's tables: filled from the embedded data, never from an advert,
/// so a fast hash is safe.
type Map<K, V> = HashMap<K, V, FnvBuild>;
use std::sync::LazyLock;

use crate::places::normalise;

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

/// Builds the index now (it takes some tens of milliseconds), so that a
/// run over many adverts can do it on another core while the first are read.
pub fn prepare() {
    index();
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
            && (words.len() >= 2 || index.labels[l as usize].preferred)
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

/// The normalised words of `s`: lower-case ASCII letters and digits, with
/// British and American spellings made one ("program" is "programme").
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in normalise(s).split(' ').filter(|w| !w.is_empty()) {
        out.extend(variant(w).unwrap_or(w).split(' ').map(str::to_string));
    }
    out
}

/// The one spelling matching uses for a word spelt two ways.
fn variant(word: &str) -> Option<&'static str> {
    Some(match word {
        "adviser" => "advisor",
        "advisers" => "advisors",
        "program" => "programme",
        "programs" => "programmes",
        "center" => "centre",
        "communications" => "communication",
        "labor" => "labour",
        "laborer" => "labourer",
        "laborers" => "labourers",
        "organization" => "organisation",
        "organizer" => "organiser",
        "analyze" => "analyse",
        "specialized" => "specialised",
        "fullstack" => "full stack",
        "backend" => "back end",
        "frontend" => "front end",
        _ => return None,
    })
}

/// Words that say how senior a post is, not what the work is: dropped
/// from titles, and from labels when their words are compared.
const SENIORITY: &[&str] = &[
    "senior",
    "snr",
    "sr",
    "junior",
    "jnr",
    "jr",
    "lead",
    "principal",
    "graduate",
    "trainee",
    "entry",
    "level",
    "mid",
    "experienced",
];

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

/// A word of the labels, by its number in [`Index::vocabulary`].
type Word = u32;

/// A label in the index.
struct Label {
    entry: u32,
    text: &'static str,
    words: Box<[Word]>,
    /// Where its head noun is in `words`.
    head: u8,
    preferred: bool,
    /// Whether its head noun is a word of its occupation's preferred label or
    /// heads another of its labels: a label with a head of its own
    /// ("assistant manager" for executive assistant) is a looser synonym,
    /// matched only as a whole title.
    same_head: bool,
    /// The words step 3 compares (no repeats, no seniority words), and their
    /// total weight.
    compared: Box<[Word]>,
    compared_weight: f32,
}

struct Index {
    entries: Vec<Entry>,
    isco: Map<&'static str, &'static str>,
    labels: Vec<Label>,
    /// Every word of a label → its number.
    vocabulary: Map<String, Word>,
    /// A label's words → the label chosen for them.
    by_key: Map<Box<[Word]>, u32>,
    /// A head noun → the labels whose head it is.
    by_head: Map<Word, Vec<u32>>,
    /// A head noun and another word → the labels with that head that hold the word.
    by_head_word: Map<(Word, Word), Vec<u32>>,
    /// Per word: how rare it is among labels, ln(1 + labels / labels with it).
    weight: Vec<f32>,
    /// Per word: how many ISCO unit groups the labels it heads fall in (0
    /// for a word that heads none).
    head_groups: Vec<u16>,
}

fn index() -> &'static Index {
    static INDEX: LazyLock<Index> = LazyLock::new(Index::build);
    &INDEX
}

/// The head noun of a title or label: the word before the first "of",
/// "for", "to" or "in" ("director of nursing", "consultant in genetics"), else the
/// last word. `is_head` says whether a word heads any label; a last word
/// that does not ("engineer python") gives way to the last one that does.
fn head(words: &[String], is_head: impl Fn(&str) -> bool) -> Option<usize> {
    if let Some(i) = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "to" | "in"))
        && i > 0
    {
        return Some(i - 1);
    }
    (0..words.len()).rev().find(|&i| is_head(&words[i]))
}

impl Index {
    fn build() -> Index {
        let isco = ISCO.lines().filter_map(|l| l.split_once('\t')).collect();
        let mut entries = Vec::new();
        for line in OCCUPATIONS.lines() {
            let mut f = line.split('\t');
            let (Some(id), Some(isco), Some(name)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            entries.push(Entry {
                id,
                isco,
                name,
                alternatives: f.next().unwrap_or(""),
            });
        }
        let mut vocabulary: Map<String, Word> = Map::default();
        let mut number = |w: String| -> Word {
            let next = vocabulary.len() as Word;
            *vocabulary.entry(w).or_insert(next)
        };
        let mut labels = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let mut mine: Vec<(&str, Box<[Word]>, usize)> = Vec::new();
            for text in e.labels() {
                let words = words(&text.replace('&', " and "));
                let Some(h) = head(&words, |_| true).filter(|&h| h < 256) else {
                    continue;
                };
                mine.push((text, words.into_iter().map(&mut number).collect(), h));
            }
            let own: Vec<Word> = mine.first().map(|m| m.1.to_vec()).unwrap_or_default();
            for (k, (text, words, h)) in mine.iter().enumerate() {
                let heading = mine.iter().filter(|m| m.1[m.2] == words[*h]).count();
                labels.push(Label {
                    entry: i as u32,
                    text,
                    words: words.clone(),
                    head: *h as u8,
                    preferred: k == 0 && *text == e.name,
                    same_head: own.contains(&words[*h]) || heading >= 2,
                    compared: Box::default(),
                    compared_weight: 0.0,
                });
            }
        }
        let seniority: Vec<Word> = SENIORITY
            .iter()
            .filter_map(|w| vocabulary.get(*w).copied())
            .collect();
        let n_words = vocabulary.len();
        let mut by_key: Map<Box<[Word]>, u32> = Map::default();
        let mut df = vec![0u32; n_words];
        let mut by_head: Map<Word, Vec<u32>> = Map::default();
        let mut groups: Vec<HashSet<&str>> = vec![HashSet::new(); n_words];
        let mut by_head_word: Map<(Word, Word), Vec<u32>> = Map::default();
        for (l, label) in labels.iter_mut().enumerate() {
            let mut compared: Vec<Word> = Vec::with_capacity(label.words.len());
            for &w in label.words.iter() {
                if !compared.contains(&w) && !seniority.contains(&w) {
                    compared.push(w);
                }
            }
            let h = label.words[label.head as usize];
            for &w in &compared {
                if w != h {
                    by_head_word.entry((h, w)).or_default().push(l as u32);
                }
            }
            let mut distinct = label.words.to_vec();
            distinct.sort_unstable();
            distinct.dedup();
            for w in distinct {
                df[w as usize] += 1;
            }
            groups[h as usize].insert(entries[label.entry as usize].isco);
            by_head.entry(h).or_default().push(l as u32);
            label.compared = compared.into();
        }
        for l in 0..labels.len() {
            let label = &labels[l];
            let better = match by_key.get(&label.words) {
                None => true,
                Some(&old) => rank(&labels[old as usize], &entries) < rank(label, &entries),
            };
            if better {
                by_key.insert(label.words.clone(), l as u32);
            }
        }
        let n = labels.len() as f32;
        let weight: Vec<f32> = df
            .iter()
            .map(|&d| (1.0 + n / d.max(1) as f32).ln())
            .collect();
        for label in &mut labels {
            label.compared_weight = label.compared.iter().map(|&w| weight[w as usize]).sum();
        }
        let head_groups = groups.iter().map(|g| g.len() as u16).collect();
        Index {
            entries,
            isco,
            labels,
            vocabulary,
            by_key,
            by_head,
            by_head_word,
            weight,
            head_groups,
        }
    }

    fn found(&'static self, label: u32, how: How, score: f32) -> Match {
        let label = &self.labels[label as usize];
        Match {
            occupation: &self.entries[label.entry as usize],
            label: label.text,
            how,
            preferred: label.preferred,
            score,
        }
    }

    /// The number of a word, if some label has it.
    fn word(&self, word: &str) -> Option<Word> {
        self.vocabulary.get(word).copied()
    }

    /// The numbers of `words`, if every one is in some label.
    fn key(&self, words: &[String]) -> Option<Box<[Word]>> {
        words.iter().map(|w| self.word(w)).collect()
    }

    /// The label whose words are exactly `words`.
    fn label(&self, words: &[String]) -> Option<u32> {
        self.by_key.get(&self.key(words)?).copied()
    }

    /// Whether a word heads some label.
    fn is_head(&self, word: &str) -> bool {
        self.word(word)
            .is_some_and(|w| self.head_groups[w as usize] > 0)
    }

    /// Whether a one-word label `word` names one kind of work.
    fn specific(&self, word: &str) -> bool {
        self.word(word).is_some_and(|w| {
            let g = self.head_groups[w as usize] as usize;
            g > 0 && g <= SPECIFIC_GROUPS
        })
    }

    /// A word's weight; a word no label has weighs 1.
    fn weight(&self, word: Option<Word>) -> f32 {
        word.map_or(1.0, |w| self.weight[w as usize])
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
                && self.labels[l as usize].same_head
            {
                return Some(self.found(l, How::Contained, 1.0));
            }
        }
        if let Some(l) = self.label(&words[h..=h])
            && self.specific(&words[h])
            && (h + 1 == words.len() || self.labels[l as usize].preferred)
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
            Some(q) => self.by_head_word.get(&(head_word, q))?,
            None => self.by_head.get(&head_word)?,
        };
        let mut best: Option<(f32, u32)> = None;
        for &l in candidates {
            let label = &self.labels[l as usize];
            let (mut count, mut shared) = (0, 0.0);
            for &w in label.compared.iter() {
                if mine.binary_search(&w).is_ok() {
                    count += 1;
                    shared += self.weight[w as usize];
                }
            }
            if count < 2 {
                continue;
            }
            let their_weight = label.compared_weight;
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

/// How good a label is as the one answer for its words: a preferred label
/// first, then one whose occupation's preferred label ends in the same word.
fn rank(label: &Label, entries: &[Entry]) -> u8 {
    if label.preferred {
        return 2;
    }
    let name = entries[label.entry as usize].name;
    let last = words(name).pop();
    let ends_alike = last.is_some_and(|l| name_ends_in(label, &l));
    u8::from(ends_alike)
}

/// Whether `label`'s last word is `word`, by the label's own text.
fn name_ends_in(label: &Label, word: &str) -> bool {
    words(label.text).last().is_some_and(|w| w == word)
}

#[cfg(test)]
mod tests;
