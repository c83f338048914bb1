//! End-to-end checks of `vacancy` against the hand-written adverts in `samples/`.
//!
//! Each test runs `vacancy export --format json samples/<file>` from the crate
//! root, takes the single record out of the JSON array and compares it with
//! what a careful human reader would write down for that advert (the record's
//! fields are described in `docs/formats.md`). Each test also checks
//! that `vacancy show samples/<file>` succeeds and prints the title.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{Value, json};

/// The crate root: the sample paths are relative to it.
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("the vacancy binary is built");
    cmd.current_dir(ROOT);
    cmd
}

/// Run `vacancy export --format json <path>` and return the one record it prints.
fn record(path: &str) -> Value {
    let output = vacancy()
        .args(["export", "--format", "json", path])
        .output()
        .expect("vacancy runs");
    assert!(
        output.status.success(),
        "`vacancy export --format json {path}` failed with {}\nstderr:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let parsed: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("stdout of export for {path} is not JSON ({e}):\n{stdout}"));
    let records = parsed
        .as_array()
        .unwrap_or_else(|| panic!("export for {path} is not a JSON array:\n{stdout}"));
    assert_eq!(
        records.len(),
        1,
        "export for {path} should hold exactly one record:\n{stdout}"
    );
    let rec = records[0].clone();
    assert_shape(&rec, path);
    assert_eq!(rec["source"], json!(path), "source of {path}");
    rec
}

/// `vacancy show <path>` exits 0 and mentions the title somewhere in its output.
fn assert_show(path: &str, title: &str) {
    vacancy()
        .args(["show", path])
        .assert()
        .success()
        .stdout(predicate::str::contains(title));
}

/// Every record carries the members the contract promises, with the right JSON types.
fn assert_shape(rec: &Value, path: &str) {
    for key in ["salary", "contract", "dates", "contacts", "evidence"] {
        assert!(
            rec[key].is_object(),
            "{path}: `{key}` should be an object, got {}",
            rec[key]
        );
    }
    for key in ["certifications", "languages", "benefits", "notes"] {
        assert!(
            rec[key].is_array(),
            "{path}: `{key}` should be an array, got {}",
            rec[key]
        );
    }
    for ptr in ["/contacts/emails", "/contacts/urls"] {
        assert!(
            rec.pointer(ptr).is_some_and(Value::is_array),
            "{path}: `{ptr}` should be an array"
        );
    }
    for ptr in [
        "/title",
        "/employer",
        "/location",
        "/work_mode",
        "/salary/min",
        "/salary/max",
        "/salary/currency",
        "/salary/period",
        "/salary/band",
        "/salary/text",
        "/contract/type",
        "/contract/hours",
        "/contract/duration_months",
        "/positions",
        "/dates/posted",
        "/dates/closing",
        "/dates/interview",
        "/dates/start",
        "/contacts/apply_url",
        "/experience_years",
        "/education_level",
        "/clearance",
    ] {
        assert!(
            rec.pointer(ptr).is_some(),
            "{path}: `{ptr}` is missing from the record"
        );
    }
}

/// The value at a JSON pointer, or a panic naming the missing member.
fn at<'a>(rec: &'a Value, ptr: &str) -> &'a Value {
    rec.pointer(ptr)
        .unwrap_or_else(|| panic!("{}: `{ptr}` is missing", rec["source"]))
}

/// Exact comparison of one member. Numbers compare by value, so 28.5 == 28.50
/// and 3 == 3.0 (the contract's salary members are f64, the counts integers).
fn check(rec: &Value, ptr: &str, expected: Value) {
    let actual = at(rec, ptr);
    let same = match (actual.as_f64(), expected.as_f64()) {
        (Some(a), Some(e)) => a == e,
        _ => *actual == expected,
    };
    assert!(
        same,
        "{}: `{ptr}` should be {expected}, got {actual}",
        rec["source"]
    );
}

/// Several exact comparisons at once.
fn check_all(rec: &Value, expected: &[(&str, Value)]) {
    for (ptr, value) in expected {
        check(rec, ptr, value.clone());
    }
}

/// A whole-number member (count, months, years) equal to `expected`.
fn check_int(rec: &Value, ptr: &str, expected: i64) {
    let actual = at(rec, ptr);
    assert_eq!(
        actual.as_i64(),
        Some(expected),
        "{}: `{ptr}` should be the integer {expected}, got {actual}",
        rec["source"]
    );
}

