//! The HTML pages in `samples/html/` carry the same adverts as their Markdown
//! and text twins in `samples/`, inside page chrome (navigation, scripts,
//! styles, header and footer). Reading either must give the same fields.

use assert_cmd::Command;
use serde_json::Value;

fn record(path: &str) -> Value {
    let out = Command::cargo_bin("vacancy")
        .expect("binary")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["export", path])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    v[0].clone()
}

/// The fields a reader compares: everything but where values came from.
fn fields(mut rec: Value) -> Value {
    let obj = rec.as_object_mut().expect("object");
    for key in ["source", "evidence", "notes", "conflicts", "skills"] {
        obj.remove(key);
    }
    rec
}

fn skill_ids(rec: &Value) -> Vec<String> {
    let mut ids: Vec<String> = rec["skills"]
        .as_array()
        .expect("skills")
        .iter()
        .map(|s| {
            format!(
                "{}:{}",
                s["id"].as_str().unwrap(),
                s["level"].as_str().unwrap()
            )
        })
        .collect();
    ids.sort();
    ids
}

fn twins(stem: &str, twin: &str) {
    let html = record(&format!("samples/html/{stem}.html"));
    let other = record(&format!("samples/{twin}"));
    assert_eq!(
        fields(html.clone()),
        fields(other.clone()),
        "{stem}: fields differ"
    );
    assert_eq!(skill_ids(&html), skill_ids(&other), "{stem}: skills differ");
}

#[test]
fn nhs_band6_physio() {
    twins("nhs-band6-physio", "nhs-band6-physio.md");
}

#[test]
fn fintech_data_engineer() {
    twins("fintech-data-engineer", "fintech-data-engineer.md");
}

#[test]
fn startup_remote_backend() {
    twins("startup-remote-backend", "startup-remote-backend.md");
}

#[test]
fn parttime_fixed_term_coordinator() {
    twins(
        "parttime-fixed-term-coordinator",
        "parttime-fixed-term-coordinator.md",
    );
}

#[test]
fn us_hourly_technician() {
    twins("us-hourly-technician", "us-hourly-technician.txt");
}

#[test]
fn news_article_cto() {
    twins("news-article-cto", "news-article-cto.txt");
}

#[test]
fn latin1_page_declaring_its_charset() {
    let r = record("samples/html/latin1-civil-service.html");
    assert_eq!(r["title"], "Senior Policy Adviser");
    assert_eq!(r["employer"], "Department for Coastal Resilience");
    assert_eq!(r["location"], "Plymouth");
    assert_eq!(r["salary"]["min"], 53730);
    assert_eq!(r["salary"]["currency"], "GBP");
    assert_eq!(r["salary"]["band"], "Grade 7");
    assert_eq!(r["contract"]["type"], "fixed_term");
    assert_eq!(r["contract"]["duration_months"], 24);
    assert_eq!(r["dates"]["closing"], "2023-07-02");
}

#[test]
fn json_ld_file_fills_the_record() {
    let r = record("samples/jsonld/analyst-posting.json");
    assert_eq!(r["title"], "Data Analyst");
    assert_eq!(r["employer"], "Kirkstall Bridge Housing Association");
    assert_eq!(r["location"], "Leeds");
    assert_eq!(r["salary"]["min"], 32000);
    assert_eq!(r["salary"]["max"], 36500);
    assert_eq!(r["salary"]["period"], "year");
    assert_eq!(r["dates"]["posted"], "2025-01-27");
    assert_eq!(r["dates"]["closing"], "2025-02-16");
    // The description is read as the body: its skills are found.
    assert!(skill_ids(&r).iter().any(|s| s.starts_with("sql:")));
    // The salary is a fact of the post, not one of its benefits.
    assert!(
        r["benefits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|b| !b.as_str().unwrap().contains("£32,000"))
    );
}

#[test]
fn embedded_json_ld_that_disagrees_is_reported() {
    let r = record("samples/jsonld/embedded-jsonld-page.html");
    assert_eq!(r["title"], "Grants Officer");
    // The text's closing date is kept; the structured one is reported beside it.
    assert_eq!(r["dates"]["closing"], "2025-03-28");
    let conflicts = r["conflicts"].as_array().expect("conflicts");
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0]["field"], "dates.closing");
    assert_eq!(conflicts[0]["structured"], "2025-03-31");
}

#[test]
fn a_json_file_without_a_job_posting_is_refused() {
    let dir = std::env::temp_dir().join(format!("vacancy-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("other.json");
    std::fs::write(&path, r#"{"@type": "Organization", "name": "Acme"}"#).unwrap();
    Command::cargo_bin("vacancy")
        .unwrap()
        .arg("export")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "other.json: holds no schema.org JobPosting",
        ));
    std::fs::remove_dir_all(&dir).ok();
}

/// The real Civil Service page in the shared corpus: ISO-8859-1, with its pay in a details block.
#[test]
#[ignore = "needs ../shared"]
fn civil_service_corpus_page() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/civil_service_jobs_html");
    let Some(page) = std::fs::read_dir(&dir)
        .ok()
        .and_then(|mut d| d.find_map(|e| e.ok().map(|e| e.path())))
    else {
        panic!(
            "{} is absent: run the tests that need ../shared with --include-ignored only where it exists",
            dir.display()
        );
    };
    let r = record(page.to_str().unwrap());
    assert_eq!(r["salary"]["min"], 53730);
    assert_eq!(r["salary"]["currency"], "GBP");
    assert_eq!(r["contract"]["type"], "fixed_term");
    assert_eq!(r["dates"]["closing"], "2023-07-02");
}
