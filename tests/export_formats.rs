//! `export --format csv|jsonld`, batches and JSON Lines input, as a user meets them.
//! The seed adverts come from `../shared/seeds/`; their tests are ignored unless run
//! with `--include-ignored`, as .ci/run does where `../shared` exists.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn seed_files() -> Option<Vec<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.is_dir() {
        panic!(
            "{} is absent: run the tests that need ../shared with --include-ignored only where it exists",
            dir.display()
        );
    }
    let mut files: Vec<String> = fs::read_dir(&dir)
        .expect("seeds directory is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    Some(files)
}

fn run(args: &[&str]) -> (Vec<u8>, String, Option<i32>) {
    let out = vacancy().args(args).output().expect("runs");
    (
        out.stdout,
        String::from_utf8(out.stderr).expect("utf8"),
        out.status.code(),
    )
}

/// The JSON records of `export` for the same inputs, in order.
fn records(inputs: &[&str]) -> Vec<Value> {
    let mut args = vec!["export"];
    args.extend_from_slice(inputs);
    let (out, stderr, code) = run(&args);
    assert_eq!(code, Some(0), "{stderr}");
    serde_json::from_slice::<Value>(&out)
        .expect("JSON")
        .as_array()
        .expect("array")
        .clone()
}

/// What a CSV field should hold for a record's value: lists joined with "; ",
/// null as empty, numbers as JSON writes them.
fn field_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(field_text).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

fn skill_names(rec: &Value, level: &str) -> String {
    rec["skills"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["level"] == level)
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The record value each CSV column is documented to hold.
fn expected(rec: &Value, column: &str) -> String {
    let at = |pointer: &str| field_text(rec.pointer(pointer).expect(pointer));
    match column {
        "salary_min" | "salary_max" | "salary_currency" | "salary_period" | "salary_band"
        | "salary_text" => at(&format!("/salary/{}", &column[7..])),
        "contract_type" => at("/contract/type"),
        "contract_hours" => at("/contract/hours"),
        "contract_duration_months" => at("/contract/duration_months"),
        "date_posted" | "date_closing" | "date_interview" | "date_start" => {
            at(&format!("/dates/{}", &column[5..]))
        }
        "apply_url" | "emails" | "urls" => at(&format!("/contacts/{column}")),
        "skills_essential" => skill_names(rec, "essential"),
        "skills_desirable" => skill_names(rec, "desirable"),
        "skills_mentioned" => skill_names(rec, "mentioned"),
        "occupation" => field_text(rec.pointer("/occupation/name").unwrap_or(&Value::Null)),
        "occupation_isco" | "occupation_uri" => field_text(
            rec.pointer(&format!("/occupation/{}", &column[11..]))
                .unwrap_or(&Value::Null),
        ),
        other => at(&format!("/{other}")),
    }
}

fn check_csv_round_trip(inputs: &[&str]) {
    let recs = records(inputs);
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("out.csv");
    let mut args = vec!["export", "--format", "csv", "-o", path.to_str().unwrap()];
    args.extend_from_slice(inputs);
    let (_, stderr, code) = run(&args);
    assert_eq!(code, Some(0), "{stderr}");
    let bytes = fs::read(&path).unwrap();
    // A strict reader: every row must have as many fields as the header.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header row")
        .iter()
        .map(String::from)
        .collect();
    assert!(header.len() > 20);
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.expect("row with the header's column count"))
        .collect();
    assert_eq!(rows.len(), recs.len());
    for (row, rec) in rows.iter().zip(&recs) {
        assert_eq!(row.len(), header.len());
        for (column, value) in header.iter().zip(row.iter()) {
            assert_eq!(
                value,
                expected(rec, column),
                "{} column {column}",
                rec["source"]
            );
        }
    }
    // Writing the rows back out gives the same bytes.
    let mut again = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    again.write_record(&header).unwrap();
    for row in &rows {
        again.write_record(row).unwrap();
    }
    assert_eq!(again.into_inner().unwrap(), bytes);
}

#[test]
fn csv_of_every_sample_round_trips() {
    check_csv_round_trip(&["samples"]);
}

#[test]
#[ignore = "needs ../shared"]
fn csv_of_the_seeds_round_trips() {
    let Some(files) = seed_files() else { return };
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    check_csv_round_trip(&files);
}

#[test]
fn csv_columns_are_documented_in_order() {
    let (out, _, code) = run(&["export", "--format", "csv", "samples/nhs-band6-physio.md"]);
    assert_eq!(code, Some(0));
    let text = String::from_utf8(out).unwrap();
    let header = text.lines().next().unwrap();
    let docs =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/formats.md")).unwrap();
    // The table under "### CSV columns": rows "| N | `name` | …".
    let documented: Vec<&str> = docs
        .lines()
        .skip_while(|l| !l.starts_with("### CSV columns"))
        .skip(1)
        .take_while(|l| !l.starts_with('#'))
        .filter_map(|l| l.strip_prefix("| "))
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|l| l.split(" | ").nth(1))
        .filter_map(|c| c.strip_prefix('`').and_then(|c| c.strip_suffix('`')))
        .collect();
    assert_eq!(documented.join(","), header, "docs/formats.md §CSV");
}