/// A string member that starts with `prefix` (used for locations: town first).
fn check_starts_with(rec: &Value, ptr: &str, prefix: &str) {
    let actual = at(rec, ptr);
    assert!(
        actual.as_str().is_some_and(|s| s.starts_with(prefix)),
        "{}: `{ptr}` should start with {prefix:?}, got {actual}",
        rec["source"]
    );
}

/// A string member that contains `needle`.
fn check_contains(rec: &Value, ptr: &str, needle: &str) {
    let actual = at(rec, ptr);
    assert!(
        actual.as_str().is_some_and(|s| s.contains(needle)),
        "{}: `{ptr}` should contain {needle:?}, got {actual}",
        rec["source"]
    );
}

/// A member that may reasonably be either of two values (the contract does not decide).
fn check_either(rec: &Value, ptr: &str, a: Value, b: Value) {
    let actual = at(rec, ptr);
    let matches = |e: &Value| match (actual.as_f64(), e.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => actual == e,
    };
    assert!(
        matches(&a) || matches(&b),
        "{}: `{ptr}` should be {a} or {b}, got {actual}",
        rec["source"]
    );
}

/// The strings of an array member.
fn strings<'a>(rec: &'a Value, ptr: &str) -> Vec<&'a str> {
    at(rec, ptr)
        .as_array()
        .unwrap_or_else(|| panic!("{}: `{ptr}` should be an array", rec["source"]))
        .iter()
        .map(|v| {
            v.as_str()
                .unwrap_or_else(|| panic!("{}: `{ptr}` holds a non-string {v}", rec["source"]))
        })
        .collect()
}

/// An array of strings equal to `expected`, in that order.
fn check_list(rec: &Value, ptr: &str, expected: &[&str]) {
    assert_eq!(strings(rec, ptr), expected, "{}: `{ptr}`", rec["source"]);
}

/// An array of strings with exactly one item containing each needle (and
/// possibly other items). Used for certifications, whose exact wording the
/// contract leaves open ("DP-203" vs "DP-203 (Azure Data Engineer Associate)").
fn check_items_mention(rec: &Value, ptr: &str, needles: &[&str]) {
    let items = strings(rec, ptr);
    for needle in needles {
        let hits = items.iter().filter(|s| s.contains(needle)).count();
        assert_eq!(
            hits, 1,
            "{}: `{ptr}` should have one item mentioning {needle:?}, got {items:?}",
            rec["source"]
        );
    }
}

/// The salary text is present and quotes the figure it was read from.
fn check_salary_text(rec: &Value, needle: &str) {
    check_contains(rec, "/salary/text", needle);
}

// ---------------------------------------------------------------------------

#[test]
fn nhs_band6_physio() {
    let path = "samples/nhs-band6-physio.md";
    let title = "Musculoskeletal Physiotherapist";
    let rec = record(path);

    check_all(
        &rec,
        &[
            ("/title", json!(title)),
            (
                "/employer",
                json!("Kestrel Vale Community Health NHS Trust"),
            ),
            ("/location", json!("Keighley, West Yorkshire")),
            // Community clinics and home visits: the advert never says on-site,
            // hybrid or remote, and "in their own homes" is not remote working.
            ("/work_mode", Value::Null),
            ("/salary/min", json!(35392.0)),
            ("/salary/max", json!(42618.0)),
            ("/salary/currency", json!("GBP")),
            ("/salary/period", json!("year")),
            // "Band 5" also appears (supervising Band 5 staff): the post is Band 6.
            ("/salary/band", json!("Band 6")),
            ("/contract/type", json!("permanent")),
            // Part-time applicants are welcome, but the post is advertised full time.
            ("/contract/hours", json!("full_time")),
            ("/contract/duration_months", Value::Null),
            ("/positions", Value::Null),
            // dd/mm/yyyy: 01/07/2024 is 1 July, not 7 January.
            ("/dates/posted", json!("2024-06-03")),
            ("/dates/closing", json!("2024-06-17")),
            ("/dates/interview", json!("2024-07-01")),
            ("/dates/start", Value::Null),
            (
                "/contacts/apply_url",
                json!("https://jobs.example.org/kestrel-vale/344-MSK-0624-B6/apply"),
            ),
            // "BSc (Hons) ... Essential"; the MSc is only desirable.
            ("/education_level", json!("bachelor")),
            ("/clearance", json!("Enhanced DBS")),
        ],
    );
    check_salary_text(&rec, "£35,392");
    // "At least two years' post-registration experience" (a number in words);
    // "three years" elsewhere describes the team, not the candidate.
    check_int(&rec, "/experience_years", 2);
    // Each address appears twice (link text and mailto target, or repeated).
    check_list(
        &rec,
        "/contacts/emails",
        &[
            "msk.recruitment@example.org",
            "priya.chandrasekaran@example.org",
        ],
    );
    // mailto: links are not http(s) links.
    check_list(
        &rec,
        "/contacts/urls",
        &[
            "https://jobs.example.org/kestrel-vale/344-MSK-0624-B6/jd.pdf",
            "https://jobs.example.org/kestrel-vale/344-MSK-0624-B6/apply",
        ],
    );
    check_list(&rec, "/languages", &[]);
    check_list(
        &rec,
        "/benefits",
        &[
            "NHS Pension Scheme",
            "27 days annual leave plus bank holidays, rising with service",
            "Cycle to work scheme",
            "Free parking at all clinic sites",
            "Protected weekly CPD time",
        ],
    );
    // Certifications are not asserted: whether HCPC registration counts as a
    // certification is not settled by the contract.

    assert_show(path, title);
}

