//! Builds ahead what the tool would otherwise build at every start: the
//! index of ESCO occupation labels (`src/occupations/generate.rs` says what
//! it holds), from `data/occupations/occupations.tsv`, and the two tables
//! the country reader looks words up in (`region_tables` below). The tool
//! embeds them and reads them where they lie.
//!
//! The index is made by the tool's own code for folding and splitting
//! labels into words, included here as it is, so that a label is read the
//! same at build time as a title is at run time.

#![allow(dead_code)]

use std::path::Path;
use std::{env, fs};

#[path = "src/table.rs"]
mod table;

#[path = "src/fold.rs"]
mod fold;

#[path = "src/occupations/tokens.rs"]
mod tokens;

#[path = "src/occupations/generate.rs"]
mod generate;

fn main() {
    for input in [
        "build.rs",
        "src/table.rs",
        "src/fold.rs",
        "src/occupations/tokens.rs",
        "src/occupations/generate.rs",
        "data/occupations/occupations.tsv",
        "data/places/fold.tsv",
        "data/places/regions.tsv",
        "data/places/countries.tsv",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let data = fs::read_to_string("data/occupations/occupations.tsv")
        .expect("data/occupations/occupations.tsv is part of the source");
    let index = generate::generate(&data);
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("occupations.idx"), index).expect("writing the index");
    let (regions, first_words) = region_tables(
        &fs::read_to_string("data/places/regions.tsv").expect("regions.tsv is part of the source"),
        &fs::read_to_string("data/places/countries.tsv")
            .expect("countries.tsv is part of the source"),
    );
    fs::write(Path::new(&out).join("region_country.tsv"), regions).expect("writing regions");
    let slots = hash_slots(&first_words);
    fs::write(Path::new(&out).join("first_words.txt"), first_words).expect("writing words");
    fs::write(Path::new(&out).join("first_words.idx"), slots).expect("writing words");
}

/// FNV-1a, 32 bits: the hash `src/extract/geo.rs` probes the slots with.
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// An open-addressing table of the lines of `words`: a power of two of
/// little-endian u32 slots, at least three times as many as the words, each
/// 0 or one more than the byte offset of a word in `words`, found from its
/// FNV-1a hash by linear probing. Looking a word up costs a hash and a
/// comparison or two, and loading the table costs nothing.
fn hash_slots(words: &str) -> Vec<u8> {
    let count = words.lines().count();
    let size = (count * 3).next_power_of_two();
    let mut slots = vec![0u32; size];
    let mut offset = 0;
    for word in words.lines() {
        let mut i = fnv1a(word) as usize & (size - 1);
        while slots[i] != 0 {
            i = (i + 1) & (size - 1);
        }
        slots[i] = u32::try_from(offset + 1).expect("the word list is small");
        offset += word.len() + 1;
    }
    slots.iter().flat_map(|s| s.to_le_bytes()).collect()
}

/// The regions that belong to one country only (names of four letters or
/// more, not the gazetteer's abbreviations), one "key<TAB>country" line each
/// in key order; and the first word of every such region's key and of every
/// country's name and alias, as `fold::normalise` makes them, one a line.
/// `src/extract/geo.rs` reads both, and its tests check them against the
/// gazetteer's files.
fn region_tables(regions: &str, countries: &str) -> (String, String) {
    use std::collections::{BTreeMap, BTreeSet};
    let mut by_key: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for line in regions.lines() {
        let mut f = line.split('\t');
        let (Some(key), Some(country), Some(kind)) = (f.next(), f.nth(2), f.next()) else {
            continue;
        };
        if key.len() < 4 || kind == "a" {
            continue;
        }
        by_key
            .entry(key)
            .and_modify(|c| {
                if *c != Some(country) {
                    *c = None;
                }
            })
            .or_insert(Some(country));
    }
    let first = |k: &str| k.split(' ').next().unwrap_or(k).to_string();
    let mut words: BTreeSet<String> = BTreeSet::new();
    let mut table = String::new();
    for (key, country) in &by_key {
        if let Some(country) = country {
            table.push_str(&format!("{key}\t{country}\n"));
            words.insert(first(key));
        }
    }
    for line in countries.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(_), Some(name)) = (f.first(), f.get(2)) else {
            continue;
        };
        words.insert(first(&fold::normalise(name)));
        for alias in f
            .get(4)
            .map_or("", |a| *a)
            .split('|')
            .filter(|a| !a.is_empty())
        {
            words.insert(first(&fold::normalise(alias)));
        }
    }
    let words: String = words.into_iter().map(|w| w + "\n").collect();
    (table, words)
}
