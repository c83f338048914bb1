//! `vacancy export --input-format jsonl` as the map stage of a real local Spark
//! (`RDD.pipe`), over a few hundred adverts generated here. Skipped, saying why,
//! when python3, pyspark or Java is missing (`pip install pyspark` to run it).

use std::fmt::Write as _;
use std::fs;
use std::io::Write;
use std::process::Command;

use serde_json::{Value, json};
use tempfile::TempDir;

fn skip(reason: &str) {
    // Written to the stderr handle itself, which the test harness does not capture.
    let _ = writeln!(std::io::stderr(), "skipped: {reason}");
}

fn works(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

const TITLES: &[&str] = &[
    "Payroll Officer",
    "Staff Nurse",
    "Data Analyst",
    "Site Manager",
    "Software Engineer",
    "Care Assistant",
];
const EMPLOYERS: &[&str] = &[
    "Harrowgate Foods Ltd",
    "Millbeck NHS Trust",
    "Northgate Borough Council",
    "Fernlow Analytics Ltd",
];
const PLACES: &[&str] = &["Leeds", "Bristol", "Norwich", "Glasgow", "Swansea"];

/// Advert `i`, as Markdown, plain text or HTML in turn, with its expected title and pay.
fn advert(i: usize) -> (Value, String, u32) {
    let title = format!("{} {}", TITLES[i % TITLES.len()], i);
    let employer = EMPLOYERS[i % EMPLOYERS.len()];
    let place = PLACES[i % PLACES.len()];
    let pay = 21_000 + (i as u32 % 40) * 500;
    let pay_text = format!("£{},{:03}", pay / 1000, pay % 1000);
    let line = match i % 3 {
        0 => json!({"id": format!("job-{i:04}"), "markdown": format!(
            "# {title}\n\n**Employer:** {employer}\n**Location:** {place}\n**Salary:** {pay_text} per annum\n\n## About the role\n\nYou will work with SQL and Excel.\n"
        )}),
        1 => json!({"id": format!("job-{i:04}"), "text": format!(
            "{title}\n\nEmployer: {employer}\nLocation: {place}\nSalary: {pay_text} per annum\n\nABOUT THE ROLE\n\nYou will keep records up to date.\n"
        )}),
        _ => json!({"id": format!("job-{i:04}"), "html": format!(
            "<h1>{title}</h1><p><b>Employer:</b> {employer}</p><p><b>Location:</b> {place}</p><p><b>Salary:</b> {pay_text} per annum</p>"
        )}),
    };
    (line, title, pay)
}

#[test]
fn spark_rdd_pipe_runs_vacancy_as_a_map_stage() {
    if !works("python3", &["--version"]) {
        return skip("python3 is not installed");
    }
    if !works("python3", &["-c", "import pyspark"]) {
        return skip("pyspark is not installed (pip install pyspark)");
    }
    if !works("java", &["-version"]) {
        return skip("Java, which Spark needs, is not installed");
    }
    let n = 300;
    let dir = TempDir::new().expect("temp dir");
    let input = dir.path().join("adverts.jsonl");
    let output = dir.path().join("records.jsonl");
    let mut lines = String::new();
    let mut expected = Vec::new();
    for i in 0..n {
        let (line, title, pay) = advert(i);
        writeln!(lines, "{line}").unwrap();
        expected.push((format!("job-{i:04}"), title, pay));
    }
    fs::write(&input, lines).unwrap();

    let script = dir.path().join("pipe.py");
    fs::write(
        &script,
        r#"import shlex, sys
from pyspark import SparkContext

binary, source, target = sys.argv[1:4]
sc = SparkContext("local[2]", "vacancy-pipe")
sc.setLogLevel("ERROR")
adverts = sc.textFile(source, minPartitions=4)
records = adverts.pipe(shlex.quote(binary) + " export --input-format jsonl -", checkCode=True)
with open(target, "w", encoding="utf-8") as out:
    for record in records.collect():
        out.write(record + "\n")
sc.stop()
"#,
    )
    .unwrap();
    let run = Command::new("python3")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_vacancy"))
        .arg(&input)
        .arg(&output)
        .env("PYSPARK_PYTHON", "python3")
        .output()
        .expect("python3 runs");
    assert!(
        run.status.success(),
        "spark job failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );

    let text = fs::read_to_string(&output).expect("spark wrote the records");
    let records: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON record per line"))
        .collect();
    assert_eq!(records.len(), n);
    // Partitions are read, piped and collected in order, so the records are in input order.
    for (rec, (id, title, pay)) in records.iter().zip(&expected) {
        assert_eq!(rec["source"], id.as_str());
        assert_eq!(rec["title"], title.as_str(), "{id}");
        assert_eq!(rec["salary"]["min"].as_u64(), Some(u64::from(*pay)), "{id}");
        assert_eq!(rec["salary"]["period"], "year", "{id}");
    }
}

/// The generated adverts read the same without Spark: this keeps the
/// generator honest on machines where the Spark test is skipped.
#[test]
fn generated_adverts_read_as_expected_without_spark() {
    let mut lines = String::new();
    let mut expected = Vec::new();
    for i in 0..30 {
        let (line, title, pay) = advert(i);
        writeln!(lines, "{line}").unwrap();
        expected.push((title, pay));
    }
    let out = assert_cmd::Command::cargo_bin("vacancy")
        .unwrap()
        .args(["export", "--input-format", "jsonl", "-"])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let records: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 30);
    for (rec, (title, pay)) in records.iter().zip(&expected) {
        assert_eq!(rec["title"], title.as_str());
        assert_eq!(rec["salary"]["min"].as_u64(), Some(u64::from(*pay)));
    }
}
