//! The occupation index, built ahead by `build.rs` from
//! `data/occupations/occupations.tsv` and embedded as one block of
//! little-endian numbers ([`super::Index`] reads it where it lies), so that
//! no run of the tool spends time building it.
//!
//! The block is a table of sections, each a run of `u32`s:
//!
//! | section | holds |
//! | --- | --- |
//! | [`VOCABULARY`] | for each word of the labels, sorted, its start in [`SPELLINGS`]; one more for the end |
//! | [`SPELLINGS`] | the words' letters, one after another (bytes, padded to four) |
//! | [`LABELS`] | for each label, [`LABEL_FIELDS`] numbers: its occupation, its text's start and length in the data file, its words' start and count in [`WORDS`], its compared words' start and count in [`COMPARED`], its flags, and its compared words' total weight (`f32` bits) |
//! | [`WORDS`] | each label's words, by number |
//! | [`COMPARED`] | each label's compared words (no repeats, no seniority words) |
//! | [`KEYS`] | the label chosen for each distinct list of words, sorted by those words |
//! | [`HEADS`] | for each word, its start in [`BY_HEAD`]; one more for the end |
//! | [`BY_HEAD`] | the labels each word heads |
//! | [`HEAD_WORDS`] | (head, word, start, end) for each pair a label holds, sorted; start and end in [`BY_HEAD_WORD`] |
//! | [`BY_HEAD_WORD`] | the labels with that head that hold that word |
//! | [`WEIGHTS`] | for each word, ln(1 + labels / labels with it) (`f32` bits) |
//! | [`HEAD_GROUPS`] | for each word, how many ISCO unit groups the labels it heads fall in |
//!
//! Words are numbered by their place in the sorted vocabulary.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::tokens::{SENIORITY, head, rows, words};

pub const VOCABULARY: usize = 0;
pub const SPELLINGS: usize = 1;
pub const LABELS: usize = 2;
pub const WORDS: usize = 3;
pub const COMPARED: usize = 4;
pub const KEYS: usize = 5;
pub const HEADS: usize = 6;
pub const BY_HEAD: usize = 7;
pub const HEAD_WORDS: usize = 8;
pub const BY_HEAD_WORD: usize = 9;
pub const WEIGHTS: usize = 10;
pub const HEAD_GROUPS: usize = 11;
pub const SECTIONS: usize = 12;

/// Numbers per label in [`LABELS`].
pub const LABEL_FIELDS: usize = 9;
/// Flag: the label is its occupation's preferred label.
pub const PREFERRED: u32 = 1;
/// Flag: its head noun is a word of its occupation's preferred label or
/// heads another of its labels.
pub const SAME_HEAD: u32 = 2;

/// A label while the index is built.
struct Label<'a> {
    entry: usize,
    text: &'a str,
    words: Vec<u32>,
    head: usize,
    preferred: bool,
    same_head: bool,
    compared: Vec<u32>,
    compared_weight: f32,
}

/// An occupation's name and labels, from one line of the data file.
struct Entry<'a> {
    isco: &'a str,
    name: &'a str,
    alternatives: &'a str,
}

impl<'a> Entry<'a> {
    fn labels(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        std::iter::once(self.name).chain(self.alternatives.split('|').filter(|a| !a.is_empty()))
    }
}

/// How good a label is as the one answer for its words: a preferred label
/// first, then one whose occupation's preferred label ends in the same word.
fn rank(label: &Label, entries: &[Entry]) -> u8 {
    if label.preferred {
        return 2;
    }
    let name = entries[label.entry].name;
    let last = words(name).pop();
    let ends_alike = last.is_some_and(|l| words(label.text).last() == Some(&l));
    u8::from(ends_alike)
}

