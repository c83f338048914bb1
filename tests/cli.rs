//! The command line as a user meets it: exit codes, errors, inputs and outputs.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

const ADVERT: &str = "# Payroll Officer\n\nBrightwater Housing Ltd\n\n**Salary:** £28,000 - £31,000 per annum\n**Closing date:** 14/06/2025\n";

fn dir_with(files: &[(&str, &[u8])]) -> TempDir {
    let dir = TempDir::new().expect("temp dir");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(path, bytes).expect("write");
    }
    dir
}

fn records(stdout: &[u8]) -> Vec<Value> {
    let v: Value = serde_json::from_slice(stdout).expect("JSON array");
    v.as_array().expect("array").clone()
}

#[test]
fn no_arguments_is_a_usage_error() {
    vacancy()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage"));
    vacancy().arg("show").assert().code(2);
    vacancy()
        .args(["export", "--format", "xml", "x.md"])
        .assert()
        .code(2);
}

#[test]
fn every_subcommand_has_help_with_examples() {
    for sub in ["show", "export"] {
        vacancy()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:"));
    }
    vacancy()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes"));
}

#[test]
fn bad_inputs_fail_with_one_line_each_and_the_rest_still_run() {
    let dir = dir_with(&[
        ("good.md", ADVERT.as_bytes()),
        ("empty.md", b""),
        ("blank.txt", b"  \n\n  \n"),
        ("binary.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"),
        ("latin1.txt", b"Salary \xA330,000 per annum\n"),
    ]);
    let p = |n: &str| dir.path().join(n).display().to_string();
    let out = vacancy()
        .args(["export", "--format", "json"])
        .args([
            p("empty.md"),
            p("missing.md"),
            p("good.md"),
            p("binary.md"),
            p("latin1.txt"),
            p("blank.txt"),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let recs = records(&out.stdout);
    // The good file, and the Latin-1 one decoded with a note.
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["title"], "Payroll Officer");
    assert_eq!(recs[1]["salary"]["min"], 30000);
    assert_eq!(recs[1]["salary"]["currency"], "GBP");
    let stderr = String::from_utf8(out.stderr).expect("utf8");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 5, "{stderr}");
    assert!(lines[0].ends_with("empty.md: file is empty"), "{stderr}");
    assert!(
        lines[1].ends_with("missing.md: no such file or directory"),
        "{stderr}"
    );
    assert!(
        lines[2].ends_with("binary.md: looks like a binary file, not an advert"),
        "{stderr}"
    );
    assert!(
        lines[3].starts_with("vacancy: note: ")
            && lines[3].contains("latin1.txt: not valid UTF-8")
            && lines[3].ends_with("read as windows-1252"),
        "{stderr}"
    );
    assert!(lines[4].ends_with("blank.txt: file is empty"), "{stderr}");
}

#[test]
fn directories_are_walked_in_order_and_empty_ones_reported() {
    let dir = dir_with(&[
        ("b/two.txt", b"Two Engineer\n\nSalary: $50,000 a year\n"),
        ("a.md", ADVERT.as_bytes()),
        ("c.markdown", b"# Third Role\n\nText.\n"),
        ("notes.pdf", b"%PDF"),
        (".hidden/x.md", b"# Hidden\n"),
    ]);
    let out = vacancy()
        .args(["export", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf8");
    let sources: Vec<String> = stdout
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("one JSON record per line");
            v["source"].as_str().expect("source").to_string()
        })
        .collect();
    assert_eq!(sources.len(), 3);
    assert!(sources[0].ends_with("a.md"));
    assert!(sources[1].ends_with("two.txt"));
    assert!(sources[2].ends_with("c.markdown"));

    let empty = dir_with(&[("readme.pdf", b"%PDF")]);
    vacancy()
        .arg("show")
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("directory holds no adverts"));
}

#[test]
fn standard_input_is_named_dash() {
    let out = vacancy()
        .args(["export", "-"])
        .write_stdin(ADVERT)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let recs = records(&out.stdout);
    assert_eq!(recs[0]["source"], "-");
    assert_eq!(recs[0]["salary"]["min"], 28000.0);
    assert_eq!(recs[0]["dates"]["closing"], "2025-06-14");
}

#[test]
fn show_prints_fields_and_evidence() {
    vacancy()
        .args(["show", "--evidence", "-"])
        .env("COLUMNS", "200")
        .write_stdin(ADVERT)
        .assert()
        .success()
        .stdout(predicate::str::contains("Payroll Officer"))
        .stdout(predicate::str::contains("£28,000 – £31,000 a year"))
        .stdout(predicate::str::contains(
            "line 5: £28,000 - £31,000 per annum",
        ));
}

