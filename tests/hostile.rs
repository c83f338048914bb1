//! Hostile input through the command line: every pathological shape a
//! malformed or malicious advert can take ends with exit 0, 1 or 2, a record
//! or a one-line error, and never a panic or a hang, in `export` and in `check`. The time each takes is
//! printed (run with `--nocapture`); speed itself is measured by the
//! benchmarks, not asserted here.

use std::fs;
use std::path::Path;
use std::time::Instant;

use assert_cmd::Command;
use tempfile::TempDir;

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs `vacancy export` on one file and checks it ends cleanly.
fn survives(name: &str, bytes: &[u8]) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join(name);
    fs::write(&path, bytes).expect("write");
    survives_path(&path);
}

fn survives_path(path: &Path) {
    let started = Instant::now();
    let out = vacancy()
        .arg("export")
        .arg(path)
        .output()
        .expect("run vacancy");
    let code = out.status.code().expect("exit code, not a signal");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(code, 0..=2),
        "{}: exit {code}\n{stderr}",
        path.display()
    );
    assert!(
        !stderr.contains("panicked"),
        "{}: panicked\n{stderr}",
        path.display()
    );
    if code == 0 {
        let records: serde_json::Value =
            serde_json::from_slice(&out.stdout).expect("export prints JSON");
        assert_eq!(records.as_array().map(Vec::len), Some(1));
    } else {
        // An error is one line per input that failed, naming it.
        for line in stderr.lines().filter(|l| l.contains("error")) {
            assert!(line.starts_with("vacancy: error: "), "{line}");
        }
    }
    // The linter reads the same shapes, with every rule on.
    let out = vacancy()
        .args(["check", "--no-config", "--format", "json"])
        .arg(path)
        .output()
        .expect("run vacancy check");
    let code = out.status.code().expect("exit code, not a signal");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(code, 0..=2) && !stderr.contains("panicked"),
        "{}: check exit {code}\n{stderr}",
        path.display()
    );
    eprintln!(
        "{}: {} ms (export and check)",
        path.file_name().unwrap_or_default().to_string_lossy(),
        started.elapsed().as_millis()
    );
}

#[test]
fn thousands_of_nested_lists() {
    let mut text = String::from("# Nested\n\n");
    for depth in 0..3_000 {
        text.push_str(&"  ".repeat(depth));
        text.push_str("- item\n");
    }
    survives("nested-lists.md", text.as_bytes());
}

#[test]
fn a_one_megabyte_line() {
    let text = "Python developer wanted £40,000 ".repeat(33_000);
    survives("long-line.txt", text.as_bytes());
    survives("long-line.md", text.as_bytes());
}

#[test]
fn a_hundred_thousand_headings() {
    let text: String = (0..100_000).map(|i| format!("# Heading {i}\n")).collect();
    survives("headings.md", text.as_bytes());
}

#[test]
fn a_table_with_ten_thousand_columns() {
    let header = format!("|{}\n", "col|".repeat(10_000));
    let rule = format!("|{}\n", "---|".repeat(10_000));
    let row = format!("|{}\n", "£1|".repeat(10_000));
    survives("wide-table.md", format!("{header}{rule}{row}").as_bytes());
}

#[test]
fn a_salary_of_fifty_thousand_digits() {
    let text = format!("# Clerk\n\nSalary: £{} per annum\n", "9".repeat(50_000));
    survives("digits.md", text.as_bytes());
}

#[test]
fn two_hundred_thousand_unmatched_brackets() {
    survives("brackets.md", "[".repeat(200_000).as_bytes());
    survives("parens.md", "(](".repeat(70_000).as_bytes());
}

#[test]
fn an_emphasis_storm() {
    let text = "*_".repeat(100_000) + &"**a__".repeat(40_000);
    survives("emphasis.md", text.as_bytes());
}

#[test]
fn nul_bytes() {
    // Mostly text with NULs scattered: refused as binary, with a reason.
    let mut bytes = b"# Porter\n\nSalary: \xc2\xa320,000\n".to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 1000));
    survives("nuls.md", &bytes);
}

#[test]
fn json_ld_nested_a_hundred_thousand_deep() {
    let deep = format!(
        "{{\"@type\":\"JobPosting\",\"title\":\"Deep\",\"x\":{}1{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    survives("deep.json", deep.as_bytes());
    let page =
        format!("<html><script type=\"application/ld+json\">{deep}</script><h1>Deep</h1></html>");
    survives("deep.html", page.as_bytes());
}

#[test]
fn yaml_front_matter_alias_bomb() {
    let mut yaml = String::from(
        "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["b", "c", "d", "e", "f", "g", "h", "i"];
    let mut prev = "a";
    for n in names {
        yaml.push_str(&format!(
            "{n}: &{n} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
        prev = n;
    }
    yaml.push_str("title: Bomb Disposal Officer\n---\n\n# Body\n\nText.\n");
    survives("bomb.md", yaml.as_bytes());
}

#[test]
fn a_hundred_thousand_nested_html_tags() {
    let html = format!(
        "<html><body>{}Nurse, £30,000{}</body></html>",
        "<div><span>".repeat(50_000),
        "</span></div>".repeat(50_000)
    );
    survives("nested.html", html.as_bytes());
    // Unclosed, too.
    survives("unclosed.html", "<ul><li>".repeat(100_000).as_bytes());
}

#[test]
fn an_oversized_file_is_refused_with_a_reason() {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("big.txt");
    fs::write(&path, vec![b'a'; 11 * 1024 * 1024]).expect("write");
    vacancy()
        .arg("export")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("big.txt"))
        .stderr(predicates::str::contains("limit"));
    // The limit can be raised.
    vacancy()
        .args(["export", "--max-bytes", "20000000"])
        .arg(&path)
        .assert()
        .success();
}

#[test]
fn a_deep_directory_tree_ends() {
    let dir = TempDir::new().expect("temp dir");
    let mut path = dir.path().to_path_buf();
    for _ in 0..200 {
        path.push("d");
    }
    fs::create_dir_all(&path).expect("deep dirs");
    fs::write(path.join("advert.md"), "# Cook\n\nSalary: £25,000\n").expect("write");
    fs::write(dir.path().join("top.md"), "# Porter\n\nSalary: £21,000\n").expect("write");
    let out = vacancy()
        .arg("export")
        .arg(dir.path())
        .output()
        .expect("run");
    let code = out.status.code().expect("exit code");
    assert!(matches!(code, 0 | 2), "exit {code}");
    let records: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    // The shallow advert is always read, whatever happens to the deep one.
    assert!(
        records
            .as_array()
            .expect("array")
            .iter()
            .any(|r| r["title"] == "Porter")
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_unreadable_files_are_reported_and_skipped() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = TempDir::new().expect("temp dir");
    fs::write(dir.path().join("good.md"), "# Porter\n\nSalary: £21,000\n").expect("write");
    symlink(dir.path(), dir.path().join("loop")).expect("symlink");
    symlink(dir.path().join("self.md"), dir.path().join("self.md")).ok();
    let locked = dir.path().join("locked.md");
    fs::write(&locked, "# Locked\n").expect("write");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).expect("chmod");
    let root = fs::read(&locked).is_ok(); // root reads anything
    let out = vacancy()
        .arg("export")
        .arg(dir.path())
        .output()
        .expect("run");
    let code = out.status.code().expect("exit code");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let records: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let titles: Vec<&str> = records
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["title"].as_str())
        .collect();
    assert!(titles.contains(&"Porter"), "{titles:?}");
    if !root {
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("locked.md"), "{stderr}");
    }
}
