//! Adverts of our own, written in layouts and countries the evaluation corpus
//! lacks, each with hand labels in `<name>.expected.json` beside it
//! (`tests/fixtures/adverts/`). Every labelled field must come out as
//! labelled.
//!
//! Fields still wrong are listed, one `<advert> <field>` per line, in
//! `known-misses.txt`: the test fails when a field goes wrong that is not
//! listed, and also when a listed field comes out right, so the list can only
//! shrink and always says exactly what is still wrong.
//!
//! How a field is compared:
//! - `title`, `employer`: equal, ignoring case, punctuation and spacing, and
//!   for the employer a legal form at its end ("Inc.", "GmbH", "(Pty) Ltd",
//!   "Pvt. Ltd.", "DAC", "Sdn. Bhd.", "S.A. de C.V.", "Sp. z o.o.") and "The"
//!   at its start;
//! - `location`: the tool's location contains the labelled place name;
//! - `places`: as many places as labelled, each labelled name matching one of
//!   the tool's `places[].name` (diacritics folded; one may hold the other as
//!   whole words: "Greater Sudbury" is Sudbury);
//! - numbers: equal to a cent; everything else: equal.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/adverts")
}

/// Lower case, words of letters and digits joined by single spaces.
fn norm(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn get<'a>(v: &'a Value, path: &str) -> &'a Value {
    path.split('.')
        .fold(v, |v, key| v.get(key).unwrap_or(&Value::Null))
}