#[test]
fn fintech_data_engineer() {
    let path = "samples/fintech-data-engineer.md";
    let title = "Senior Data Engineer";
    let rec = record(path);

    check_all(
        &rec,
        &[
            ("/title", json!(title)),
            ("/employer", json!("Quillfinch Payments Ltd")),
            ("/work_mode", json!("hybrid")),
            // "£70k-£85k"; the £2.3bn, £45m, £1,500 and £150 figures are not pay.
            ("/salary/min", json!(70000.0)),
            ("/salary/max", json!(85000.0)),
            ("/salary/currency", json!("GBP")),
            ("/salary/period", json!("year")),
            ("/salary/band", Value::Null),
            ("/contract/type", json!("permanent")),
            ("/contract/hours", json!("full_time")),
            ("/contract/duration_months", Value::Null),
            ("/positions", Value::Null),
            ("/dates/posted", Value::Null),
            ("/dates/closing", Value::Null),
            ("/dates/interview", Value::Null),
            // "Start date: as soon as possible" is not a date.
            ("/dates/start", Value::Null),
            (
                "/contacts/apply_url",
                json!("https://careers.example.com/quillfinch/jobs/sde-2291/apply"),
            ),
            // Bachelor's required; master's only nice to have.
            ("/education_level", json!("bachelor")),
            // BPSS applies to everyone; this role needs SC.
            ("/clearance", json!("SC")),
        ],
    );
    check_starts_with(&rec, "/location", "London");
    check_salary_text(&rec, "£70k");
    // "5+ years"; "3 years or more working with dbt" is a nice-to-have.
    check_int(&rec, "/experience_years", 5);
    check_list(&rec, "/contacts/emails", &["tomasz.w@example.com"]);
    // The blog link is a Markdown autolink: no angle brackets in the URL.
    check_list(
        &rec,
        "/contacts/urls",
        &[
            "https://engineering.example.com/quillfinch",
            "https://careers.example.com/quillfinch/jobs/sde-2291/apply",
        ],
    );
    check_items_mention(&rec, "/certifications", &["DP-203", "CKAD"]);
    assert_eq!(
        strings(&rec, "/certifications").len(),
        2,
        "{path}: certifications"
    );
    // Python, SQL and Scala are programming languages, not spoken ones.
    check_list(&rec, "/languages", &[]);
    check_list(
        &rec,
        "/benefits",
        &[
            "25 days holiday plus bank holidays",
            "Private medical insurance",
            "8% employer pension contribution",
            "£1,500 annual learning budget",
            "Enhanced parental leave",
        ],
    );

    assert_show(path, title);
}

