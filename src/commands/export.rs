use std::io::{self, Write};
use std::path::Path;

use anyhow::Result;

use super::batch::{self, Advert, Rendered, Sink};
use super::{Skills, with_output};
use crate::ExitStatus;
use crate::cli::{ExportArgs, ExportFormat, InputFormat};
use crate::report::{csv, json, jsonld};

/// How records are put together into one output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Framing {
    /// `[`, records separated by `,`, `]`; `[]` for none.
    Array,
    /// One record per line (JSON Lines, CSV rows).
    Lines,
    /// A single record on its own.
    Single,
}

pub fn run(args: ExportArgs) -> Result<ExitStatus> {
    let jsonl_in = args.input.input_format == Some(InputFormat::Jsonl);
    let format = args.format.unwrap_or(if jsonl_in {
        ExportFormat::Jsonl
    } else {
        ExportFormat::Json
    });
    let framing = match format {
        ExportFormat::Json => Framing::Array,
        ExportFormat::Jsonl | ExportFormat::Csv => Framing::Lines,
        ExportFormat::Jsonld if jsonl_in => Framing::Lines,
        ExportFormat::Jsonld if names_one_advert(&args.input.inputs) => Framing::Single,
        ExportFormat::Jsonld => Framing::Array,
    };
    let skills = Skills::load(args.input.taxonomy.as_deref())?;
    let settings = batch::Settings {
        streams_to_stdout: args.output.is_none(),
        ..batch::Settings::new(&args.input, skills.get())
    };
    let render = |advert: Advert| -> Rendered<Vec<Vec<u8>>> { render(format, framing, advert) };
    let mut failed = false;
    with_output(args.output.as_deref(), |out| {
        let mut writer = Framed {
            out,
            framing,
            count: 0,
            flush_each: jsonl_in,
        };
        if format == ExportFormat::Csv {
            writer
                .out
                .write_all(&csv::header().map_err(io::Error::other)?)?;
        }
        failed = batch::run(&settings, render, &mut writer)? > 0;
        writer.finish()
    })?;
    Ok(if failed {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}

/// One file or `-`: JSON-LD is then a single object rather than an array.
fn names_one_advert(inputs: &[String]) -> bool {
    match inputs {
        [one] => one == "-" || !Path::new(one).is_dir(),
        _ => false,
    }
}

/// Renders one advert's records in `format`, ready to write (runs on a
/// worker thread): one, or one per role when the post offers several. A
/// record that cannot be serialised is written as an empty one, which cannot
/// happen for these types; the warning says so if it ever does.
fn render(format: ExportFormat, framing: Framing, advert: Advert) -> Rendered<Vec<Vec<u8>>> {
    let mut warnings = Vec::new();
    // A single JSON-LD advert that offers several roles is an array of them.
    if framing == Framing::Single && advert.postings.len() > 1 {
        let values: Vec<_> = advert
            .postings
            .iter()
            .map(|p| {
                let (value, w) = jsonld::job_posting(p, &advert.document);
                warnings.extend(w);
                value
            })
            .collect();
        let bytes = serde_json::to_vec_pretty(&values).unwrap_or_else(|e| {
            warnings.push(format!("{}: could not be written ({e})", advert.name));
            Vec::new()
        });
        return Rendered {
            value: vec![bytes],
            warnings,
        };
    }
    let value = advert
        .postings
        .iter()
        .map(|p| {
            let bytes = match format {
                ExportFormat::Csv => csv::record(p).map_err(|e| e.to_string()),
                ExportFormat::Jsonl => serde_json::to_vec(p).map_err(|e| e.to_string()),
                ExportFormat::Json => json::array_element(p)
                    .map(String::into_bytes)
                    .map_err(|e| e.to_string()),
                ExportFormat::Jsonld => {
                    let (value, w) = jsonld::job_posting(p, &advert.document);
                    warnings.extend(w);
                    match framing {
                        Framing::Array => json::array_element(&value).map(String::into_bytes),
                        Framing::Single => serde_json::to_vec_pretty(&value),
                        Framing::Lines => serde_json::to_vec(&value),
                    }
                    .map_err(|e| e.to_string())
                }
            };
            bytes.unwrap_or_else(|e| {
                warnings.push(format!("{}: could not be written ({e})", p.source));
                Vec::new()
            })
        })
        .collect();
    Rendered { value, warnings }
}

/// Writes rendered records with the framing their format needs.
struct Framed<'w> {
    out: &'w mut dyn Write,
    framing: Framing,
    count: usize,
    /// Flush after every record, for JSON Lines on standard input.
    flush_each: bool,
}

impl Framed<'_> {
    fn finish(&mut self) -> io::Result<()> {
        if self.framing == Framing::Array {
            if self.count == 0 {
                self.out.write_all(b"[]\n")?;
            } else {
                self.out.write_all(b"\n]\n")?;
            }
        }
        self.out.flush()
    }
}

impl Sink<Vec<Vec<u8>>> for Framed<'_> {
    fn record(&mut self, values: Vec<Vec<u8>>) -> io::Result<()> {
        for value in values {
            self.write_one(value)?;
        }
        Ok(())
    }

    fn chunk_done(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Framed<'_> {
    fn write_one(&mut self, value: Vec<u8>) -> io::Result<()> {
        if value.is_empty() {
            return Ok(());
        }
        match self.framing {
            Framing::Array => {
                self.out
                    .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
                self.out.write_all(&value)?;
            }
            Framing::Lines => {
                self.out.write_all(&value)?;
                if !value.ends_with(b"\n") {
                    self.out.write_all(b"\n")?;
                }
            }
            Framing::Single => {
                self.out.write_all(&value)?;
                self.out.write_all(b"\n")?;
            }
        }
        self.count += 1;
        if self.flush_each {
            self.out.flush()?;
        }
        Ok(())
    }
}
