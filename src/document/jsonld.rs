//! schema.org JobPosting in JSON-LD: finding it, and reading its description as the body.

use serde_json::Value;

use super::{Document, Format, html};

/// The first JobPosting in a JSON-LD value: the value itself, an item of an
/// array, or a node of an `@graph`.
pub fn find_job_posting(value: &Value) -> Option<&Value> {
    let is_posting = |v: &Value| match v.get("@type") {
        Some(Value::String(t)) => t.eq_ignore_ascii_case("JobPosting"),
        Some(Value::Array(types)) => types.iter().any(|t| {
            t.as_str()
                .is_some_and(|t| t.eq_ignore_ascii_case("JobPosting"))
        }),
        _ => false,
    };
    match value {
        Value::Array(items) => items.iter().find_map(find_job_posting),
        Value::Object(map) => {
            if is_posting(value) {
                return Some(value);
            }
            map.get("@graph").and_then(find_job_posting)
        }
        _ => None,
    }
}

/// Parses JSON-LD text into a JobPosting, or says why not.
pub fn parse_job_posting(text: &str) -> Result<Value, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON ({e})"))?;
    find_job_posting(&value)
        .cloned()
        .ok_or_else(|| "holds no schema.org JobPosting".to_string())
}

/// Reads a JSON-LD file: its JobPosting's `description` (HTML) becomes the
/// document's body, placed on the line where the description starts, and the
/// JSON itself is kept as the document's structured data.
pub fn read(text: &str) -> Document {
    let posting = parse_job_posting(text).ok();
    let description = posting
        .as_ref()
        .and_then(|p| p.get("description"))
        .and_then(Value::as_str)
        .unwrap_or("");
    // Some boards escape the description's HTML twice ("&lt;p&gt;…"): undo one level.
    let unescaped;
    let description = if description.contains("&lt;") && !description.contains('<') {
        unescaped = description
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
        unescaped.as_str()
    } else {
        description
    };
    let base = text
        .find("\"description\"")
        .map_or(1, |at| text[..at].matches('\n').count() + 1);
    let (mut doc, _) = html::read_with_structured(description);
    for block in &mut doc.blocks {
        block.pos.line += base - 1;
        for line in &mut block.lines {
            *line += base - 1;
        }
    }
    for section in &mut doc.sections {
        section.pos.line += base - 1;
    }
    for link in &mut doc.links {
        link.pos.line += base - 1;
    }
    for email in &mut doc.emails {
        email.pos.line += base - 1;
    }
    doc.format = Format::JsonLd;
    doc.structured = vec![(text.to_string(), 1)];
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_postings_in_graphs_and_arrays() {
        let v: Value = serde_json::from_str(
            r#"{"@context":"https://schema.org","@graph":[{"@type":"Organization"},{"@type":["JobPosting"],"title":"Nurse"}]}"#,
        )
        .unwrap();
        assert_eq!(find_job_posting(&v).unwrap()["title"], "Nurse");
        assert!(parse_job_posting("[1, 2]").is_err());
        assert!(
            parse_job_posting("{")
                .unwrap_err()
                .starts_with("not valid JSON")
        );
    }

    #[test]
    fn description_is_the_body() {
        let text = "{\n\"@type\": \"JobPosting\",\n\"title\": \"Nurse\",\n\"description\": \"<p>Band 5 nurse</p><ul><li>Kind</li></ul>\"\n}";
        let d = read(text);
        assert_eq!(d.blocks[0].text, "Band 5 nurse");
        assert_eq!(d.blocks[0].pos.line, 4);
        assert_eq!(d.structured.len(), 1);
    }

    #[test]
    fn twice_escaped_descriptions_are_read_as_html() {
        let text = r#"{"@type": "JobPosting", "description": "&lt;p&gt;Band 5 &amp;amp; nurse&lt;/p&gt;"}"#;
        let d = read(text);
        assert_eq!(d.blocks[0].text, "Band 5 & nurse");
    }

    #[test]
    fn deep_json_is_refused_not_overflowed() {
        let text = "[".repeat(100_000) + &"]".repeat(100_000);
        assert!(parse_job_posting(&text).is_err());
    }
}