#[test]
fn news_article_cto() {
    let path = "samples/news-article-cto.txt";
    let title = "Head of Digital";
    let rec = record(path);

    check_all(
        &rec,
        &[
            ("/title", json!(title)),
            ("/employer", json!("Eastholme Borough Council")),
            ("/work_mode", json!("hybrid")),
            // Not £12m, £4.2m, £7.8m, £1.9m, £6.3m, nor the old post's £71,000.
            ("/salary/min", json!(95000.0)),
            ("/salary/currency", json!("GBP")),
            ("/salary/period", json!("year")),
            ("/salary/band", Value::Null),
            ("/contract/type", json!("permanent")),
            ("/contract/hours", json!("full_time")),
            ("/contract/duration_months", Value::Null),
            // "grow by up to 10 posts" is about the team, not this vacancy.
            ("/positions", Value::Null),
            ("/dates/closing", json!("2025-04-04")),
            // "later that month" and "in the summer" are not dates.
            ("/dates/interview", Value::Null),
            ("/dates/start", Value::Null),
            // The sentence ends with a full stop right after the URL.
            (
                "/contacts/apply_url",
                json!("https://www.example.co.uk/eastholme/jobs/HOD-0325"),
            ),
            ("/experience_years", Value::Null),
            ("/education_level", Value::Null),
            ("/clearance", Value::Null),
        ],
    );
    // A single figure: the contract fixes min; max may repeat it or stay null.
    check_either(&rec, "/salary/max", Value::Null, json!(95000.0));
    check_salary_text(&rec, "£95,000");
    check_starts_with(&rec, "/location", "Eastholme");
    // The byline date is the article's, which may or may not be taken as the
    // date the post was advertised.
    check_either(&rec, "/dates/posted", Value::Null, json!("2025-03-12"));
    check_list(&rec, "/contacts/emails", &[]);
    check_list(
        &rec,
        "/contacts/urls",
        &[
            "https://www.example.co.uk/eastholme/jobs/HOD-0325",
            "https://www.example.co.uk/eastholme/digital-strategy-2030",
        ],
    );
    check_list(&rec, "/certifications", &[]);
    check_list(&rec, "/languages", &[]);
    check_list(&rec, "/benefits", &[]);

    assert_show(path, title);
}

#[test]
fn us_hourly_technician() {
    let path = "samples/us-hourly-technician.txt";
    let title = "HVAC Maintenance Technician";
    let rec = record(path);

    check_all(
        &rec,
        &[
            ("/title", json!(title)),
            ("/employer", json!("Live Oak Facilities Group")),
            ("/location", json!("Austin, TX")),
            // "100% on-site ... there is no remote work option".
            ("/work_mode", json!("onsite")),
            // Not the 1.5x overtime, the 401(k), 4% match or the $500 bonus.
            ("/salary/min", json!(28.5)),
            ("/salary/max", json!(34.0)),
            ("/salary/currency", json!("USD")),
            ("/salary/period", json!("hour")),
            ("/salary/band", Value::Null),
            ("/contract/type", json!("permanent")),
            ("/contract/hours", json!("full_time")),
            ("/contract/duration_months", Value::Null),
            // US month-first order: 07/15/2024 can only be read that way, so
            // 06/03/2024 is 3 June and 08/05/2024 is 5 August.
            ("/dates/posted", json!("2024-06-03")),
            ("/dates/closing", json!("2024-07-15")),
            ("/dates/interview", Value::Null),
            ("/dates/start", json!("2024-08-05")),
            // Trailing full stop after the URL is not part of it.
            (
                "/contacts/apply_url",
                json!("https://jobs.example.com/liveoak/req/4471"),
            ),
            ("/education_level", json!("secondary")),
            // A background check and drug screen are not a clearance.
            ("/clearance", Value::Null),
        ],
    );
    check_salary_text(&rec, "$28.50");
    check_int(&rec, "/positions", 3);
    // "2 years of experience"; not "9 years with the company" or "past 3 years".
    check_int(&rec, "/experience_years", 2);
    // The phone number (512) 555-0147 is neither an email nor a URL.
    check_list(&rec, "/contacts/emails", &["hr-recruiting@example.com"]);
    check_list(
        &rec,
        "/contacts/urls",
        &[
            "https://jobs.example.com/liveoak/benefits",
            "https://jobs.example.com/liveoak/req/4471",
        ],
    );
    // A driver's license may or may not be listed; these two must be.
    check_items_mention(&rec, "/certifications", &["608", "OSHA"]);
    check_list(&rec, "/languages", &[]);
    check_list(
        &rec,
        "/benefits",
        &[
            "Medical, dental and vision insurance from day one",
            "401(k) with 4% company match",
            "15 days paid time off plus 8 paid holidays",
            "Company truck, fuel card and tools provided",
            "$500 sign-on bonus after 90 days",
        ],
    );

    assert_show(path, title);
}

