//! `vacancy check` and `vacancy explain` as a user and a CI pipeline meet
//! them: findings on the seed adverts and the fixtures, exit codes, every
//! output format, configuration, and docs/rules.md kept in step with the rules.

use std::fs;
use std::path::PathBuf;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR");
    cmd
}

const UNFINISHED: &str = "tests/fixtures/check/unfinished-advert.md";
const CLEAN: &str = "tests/fixtures/check/clean-advert.md";

/// Runs `vacancy check --format json` with `args` and returns the findings.
fn findings(args: &[&str]) -> Vec<Value> {
    let out = vacancy()
        .args([
            "check",
            "--no-config",
            "--today",
            "2025-01-15",
            "--format",
            "json",
        ])
        .args(args)
        .output()
        .expect("vacancy runs");
    assert!(
        out.status.code().is_some_and(|c| c < 2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("a JSON array");
    v.as_array().expect("array").clone()
}

/// The (line, rule) of every finding.
fn places(found: &[Value]) -> Vec<(u64, String)> {
    found
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap(),
                f["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn has(found: &[Value], line: u64, rule: &str) -> bool {
    places(found).contains(&(line, rule.to_string()))
}

// ---- The seed adverts ----------------------------------------------------

fn seed(prefix: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.is_dir() {
        panic!(
            "{} is absent: run the tests that need ../shared with --include-ignored only where it exists",
            dir.display()
        );
    }
    let path = fs::read_dir(&dir)
        .expect("seeds directory is readable")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        })
        .unwrap_or_else(|| panic!("no seed {prefix}_*.txt in {}", dir.display()));
    Some(path)
}

fn check_seed(prefix: &str) -> Option<(Vec<Value>, String)> {
    let path = seed(prefix)?;
    let text = fs::read_to_string(&path).expect("seed is readable");
    Some((findings(&[path.to_str().unwrap()]), text))
}

/// The line number (from 1) of the first line of `text` that contains `needle`, after line `after`.
fn line_of(text: &str, needle: &str, after: usize) -> u64 {
    text.lines()
        .enumerate()
        .skip(after)
        .find(|(_, l)| l.contains(needle))
        .map(|(i, _)| i as u64 + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in the seed"))
}

#[test]
#[ignore = "needs ../shared"]
fn seed_000_repeated_iso_bullets_http_links_and_bitly() {
    let Some((found, text)) = check_seed("000") else {
        return;
    };
    let first = line_of(&text, "A good understanding of ISO", 0);
    for line in first..first + 3 {
        assert!(
            text.lines()
                .nth(line as usize - 1)
                .unwrap()
                .contains("A good understanding of ISO")
        );
        assert!(
            has(&found, line, "truncated-item"),
            "no truncated-item on {line}"
        );
    }
    // The second and third copies repeat the first.
    assert!(has(&found, first + 1, "duplicate-item"));
    assert!(has(&found, first + 2, "duplicate-item"));
    assert!(!has(&found, first, "duplicate-item"));
    let truncated = found
        .iter()
        .find(|f| f["rule"] == "truncated-item" && f["line"] == first)
        .unwrap();
    let line = text.lines().nth(first as usize - 1).unwrap();
    let col = truncated["column"].as_u64().unwrap() as usize;
    assert_eq!(&line[col - 1..col + 2], "ISO");

    for (i, l) in text.lines().enumerate() {
        let n = i as u64 + 1;
        if l.contains("(http://") {
            assert!(has(&found, n, "insecure-link"), "no insecure-link on {n}");
        }
        if l.contains("bit.ly/") {
            assert!(has(&found, n, "shortened-link"), "no shortened-link on {n}");
        }
    }
    let http = found
        .iter()
        .filter(|f| f["rule"] == "insecure-link")
        .count();
    assert_eq!(http, text.matches("(http://").count());
    assert_eq!(
        found
            .iter()
            .filter(|f| f["rule"] == "shortened-link")
            .count(),
        2
    );
}

#[test]
#[ignore = "needs ../shared"]
fn seed_001_placeholders_and_assistant_preamble() {
    let Some((found, text)) = check_seed("001") else {
        return;
    };
    for (i, l) in text.lines().enumerate() {
        if l.contains("[Insert Date") {
            assert!(has(&found, i as u64 + 1, "placeholder"), "line {}", i + 1);
        }
    }
    let deadline = line_of(&text, "[Insert Date]", 0);
    let f = found
        .iter()
        .find(|f| f["rule"] == "placeholder" && f["line"] == deadline)
        .unwrap();
    assert_eq!(f["severity"], "error");
    assert_eq!(
        f["message"],
        "Placeholder text \"[Insert Date]\" left in the advert"
    );

    let preamble = line_of(&text, "I've created a comprehensive job description", 0);
    let f = found
        .iter()
        .find(|f| f["rule"] == "assistant-leftover" && f["line"] == preamble)
        .expect("the preamble is reported");
    assert_eq!(f["severity"], "error");
    assert_eq!(
        (f["column"].as_u64(), f["end_column"].as_u64()),
        (Some(1), Some(13))
    );
    // The advert proper is not blamed for the preamble's words.
    let overview = line_of(&text, "## Overview", 0);
    assert!(
        found
            .iter()
            .filter(|f| f["rule"] == "assistant-leftover")
            .all(|f| f["line"].as_u64().unwrap() < overview)
    );
}

#[test]
#[ignore = "needs ../shared"]
fn seed_002_has_no_closing_date_and_no_location() {
    let Some((found, text)) = check_seed("002") else {
        return;
    };
    // Whole-advert findings point at the title's line.
    let title = line_of(&text, "Chief Technology Officer", 0);
    assert!(has(&found, title, "missing-closing-date"));
    assert!(!found.iter().any(|f| f["rule"] == "missing-salary"));
    // missing-location is off by default; turned on, it finds the seed has none.
    assert!(!found.iter().any(|f| f["rule"] == "missing-location"));
    let dir = TempDir::new().unwrap();
    let config = dir.path().join("vacancy.toml");
    fs::write(&config, "[rules]\nmissing-location = \"warning\"\n").unwrap();
    let path = seed("002").unwrap();
    let out = vacancy()
        .args([
            "check",
            "--today",
            "2025-01-15",
            "--format",
            "json",
            "--config",
        ])
        .arg(&config)
        .arg(&path)
        .output()
        .unwrap();
    let on: Vec<Value> = serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    assert!(has(&on, title, "missing-location"));
}

// ---- The fixtures ----------------------------------------------------------

#[test]
fn an_unfinished_advert_fails_and_says_where() {
    let found = findings(&[UNFINISHED]);
    let expected = [
        (1, "assistant-leftover"),
        (3, "missing-salary"),
        (5, "placeholder"),
        (5, "age-bias"),
        (5, "jargon-hype"),
        (8, "placeholder"),
        (9, "to-be-confirmed"),
        (13, "nationality-bias"),
        (14, "truncated-item"),
        (15, "duplicate-item"),
        (16, "truncated-item"),
        (17, "ability-bias"),
        (21, "insecure-link"),
        (21, "shortened-link"),
        (21, "broken-email"),
        (23, "assistant-leftover"),
    ];
    for (line, rule) in expected {
        assert!(
            has(&found, line, rule),
            "no {rule} on line {line}: {:?}",
            places(&found)
        );
    }
    for f in &found {
        for key in [
            "file",
            "line",
            "column",
            "end_line",
            "end_column",
            "rule",
            "severity",
            "message",
            "hint",
        ] {
            assert!(!f[key].is_null(), "{key} missing in {f}");
        }
        assert!(f["line"].as_u64() <= f["end_line"].as_u64());
        assert!(f["column"].as_u64() >= Some(1));
    }
    vacancy()
        .args(["check", "--no-config", "--today", "2025-01-15", UNFINISHED])
        .assert()
        .code(1);
}

#[test]
fn a_clean_advert_passes_with_no_findings() {
    assert_eq!(findings(&[CLEAN]), Vec::<Value>::new());
    vacancy()
        .args([
            "check",
            "--no-config",
            "--today",
            "2025-01-15",
            "--fail-on",
            "info",
            CLEAN,
        ])
        .assert()
        .code(0)
        .stdout("No problems found in 1 advert\n");
}

#[test]
fn the_samples_raise_no_errors() {
    vacancy()
        .args(["check", "--no-config", "--today", "2024-01-01", "samples/"])
        .assert()
        .code(0);
}

// ---- Exit codes -------------------------------------------------------------

#[test]
fn fail_on_chooses_the_level_that_fails() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("a.md");
    // Only warnings: the closing date has passed.
    fs::write(
        &path,
        "# Clerk\n\nAcme is hiring in Leeds. Permanent. £24,000 a year.\nClosing date: 1 May 2024\nApply at https://jobs.example.org/1\n",
    )
    .unwrap();
    let run = |fail_on: &str| {
        vacancy()
            .args([
                "check",
                "--no-config",
                "--today",
                "2025-01-15",
                "--fail-on",
                fail_on,
            ])
            .arg(&path)
            .assert()
    };
    run("error").code(0);
    run("warning").code(1);
    run("info").code(1);
}

#[test]
fn an_unreadable_input_is_reported_the_rest_checked_and_the_exit_is_2() {
    vacancy()
        .args([
            "check",
            "--no-config",
            "--today",
            "2025-01-15",
            "missing.md",
            CLEAN,
        ])
        .assert()
        .code(2)
        .stderr("vacancy: error: missing.md: no such file or directory\n")
        .stdout(predicate::str::contains(
            "No problems found in 1 advert; 1 input could not be read",
        ));
    // Findings do not hide the failure: 2 wins over 1.
    vacancy()
        .args(["check", "--no-config", "missing.md", UNFINISHED])
        .assert()
        .code(2);
}

#[test]
fn usage_errors_exit_2() {
    vacancy().arg("check").assert().code(2);
    vacancy()
        .args(["check", "--today", "15/01/2025", CLEAN])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
    vacancy()
        .args(["check", "--format", "markdown", CLEAN])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--list-rules"));
}

// ---- Configuration -----------------------------------------------------------

#[test]
fn vacancy_toml_is_found_in_a_parent_and_switches_rules() {
    let dir = TempDir::new().unwrap();
    fs::write(
        dir.path().join("vacancy.toml"),
        "[rules]\nplaceholder = \"warning\"\nassistant-leftover = \"off\"\nmissing-salary = \"info\"\n",
    )
    .unwrap();
    let nested = dir.path().join("adverts/2025");
    fs::create_dir_all(&nested).unwrap();
    let advert = nested.join("a.md");
    fs::write(
        &advert,
        "Here is your advert:\n\n# Clerk\n\nAcme, Leeds. [Insert Date]\n",
    )
    .unwrap();
    let out = Command::cargo_bin("vacancy")
        .unwrap()
        .current_dir(&nested)
        .args(["check", "--format", "json", "a.md"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = found.as_array().unwrap();
    let placeholder = found.iter().find(|f| f["rule"] == "placeholder").unwrap();
    assert_eq!(placeholder["severity"], "warning");
    assert!(!found.iter().any(|f| f["rule"] == "assistant-leftover"));
}

#[test]
fn a_bad_config_names_the_file_and_line() {
    let dir = TempDir::new().unwrap();
    let config = dir.path().join("vacancy.toml");
    fs::write(
        &config,
        "[rules]\nplaceholder = \"error\"\nmissing-salry = \"off\"\n",
    )
    .unwrap();
    vacancy()
        .args(["check", "--config"])
        .arg(&config)
        .arg(CLEAN)
        .assert()
        .code(2)
        .stderr(format!(
            "vacancy: error: {}:3: unknown rule `missing-salry` (did you mean `missing-salary`?)\n",
            config.display()
        ));
    vacancy()
        .args(["check", "--config", "no-such.toml", CLEAN])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "vacancy: error: no-such.toml: ",
        ));
}

#[test]
fn comments_in_the_advert_silence_rules() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("a.md");
    fs::write(
        &path,
        "<!-- vacancy-disable missing-salary -->\n\n# Clerk\n\nAcme, Leeds.\n\n<!-- vacancy-disable-next-line placeholder -->\nStart: [Insert Date]\n\nEnd: [Insert Date]\n",
    )
    .unwrap();
    let found = findings(&[path.to_str().unwrap()]);
    assert!(!found.iter().any(|f| f["rule"] == "missing-salary"));
    let placeholders: Vec<u64> = found
        .iter()
        .filter(|f| f["rule"] == "placeholder")
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(placeholders, [10]);
}