#[test]
fn show_wraps_to_the_given_width() {
    let out = vacancy()
        .args(["show", "samples/fintech-data-engineer.md"])
        .env("COLUMNS", "60")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).expect("utf8");
    assert!(stdout.lines().all(|l| l.chars().count() <= 60), "{stdout}");
}

#[test]
fn input_format_overrides_detection() {
    // As Markdown, "# Heading" is a heading; read as text, the first line is the headline anyway,
    // but a table is only a table in Markdown.
    let table = "Job advert\n\n|||\n|-|-|\n|Closing Date | 31/03/2021 |\n";
    let as_md = vacancy()
        .args(["export", "-"])
        .write_stdin(table)
        .output()
        .expect("runs");
    assert_eq!(records(&as_md.stdout)[0]["dates"]["closing"], "2021-03-31");
    let as_text = vacancy()
        .args(["export", "--input-format", "text", "-"])
        .write_stdin("Engineer\n\nThe closing date is 31/03/2021\n")
        .output()
        .expect("runs");
    assert_eq!(
        records(&as_text.stdout)[0]["dates"]["closing"],
        "2021-03-31"
    );
    vacancy()
        .args(["export", "--input-format", "pdf", "-"])
        .assert()
        .code(2);
}

#[test]
fn output_file_is_written_whole() {
    let dir = TempDir::new().expect("temp dir");
    let target = dir.path().join("out.jsonl");
    vacancy()
        .args(["export", "--format", "jsonl", "-o"])
        .arg(&target)
        .arg("samples")
        .assert()
        .success()
        .stdout("");
    let written = fs::read_to_string(&target).expect("written");
    assert!(written.lines().count() >= 6);
    // No temporary file is left beside it.
    assert_eq!(fs::read_dir(dir.path()).expect("dir").count(), 1);
    // A directory that does not exist is an error naming the file.
    vacancy()
        .args(["export", "-o", "no/such/dir/out.json", "samples"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir/out.json"));
}

#[test]
fn oversized_files_are_refused() {
    let dir = dir_with(&[("big.md", ADVERT.as_bytes())]);
    vacancy()
        .args(["show", "--max-bytes", "10"])
        .arg(dir.path().join("big.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("over the 10-byte limit"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // Notes about decoding may be printed; errors may not.
    // Far more output than a pipe holds, read by a consumer that stops at once.
    let inputs = vec!["samples"; 30].join(" ");
    let script = format!(
        "{} export --format jsonl {inputs} | head -c 10 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
        assert_cmd::cargo::cargo_bin("vacancy").display()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("bash runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn skills_command_lists_levels_and_json() {
    let advert = "# Data Engineer\n\n## Essential\n\n- Python and SQL\n\n## Desirable\n\n- Kafka\n";
    vacancy()
        .args(["skills", "-"])
        .env("COLUMNS", "120")
        .write_stdin(advert)
        .assert()
        .success()
        .stdout(predicate::str::contains("Python"))
        .stdout(predicate::str::contains("desirable"));
    let out = vacancy()
        .args(["skills", "--format", "json", "-"])
        .write_stdin(advert)
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let skills = v[0]["skills"].as_array().expect("skills");
    let level = |id: &str| {
        skills
            .iter()
            .find(|s| s["id"] == id)
            .map(|s| s["level"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(level("python").as_deref(), Some("essential"));
    assert_eq!(level("kafka").as_deref(), Some("desirable"));
    assert_eq!(
        skills.iter().find(|s| s["id"] == "python").unwrap()["lines"],
        serde_json::json!([5])
    );
}

#[test]
fn taxonomy_command_lists_and_searches() {
    vacancy()
        .args(["taxonomy", "search", "kube"])
        .env("COLUMNS", "200")
        .assert()
        .success()
        .stdout(predicate::str::contains("kubernetes"));
    vacancy()
        .args(["taxonomy", "search", "no-such-skill-anywhere"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no skills match"));
    vacancy()
        .args(["taxonomy", "--category", "nonsense"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown category"));
    let out = vacancy()
        .args(["taxonomy", "--format", "json", "--category", "databases"])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(v.as_array().expect("list").len() >= 20);
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .all(|s| s["category"] == "databases")
    );
}

#[test]
fn own_taxonomy_file_adds_skills_and_bad_files_are_named() {
    let dir = dir_with(&[
        (
            "extra.toml",
            b"[[skill]]\nid = \"acme-orm\"\nname = \"Acme ORM\"\ncategory = \"frameworks_libraries\"\naliases = [\"AcmeORM\"]\n",
        ),
        ("bad.toml", b"[[skill]]\nid = \"x\"\nname = \n"),
    ]);
    let out = vacancy()
        .args(["skills", "--format", "json", "--taxonomy"])
        .arg(dir.path().join("extra.toml"))
        .arg("-")
        .write_stdin("# Dev\n\n- Experience with AcmeORM and Python\n")
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(
        v[0]["skills"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == "acme-orm")
    );
    vacancy()
        .args(["show", "--taxonomy"])
        .arg(dir.path().join("bad.toml"))
        .arg("samples")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml: line 3:"));
}

#[test]
fn the_taxonomy_key_of_vacancy_toml_adds_skills_for_every_command() {
    let dir = dir_with(&[
        (
            "skills.toml",
            b"[[skill]]\nid = \"acme-orm\"\nname = \"Acme ORM\"\ncategory = \"frameworks_libraries\"\naliases = [\"AcmeORM\"]\n",
        ),
        ("vacancy.toml", b"taxonomy = \"skills.toml\"\n"),
        ("adverts/a.md", b"# Developer\n\nYou must know AcmeORM.\n"),
    ]);
    let run_in = |args: &[&str]| {
        let mut cmd = Command::cargo_bin("vacancy").expect("binary");
        cmd.current_dir(dir.path().join("adverts")).args(args);
        cmd
    };
    run_in(&["skills", "a.md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Acme ORM"));
    // Without the file, the skill is unknown.
    fs::remove_file(dir.path().join("vacancy.toml")).expect("remove");
    run_in(&["skills", "a.md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Acme ORM").not());
    // A key of the wrong type is an error naming the file and line.
    fs::write(dir.path().join("vacancy.toml"), "\ntaxonomy = 3\n").expect("write");
    run_in(&["show", "a.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("vacancy.toml:2"));
}

/// Every message on standard error begins `vacancy: error:`, whether clap or the
/// tool itself found the fault, and says its reason once.
fn one_error_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr).into_owned();
    let first = text.lines().next().unwrap_or_default();
    assert!(first.starts_with("vacancy: error: "), "{text}");
    text
}

#[test]
fn a_missing_config_file_says_why_once() {
    let out = vacancy()
        .args(["check", "--config", "nope.toml", "samples"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let text = one_error_line(&out.stderr);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("nope.toml"), "{text}");
    assert_eq!(
        text.to_lowercase().matches("no such file").count(),
        1,
        "{text}"
    );
}

#[test]
fn a_config_file_that_is_not_utf8_says_why_once() {
    let dir = dir_with(&[("vacancy.toml", b"[rules]\n# caf\xe9\n")]);
    let config = dir.path().join("vacancy.toml");
    let out = vacancy()
        .args(["check", "--config"])
        .arg(&config)
        .arg("samples")
        .assert()
        .code(2)
        .get_output()
        .clone();
    let text = one_error_line(&out.stderr);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("vacancy.toml"), "{text}");
    assert_eq!(text.matches("UTF-8").count(), 1, "{text}");
}

#[cfg(target_os = "linux")]
#[test]
fn an_output_file_that_cannot_be_written_gives_the_real_reason() {
    // /proc/version exists, so "no such file" would be false; the directory
    // cannot hold the temporary file, and the file itself cannot be written.
    let out = vacancy()
        .args(["export", "-o", "/proc/version", "samples"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let text = one_error_line(&out.stderr);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("/proc/version"), "{text}");
    assert!(!text.to_lowercase().contains("no such file"), "{text}");
}

#[test]
fn argument_errors_have_the_same_prefix_as_the_tool_s_own() {
    let out = vacancy()
        .args(["show", "--no-such-option", "samples"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let text = one_error_line(&out.stderr);
    assert!(text.contains("--no-such-option"), "{text}");
    assert!(text.contains("Usage"), "{text}");
}

#[test]
fn taxonomy_occupations_search_finds_by_words_and_code() {
    vacancy()
        .args(["taxonomy", "occupations", "search", "physiotherapist"])
        .assert()
        .success()
        .stdout(predicate::str::contains("physiotherapist"))
        .stdout(predicate::str::contains("2264"))
        .stdout(predicate::str::contains(
            "http://data.europa.eu/esco/occupation/",
        ));
    let out = vacancy()
        .args([
            "taxonomy",
            "occupations",
            "search",
            "--format",
            "json",
            "softw",
            "dev",
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let found: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let names: Vec<&str> = found
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|o| o["name"].as_str())
        .collect();
    assert!(names.contains(&"software developer"), "{names:?}");
    let by_code = vacancy()
        .args([
            "taxonomy",
            "occupations",
            "search",
            "--format",
            "json",
            "2512",
        ])
        .output()
        .expect("runs");
    let found: Value = serde_json::from_slice(&by_code.stdout).expect("JSON");
    assert!(
        found
            .as_array()
            .expect("array")
            .iter()
            .all(|o| o["isco"] == "2512" && o["isco_group"] == "Software developers")
    );
    vacancy()
        .args(["taxonomy", "occupations", "search", "zzqqxx"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no occupations match"));
}

#[test]
fn taxonomy_occupations_lists_all_and_has_help() {
    vacancy()
        .args(["taxonomy", "occupations"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2942 occupations"));
    vacancy()
        .args(["taxonomy", "occupations", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
    vacancy()
        .args(["taxonomy", "occupations", "search", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"));
}

#[test]
fn show_prints_the_occupation_and_csv_ends_with_it() {
    vacancy()
        .args(["show", "samples/nhs-band6-physio.md"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Occupation"))
        .stdout(predicate::str::contains("physiotherapist (ISCO 2264)"));
    let out = vacancy()
        .args(["export", "--format", "csv", "samples/nhs-band6-physio.md"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .expect("header")
            .ends_with(",occupation,occupation_isco,occupation_uri")
    );
    assert!(
        lines
            .next()
            .expect("row")
            .contains(",physiotherapist,2264,http://data.europa.eu/esco/occupation/")
    );
}

#[test]
fn jsonld_gives_the_isco_group_and_compare_a_row() {
    let out = vacancy()
        .args([
            "export",
            "--format",
            "jsonld",
            "samples/nhs-band6-physio.md",
        ])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let v = if v.is_array() { v[0].clone() } else { v };
    assert_eq!(v["occupationalCategory"]["@type"], "CategoryCode");
    assert_eq!(v["occupationalCategory"]["codeValue"], "2264");
    assert_eq!(v["occupationalCategory"]["name"], "Physiotherapists");
    vacancy()
        .args([
            "compare",
            "samples/nhs-band6-physio.md",
            "samples/startup-remote-backend.md",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Occupation"));
    let out = vacancy()
        .args([
            "compare",
            "--format",
            "json",
            "samples/nhs-band6-physio.md",
            "samples/startup-remote-backend.md",
        ])
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["adverts"][1]["occupation"]["isco"], "2512", "{v}");
}

/// A post that names several roles: one record per role, in every output.
#[test]
fn a_post_with_several_roles_gives_a_record_for_each() {
    let post = "Fernhill Robotics | Bristol, UK | Full time\n\
-- Firmware Engineer\n\
-- Test Technician\n\n\
We build robots that pick soft fruit. Salary: £45,000 - £55,000 per year.\n\n\
Apply at jobs@fernhill.example\n";
    let dir = dir_with(&[("post.txt", post.as_bytes())]);
    let path = dir.path().join("post.txt");
    let out = vacancy()
        .args(["export", "--format", "jsonl"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    for (i, (record, title)) in lines
        .iter()
        .zip(["Firmware Engineer", "Test Technician"])
        .enumerate()
    {
        assert!(
            record["source"]
                .as_str()
                .unwrap()
                .ends_with(&format!("post.txt#role-{}", i + 1)),
            "{}",
            record["source"]
        );
        assert_eq!(record["title"], title);
        assert_eq!(record["employer"], "Fernhill Robotics");
        assert_eq!(record["salary"]["min"], 45000);
    }
    // A single file's JSON-LD is an array of its roles.
    let out = vacancy()
        .args(["export", "--format", "jsonld"])
        .arg(&path)
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let titles: Vec<&str> = v
        .as_array()
        .expect("an array of roles")
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Firmware Engineer", "Test Technician"]);
    // CSV has a row for each, and compare a column for each.
    let out = vacancy()
        .args(["export", "--format", "csv"])
        .arg(&path)
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
    vacancy()
        .args(["compare", "--format", "json"])
        .arg(&path)
        .arg("samples")
        .assert()
        .success()
        .stdout(predicate::str::contains("post.txt#role-2"));
}
