//! JSON and JSON Lines: the serde form of [`Posting`], as documented in docs/formats.md.

use std::io::{self, Write};

use crate::extract::Posting;

/// A pretty-printed JSON array of records.
pub fn write_array(out: &mut dyn Write, postings: &[Posting]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, postings)?;
    writeln!(out)
}

/// One compact JSON record per line.
pub fn write_lines(out: &mut dyn Write, postings: &[Posting]) -> io::Result<()> {
    for p in postings {
        serde_json::to_writer(&mut *out, p)?;
        writeln!(out)?;
    }
    Ok(())
}

/// The skills of each advert: `[{"source": …, "skills": […]}]`.
pub fn write_skills(out: &mut dyn Write, postings: &[Posting]) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Entry<'a> {
        source: &'a str,
        skills: &'a [crate::extract::SkillMention],
    }
    let entries: Vec<Entry> = postings
        .iter()
        .map(|p| Entry {
            source: &p.source,
            skills: &p.skills,
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &entries)?;
    writeln!(out)
}

/// Taxonomy entries as a JSON array.
pub fn write_taxonomy(out: &mut dyn Write, skills: &[&crate::taxonomy::Skill]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, skills)?;
    writeln!(out)
}