/// A normalised name without the legal form that ends it ("northbound
/// carriers inc" is "northbound carriers") or the article before it:
/// adverts write them or leave them off.
fn without_legal_form(name: &str) -> String {
    const FORMS: &[&str] = &[
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "llc",
        "llp",
        "plc",
        "gmbh",
        "ag",
        "bv",
        "nv",
        "pty",
        "co",
        "corp",
        "sa",
        "pte",
        "pvt",
        "dac",
        "sdn",
        "bhd",
        "sro",
        "as",
        "spa",
        "oü",
        "ou",
        "srl",
        "oy",
        "oyj",
        "ab",
        "aps",
        "kft",
        "sas",
        "sarl",
        "lda",
    ];
    // "S.A.", "s.r.o.": a legal form's letters, run together ("sa", "sro").
    let mut merged: Vec<String> = Vec::new();
    let mut in_run = false;
    for w in name.split(' ') {
        let letter = w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
        match merged.last_mut() {
            Some(last) if letter && in_run => last.push_str(w),
            _ => merged.push(w.to_string()),
        }
        in_run = letter;
    }
    let mut words: Vec<&str> = merged.iter().map(String::as_str).collect();
    // Forms of more than one word: Mexico's "S.A. de C.V.", Poland's "Sp. z o.o.".
    const LONG_FORMS: &[&[&str]] = &[&["sa", "de", "cv"], &["sp", "zoo"]];
    for form in LONG_FORMS {
        if words.len() > form.len() && words.ends_with(form) {
            words.truncate(words.len() - form.len());
        }
    }
    while words.len() > 1 && words.last().is_some_and(|w| FORMS.contains(w)) {
        words.pop();
    }
    // "The City of Rome" is "City of Rome": a name's article is written or left off.
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// Whether the tool's value `got` for `field` matches the label `want`.
fn matches(field: &str, want: &Value, got: &Value) -> bool {
    match (field, want, got) {
        (_, Value::Null, got) => got.is_null() || got.as_array().is_some_and(|a| a.is_empty()),
        ("title", Value::String(w), Value::String(g)) => norm(w) == norm(g),
        ("employer", Value::String(w), Value::String(g)) => {
            without_legal_form(&norm(w)) == without_legal_form(&norm(g))
        }
        ("location", Value::String(w), Value::String(g)) => {
            format!(" {} ", norm(g)).contains(&format!(" {} ", norm(w)))
        }
        ("places", Value::Array(w), Value::Array(g)) => {
            // Names folded as the gazetteer folds them; a name matches when one
            // holds the other as whole words ("Greater Sudbury", "Sudbury").
            let fold = |s: &str| format!(" {} ", vacancy::places::normalise(s));
            let want: Vec<String> = w.iter().filter_map(Value::as_str).map(fold).collect();
            let got: Vec<String> = g
                .iter()
                .filter_map(|p| p.get("name").and_then(Value::as_str))
                .map(fold)
                .collect();
            let same = |a: &String, b: &String| a.contains(b.as_str()) || b.contains(a.as_str());
            // Or the labelled name is one of the place's names in the
            // gazetteer ("Ghent" for Gent, "Pilsen" for Plzeň): the same place.
            let ids: Vec<u64> = g
                .iter()
                .filter_map(|p| p.get("geonames_id").and_then(Value::as_u64))
                .collect();
            let named = |w: &str| {
                vacancy::places::cities(w)
                    .iter()
                    .any(|c| ids.contains(&u64::from(c.geonames_id)))
            };
            want.len() == got.len()
                && w.iter().filter_map(Value::as_str).all(|name| {
                    let folded = fold(name);
                    got.iter().any(|g| same(&folded, g)) || named(name)
                })
        }
        (_, Value::Number(w), Value::Number(g)) => {
            (w.as_f64().unwrap_or(f64::NAN) - g.as_f64().unwrap_or(f64::NAN)).abs() < 0.005
        }
        (_, w, g) => w == g,
    }
}

/// The labelled fields, in the order they are reported.
const FIELDS: &[&str] = &[
    "title",
    "employer",
    "location",
    "places",
    "country",
    "work_mode",
    "salary.min",
    "salary.max",
    "salary.currency",
    "salary.period",
    "contract.type",
    "contract.hours",
    "contract.duration_months",
    "positions",
    "dates.posted",
    "dates.closing",
    "dates.interview",
    "dates.start",
    "experience_years",
];

#[test]
fn every_labelled_field_of_our_own_adverts_is_right() {
    let dir = folder();
    let mut adverts: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/fixtures/adverts is part of the repository")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            matches!(ext, "md" | "txt" | "html") && name != "known-misses.txt"
        })
        .collect();
    adverts.sort();
    assert!(
        adverts.len() >= 60,
        "at least 60 adverts, found {}",
        adverts.len()
    );

    let known: BTreeSet<String> = fs::read_to_string(dir.join("known-misses.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        .collect();

    let (mut right, mut total) = (0, 0);
    let mut wrong = BTreeSet::new();
    let mut unexpected = Vec::new();
    for path in &adverts {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name");
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        let labels_path = dir.join(format!("{stem}.expected.json"));
        let labels: Value = serde_json::from_str(
            &fs::read_to_string(&labels_path)
                .unwrap_or_else(|e| panic!("{}: {e}", labels_path.display())),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", labels_path.display()));
        let text = fs::read_to_string(path).expect("adverts are UTF-8");
        let extension = path.extension().and_then(|e| e.to_str());
        let posting = vacancy::analyse(&text, name, None, extension);
        let got = serde_json::to_value(&posting).expect("a posting serialises");
        for field in FIELDS {
            let want = get(&labels, field);
            let have = get(&got, field);
            total += 1;
            if matches(field, want, have) {
                right += 1;
            } else {
                let key = format!("{stem} {field}");
                if !known.contains(&key) {
                    unexpected.push(format!("{key}: expected {want}, got {have}"));
                }
                wrong.insert(key);
            }
        }
    }
    let mended: Vec<&String> = known.difference(&wrong).collect();
    println!(
        "{right} of {total} labelled fields right; {} known misses",
        known.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} fields wrong that known-misses.txt does not list:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(
        mended.is_empty(),
        "these fields are right now; take them out of known-misses.txt:\n{}",
        mended
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}
