//! `vacancy compare`: the table, the yearly pay, the bars and the skills, on the
//! seed adverts in `../shared/seeds/` (`#[ignore = "needs ../shared"]`) and on
//! the repository's samples.

use std::collections::BTreeSet;
use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// The three seed adverts, in name order, or `None` (with the reason on stderr).
fn seeds() -> Option<Vec<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.is_dir() {
        panic!(
            "{} is absent: run the tests that need ../shared with --include-ignored only where it exists",
            dir.display()
        );
    }
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("seeds directory is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "three seeds in {}", dir.display());
    Some(files)
}

fn stdout_of(args: &[&str], files: &[String]) -> String {
    let out = vacancy()
        .args(args)
        .args(files)
        .env("COLUMNS", "160")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf8")
}

fn json_of(args: &[&str], files: &[String]) -> Value {
    serde_json::from_str(&stdout_of(args, files)).expect("JSON")
}

/// The records `export` gives for the same files.
fn records(files: &[String]) -> Vec<Value> {
    let v = json_of(&["export"], files);
    v.as_array().expect("array").clone()
}

/// The ids of the skills a record asks for (essential or desirable).
fn asked_for(record: &Value) -> BTreeSet<String> {
    record["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .filter(|s| s["level"] != "mentioned")
        .map(|s| s["id"].as_str().expect("id").to_string())
        .collect()
}

/// The lines of the bar chart: (advert number, the column where its bar ends).
fn bars(text: &str) -> Vec<(usize, usize)> {
    text.lines()
        .skip_while(|l| !l.starts_with("Yearly pay, highest first"))
        .skip(1)
        .take_while(|l| l.contains('│'))
        .map(|l| {
            let number: usize = l
                .trim_start()
                .split('.')
                .next()
                .and_then(|n| n.parse().ok())
                .expect("bar label starts with the advert number");
            let bar = l.split('│').nth(1).expect("bar");
            let end = bar
                .chars()
                .enumerate()
                .filter(|(_, c)| matches!(c, '█' | '▶' | '░'))
                .map(|(i, _)| i)
                .max()
                .expect("bar has a mark");
            (number, end)
        })
        .collect()
}

fn top(yearly: &Value) -> f64 {
    yearly["max"]
        .as_f64()
        .or_else(|| yearly["min"].as_f64())
        .unwrap_or(0.0)
}

#[test]
#[ignore = "needs ../shared"]
fn seeds_side_by_side_with_bars_in_pay_order() {
    let Some(files) = seeds() else { return };
    let text = stdout_of(&["compare"], &files);
    let recs = records(&files);
    // Each advert's title and file name head a column of one table.
    let header: String = text.lines().take(4).collect::<Vec<_>>().join("\n");
    for (i, rec) in recs.iter().enumerate() {
        let title = rec["title"].as_str().expect("seed has a title");
        assert!(
            header.contains(&format!("{}. {title}", i + 1)),
            "{title} in\n{header}"
        );
        let name = PathBuf::from(&files[i]);
        let name = name.file_name().unwrap().to_string_lossy();
        assert!(header.contains(name.as_ref()), "{name} in\n{header}");
    }
    for row in [
        "Employer",
        "Location",
        "Work mode",
        "Salary",
        "Yearly",
        "Contract",
        "Closing",
        "Experience",
        "Education",
        "Certifications",
        "Skills",
    ] {
        assert!(text.contains(&format!("│ {row} ")), "row {row} in\n{text}");
    }
    assert!(text.contains("37.5 hours a week × 52 weeks"), "{text}");

    // Bars: every advert with pay, highest first, ending further right the more it pays.
    let data = json_of(&["compare", "--format", "json"], &files);
    let bars = bars(&text);
    assert_eq!(bars.len(), 3, "{text}");
    let tops: Vec<f64> = bars
        .iter()
        .map(|(n, _)| top(&data["adverts"][n - 1]["yearly"]))
        .collect();
    assert!(tops.windows(2).all(|w| w[0] >= w[1]), "{tops:?}\n{text}");
    assert!(
        bars.windows(2).all(|w| w[0].1 >= w[1].1),
        "{bars:?}\n{text}"
    );
    // The NHSX Chief Technology Officer advert pays most.
    let first = &recs[bars[0].0 - 1];
    assert_eq!(first["employer"], "NHSX", "{text}");
    assert!(
        first["title"]
            .as_str()
            .is_some_and(|t| t.contains("Chief Technology Officer"))
    );
}

#[test]
#[ignore = "needs ../shared"]
fn seeds_shared_skills_and_similarity_match_their_records() {
    let Some(files) = seeds() else { return };
    let recs = records(&files);
    let sets: Vec<BTreeSet<String>> = recs.iter().map(asked_for).collect();
    let data = json_of(&["compare", "--format", "json"], &files);
    let ids = |v: &Value| -> BTreeSet<String> {
        v.as_array()
            .expect("list")
            .iter()
            .map(|s| s["id"].as_str().expect("id").to_string())
            .collect()
    };

    let all: BTreeSet<String> = sets[0]
        .iter()
        .filter(|id| sets.iter().all(|s| s.contains(*id)))
        .cloned()
        .collect();
    assert_eq!(ids(&data["skills"]["shared"]), all);
    for (i, set) in sets.iter().enumerate() {
        let only: BTreeSet<String> = set
            .iter()
            .filter(|id| {
                sets.iter()
                    .enumerate()
                    .all(|(j, s)| j == i || !s.contains(*id))
            })
            .cloned()
            .collect();
        assert_eq!(ids(&data["skills"]["only"][i]), only, "advert {}", i + 1);
    }
    // Shared by some: each lists exactly the adverts that ask for it.
    for entry in data["skills"]["some"].as_array().expect("some") {
        let id = entry["skill"]["id"].as_str().expect("id");
        let askers: Vec<u64> = (0..3)
            .filter(|i| sets[*i].contains(id))
            .map(|i| i as u64 + 1)
            .collect();
        let listed: Vec<u64> = entry["adverts"]
            .as_array()
            .expect("adverts")
            .iter()
            .map(|n| n.as_u64().expect("number"))
            .collect();
        assert_eq!(listed, askers, "{id}");
        assert!(askers.len() > 1 && askers.len() < 3);
    }
    let pairs = data["similarity"].as_array().expect("pairs");
    assert_eq!(pairs.len(), 3);
    for p in pairs {
        let (a, b) = (
            p["a"].as_u64().unwrap() as usize - 1,
            p["b"].as_u64().unwrap() as usize - 1,
        );
        let common = sets[a].intersection(&sets[b]).count();
        let union = sets[a].union(&sets[b]).count();
        assert_eq!(p["shared"].as_u64(), Some(common as u64));
        assert_eq!(p["union"].as_u64(), Some(union as u64));
        let j = p["jaccard"].as_f64().expect("score");
        assert!((j - common as f64 / union as f64).abs() < 0.001, "{p}");
    }

    // The text says the same: what all three share, and each pair's score.
    let text = stdout_of(&["compare"], &files);
    let shared_line = text
        .lines()
        .find(|l| l.starts_with("Skills asked for by all 3:"))
        .expect("shared skills line");
    if all.is_empty() {
        assert!(shared_line.ends_with(": none"), "{shared_line}");
    }
    let some = data["skills"]["some"].as_array().unwrap();
    if let Some(first) = some.first() {
        let name = first["skill"]["name"].as_str().unwrap();
        assert!(text.contains(&format!("{name} (")), "{name} in\n{text}");
    }
    assert!(text.contains("1 and 2: "), "{text}");
}

#[test]
fn yearly_pay_follows_the_working_time_flags() {
    let files: Vec<String> = [
        "samples/us-hourly-technician.txt",
        "samples/contract-day-rate-devops.md",
        "samples/nhs-band6-physio.md",
    ]
    .map(String::from)
    .to_vec();
    let recs = records(&files);
    let yearly = |args: &[&str]| -> Vec<Value> {
        let mut all = vec!["compare", "--format", "json"];
        all.extend_from_slice(args);
        let data = json_of(&all, &files);
        data["adverts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["yearly"].clone())
            .collect()
    };
    let min = |r: &Value| r["salary"]["min"].as_f64().unwrap();
    assert_eq!(recs[0]["salary"]["period"], "hour");
    assert_eq!(recs[1]["salary"]["period"], "day");
    assert_eq!(recs[2]["salary"]["period"], "year");

    let default = yearly(&[]);
    assert_eq!(
        default[0]["min"].as_f64(),
        Some((min(&recs[0]) * 37.5 * 52.0).round())
    );
    assert_eq!(
        default[1]["min"].as_f64(),
        Some((min(&recs[1]) * 5.0 * 52.0).round())
    );
    assert_eq!(default[2]["min"].as_f64(), Some(min(&recs[2])));

    let custom = yearly(&[
        "--hours-per-week",
        "40",
        "--weeks-per-year",
        "48",
        "--days-per-week",
        "4",
    ]);
    assert_eq!(
        custom[0]["min"].as_f64(),
        Some((min(&recs[0]) * 40.0 * 48.0).round())
    );
    assert_eq!(
        custom[1]["min"].as_f64(),
        Some((min(&recs[1]) * 4.0 * 48.0).round())
    );
    let text = stdout_of(&["compare", "--hours-per-week", "40"], &files);
    assert!(text.contains("40 hours a week"), "{text}");
}

#[test]
fn different_currencies_are_marked_not_converted() {
    let files: Vec<String> = [
        "samples/fintech-data-engineer.md",
        "samples/startup-remote-backend.md",
    ]
    .map(String::from)
    .to_vec();
    let recs = records(&files);
    let data = json_of(&["compare", "--format", "json"], &files);
    assert_ne!(recs[0]["salary"]["currency"], recs[1]["salary"]["currency"]);
    for (rec, advert) in recs.iter().zip(data["adverts"].as_array().unwrap()) {
        // Yearly pay already: the figure is the advert's own, unconverted.
        assert_eq!(advert["yearly"]["min"], rec["salary"]["min"]);
        assert_eq!(advert["yearly"]["currency"], rec["salary"]["currency"]);
    }
    let text = stdout_of(&["compare"], &files);
    for rec in &recs {
        let code = rec["salary"]["currency"].as_str().unwrap();
        assert!(text.contains(&format!("[{code}]")), "{code} in\n{text}");
    }
    assert!(text.contains("Currencies differ"), "{text}");
}

#[test]
fn transpose_gives_one_row_per_advert_and_output_fits_the_width() {
    let files: Vec<String> = [
        "samples/nhs-band6-physio.md",
        "samples/parttime-fixed-term-coordinator.md",
        "samples/us-hourly-technician.txt",
        "samples/fintech-data-engineer.md",
    ]
    .map(String::from)
    .to_vec();
    for args in [&["compare"][..], &["compare", "--transpose"][..]] {
        let out = vacancy()
            .args(args)
            .args(&files)
            .env("COLUMNS", "90")
            .output()
            .expect("runs");
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.lines().all(|l| l.chars().count() <= 90),
            "{args:?}:\n{text}"
        );
    }
    let text = stdout_of(&["compare", "--transpose"], &files);
    let header = text.lines().nth(1).expect("header");
    for field in ["Advert", "Employer", "Yearly", "Skills"] {
        assert!(header.contains(field), "{field} in {header}");
    }
    // Each advert starts a row with its number.
    for n in 1..=files.len() {
        assert!(
            text.lines().any(|l| l.starts_with(&format!("│ {n}. "))),
            "row {n} in\n{text}"
        );
    }
}

#[test]
fn fewer_than_two_adverts_is_a_usage_error() {
    let out = vacancy()
        .args(["compare", "samples/nhs-band6-physio.md"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("vacancy: error: compare needs at least two adverts"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());

    let out = vacancy()
        .args(["compare", "samples/nhs-band6-physio.md", "no-such.md"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("no-such.md: no such file"), "{stderr}");
    assert!(stderr.contains("only 1 could be read"), "{stderr}");
}

#[test]
fn a_directory_compares_every_advert_in_it() {
    let out = vacancy()
        .args(["compare", "--format", "json", "samples/jsonld"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let data: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(data["adverts"].as_array().unwrap().len(), 2);
    assert_eq!(data["similarity"].as_array().unwrap().len(), 1);
}

#[test]
fn help_has_examples() {
    let out = vacancy()
        .args(["compare", "--help"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Examples:"), "{text}");
    for flag in [
        "--transpose",
        "--hours-per-week",
        "--days-per-week",
        "--weeks-per-year",
    ] {
        assert!(text.contains(flag), "{flag} in\n{text}");
    }
}