// ---- Output formats -----------------------------------------------------------

#[test]
fn human_output_underlines_and_summarises_without_colour_off_a_terminal() {
    let assert = vacancy()
        .args(["check", "--no-config", "--today", "2025-01-15", UNFINISHED])
        .assert()
        .code(1);
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(out.contains(
        "error[placeholder]: Placeholder text \"[Insert Date]\" left in the advert\n --> tests/fixtures/check/unfinished-advert.md:8:21\n  |\n8 | - **Closing date:** [Insert Date]\n  |                     ^^^^^^^^^^^^^\n  |\n  = help: Replace the placeholder with the real value, or remove the line."
    ), "{out}");
    let json = findings(&[UNFINISHED]);
    let count = |s: &str| json.iter().filter(|f| f["severity"] == s).count();
    let summary = format!(
        "Found {} errors, {} warnings and {} info in 1 of 1 advert\n",
        count("error"),
        count("warning"),
        count("info")
    );
    assert!(out.ends_with(&summary), "{out}");
    assert!(!out.contains('\u{1b}'), "colour off a terminal");
    let coloured = vacancy()
        .args(["check", "--no-config", "--color", "always", UNFINISHED])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&coloured.stdout).contains('\u{1b}'));
    let plain = vacancy()
        .env("NO_COLOR", "1")
        .args(["check", "--no-config", UNFINISHED])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains('\u{1b}'));
}