const ALLOWED_EMPLOYMENT: &[&str] = &[
    "FULL_TIME",
    "PART_TIME",
    "CONTRACTOR",
    "TEMPORARY",
    "INTERN",
    "VOLUNTEER",
    "PER_DIEM",
    "OTHER",
];

/// Checks a JobPosting against Google's required properties: each is present
/// and agrees with the record, or a warning on stderr says it was left out.
fn check_required(posting: &Value, rec: &Value, stderr: &str) {
    let source = rec["source"].as_str().unwrap();
    let warned = |property: &str| {
        stderr.lines().any(|l| {
            l.starts_with("vacancy: warning: ")
                && l.contains(source)
                && l.ends_with(&format!("{property} left out"))
        })
    };
    assert_eq!(posting["@context"], "https://schema.org/");
    assert_eq!(posting["@type"], "JobPosting");
    match rec["title"].as_str() {
        Some(t) => assert_eq!(posting["title"], t),
        None => assert!(warned("title")),
    }
    let description = posting["description"].as_str().expect("description");
    assert!(description.starts_with('<'), "HTML description");
    assert_ne!(Some(description), posting["title"].as_str());
    match rec["dates"]["posted"].as_str() {
        Some(d) => assert_eq!(posting["datePosted"], d),
        None => {
            assert!(posting.get("datePosted").is_none(), "no invented date");
            assert!(
                stderr.contains(&format!(
                    "vacancy: warning: {source}: no advertised date; datePosted left out"
                )),
                "{stderr}"
            );
        }
    }
    match rec["employer"].as_str() {
        Some(e) => {
            assert_eq!(posting["hiringOrganization"]["@type"], "Organization");
            assert_eq!(posting["hiringOrganization"]["name"], e);
        }
        None => assert!(warned("hiringOrganization")),
    }
    if rec["work_mode"] == "remote" {
        assert_eq!(posting["jobLocationType"], "TELECOMMUTE");
        assert!(
            posting["applicantLocationRequirements"].is_array()
                || warned("applicantLocationRequirements"),
            "{stderr}"
        );
    } else {
        assert!(posting.get("jobLocationType").is_none());
        match rec["location"].as_str() {
            Some(_) => {
                assert_eq!(posting["jobLocation"]["@type"], "Place");
                assert_eq!(posting["jobLocation"]["address"]["@type"], "PostalAddress");
            }
            None => {
                assert!(posting.get("jobLocation").is_none());
                assert!(warned("jobLocation"), "{stderr}");
            }
        }
    }
    if let Some(t) = posting.get("employmentType") {
        let types: Vec<&Value> = match t {
            Value::Array(items) => items.iter().collect(),
            one => vec![one],
        };
        for t in types {
            assert!(ALLOWED_EMPLOYMENT.contains(&t.as_str().unwrap()), "{t}");
        }
    }
    if let Some(pay) = posting.get("baseSalary") {
        assert_eq!(pay["@type"], "MonetaryAmount");
        assert_eq!(pay["currency"], rec["salary"]["currency"]);
        assert_eq!(pay["value"]["@type"], "QuantitativeValue");
        let unit = rec["salary"]["period"].as_str().unwrap().to_uppercase();
        assert_eq!(pay["value"]["unitText"], unit.as_str());
    }
    if let Some(closing) = rec["dates"]["closing"].as_str() {
        assert_eq!(posting["validThrough"], closing);
    }
}

#[test]
#[ignore = "needs ../shared"]
fn jsonld_of_the_seeds_has_google_required_properties_or_says_why_not() {
    let Some(files) = seed_files() else { return };
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let recs = records(&files);
    let mut args = vec!["export", "--format", "jsonld"];
    args.extend_from_slice(&files);
    let (out, stderr, code) = run(&args);
    assert_eq!(code, Some(0), "{stderr}");
    let postings: Value = serde_json::from_slice(&out).expect("JSON");
    let postings = postings.as_array().expect("several adverts give an array");
    assert_eq!(postings.len(), recs.len());
    for (posting, rec) in postings.iter().zip(&recs) {
        check_required(posting, rec, &stderr);
    }
    // At least one seed has no advertised date, and is warned about rather than dated.
    let undated: Vec<&Value> = recs
        .iter()
        .filter(|r| r["dates"]["posted"].is_null())
        .collect();
    assert!(!undated.is_empty());
    // The dated ones carry their date.
    assert!(postings.iter().any(|p| p["datePosted"].is_string()));
}

