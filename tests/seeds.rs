//! The three adverts the project grew from, read from `../shared/seeds/`
//! beside the checkout. Every field a reader would write down is checked.
//! The tests are `#[ignore = "needs ../shared"]`: .ci/run runs them with
//! `--include-ignored` where `../shared` exists.

use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::{Value, json};

fn seeds_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if dir.is_dir() {
        Some(dir)
    } else {
        panic!(
            "{} is absent: run the tests that need ../shared with --include-ignored only where it exists",
            dir.display()
        )
    }
}

/// Exports the seed whose name starts with `prefix` and returns its record.
fn seed(prefix: &str) -> Option<Value> {
    let dir = seeds_dir()?;
    let path = std::fs::read_dir(&dir)
        .expect("seeds directory is readable")
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        })
        .unwrap_or_else(|| panic!("no seed {prefix}_*.txt in {}", dir.display()));
    let out = Command::cargo_bin("vacancy")
        .expect("binary")
        .args(["export", "--format", "json"])
        .arg(&path)
        .output()
        .expect("vacancy runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records: Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    Some(records[0].clone())
}

fn get<'a>(rec: &'a Value, pointer: &str) -> &'a Value {
    rec.pointer(pointer)
        .unwrap_or_else(|| panic!("{pointer} missing"))
}