#[test]
fn github_output_is_one_escaped_workflow_command_per_finding() {
    let assert = vacancy()
        .args([
            "check",
            "--no-config",
            "--today",
            "2025-01-15",
            "--format",
            "github",
            UNFINISHED,
        ])
        .assert()
        .code(1);
    let out = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let json = findings(&[UNFINISHED]);
    assert_eq!(out.lines().count(), json.len());
    assert!(out.contains(
        "::error file=tests/fixtures/check/unfinished-advert.md,line=8,col=21,endLine=8,endColumn=34,title=placeholder (error)::Placeholder text \"[Insert Date]\" left in the advert%0AReplace the placeholder with the real value, or remove the line.\n"
    ), "{out}");
    for line in out.lines() {
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "{line}"
        );
        let (props, _) = line[2..].split_once("::").expect("two-part command");
        // Property values never carry a raw colon or comma beyond the separators.
        for kv in props.split_once(' ').unwrap().1.split(',') {
            let (_, value) = kv.split_once('=').expect("key=value");
            assert!(!value.contains(':'), "{kv}");
        }
    }
}

/// Checks the parts of a SARIF 2.1.0 log that its schema requires, and the
/// value ranges it sets, for every run, rule and result.
fn assert_valid_sarif(log: &Value) {
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let runs = log["runs"].as_array().expect("runs is an array");
    assert!(!runs.is_empty());
    for run in runs {
        let driver = &run["tool"]["driver"];
        assert!(driver["name"].is_string(), "tool.driver.name is required");
        let rules = driver["rules"].as_array().expect("rules");
        let mut ids = std::collections::HashSet::new();
        for r in rules {
            let id = r["id"]
                .as_str()
                .expect("reportingDescriptor.id is required");
            assert!(ids.insert(id), "rule {id} twice");
            assert!(r["shortDescription"]["text"].is_string());
            assert!(r["fullDescription"]["text"].is_string());
            assert!(r["help"]["text"].is_string());
            assert!(
                ["none", "note", "warning", "error"]
                    .contains(&r["defaultConfiguration"]["level"].as_str().unwrap())
            );
        }
        for res in run["results"].as_array().expect("results") {
            assert!(
                res["message"]["text"].is_string(),
                "result.message.text is required"
            );
            let id = res["ruleId"].as_str().unwrap();
            let index = res["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], id, "ruleIndex points at the rule");
            assert!(["none", "note", "warning", "error"].contains(&res["level"].as_str().unwrap()));
            for loc in res["locations"].as_array().unwrap() {
                let phys = &loc["physicalLocation"];
                let uri = phys["artifactLocation"]["uri"].as_str().unwrap();
                assert!(!uri.contains(' ') && !uri.contains('\\'));
                let region = &phys["region"];
                let n = |k: &str| region[k].as_u64().unwrap_or_else(|| panic!("{k}"));
                assert!(n("startLine") >= 1 && n("startColumn") >= 1);
                assert!(n("endLine") >= n("startLine"));
                assert!(n("endColumn") >= 1);
                if n("endLine") == n("startLine") {
                    assert!(n("endColumn") >= n("startColumn"));
                }
            }
        }
    }
}

#[test]
fn sarif_output_has_the_structure_the_schema_requires() {
    let out = vacancy()
        .args([
            "check",
            "--no-config",
            "--today",
            "2025-01-15",
            "--format",
            "sarif",
            UNFINISHED,
            CLEAN,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid_sarif(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), findings(&[UNFINISHED]).len());
    let placeholder = results
        .iter()
        .find(|r| {
            r["ruleId"] == "placeholder"
                && r["locations"][0]["physicalLocation"]["region"]["startLine"] == 8
        })
        .unwrap();
    assert_eq!(placeholder["level"], "error");
    assert_eq!(
        placeholder["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tests/fixtures/check/unfinished-advert.md"
    );
}

#[test]
fn every_format_over_many_adverts_agrees_with_the_adverts_checked_one_by_one() {
    // More adverts than a chunk (64 at least), so they are written over several.
    let dir = TempDir::new().unwrap();
    let kinds = [
        fs::read_to_string(UNFINISHED).unwrap(),
        fs::read_to_string(CLEAN).unwrap(),
        "# Clerk\n\nAcme is hiring in Leeds. Permanent. £24,000 a year.\nClosing date: 1 May 2024\nApply at https://jobs.example.org/1\n".to_string(),
    ];
    let count = 150;
    for i in 0..count {
        fs::write(dir.path().join(format!("{i:03}.md")), &kinds[i % 3]).unwrap();
    }
    let path = |i: usize| dir.path().join(format!("{i:03}.md"));
    // Each kind of advert alone, with the file's name taken out.
    let alone: Vec<Vec<Value>> = (0..3)
        .map(|k| {
            let name = path(k).to_str().unwrap().to_string();
            let mut found = findings(&[&name]);
            for f in &mut found {
                assert_eq!(f["file"], name.as_str());
                f["file"] = Value::Null;
            }
            found
        })
        .collect();
    assert!(alone[0].len() > 1 && alone[1].is_empty() && !alone[2].is_empty());
    let expected: Vec<Value> = (0..count)
        .flat_map(|i| {
            alone[i % 3].iter().map(move |f| {
                let mut f = f.clone();
                f["file"] = Value::from(path(i).to_str().unwrap());
                f
            })
        })
        .collect();

    let run = |format: &str| {
        let out = vacancy()
            .args(["-j", "2", "check", "--no-config", "--today", "2025-01-15"])
            .args(["--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        String::from_utf8(out.stdout).unwrap()
    };
    // One array, every advert's findings in input order.
    let json: Value = serde_json::from_str(&run("json")).expect("one JSON array");
    assert_eq!(json.as_array().unwrap(), &expected);

    let human = run("human");
    let n = |severity: &str| {
        expected
            .iter()
            .filter(|f| f["severity"] == severity)
            .count()
    };
    let parts: Vec<String> = [
        ("error", n("error")),
        ("warning", n("warning")),
        ("info", n("info")),
    ]
    .into_iter()
    .filter(|&(_, k)| k > 0)
    .map(|(word, k)| format!("{k} {word}{}", if k == 1 { "" } else { "s" }))
    .collect();
    let listed = match parts.as_slice() {
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => unreachable!(),
    };
    let with = (0..count).filter(|i| !alone[i % 3].is_empty()).count();
    assert!(
        human.ends_with(&format!("Found {listed} in {with} of {count} adverts\n")),
        "{}",
        human.lines().last().unwrap_or("")
    );
    let helps = human
        .lines()
        .filter(|l| l.trim_start().starts_with("= help: "))
        .count();
    assert_eq!(helps, expected.len());

    assert_eq!(run("github").lines().count(), expected.len());

    let log: Value = serde_json::from_str(&run("sarif")).unwrap();
    assert_valid_sarif(&log);
    let rules: Vec<&Value> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["ruleId"])
        .collect();
    let expected_rules: Vec<&Value> = expected.iter().map(|f| &f["rule"]).collect();
    assert_eq!(rules, expected_rules);
}

// ---- The catalogue --------------------------------------------------------------

#[test]
fn docs_rules_md_is_generated_from_the_catalogue() {
    let out = vacancy()
        .args([
            "check",
            "--no-config",
            "--list-rules",
            "--format",
            "markdown",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let generated = String::from_utf8(out.stdout).unwrap();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let on_disk = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/rules.md is stale: run `cargo run -- check --list-rules --format markdown > docs/rules.md`"
    );
}

#[test]
fn list_rules_and_explain() {
    let list = vacancy()
        .args(["check", "--no-config", "--list-rules", "--format", "json"])
        .output()
        .unwrap();
    let rules: Value = serde_json::from_slice(&list.stdout).unwrap();
    let rules = rules.as_array().unwrap();
    assert!(rules.len() >= 35);
    let md = fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md"))
        .unwrap();
    for r in rules {
        let id = r["id"].as_str().unwrap();
        assert!(
            md.contains(&format!("### `{id}`")),
            "{id} not in docs/rules.md"
        );
        vacancy().args(["explain", id]).assert().success().stdout(
            predicate::str::contains("Why it matters:").and(predicate::str::contains("Fires on:")),
        );
    }
    vacancy()
        .args(["check", "--no-config", "--list-rules"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("  missing-salary").and(predicate::str::contains("error")),
        );
    vacancy()
        .args(["explain", "missing-salry"])
        .assert()
        .code(2)
        .stderr("vacancy: error: unknown rule `missing-salry`; did you mean `missing-salary`? (`vacancy check --list-rules` lists them all)\n");
}

#[test]
fn the_readme_shows_what_check_prints() {
    let readme =
        fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let command = "$ vacancy check --today 2024-07-01 samples/plain-text-headings.txt\n";
    let start = readme.find(command).expect("the tour runs vacancy check") + command.len();
    let shown = &readme[start..start + readme[start..].find("```").unwrap()];
    let out = vacancy()
        .args([
            "check",
            "--no-config",
            "--today",
            "2024-07-01",
            "samples/plain-text-headings.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(
        shown,
        String::from_utf8_lossy(&out.stdout),
        "the README's check example is stale"
    );
}

#[test]
fn check_and_explain_have_help_with_examples() {
    for sub in ["check", "explain"] {
        vacancy()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:"));
    }
}

#[test]
fn findings_in_json_ld_point_inside_the_file_at_the_words_they_name() {
    // The description is one JSON string on line 5 of a 9-line file, with a
    // dozen lines of its own: every finding must be on a line of the file,
    // and a finding that quotes words must underline those words.
    let description = format!(
        "<h2>About</h2>{}<p>We want an energetic young team player.</p>\\n<p>Closing date: [Insert Date]</p>",
        "\\n<p>Our ward is friendly.</p>".repeat(12)
    );
    let json = format!(
        "{{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"JobPosting\",\n  \"title\": \"Staff Nurse\",\n  \"description\": \"{description}\",\n  \"datePosted\": \"2025-01-02\",\n  \"hiringOrganization\": {{\"@type\": \"Organization\", \"name\": \"Ward 4\"}},\n  \"jobLocation\": {{\"@type\": \"Place\", \"address\": {{\"addressLocality\": \"Leeds\"}}}}\n}}\n"
    );
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("nurse.json");
    fs::write(&path, &json).unwrap();
    let found = findings(&[path.to_str().unwrap()]);
    let lines: Vec<&str> = json.lines().collect();
    let mut quoted = 0;
    for f in &found {
        let n = |k: &str| f[k].as_u64().unwrap() as usize;
        assert!(
            n("line") >= 1 && n("end_line") <= lines.len(),
            "{f} is outside the {}-line file",
            lines.len()
        );
        let line: Vec<char> = lines[n("line") - 1].chars().collect();
        assert!(n("column") <= line.len() + 1, "{f} is past its line");
        let message = f["message"].as_str().unwrap();
        if let Some(words) = message.split('"').nth(1)
            && n("line") == n("end_line")
            && message.starts_with('"')
        {
            let span: String = line[n("column") - 1..n("end_column") - 1].iter().collect();
            assert!(
                span.to_lowercase().contains(&words.to_lowercase()),
                "{f} underlines {span:?}"
            );
            quoted += 1;
        }
    }
    assert!(has(&found, 5, "age-bias"), "{found:#?}");
    assert!(has(&found, 5, "placeholder"), "{found:#?}");
    assert!(quoted >= 2, "{found:#?}");
}

#[test]
fn a_reader_that_stops_early_does_not_hide_the_findings() {
    // As `vacancy check DIR | head -1` under `set -o pipefail`: more output
    // than a pipe holds, and the reader gone after one line.
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = TempDir::new().unwrap();
    let advert = fs::read_to_string(UNFINISHED).unwrap();
    for i in 0..200 {
        fs::write(dir.path().join(format!("advert-{i:03}.md")), &advert).unwrap();
    }
    for format in ["human", "json", "sarif"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_vacancy"))
            .args([
                "check",
                "--no-config",
                "--color",
                "never",
                "--format",
                format,
            ])
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty());
        // The reader is dropped here: the pipe closes.
        assert_eq!(child.wait().unwrap().code(), Some(1), "{format}");
    }
}

#[test]
fn list_rules_refuses_a_format_it_cannot_write() {
    for format in ["sarif", "github"] {
        vacancy()
            .args(["check", "--no-config", "--list-rules", "--format", format])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("--list-rules").and(predicate::str::contains(format)));
    }
}

#[test]
fn explain_on_an_advert_says_how_the_jurisdiction_was_decided() {
    let dir = TempDir::new().unwrap();
    let nyc = dir.path().join("nyc.md");
    fs::write(
        &nyc,
        "# Barista\n\nLocation: Brooklyn, New York, NY\n\nPosted: 3 March 2025\n\nApply by email to jobs@example.org.\n",
    )
    .unwrap();
    vacancy()
        .args(["explain", "pay-transparency"])
        .arg(&nyc)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Jurisdiction: US-NY-NYC, from the advert's location",
        ))
        .stdout(predicate::str::contains(
            "Date: 2025-03-03, the date the advert was posted",
        ))
        .stdout(predicate::str::contains(
            "New York City requires a pay range",
        ))
        .stdout(predicate::str::contains("Findings:"));
    // Before New York City's law, no finding, and the tables say so.
    fs::write(
        &nyc,
        "# Barista\n\nLocation: Brooklyn, New York, NY\n\nPosted: 3 March 2022\n\nApply by email.\n",
    )
    .unwrap();
    vacancy()
        .args(["explain", "pay-transparency"])
        .arg(&nyc)
        .assert()
        .success()
        .stdout(predicate::str::contains("No finding of this rule."));
    // No place, no law; --jurisdiction supplies one.
    let nowhere = dir.path().join("nowhere.md");
    fs::write(&nowhere, "# Barista\n\nApply by email.\n").unwrap();
    vacancy()
        .args(["explain", "pay-transparency"])
        .arg(&nowhere)
        .assert()
        .success()
        .stdout(predicate::str::contains("Jurisdiction: not known"));
    vacancy()
        .args(["explain", "pay-transparency", "--jurisdiction", "US-CO"])
        .args(["--today", "2026-01-01"])
        .arg(&nowhere)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Jurisdiction: US-CO, from --jurisdiction",
        ))
        .stdout(predicate::str::contains("Colorado requires"));
    // An advert that cannot be read is an error naming it.
    vacancy()
        .args(["explain", "pay-transparency"])
        .arg(dir.path().join("missing.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.md"));
}