#[test]
fn startup_remote_backend() {
    let path = "samples/startup-remote-backend.md";
    let title = "Senior Backend Engineer";
    let rec = record(path);

    check_all(
        &rec,
        &[
            ("/title", json!(title)),
            ("/employer", json!("Tidewell")),
            ("/work_mode", json!("remote")),
            // European separators: "€60.000" is sixty thousand, not sixty.
            ("/salary/min", json!(60000.0)),
            ("/salary/max", json!(75000.0)),
            ("/salary/currency", json!("EUR")),
            ("/salary/period", json!("year")),
            ("/salary/band", Value::Null),
            // "we can't take on freelancers or contractors" must not make it a contract.
            ("/contract/type", json!("permanent")),
            ("/contract/hours", json!("full_time")),
            ("/contract/duration_months", Value::Null),
            ("/positions", Value::Null),
            ("/dates/posted", json!("2025-05-02")),
            // "We'll close applications once we've found the right person."
            ("/dates/closing", Value::Null),
            ("/dates/interview", Value::Null),
            ("/dates/start", Value::Null),
            (
                "/contacts/apply_url",
                json!("https://tidewell.example.com/careers/senior-backend"),
            ),
            // "No degree required."
            ("/education_level", Value::Null),
            ("/clearance", Value::Null),
        ],
    );
    // No town: the advert's location is "Remote (UK/EU time zones)".
    check_contains(&rec, "/location", "UK/EU");
    check_salary_text(&rec, "€60.000");
    check_int(&rec, "/experience_years", 4);
    check_list(&rec, "/contacts/emails", &["hiring@example.com"]);
    check_list(
        &rec,
        "/contacts/urls",
        &[
            "https://tidewell.example.com/handbook",
            "https://tidewell.example.com/careers/senior-backend",
        ],
    );
    check_list(&rec, "/certifications", &[]);
    // Go, Rust, Kotlin and Java are programming languages.
    check_list(&rec, "/languages", &[]);
    check_list(
        &rec,
        "/benefits",
        &[
            "Stock options: 0.1%–0.25%, depending on level",
            "30 days paid holiday, plus your local public holidays",
            "€1.500 yearly budget for your home office and learning",
            "A new laptop of your choice",
            "Two company retreats a year (the last one was in Porto)",
        ],
    );

    assert_show(path, title);
}

#[test]
fn parttime_fixed_term_coordinator() {
    let path = "samples/parttime-fixed-term-coordinator.md";
    let title = "Community Volunteer Coordinator";
    let rec = record(path);

    check_all(
        &rec,
        &[
            ("/title", json!(title)),
            ("/employer", json!("Brackenridge Community Trust")),
            // "on-site"; "not a role that can be done from home".
            ("/work_mode", json!("onsite")),
            // Not the 45p mileage rate or the 5% pension.
            ("/salary/min", json!(14.2)),
            ("/salary/currency", json!("GBP")),
            ("/salary/period", json!("hour")),
            ("/salary/band", Value::Null),
            ("/contract/type", json!("fixed_term")),
            ("/contract/hours", json!("part_time")),
            ("/dates/posted", Value::Null),
            // Dates written in words, with and without a weekday.
            ("/dates/closing", json!("2025-06-14")),
            ("/dates/interview", json!("2025-06-24")),
            ("/dates/start", json!("2025-09-01")),
            (
                "/contacts/apply_url",
                json!("https://www.example.org/brackenridge/jobs/vc-2025"),
            ),
            // GCSEs are asked for; "We do not ask for a degree."
            ("/education_level", json!("secondary")),
            ("/clearance", json!("DBS")),
        ],
    );
    check_either(&rec, "/salary/max", Value::Null, json!(14.2));
    check_salary_text(&rec, "£14.20");
    check_starts_with(&rec, "/location", "Sheffield");
    // "Fixed term for 12 months"; the grant that funds it runs for two years.
    check_int(&rec, "/contract/duration_months", 12);
    // "Two posts available."
    check_int(&rec, "/positions", 2);
    // "At least one year's experience".
    check_int(&rec, "/experience_years", 1);
    check_list(
        &rec,
        "/contacts/emails",
        &["volunteering@example.org", "jobs@example.org"],
    );
    check_list(
        &rec,
        "/contacts/urls",
        &["https://www.example.org/brackenridge/jobs/vc-2025"],
    );
    check_list(&rec, "/certifications", &[]);
    // "GCSE English" is a school subject, not a spoken-language requirement.
    check_list(&rec, "/languages", &[]);
    check_list(
        &rec,
        "/benefits",
        &[
            "Employer pension contribution of 5%",
            "25 days annual leave plus bank holidays (pro rata)",
            "Travel between sites reimbursed at 45p per mile",
            "Paid training, including a nationally recognised volunteer management course",
        ],
    );

    assert_show(path, title);
}

