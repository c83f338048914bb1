//! Builds ahead what the tool would otherwise build at every start: the
//! index of ESCO occupation labels (`src/occupations/generate.rs` says what
//! it holds), from `data/occupations/occupations.tsv`. The tool embeds it
//! and reads it where it lies.
//!
//! The index is made by the tool's own code for folding and splitting
//! labels into words, included here as it is, so that a label is read the
//! same at build time as a title is at run time.

#![allow(dead_code)]

use std::path::Path;
use std::{env, fs};

#[path = "src/table.rs"]
mod table;

#[path = "src/fold.rs"]
mod fold;

#[path = "src/occupations/tokens.rs"]
mod tokens;

#[path = "src/occupations/generate.rs"]
mod generate;

fn main() {
    for input in [
        "build.rs",
        "src/table.rs",
        "src/fold.rs",
        "src/occupations/tokens.rs",
        "src/occupations/generate.rs",
        "data/occupations/occupations.tsv",
        "data/places/fold.tsv",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let data = fs::read_to_string("data/occupations/occupations.tsv")
        .expect("data/occupations/occupations.tsv is part of the source");
    let index = generate::generate(&data);
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("occupations.idx"), index).expect("writing the index");
}
