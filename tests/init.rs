//! `vacancy init`: the vacancy.toml it writes, and that it never overwrites
//! a file unless told to.

use std::path::Path;

use assert_cmd::Command;

fn vacancy_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("vacancy").expect("binary");
    cmd.current_dir(dir);
    cmd
}

#[test]
fn init_writes_a_file_that_check_reads_and_that_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    vacancy_in(dir.path())
        .arg("init")
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read_to_string(dir.path().join("vacancy.toml")).expect("written");
    assert!(text.contains("\nmissing-salary = \"error\""), "{text}");

    // The same findings with the new file as with none.
    let advert =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check/unfinished-advert.md");
    let with_file = vacancy_in(dir.path())
        .args(["check", "--format", "json", "--today", "2025-01-01"])
        .arg(&advert)
        .output()
        .expect("runs");
    let without = vacancy_in(dir.path())
        .args([
            "check",
            "--format",
            "json",
            "--today",
            "2025-01-01",
            "--no-config",
        ])
        .arg(&advert)
        .output()
        .expect("runs");
    assert_eq!(with_file.status.code(), without.status.code());
    assert_eq!(
        String::from_utf8_lossy(&with_file.stdout),
        String::from_utf8_lossy(&without.stdout)
    );
    assert!(
        with_file.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&with_file.stderr)
    );

    // Switching a rule off in the file is heeded.
    let edited = text.replace("\nplaceholder = \"error\"", "\nplaceholder = \"off\"");
    assert_ne!(edited, text, "placeholder is listed");
    std::fs::write(dir.path().join("vacancy.toml"), edited).expect("edit");
    let out = vacancy_in(dir.path())
        .args(["check", "--format", "json", "--today", "2025-01-01"])
        .arg(&advert)
        .output()
        .expect("runs");
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let before: serde_json::Value = serde_json::from_slice(&without.stdout).expect("JSON");
    let fired = |v: &serde_json::Value| {
        v.as_array()
            .expect("array")
            .iter()
            .any(|f| f["rule"] == "placeholder")
    };
    assert!(fired(&before) && !fired(&findings));
}

#[test]
fn init_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("vacancy.toml");
    std::fs::write(&path, "# ours\n").expect("write");
    vacancy_in(dir.path())
        .arg("init")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "vacancy: error: vacancy.toml: already exists; it was left as it is \
             (vacancy init --force replaces it)\n",
        );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "# ours\n");

    vacancy_in(dir.path())
        .args(["init", "--force"])
        .assert()
        .success();
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        text.starts_with("# vacancy.toml: settings for `vacancy check`"),
        "{text}"
    );
}

#[test]
fn init_can_print_or_write_elsewhere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let printed = vacancy_in(dir.path())
        .args(["init", "-"])
        .output()
        .expect("runs");
    assert!(printed.status.success());
    assert!(
        !dir.path().join("vacancy.toml").exists(),
        "printing writes no file"
    );
    std::fs::create_dir(dir.path().join("adverts")).expect("mkdir");
    vacancy_in(dir.path())
        .args(["-q", "init", "adverts/vacancy.toml"])
        .assert()
        .success()
        .stderr("");
    let written = std::fs::read(dir.path().join("adverts/vacancy.toml")).expect("written");
    assert_eq!(written, printed.stdout);
    // A directory is not a file name.
    vacancy_in(dir.path())
        .args(["init", "adverts"])
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with(
            "vacancy: error: adverts: is a directory",
        ));
}