#[test]
fn plain_text_headings() {
    let path = "samples/plain-text-headings.txt";
    let title = "Regional Program Manager";
    let rec = record(path);

    check_all(
        &rec,
        &[
            // From "Position title:", not the capitalised organisation banner.
            ("/title", json!(title)),
            ("/employer", json!("Cordillera Learning Alliance")),
            ("/work_mode", json!("hybrid")),
            // "up to $120,000": max only. "travel up to 30%" comes first and is
            // not pay, nor are the $14 million, $3.2M or "up to $2,000" figures.
            ("/salary/min", Value::Null),
            ("/salary/max", json!(120000.0)),
            ("/salary/currency", json!("USD")),
            ("/salary/period", json!("year")),
            ("/salary/band", Value::Null),
            ("/contract/type", json!("fixed_term")),
            ("/contract/hours", json!("full_time")),
            ("/positions", Value::Null),
            ("/dates/posted", json!("2025-02-03")),
            // "Closing: TBC" and "rolling basis until the position is filled".
            ("/dates/closing", Value::Null),
            ("/dates/interview", Value::Null),
            // "Start: ASAP".
            ("/dates/start", Value::Null),
            (
                "/contacts/apply_url",
                json!("https://cordillera.example.org/careers/rpm-lac"),
            ),
            // "BA/BS ... required; MA/MPP preferred".
            ("/education_level", json!("bachelor")),
            ("/clearance", Value::Null),
        ],
    );
    check_salary_text(&rec, "$120,000");
    check_starts_with(&rec, "/location", "Washington");
    // "two-year fixed-term appointment".
    check_int(&rec, "/contract/duration_months", 24);
    // "Minimum seven (7) years"; "at least 3 years managing staff" is narrower.
    check_int(&rec, "/experience_years", 7);
    check_list(&rec, "/contacts/emails", &["recruiting@example.org"]);
    check_list(
        &rec,
        "/contacts/urls",
        &[
            "https://cordillera.example.org/about",
            "https://cordillera.example.org/careers/rpm-lac",
        ],
    );
    check_items_mention(&rec, "/certifications", &["PMP"]);
    check_list(&rec, "/languages", &["Spanish"]);
    check_list(
        &rec,
        "/benefits",
        &[
            "Medical, dental and vision coverage (90% employer-paid)",
            "403(b) retirement plan with 5% match",
            "20 days PTO plus federal holidays",
            "Annual professional development stipend of up to $2,000",
        ],
    );

    assert_show(path, title);
}

#[test]
fn contract_day_rate_devops() {
    let path = "samples/contract-day-rate-devops.md";
    let title = "DevOps Engineer";
    let rec = record(path);

    check_all(
        &rec,
        &[
            ("/title", json!(title)),
            ("/employer", json!("Brightwater Defence Analytics Ltd")),
            ("/work_mode", json!("onsite")),
            ("/salary/min", json!(550.0)),
            ("/salary/max", json!(600.0)),
            ("/salary/currency", json!("GBP")),
            ("/salary/period", json!("day")),
            ("/salary/band", Value::Null),
            ("/contract/type", json!("contract")),
            ("/contract/hours", json!("full_time")),
            // UK day-first dates next to an ISO start date.
            ("/dates/posted", json!("2025-02-10")),
            ("/dates/closing", json!("2025-02-21")),
            // "Interviews will be held on site": no date.
            ("/dates/interview", Value::Null),
            ("/dates/start", json!("2025-03-03")),
            (
                "/contacts/apply_url",
                json!("https://www.example.co.uk/brightwater/contracts/devops-0225"),
            ),
            ("/education_level", Value::Null),
            // DV is required; "SC only cannot be considered" mentions SC.
            ("/clearance", json!("DV")),
        ],
    );
    check_salary_text(&rec, "£550");
    check_starts_with(&rec, "/location", "Bristol");
    // "6 months initial contract"; not the "more than 9 months" DV wait.
    check_int(&rec, "/contract/duration_months", 6);
    check_int(&rec, "/positions", 2);
    // "3-5 years": the minimum of the range.
    check_int(&rec, "/experience_years", 3);
    check_list(&rec, "/contacts/emails", &["contracts@example.co.uk"]);
    check_list(
        &rec,
        "/contacts/urls",
        &["https://www.example.co.uk/brightwater/contracts/devops-0225"],
    );
    check_items_mention(
        &rec,
        "/certifications",
        &["Solutions Architect", "Terraform Associate"],
    );
    assert_eq!(
        strings(&rec, "/certifications").len(),
        2,
        "{path}: certifications"
    );
    check_list(&rec, "/languages", &[]);
    check_list(&rec, "/benefits", &[]);

    assert_show(path, title);
}