/// The index of `data` (the text of occupations.tsv), as the block
/// [`super::Index`] reads.
pub fn generate(data: &str) -> Vec<u8> {
    let offset = |s: &str| (s.as_ptr() as usize - data.as_ptr() as usize) as u32;
    let entries: Vec<Entry> = rows(data)
        .map(|[_id, isco, name, alternatives]| Entry {
            isco,
            name,
            alternatives,
        })
        .collect();
    // Each label's words, then the vocabulary they make, sorted.
    let mut worded: Vec<(usize, &str, Vec<String>, usize)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for text in e.labels() {
            let words = words(&text.replace('&', " and "));
            let Some(h) = head(&words, |_| true).filter(|&h| h < 256) else {
                continue;
            };
            worded.push((i, text, words, h));
        }
    }
    let vocabulary: Vec<&str> = worded
        .iter()
        .flat_map(|(_, _, w, _)| w.iter().map(String::as_str))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let number = |w: &str| vocabulary.binary_search(&w).expect("a word of the labels") as u32;
    let mut labels: Vec<Label> = Vec::with_capacity(worded.len());
    let mut k = 0;
    while k < worded.len() {
        let entry = worded[k].0;
        let end = worded[k..]
            .iter()
            .position(|w| w.0 != entry)
            .map_or(worded.len(), |n| k + n);
        let mine: Vec<(&str, Vec<u32>, usize)> = worded[k..end]
            .iter()
            .map(|(_, text, w, h)| (*text, w.iter().map(|w| number(w)).collect(), *h))
            .collect();
        let own: Vec<u32> = mine.first().map(|m| m.1.clone()).unwrap_or_default();
        for (n, (text, words, h)) in mine.iter().enumerate() {
            let heading = mine.iter().filter(|m| m.1[m.2] == words[*h]).count();
            labels.push(Label {
                entry,
                text,
                words: words.clone(),
                head: *h,
                preferred: n == 0 && *text == entries[entry].name,
                same_head: own.contains(&words[*h]) || heading >= 2,
                compared: Vec::new(),
                compared_weight: 0.0,
            });
        }
        k = end;
    }
    let seniority: Vec<u32> = SENIORITY
        .iter()
        .filter_map(|w| vocabulary.binary_search(w).ok().map(|n| n as u32))
        .collect();
    let n_words = vocabulary.len();
    let mut df = vec![0u32; n_words];
    let mut by_head: Vec<Vec<u32>> = vec![Vec::new(); n_words];
    let mut groups: Vec<HashSet<&str>> = vec![HashSet::new(); n_words];
    let mut by_head_word: BTreeMap<(u32, u32), Vec<u32>> = BTreeMap::new();
    for (l, label) in labels.iter_mut().enumerate() {
        let mut compared: Vec<u32> = Vec::with_capacity(label.words.len());
        for &w in &label.words {
            if !compared.contains(&w) && !seniority.contains(&w) {
                compared.push(w);
            }
        }
        let h = label.words[label.head];
        for &w in &compared {
            if w != h {
                by_head_word.entry((h, w)).or_default().push(l as u32);
            }
        }
        let mut distinct = label.words.clone();
        distinct.sort_unstable();
        distinct.dedup();
        for w in distinct {
            df[w as usize] += 1;
        }
        groups[h as usize].insert(entries[label.entry].isco);
        by_head[h as usize].push(l as u32);
        label.compared = compared;
    }
    // The label chosen for each list of words: the first of the best rank.
    let mut by_key: HashMap<&[u32], u32> = HashMap::new();
    for (l, label) in labels.iter().enumerate() {
        let better = match by_key.get(label.words.as_slice()) {
            None => true,
            Some(&old) => rank(&labels[old as usize], &entries) < rank(label, &entries),
        };
        if better {
            by_key.insert(&label.words, l as u32);
        }
    }
    let mut keys: Vec<u32> = by_key.into_values().collect();
    keys.sort_unstable_by(|&a, &b| labels[a as usize].words.cmp(&labels[b as usize].words));
    let n = labels.len() as f32;
    let weight: Vec<f32> = df
        .iter()
        .map(|&d| (1.0 + n / d.max(1) as f32).ln())
        .collect();
    for label in &mut labels {
        label.compared_weight = label.compared.iter().map(|&w| weight[w as usize]).sum();
    }

    let mut sections: Vec<Vec<u32>> = vec![Vec::new(); SECTIONS];
    let mut spellings: Vec<u8> = Vec::new();
    for w in &vocabulary {
        sections[VOCABULARY].push(spellings.len() as u32);
        spellings.extend_from_slice(w.as_bytes());
    }
    sections[VOCABULARY].push(spellings.len() as u32);
    while !spellings.len().is_multiple_of(4) {
        spellings.push(0);
    }
    sections[SPELLINGS] = spellings
        .chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    for label in &labels {
        let flags = if label.preferred { PREFERRED } else { 0 }
            | if label.same_head { SAME_HEAD } else { 0 };
        let fields = [
            label.entry as u32,
            offset(label.text),
            label.text.len() as u32,
            sections[WORDS].len() as u32,
            label.words.len() as u32,
            sections[COMPARED].len() as u32,
            label.compared.len() as u32,
            flags,
            label.compared_weight.to_bits(),
        ];
        sections[LABELS].extend(fields);
        sections[WORDS].extend(&label.words);
        sections[COMPARED].extend(&label.compared);
    }
    sections[KEYS] = keys;
    for list in &by_head {
        let start = sections[BY_HEAD].len() as u32;
        sections[HEADS].push(start);
        sections[BY_HEAD].extend(list);
    }
    let end = sections[BY_HEAD].len() as u32;
    sections[HEADS].push(end);
    for ((h, w), list) in &by_head_word {
        let start = sections[BY_HEAD_WORD].len() as u32;
        sections[BY_HEAD_WORD].extend(list);
        let end = sections[BY_HEAD_WORD].len() as u32;
        sections[HEAD_WORDS].extend([*h, *w, start, end]);
    }
    sections[WEIGHTS] = weight.iter().map(|w| w.to_bits()).collect();
    sections[HEAD_GROUPS] = groups.iter().map(|g| g.len() as u32).collect();

    // The table of sections: each one's start and length, in u32s, from the
    // end of the table.
    let mut out: Vec<u32> = Vec::new();
    let mut at = 0u32;
    for s in &sections {
        out.extend([at, s.len() as u32]);
        at += s.len() as u32;
    }
    for s in &sections {
        out.extend(s);
    }
    out.iter().flat_map(|n| n.to_le_bytes()).collect()
}