fn strings(rec: &Value, pointer: &str) -> Vec<String> {
    get(rec, pointer)
        .as_array()
        .unwrap_or_else(|| panic!("{pointer} is not a list"))
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
#[ignore = "needs ../shared"]
fn seed_000_nhs_trust_advert() {
    let Some(r) = seed("000") else { return };
    assert_eq!(r["title"], json!("Senior Software Developer"));
    assert_eq!(
        r["employer"],
        json!("Kent and Medway NHS and Social Care Partnership Trust")
    );
    assert!(
        get(&r, "/location")
            .as_str()
            .is_some_and(|l| l.starts_with("Sittingbourne")),
        "location {}",
        r["location"]
    );
    assert_eq!(r["work_mode"], json!("hybrid"));
    assert_eq!(get(&r, "/salary/min"), &json!(38890));
    assert_eq!(get(&r, "/salary/max"), &Value::Null);
    assert_eq!(get(&r, "/salary/currency"), &json!("GBP"));
    assert_eq!(get(&r, "/salary/period"), &json!("year"));
    assert_eq!(get(&r, "/salary/band"), &json!("Band 7"));
    assert_eq!(get(&r, "/contract/type"), &json!("fixed_term"));
    assert_eq!(get(&r, "/contract/duration_months"), &json!(24));
    assert_eq!(r["positions"], json!(2));
    assert_eq!(get(&r, "/dates/posted"), &json!("2021-03-01"));
    assert_eq!(get(&r, "/dates/closing"), &json!("2021-03-31"));
    // "Interviews After Date | TBC" and "Post Start Date | TBC" are not dates.
    assert_eq!(get(&r, "/dates/interview"), &Value::Null);
    assert_eq!(get(&r, "/dates/start"), &Value::Null);
    assert!(strings(&r, "/notes").iter().any(|n| n.contains("TBC")));
    assert_eq!(
        strings(&r, "/contacts/emails"),
        ["kmpt.jointhedevteam@nhs.net"]
    );
    assert_eq!(
        get(&r, "/contacts/apply_url"),
        &json!("http://kentmedway.healthjobsuk.com/vacancy/2928255")
    );
    assert_eq!(r["experience_years"], json!(3));
    assert_eq!(r["education_level"], json!("bachelor"));
    // The salary was read from "£38,890 starting", and the record says where.
    assert_eq!(get(&r, "/evidence/salary/text"), &json!("£38,890 starting"));
}

#[test]
#[ignore = "needs ../shared"]
fn seed_001_generated_devops_description() {
    let Some(r) = seed("001") else { return };
    assert_eq!(r["title"], json!("Lead DevOps Engineer"));
    assert_eq!(r["employer"], json!("NHS Wales Digital Health and Care"));
    assert!(
        get(&r, "/location")
            .as_str()
            .is_some_and(|l| l.starts_with("Cardiff")),
        "location {}",
        r["location"]
    );
    assert_eq!(r["work_mode"], json!("hybrid"));
    assert_eq!(get(&r, "/salary/min"), &json!(55000));
    assert_eq!(get(&r, "/salary/max"), &json!(70000));
    assert_eq!(get(&r, "/salary/currency"), &json!("GBP"));
    assert_eq!(get(&r, "/salary/period"), &json!("year"));
    assert_eq!(get(&r, "/contract/type"), &json!("permanent"));
    assert_eq!(get(&r, "/contract/hours"), &json!("full_time"));
    // "Application Deadline: [Insert Date]" is a placeholder, not a date.
    assert_eq!(get(&r, "/dates/closing"), &Value::Null);
    assert!(
        strings(&r, "/notes")
            .iter()
            .any(|n| n.contains("closing date") && n.contains("[Insert Date]"))
    );
    assert_eq!(r["experience_years"], json!(7));
    assert_eq!(r["education_level"], json!("bachelor"));
    assert_eq!(r["clearance"], json!("BPSS"));
    let certs = strings(&r, "/certifications");
    for c in ["AZ-305", "AZ-400", "CKA"] {
        assert!(certs.contains(&c.to_string()), "{c} missing from {certs:?}");
    }
    assert!(strings(&r, "/languages").contains(&"Welsh".to_string()));
    // The preamble's "position at NHS Wales..." and the prompt are not the advert:
    // placeholder contacts give no email.
    assert!(strings(&r, "/contacts/emails").is_empty());
}

#[test]
#[ignore = "needs ../shared"]
fn seed_002_news_article_about_a_cto_post() {
    let Some(r) = seed("002") else { return };
    assert_eq!(r["title"], json!("Chief Technology Officer"));
    assert_eq!(r["employer"], json!("NHSX"));
    assert_eq!(get(&r, "/salary/min"), &json!(131000));
    assert_eq!(get(&r, "/salary/currency"), &json!("GBP"));
    assert_eq!(get(&r, "/salary/period"), &json!("year"));
    assert_eq!(r["location"], Value::Null);
    // "more than £1 billion a year" is investment, not pay.
    assert_eq!(get(&r, "/salary/max"), &Value::Null);
    // The article's own date is not the advert's posting date.
    assert_eq!(get(&r, "/dates/posted"), &Value::Null);
}

/// The skills of a record as (id, level) pairs.
fn skills(rec: &Value) -> Vec<(String, String)> {
    get(rec, "/skills")
        .as_array()
        .expect("skills is a list")
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap_or_default().to_string(),
                s["level"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn has_skill(found: &[(String, String)], id: &str) -> bool {
    found.iter().any(|(i, _)| i == id)
}

#[test]
#[ignore = "needs ../shared"]
fn seed_000_skills() {
    let Some(r) = seed("000") else { return };
    let found = skills(&r);
    for id in [
        "csharp",
        "dotnet-core",
        "docker",
        "kubernetes",
        "helm",
        "rest",
        "odata",
        "microservices",
        "cqrs",
        "event-sourcing",
        "sql-server",
        "nosql",
        "nextgen-connect",
        "fhir",
        "hl7-v2",
        "azure-devops",
        "git",
        "xunit",
        "moq",
        "tdd",
        "oauth2",
        "openid-connect",
        "jwt",
        "ansible",
        "openapi",
        "ssis",
        "postman",
    ] {
        assert!(has_skill(&found, id), "{id} missing from {found:?}");
    }
    // "swift resolution of issues" and a link to the team's GitHub page ask for neither.
    assert!(!has_skill(&found, "swift"), "{found:?}");
    assert!(!has_skill(&found, "github"), "{found:?}");
    // The key tech requirements are essential; the person specification's nested points desirable.
    let level = |id: &str| found.iter().find(|(i, _)| i == id).map(|(_, l)| l.as_str());
    assert_eq!(level("csharp"), Some("essential"));
    assert_eq!(level("kubernetes"), Some("essential"));
    assert_eq!(level("moq"), Some("desirable"));
}

#[test]
#[ignore = "needs ../shared"]
fn seed_001_skills() {
    let Some(r) = seed("001") else { return };
    let found = skills(&r);
    for id in [
        "azure",
        "aws",
        "terraform",
        "arm-templates",
        "jenkins",
        "gitlab-ci",
        "github-actions",
        "prometheus",
        "grafana",
        "elk-stack",
        "ansible",
        "puppet",
        "chef",
        "powershell",
        "bash",
        "python",
        "postgresql",
        "istio",
        "linkerd",
    ] {
        assert!(has_skill(&found, id), "{id} missing from {found:?}");
    }
    let level = |id: &str| found.iter().find(|(i, _)| i == id).map(|(_, l)| l.as_str());
    assert_eq!(level("istio"), Some("desirable"));
    assert_eq!(level("linkerd"), Some("desirable"));
    assert_eq!(level("terraform"), Some("essential"));
    // The note, prompt and assistant's summary (everything before the first
    // "---" rule) are not the advert: no skill is read from them.
    let rule = get(&r, "/evidence/title/line").as_u64().unwrap_or(1);
    let text = std::fs::read_to_string(
        seeds_dir()
            .expect("seeds")
            .join(r["source"].as_str().unwrap().rsplit('/').next().unwrap()),
    )
    .expect("seed text");
    let break_line = text
        .lines()
        .position(|l| l.trim() == "---")
        .expect("a rule") as u64
        + 1;
    for line in get(&r, "/skills")
        .as_array()
        .expect("list")
        .iter()
        .flat_map(|s| s["lines"].as_array().cloned().unwrap_or_default())
    {
        let line = line.as_u64().unwrap_or(0);
        assert!(
            line == rule || line > break_line,
            "a skill read from the preamble, line {line}"
        );
    }
}

/// The occupation of each seed, with its ISCO-08 unit group.
fn occupation(rec: &Value) -> (String, String) {
    let o = &rec["occupation"];
    assert!(o.is_object(), "no occupation: notes {}", rec["notes"]);
    (
        o["name"].as_str().unwrap_or_default().to_string(),
        o["isco"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
#[ignore = "needs ../shared"]
fn seed_000_is_a_software_developer() {
    let Some(r) = seed("000") else { return };
    assert_eq!(
        occupation(&r),
        ("software developer".to_string(), "2512".to_string())
    );
    assert_eq!(
        get(&r, "/occupation/isco_group"),
        &json!("Software developers")
    );
}

#[test]
#[ignore = "needs ../shared"]
fn seed_001_is_a_devops_or_ict_operations_role() {
    let Some(r) = seed("001") else { return };
    let (_, isco) = occupation(&r);
    // Systems administrators, ICT operations technicians, ICT service managers.
    assert!(["2522", "3511", "1330"].contains(&isco.as_str()), "{isco}");
}

#[test]
#[ignore = "needs ../shared"]
fn seed_002_is_a_chief_technology_officer() {
    let Some(r) = seed("002") else { return };
    assert_eq!(
        occupation(&r),
        ("chief technology officer".to_string(), "1330".to_string())
    );
}