#[test]
fn jsonld_of_every_sample_has_required_properties_or_says_why_not() {
    let recs = records(&["samples"]);
    let (out, stderr, code) = run(&["export", "--format", "jsonld", "samples"]);
    assert_eq!(code, Some(0), "{stderr}");
    let postings: Value = serde_json::from_slice(&out).expect("JSON");
    let postings = postings.as_array().expect("a directory gives an array");
    for (posting, rec) in postings.iter().zip(&recs) {
        check_required(posting, rec, &stderr);
    }
    // Every warning names a property that was left out.
    for line in stderr.lines() {
        assert!(
            line.starts_with("vacancy: warning: ") && line.ends_with(" left out"),
            "{line}"
        );
    }
}

#[test]
fn jsonld_of_one_advert_is_one_object_and_remote_is_telecommute() {
    let (out, _, code) = run(&[
        "export",
        "--format",
        "jsonld",
        "samples/startup-remote-backend.md",
    ]);
    assert_eq!(code, Some(0));
    let posting: Value = serde_json::from_slice(&out).expect("one JSON object");
    assert!(posting.is_object());
    assert_eq!(posting["jobLocationType"], "TELECOMMUTE");
    assert!(posting.get("jobLocation").is_none());
    let areas = posting["applicantLocationRequirements"].as_array().unwrap();
    assert!(areas.iter().any(|a| a["@type"] == "Country"));

    // A hybrid advert is not TELECOMMUTE: it has a place.
    let (out, _, _) = run(&[
        "export",
        "--format",
        "jsonld",
        "samples/fintech-data-engineer.md",
    ]);
    let posting: Value = serde_json::from_slice(&out).unwrap();
    assert!(posting.get("jobLocationType").is_none());
    assert!(posting["jobLocation"]["address"]["addressLocality"].is_string());
}

#[test]
fn jsonld_carries_requirements_and_pay_in_schema_org_shapes() {
    let rec = &records(&["samples/nhs-band6-physio.md"])[0];
    let (out, _, _) = run(&[
        "export",
        "--format",
        "jsonld",
        "samples/nhs-band6-physio.md",
    ]);
    let p: Value = serde_json::from_slice(&out).unwrap();
    let years = rec["experience_years"].as_u64().unwrap();
    assert_eq!(
        p["experienceRequirements"]["monthsOfExperience"].as_u64(),
        Some(years * 12)
    );
    assert_eq!(
        p["experienceRequirements"]["@type"],
        "OccupationalExperienceRequirements"
    );
    assert_eq!(
        p["educationRequirements"]["@type"],
        "EducationalOccupationalCredential"
    );
    assert!(p["educationRequirements"]["credentialCategory"].is_string());
    assert_eq!(p["baseSalary"]["value"]["minValue"], rec["salary"]["min"]);
    assert_eq!(p["baseSalary"]["value"]["maxValue"], rec["salary"]["max"]);
    // An identifier comes from the advert; the file it was read from is not one.
    assert!(p.get("identifier").is_none(), "{}", p["identifier"]);
    assert_eq!(p["securityClearanceRequirement"], rec["clearance"]);
}

#[test]
fn every_format_writes_to_a_file_with_o() {
    let dir = TempDir::new().unwrap();
    for format in ["json", "jsonl", "csv", "jsonld"] {
        let path = dir.path().join(format!("out.{format}"));
        let (out, stderr, code) = run(&[
            "export",
            "--format",
            format,
            "-o",
            path.to_str().unwrap(),
            "samples/html",
        ]);
        assert_eq!(code, Some(0), "{format}: {stderr}");
        assert!(out.is_empty(), "{format} wrote to stdout");
        let (direct, _, _) = run(&["export", "--format", format, "samples/html"]);
        assert_eq!(fs::read(&path).unwrap(), direct, "{format}");
    }
    // Only the output files: no temporary file left behind.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 4);
}

#[test]
fn output_is_the_same_on_one_thread_and_many() {
    for format in ["json", "csv", "jsonld"] {
        let (one, _, _) = run(&["--threads", "1", "export", "--format", format, "samples"]);
        let (many, _, _) = run(&["export", "-j", "4", "--format", format, "samples"]);
        assert!(!one.is_empty());
        assert_eq!(one, many, "{format}");
    }
}

