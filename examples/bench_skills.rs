//! Skills-matching throughput on a large generated text.
//!
//! Run: `cargo run --release --example bench_skills [MEGABYTES]` (default 32).
//! The text is made from a fixed list of advert-like sentences, so the result
//! is reproducible; it prints MB/s for the taxonomy matcher alone and for the
//! whole extraction of adverts cut from the same text.

use std::time::Instant;

use vacancy::analyse;
use vacancy::taxonomy::Taxonomy;

const SENTENCES: &[&str] = &[
    "You will design and run services in C# and .NET Core on Kubernetes and Azure.",
    "Experience with PostgreSQL, Redis and Kafka is essential.",
    "We value clear communication, mentoring and stakeholder management.",
    "The team works in two-week sprints using Scrum and Kanban boards.",
    "Nice to have: Terraform, Ansible, Puppet or Chef, and some Go or Rust.",
    "Our offices are in Leeds and we offer a generous pension and 27 days of leave.",
    "Integrate clinical systems using HL7 v2, FHIR and NextGen Connect (Mirth).",
    "You will excel at making a swift difference to patients every single day.",
    "Strong Python, pandas and SQL; knowledge of Airflow and dbt preferred.",
    "Secure APIs with OAuth 2.0, OpenID Connect and JWT, documented in Swagger.",
    "Monitor everything with Prometheus, Grafana and the ELK Stack.",
    "Advanced Excel and PowerPoint for board reports, plus Jira and Confluence.",
];

fn generate(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 200);
    let mut i = 0usize;
    while text.len() < bytes {
        text.push_str(SENTENCES[i % SENTENCES.len()]);
        text.push(if i % 7 == 6 { '\n' } else { ' ' });
        i = i.wrapping_mul(31).wrapping_add(17) % 1_000_003;
    }
    text
}

fn main() {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(32);
    let text = generate(megabytes * 1024 * 1024);
    let mb = text.len() as f64 / (1024.0 * 1024.0);

    let started = Instant::now();
    let taxonomy = Taxonomy::builtin();
    println!(
        "taxonomy: {} skills loaded and compiled in {:.1} ms",
        taxonomy.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );

    let started = Instant::now();
    let mut found = 0usize;
    for line in text.lines() {
        found += taxonomy.find(line).len();
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "matching: {mb:.1} MB in {secs:.2} s = {:.1} MB/s ({found} mentions)",
        mb / secs
    );

    // Whole extraction, on adverts of about 8 KB cut from the same text.
    let adverts: Vec<String> = text
        .as_bytes()
        .chunks(8 * 1024)
        .take(2000)
        .map(|c| format!("# Engineer\n\n{}", String::from_utf8_lossy(c)))
        .collect();
    let bytes: usize = adverts.iter().map(String::len).sum();
    let started = Instant::now();
    let mut skills = 0usize;
    for advert in &adverts {
        skills += analyse(advert, "-", None, Some("md")).skills.len();
    }
    let secs = started.elapsed().as_secs_f64();
    let mb = bytes as f64 / (1024.0 * 1024.0);
    println!(
        "extraction: {} adverts, {mb:.1} MB in {secs:.2} s = {:.1} MB/s, {:.0} adverts/s ({skills} skills)",
        adverts.len(),
        mb / secs,
        adverts.len() as f64 / secs
    );
}
