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

/// ESCO occupations as a JSON array: uri, name, isco, isco_group (as in a
/// record's `occupation`) and alternative labels.
pub fn write_occupations(
    out: &mut dyn Write,
    found: &[&crate::occupations::Entry],
) -> io::Result<()> {
    let entries: Vec<serde_json::Value> = found
        .iter()
        .map(|e| {
            serde_json::json!({
                "uri": e.uri(),
                "name": e.name,
                "isco": e.isco,
                "isco_group": e.isco_group(),
                "alternatives": e.alternatives().collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &entries)?;
    writeln!(out)
}

/// A value pretty-printed as one element of a pretty-printed array: indented two
/// spaces, without a trailing newline. Elements joined by ",\n" between "[\n" and
/// "\n]" give the same text as printing the whole array at once.
pub fn array_element<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let pretty = serde_json::to_string_pretty(value)?;
    let mut out = String::with_capacity(pretty.len() + pretty.len() / 8);
    for (i, line) in pretty.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(line);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_joined_match_a_whole_array() {
        let postings = vec![
            Posting {
                source: "a.md".into(),
                title: Some("Cook".into()),
                notes: vec!["x\ny".into()],
                ..Posting::default()
            },
            Posting::default(),
        ];
        let mut whole = Vec::new();
        write_array(&mut whole, &postings).unwrap();
        let parts: Vec<String> = postings.iter().map(|p| array_element(p).unwrap()).collect();
        let joined = format!("[\n{}\n]\n", parts.join(",\n"));
        assert_eq!(String::from_utf8(whole).unwrap(), joined);
    }
}