/// A directory of `n` small adverts, each naming its number, with a broken
/// file among them.
fn batch_dir(n: usize, broken_at: usize) -> TempDir {
    let dir = TempDir::new().unwrap();
    for i in 0..n {
        let path = dir.path().join(format!("advert-{i:04}.md"));
        if i == broken_at {
            fs::write(path, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
        } else {
            let text = format!(
                "# Warehouse Operative {i}\n\n**Salary:** £{},000 per annum\n**Location:** Leeds\n",
                20 + i % 10
            );
            fs::write(path, text).unwrap();
        }
    }
    dir
}

#[test]
fn a_failing_file_in_a_batch_is_reported_and_left_out() {
    // More files than one chunk holds, so the order is kept across chunks.
    let n = 300;
    let broken = 137;
    let dir = batch_dir(n, broken);
    let d = dir.path().to_str().unwrap();
    for format in ["jsonl", "csv"] {
        let (out, stderr, code) = run(&["export", "--format", format, d]);
        assert_eq!(code, Some(2), "{format}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{stderr}");
        assert!(
            lines[0].starts_with("vacancy: error: ")
                && lines[0].ends_with(&format!(
                    "advert-{broken:04}.md: looks like a binary file, not an advert"
                )),
            "{stderr}"
        );
        let text = String::from_utf8(out).unwrap();
        let rows: Vec<&str> = text.lines().skip((format == "csv") as usize).collect();
        assert_eq!(rows.len(), n - 1, "{format}");
        let expected: Vec<usize> = (0..n).filter(|i| *i != broken).collect();
        for (row, i) in rows.iter().zip(expected) {
            assert!(
                row.contains(&format!("advert-{i:04}.md"))
                    && row.contains(&format!("Operative {i}")),
                "{format}: {row}"
            );
        }
    }
    // No progress bar when standard error is not a terminal.
    let (_, stderr, _) = run(&["export", "--format", "jsonl", d]);
    assert!(!stderr.contains("adverts,"), "{stderr}");
}

#[test]
fn jsonl_input_keeps_order_and_names_bad_lines() {
    let mut input = String::new();
    for i in 0..120 {
        match i {
            30 => input.push_str("{not json\n"),
            31 => input.push('\n'),
            55 => input.push_str(&format!("{{\"id\": \"job-{i}\"}}\n")),
            _ => {
                let advert = format!("# Chef {i}\n\nSalary: £{},000 a year\n", 20 + i % 9);
                let field = ["markdown", "text", "html"][i % 3];
                let advert = if field == "html" {
                    format!("<h1>Chef {i}</h1><p>Salary: £{},000 a year</p>", 20 + i % 9)
                } else {
                    advert
                };
                let line = serde_json::json!({"id": format!("job-{i}"), field: advert});
                input.push_str(&line.to_string());
                input.push('\n');
            }
        }
    }
    let out = vacancy()
        .args(["export", "--input-format", "jsonl", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let errors: Vec<&str> = stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{stderr}");
    assert!(errors[0].starts_with("vacancy: error: -: line 31: not valid JSON"));
    assert_eq!(
        errors[1],
        "vacancy: error: -: line 56: id \"job-55\": no text, markdown or html field"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let recs: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("one record per line"))
        .collect();
    let expected: Vec<usize> = (0..120).filter(|i| ![30, 31, 55].contains(i)).collect();
    assert_eq!(recs.len(), expected.len());
    for (rec, i) in recs.iter().zip(expected) {
        assert_eq!(rec["source"], format!("job-{i}"));
        assert_eq!(rec["title"], format!("Chef {i}"));
        assert_eq!(
            rec["salary"]["min"].as_f64(),
            Some(((20 + i % 9) * 1000) as f64)
        );
    }
}

#[test]
fn jsonl_input_answers_each_line_before_the_next_arrives() {
    let bin = assert_cmd::cargo::cargo_bin("vacancy");
    let mut child = Process::new(bin)
        .args(["export", "--input-format", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for i in 0..3 {
        let line =
            serde_json::json!({"id": i, "text": format!("Porter {i}\n\nPay: £12 an hour\n")});
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
        // Standard input is still open: the record must come without it closing.
        let got = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("a record for the line, before input ends");
        let rec: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(rec["source"], i.to_string());
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn jsonl_input_can_write_csv_and_jsonld_too() {
    let input = "{\"id\": \"a\", \"markdown\": \"# Baker\\n\\nEmployer: Crumb Ltd\\n\"}\n";
    let out = vacancy()
        .args(["export", "--input-format", "jsonl", "--format", "csv", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let row = r.records().next().unwrap().unwrap();
    assert_eq!(&row[0], "a");
    assert_eq!(&row[1], "Baker");

    let out = vacancy()
        .args([
            "export",
            "--input-format",
            "jsonl",
            "--format",
            "jsonld",
            "-",
        ])
        .write_stdin(input)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "one object per line");
    let p: Value = serde_json::from_str(text.trim()).unwrap();
    assert_eq!(p["hiringOrganization"]["name"], "Crumb Ltd");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("vacancy: warning: a: no advertised date; datePosted left out"));
}
