//! Hostile input: every pathological shape a malformed or malicious advert
//! can take is read without a panic or a hang, and with work that grows no
//! faster than the input.
//!
//! Each shape is read in-process (decoded, extracted and checked with every
//! rule on) at one size and at four times that size, and the work counted by
//! [`vacancy::work`] (pattern searches, the bytes they are handed, and the
//! lines, facts and blocks walked) may grow at most 4.5 times. A linear reader
//! grows four times; a quadratic step shows above that even when it is a
//! small part of the whole, because the count is exact and the same on every
//! machine, unlike a time. One test per family of shapes
//! then runs the binary on it at full size, for `export` and `check`, and
//! checks the exit code and the one-line error. Speed itself is measured by
//! the benchmarks, not asserted here.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use tempfile::TempDir;
use vacancy::check::{self, Config};
use vacancy::taxonomy::Taxonomy;

fn vacancy() -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Reads one advert in-process as `export` and `check` do, and returns the
/// work done, or `None` when the bytes are refused (as binary, say).
fn work(name: &str, bytes: Vec<u8>) -> Option<u64> {
    let extension = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().into_owned());
    let (read, units) = vacancy::work::measure(|| {
        let text = vacancy::input::decode(name, bytes).ok()?.text;
        let (doc, posting) =
            vacancy::read_with(&text, name, None, extension.as_deref(), Taxonomy::builtin());
        let findings = check::check(
            &check::Input {
                file: name,
                text: &text,
                doc: &doc,
                posting: &posting,
            },
            &Config::default(),
            Taxonomy::builtin(),
        );
        Some(findings.len())
    });
    read.map(|_| units)
}

/// Reads a shape at scale 1 and 4 and bounds how its work grows.
fn grows_linearly(name: &str, make: impl Fn(usize) -> Vec<u8>) {
    let small = make(1);
    let large = make(4);
    assert!(
        large.len() >= 3 * small.len(),
        "{name}: the large input is not larger"
    );
    let (Some(a), Some(b)) = (work(name, small), work(name, large)) else {
        return;
    };
    eprintln!("{name}: work {a} then {b} ({:.1}x)", b as f64 / a as f64);
    assert!(
        b * 2 <= 9 * a.max(1),
        "{name}: four times the input took {:.1} times the work ({a} then {b})",
        b as f64 / a as f64
    );
}

/// Runs `vacancy export` and `vacancy check` on one file and checks each
/// ends cleanly.
fn survives(name: &str, bytes: &[u8]) {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join(name);
    fs::write(&path, bytes).expect("write");
    survives_path(&path);
}

fn survives_path(path: &Path) {
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
}

// The shapes, each at a scale `k`: the full-size ones the binary reads are
// scale 4.

fn headings(k: usize) -> Vec<u8> {
    (0..25_000 * k)
        .map(|i| format!("# Heading {i}\n"))
        .collect::<String>()
        .into_bytes()
}

fn nested_lists(k: usize) -> Vec<u8> {
    // Each item is indented as deep as its number: the bytes grow as the
    // square of the depth, so the depth doubles when the scale quadruples.
    let depth = (750.0 * (k as f64).sqrt()) as usize;
    let mut text = String::from("# Nested\n\n");
    for d in 0..depth {
        text.push_str(&"  ".repeat(d));
        text.push_str("- item\n");
    }
    text.into_bytes()
}

fn long_line(k: usize) -> Vec<u8> {
    "Python developer wanted £40,000 "
        .repeat(8_000 * k)
        .into_bytes()
}

fn wide_table(k: usize) -> Vec<u8> {
    let n = 2_500 * k;
    format!(
        "|{}\n|{}\n|{}\n",
        "col|".repeat(n),
        "---|".repeat(n),
        "£1|".repeat(n)
    )
    .into_bytes()
}

fn digits(k: usize) -> Vec<u8> {
    format!("# Clerk\n\nSalary: £{} per annum\n", "9".repeat(12_500 * k)).into_bytes()
}

