//! The fuzz targets live in their own crate, outside the default build. This
//! test compiles their shared checks against the library, so a change to the
//! library's interface that breaks them fails here, and runs them over every
//! sample: the invariants the fuzzer asserts (lines in range, sane pay, every
//! output format written) hold on known adverts too.

#[path = "../fuzz/fuzz_targets/common.rs"]
mod common;

use std::fs;
use std::path::Path;

use vacancy::document::{Format, detect_format, jsonld::parse_job_posting};

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("samples/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn the_fuzz_targets_checks_hold_on_every_sample() {
    let mut paths = Vec::new();
    files(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .as_path(),
        &mut paths,
    );
    assert!(
        paths.len() >= 10,
        "expected the samples, found {}",
        paths.len()
    );
    for path in paths {
        // As the reader decodes them: some samples are not UTF-8 on purpose.
        let bytes = fs::read(&path).expect("a sample is readable");
        let Ok(decoded) = vacancy::input::decode(&path.display().to_string(), bytes) else {
            continue;
        };
        let text = decoded.text;
        let extension = path.extension().and_then(|e| e.to_str());
        let format = detect_format(&text, extension);
        if format == Format::JsonLd && parse_job_posting(&text).is_err() {
            continue;
        }
        common::read_and_extract(&text, format);
    }
}