/// The ESCO occupation of every sample, as a reader judges it: each sample
/// and the ISCO-08 unit groups that would be right for it, or none where
/// ESCO has no occupation that fits (then the record must say so in a note).
#[test]
fn every_sample_names_a_sensible_occupation() {
    let judged: &[(&str, &[&str])] = &[
        // A contractor running CI/CD and cloud infrastructure: systems administration.
        ("samples/contract-day-rate-devops.md", &["2522", "3511"]),
        // Data pipelines: ESCO files "data engineer" under data scientist (2511).
        ("samples/fintech-data-engineer.md", &["2511", "2521"]),
        ("samples/html/fintech-data-engineer.html", &["2511", "2521"]),
        ("samples/nhs-band6-physio.md", &["2264"]),
        ("samples/html/nhs-band6-physio.html", &["2264"]),
        ("samples/startup-remote-backend.md", &["2512", "2514"]),
        (
            "samples/html/startup-remote-backend.html",
            &["2512", "2514"],
        ),
        // A programme manager for an education charity.
        ("samples/plain-text-headings.txt", &["1213", "1219"]),
        ("samples/html/latin1-civil-service.html", &["2422"]),
        (
            "samples/jsonld/analyst-posting.json",
            &["2511", "2120", "2413"],
        ),
        (
            "samples/jsonld/embedded-jsonld-page.html",
            &["2411", "3313", "2412"],
        ),
        // ESCO (this version) has no volunteer coordinator.
        ("samples/parttime-fixed-term-coordinator.md", &[]),
        ("samples/html/parttime-fixed-term-coordinator.html", &[]),
        // A council's Head of Digital: an ICT service manager (1330) would be
        // right, but no ESCO label says so; null is acceptable, a wrong group is not.
        ("samples/news-article-cto.txt", &["1330"]),
        ("samples/html/news-article-cto.html", &["1330"]),
        // An HVAC technician: a mechanic (7127), engineering technician (3115)
        // or heating engineer (7126); null is acceptable.
        (
            "samples/us-hourly-technician.txt",
            &["7127", "3115", "7126"],
        ),
        (
            "samples/html/us-hourly-technician.html",
            &["7127", "3115", "7126"],
        ),
    ];
    let may_be_null = [
        "samples/news-article-cto.txt",
        "samples/html/news-article-cto.html",
        "samples/us-hourly-technician.txt",
        "samples/html/us-hourly-technician.html",
    ];
    // Every sample is judged here.
    let mut files: Vec<String> = Vec::new();
    for dir in ["samples", "samples/html", "samples/jsonld"] {
        for entry in std::fs::read_dir(format!("{ROOT}/{dir}")).expect("samples") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                let name = path.file_name().and_then(|n| n.to_str()).expect("name");
                files.push(format!("{dir}/{name}"));
            }
        }
    }
    for file in &files {
        assert!(
            judged.iter().any(|(f, _)| f == file),
            "{file} has no judged occupation"
        );
    }
    for (file, groups) in judged {
        let rec = record(file);
        let isco = rec.pointer("/occupation/isco").and_then(Value::as_str);
        let noted = rec["notes"]
            .as_array()
            .expect("notes")
            .iter()
            .any(|n| n.as_str().is_some_and(|n| n.starts_with("occupation:")));
        match isco {
            Some(code) => assert!(
                groups.contains(&code),
                "{file}: occupation {} is not one of {groups:?}",
                rec["occupation"]
            ),
            None => {
                assert!(
                    groups.is_empty() || may_be_null.contains(file),
                    "{file}: no occupation, expected one of {groups:?}"
                );
                assert!(noted, "{file}: a null occupation comes with a note");
            }
        }
    }
}