fn brackets(k: usize) -> Vec<u8> {
    "[".repeat(50_000 * k).into_bytes()
}

fn parens(k: usize) -> Vec<u8> {
    "(](".repeat(17_500 * k).into_bytes()
}

fn emphasis(k: usize) -> Vec<u8> {
    ("*_".repeat(25_000 * k) + &"**a__".repeat(10_000 * k)).into_bytes()
}

fn nested_html(k: usize) -> Vec<u8> {
    format!(
        "<html><body>{}Nurse, £30,000{}</body></html>",
        "<div><span>".repeat(12_500 * k),
        "</span></div>".repeat(12_500 * k)
    )
    .into_bytes()
}

fn unclosed_html(k: usize) -> Vec<u8> {
    "<ul><li>".repeat(25_000 * k).into_bytes()
}

fn deep_json(k: usize) -> String {
    format!(
        "{{\"@type\":\"JobPosting\",\"title\":\"Deep\",\"x\":{}1{}}}",
        "[".repeat(25_000 * k),
        "]".repeat(25_000 * k)
    )
}

fn deep_json_in_html(k: usize) -> Vec<u8> {
    format!(
        "<html><script type=\"application/ld+json\">{}</script><h1>Deep</h1></html>",
        deep_json(k)
    )
    .into_bytes()
}

/// Real adverts end to end, many times over: every label, figure, date and
/// place repeated, so a reader that weighs each against all the others
/// shows it.
fn long_advert(k: usize) -> Vec<u8> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut names: Vec<_> = fs::read_dir(&dir)
        .expect("samples")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"))
        .collect();
    names.sort();
    let one: String = names
        .iter()
        .map(|p| fs::read_to_string(p).expect("sample") + "\n\n")
        .collect();
    one.repeat((40 * k).div_ceil(4)).into_bytes()
}

#[test]
fn markdown_shapes_take_linear_work() {
    grows_linearly("headings.md", headings);
    grows_linearly("nested-lists.md", nested_lists);
    grows_linearly("wide-table.md", wide_table);
    grows_linearly("digits.md", digits);
    grows_linearly("brackets.md", brackets);
    grows_linearly("parens.md", parens);
    grows_linearly("emphasis.md", emphasis);
}

#[test]
fn text_shapes_take_linear_work() {
    grows_linearly("long-line.txt", long_line);
    grows_linearly("long-line.md", long_line);
}

#[test]
fn html_and_json_shapes_take_linear_work() {
    grows_linearly("nested.html", nested_html);
    grows_linearly("unclosed.html", unclosed_html);
    grows_linearly("deep.json", |k| deep_json(k).into_bytes());
    grows_linearly("deep.html", deep_json_in_html);
}

#[test]
fn a_long_real_advert_takes_linear_work() {
    grows_linearly("long-advert.md", long_advert);
    grows_linearly("long-advert.txt", long_advert);
}

#[test]
fn markdown_shapes_survive_the_binary() {
    survives("headings.md", &headings(4));
    survives("emphasis.md", &emphasis(4));
}

#[test]
fn a_one_megabyte_line_survives_the_binary() {
    survives("long-line.txt", &long_line(4));
}

#[test]
fn html_shapes_survive_the_binary() {
    survives("nested.html", &nested_html(4));
    survives("unclosed.html", &unclosed_html(4));
}

#[test]
fn json_ld_nested_a_hundred_thousand_deep_survives_the_binary() {
    survives("deep.json", deep_json(4).as_bytes());
    survives("deep.html", &deep_json_in_html(4));
}

#[test]
fn nul_bytes() {
    // Mostly text with NULs scattered: refused as binary, with a reason.
    let mut bytes = b"# Porter\n\nSalary: \xc2\xa320,000\n".to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 1000));
    survives("nuls.md", &bytes);
    assert_eq!(work("nuls.md", bytes), None);
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
