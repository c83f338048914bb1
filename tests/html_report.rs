//! `vacancy compare --format html`: one page that stands alone, checked as text
//! on the seed adverts in `../shared/seeds/` (ignored unless asked for with
//! `--include-ignored`), and in a real headless browser (Debian's chromium) on
//! three of `samples/`, skipped, saying why, when the browser is absent.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Written to the stderr handle itself, which the test harness does not capture.
fn skip(reason: &str) {
    let _ = writeln!(std::io::stderr(), "skipped: {reason}");
}

fn seeds() -> Option<Vec<PathBuf>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !dir.is_dir() {
        panic!(
            "{} is absent: run the tests that need ../shared with --include-ignored only where it exists",
            dir.display()
        );
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds directory is readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 3, "three seeds in {}", dir.display());
    Some(files)
}

/// The titles `export` reads from the same files: what the page must show.
fn titles(files: &[PathBuf]) -> Vec<String> {
    let out = vacancy().arg("export").args(files).output().expect("runs");
    assert!(out.status.success());
    let records: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    records
        .as_array()
        .expect("array")
        .iter()
        .map(|r| {
            r["title"]
                .as_str()
                .expect("every seed has a title")
                .to_string()
        })
        .collect()
}

/// Writes the report of `files` into `dir` and returns its path and text.
fn report(files: &[PathBuf], dir: &Path) -> (PathBuf, String) {
    let path = dir.join("report.html");
    vacancy()
        .args(["compare", "--format", "html", "-o"])
        .arg(&path)
        .args(files)
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(&path).expect("report written");
    (path, html)
}

/// Text as an HTML serialiser writes it in element content.
fn as_text_node(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
#[ignore = "needs ../shared"]
fn the_seed_report_stands_alone() {
    let Some(files) = seeds() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, html) = report(&files, dir.path());
    assert!(html.starts_with("<!DOCTYPE html>"));
    for title in titles(&files) {
        let escaped = title.replace('&', "&amp;").replace('\'', "&#39;");
        assert!(html.contains(&escaped), "{title} is not on the page");
    }
    // Nothing is fetched: no scripts, stylesheets, fonts or images from anywhere.
    for fetch in [
        "<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "href=",
    ] {
        assert!(!html.contains(fetch), "the page has {fetch}");
    }
    assert!(html.contains("<style>") && html.contains("<svg"));
    assert!(html.contains("<table"));
}

/// Debian's chromium, when installed.
fn chromium() -> Option<&'static str> {
    let found = ["chromium", "chromium-browser"].into_iter().find(|name| {
        std::process::Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    if found.is_none() {
        skip("chromium is not installed (apt-get install chromium), so the page was not rendered");
    }
    found
}

fn run_chromium(browser: &str, profile: &Path, extra: &[String], url: &str) -> Vec<u8> {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--window-size=1280,2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .timeout(Duration::from_secs(180))
        .output()
        .expect("chromium starts");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The PNG's width and height, from its header chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    (be(16), be(20))
}

/// Three of `samples/`, all with pay, so the page has a table and a chart.
fn samples() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples");
    [
        "nhs-band6-physio.md",
        "fintech-data-engineer.md",
        "us-hourly-technician.txt",
    ]
    .iter()
    .map(|name| dir.join(name))
    .collect()
}

#[test]
fn the_sample_report_renders_in_headless_chromium() {
    let files = samples();
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().expect("temp dir");
    let (path, _) = report(&files, dir.path());
    let url = format!("file://{}", path.display());
    let profile = dir.path().join("profile");

    let shot = dir.path().join("report.png");
    run_chromium(
        browser,
        &profile,
        &[format!("--screenshot={}", shot.display())],
        &url,
    );
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert_eq!(png_size(&png), (1280, 2000));
    // A page with one heading on it comes to about 12 kB at this size; the
    // table, chart and text make it far larger.
    assert!(png.len() > 40_000, "screenshot is only {} bytes", png.len());

    let dom = String::from_utf8(run_chromium(
        browser,
        &profile,
        &["--dump-dom".into()],
        &url,
    ))
    .expect("the DOM is UTF-8");
    for title in titles(&files) {
        assert!(
            dom.contains(&as_text_node(&title)),
            "{title} is not in the rendered page"
        );
    }
    assert!(
        dom.contains("<table") && dom.contains("<svg"),
        "table and chart"
    );
    assert!(dom.contains("<rect class=\"band\""), "the chart has bars");
}
