//! schema.org JobPosting in JSON-LD: finding it, and reading its description as the body.

use std::borrow::Cow;

use serde_json::Value;

use super::{Document, Format, Pos, html};

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
/// document's body, and the JSON itself is kept as the document's structured
/// data. A JSON string holds no line break, so the whole description sits on
/// the one line of the file where its value is: every place in the body is
/// put back on that line, at the column where its text is written there.
pub fn read(text: &str) -> Document {
    let posting = parse_job_posting(text).ok();
    let description = posting
        .as_ref()
        .and_then(|p| p.get("description"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let (line, mut chars) = description_source(text, description).unwrap_or_else(|| {
        // Not found as written (it cannot be, but stay safe): line 1, column 1.
        (1, description.chars().map(|c| (c, 1)).collect())
    });
    // Some boards escape the description's HTML twice ("&lt;p&gt;…"): undo one level.
    if description.contains("&lt;") && !description.contains('<') {
        chars = unescape_once(&chars);
    }
    let description: String = chars.iter().map(|&(c, _)| c).collect();
    // The source column of each character of each line of the description.
    let mut columns: Vec<Vec<usize>> = vec![Vec::new()];
    for &(c, column) in &chars {
        if c == '\n' {
            let last = columns.last_mut().expect("a line");
            last.push(column);
            columns.push(Vec::new());
        } else {
            columns.last_mut().expect("a line").push(column);
        }
    }
    let end = chars.last().map_or(1, |&(_, column)| column + 1);
    let place = |pos: &mut Pos| {
        let column = pos
            .line
            .checked_sub(1)
            .and_then(|l| columns.get(l))
            .and_then(|cols| cols.get(pos.column.saturating_sub(1)).or(cols.last()))
            .copied()
            .unwrap_or(end);
        *pos = Pos { line, column };
    };
    let (mut doc, _) = html::read_with_structured(&description);
    for block in &mut doc.blocks {
        place(&mut block.pos);
        for l in &mut block.lines {
            *l = line;
        }
    }
    for section in &mut doc.sections {
        place(&mut section.pos);
    }
    for link in &mut doc.links {
        place(&mut link.pos);
    }
    for email in &mut doc.emails {
        place(&mut email.pos);
    }
    doc.format = Format::JsonLd;
    doc.structured = vec![(text.to_string(), 1)];
    doc
}

/// The JSON with HTML character references (`&amp;`, `&#39;`) in its string
/// values turned into the characters they stand for. Boards copy titles and
/// places out of their HTML still escaped ("Foot &amp; Ankle Fellow"); a
/// JSON string is plain text, so the reference is the board's slip. The
/// `description` values are HTML and are left for the HTML reader. Each
/// string keeps its line, so places in the file stay right.
pub fn decode_references(json: &str) -> Cow<'_, str> {
    if !json.contains('&') {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len());
    let mut key = "";
    let mut done = 0;
    let mut i = 0;
    let bytes = json.as_bytes();
    while i < bytes.len() {
        if bytes[i] != b'"' {
            i += 1;
            continue;
        }
        // A string: find its closing quote, past escapes.
        let start = i + 1;
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let end = end.min(bytes.len());
        let content = &json[start..end];
        let is_key = json[end.saturating_add(1).min(json.len())..]
            .trim_start()
            .starts_with(':');
        if is_key {
            key = content;
        } else if key != "description" && content.contains('&') {
            out.push_str(&json[done..start]);
            push_decoded(&mut out, content);
            done = end;
        }
        i = end + 1;
    }
    out.push_str(&json[done..]);
    Cow::Owned(out)
}

/// `raw` (the inside of a JSON string) with its character references decoded,
/// escaped again where JSON needs it.
fn push_decoded(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let decoded = after.find(';').filter(|&n| n <= 10).and_then(|n| {
            let name = &after[..n];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code).filter(|c| !c.is_control())
                }
            }?;
            Some((c, n))
        });
        match decoded {
            Some((c, n)) => {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    c => out.push(c),
                }
                rest = &after[n + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// Where `description` is written in `json`: the line of the `"description"`
/// value that decodes to it, and each of its characters with the column
/// (counted in characters from 1) where that character's text starts there.
fn description_source(json: &str, description: &str) -> Option<(usize, Vec<(char, usize)>)> {
    let key = "\"description\"";
    let mut first = None;
    for (at, _) in json.match_indices(key) {
        let rest = json[at + key.len()..].trim_start();
        let Some(value) = rest.strip_prefix(':').map(str::trim_start) else {
            continue;
        };
        if !value.starts_with('"') {
            continue;
        }
        let start = json.len() - value.len() + 1;
        let line_start = json[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = json[..start].matches('\n').count() + 1;
        let column = json[line_start..start].chars().count() + 1;
        let chars = decode_string(&json[start..], column);
        let same = chars.iter().map(|&(c, _)| c).eq(description.chars());
        if same {
            return Some((line, chars));
        }
        first.get_or_insert((line, chars));
    }
    first
}

/// The characters of the JSON string whose text (after its opening quote)
/// begins `raw`, at `column`, each with the column where it is written.
fn decode_string(raw: &str, mut column: usize) -> Vec<(char, usize)> {
    let mut out = Vec::new();
    let mut chars = raw.chars().peekable();
    let hex = |chars: &mut std::iter::Peekable<std::str::Chars>| -> Option<u32> {
        let digits: String = (0..4).filter_map(|_| chars.next()).collect();
        u32::from_str_radix(&digits, 16).ok()
    };
    while let Some(c) = chars.next() {
        let at = column;
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some('u') => {
                    column += 6;
                    let Some(mut code) = hex(&mut chars) else {
                        break;
                    };
                    if (0xD800..0xDC00).contains(&code) && chars.peek() == Some(&'\\') {
                        chars.next();
                        chars.next();
                        column += 6;
                        let low = hex(&mut chars).unwrap_or(0);
                        code =
                            0x10000 + ((code - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF);
                    }
                    out.push((char::from_u32(code).unwrap_or('\u{FFFD}'), at));
                }
                Some(e) => {
                    column += 2;
                    let decoded = match e {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        'b' => '\u{8}',
                        'f' => '\u{c}',
                        other => other,
                    };
                    out.push((decoded, at));
                }
                None => break,
            },
            other => {
                column += 1;
                out.push((other, at));
            }
        }
    }
    out
}

/// The characters with one level of HTML escaping undone (`&lt;` becomes
/// `<`), each reference placed where its `&` is.
fn unescape_once(chars: &[(char, usize)]) -> Vec<(char, usize)> {
    const REFERENCES: &[(&str, char)] = &[
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&#39;", '\''),
        ("&amp;", '&'),
    ];
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let (c, column) = chars[i];
        let found = (c == '&')
            .then(|| {
                REFERENCES.iter().find(|(name, _)| {
                    name.chars()
                        .enumerate()
                        .all(|(k, n)| chars.get(i + k).is_some_and(|&(c, _)| c == n))
                })
            })
            .flatten();
        match found {
            Some((name, decoded)) => {
                out.push((*decoded, column));
                i += name.chars().count();
            }
            None => {
                out.push((c, column));
                i += 1;
            }
        }
    }
    out
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

    /// The text at a place in `json`: `len` characters from its line and column.
    fn at(json: &str, pos: Pos, len: usize) -> String {
        let line = json
            .lines()
            .nth(pos.line - 1)
            .expect("the line is in the file");
        line.chars().skip(pos.column - 1).take(len).collect()
    }

    #[test]
    fn every_place_in_the_description_is_where_its_text_is_written() {
        // Lines and escapes inside the string: the file has four lines, the
        // description ten, and its second paragraph follows a \u00a3 escape.
        let json = "{\"@type\": \"JobPosting\",\n \"hiringOrganization\": {\"description\": \"<p>Us</p>\"},\n \"description\": \"<p>Pay \\u00a3 1</p>\\n\\n\\n\\n\\n\\n\\n\\n<h2>About \\\"us\\\"</h2><p>Kind <a href=\\\"https://x.example\\\">apply</a></p>\"\n}";
        let d = read(json);
        assert_eq!(json.lines().count(), 4);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Pay £ 1", "About \"us\"", "Kind apply"]);
        for b in &d.blocks {
            assert_eq!(b.pos.line, 3, "{:?}", b.text);
            assert!(b.lines.iter().all(|&l| l == 3));
        }
        // The HTML reader places a block at the start of its line in the
        // description: there, in the file, the block's text follows.
        assert_eq!(at(json, d.blocks[0].pos, 6), "<p>Pay");
        assert_eq!(at(json, d.blocks[1].pos, 9), "<h2>About");
        assert!(at(json, d.blocks[2].pos, 80).contains("<p>Kind"));
        assert_eq!(d.sections[0].pos.line, 3);
        assert_eq!(d.links[0].pos.line, 3);
    }

    #[test]
    fn references_in_strings_are_decoded_but_not_in_descriptions() {
        let json = "{\"title\": \"Foot &amp; Ankle &quot;Fellow&quot;\",\n \"addressLocality\": \"Guy&#39;s &#x26; St Thomas&#39;\", \"description\": \"<p>A &amp; B</p>\", \"a&amp;b\": [\"&bogus; & &#0;\"]}";
        let decoded = decode_references(json);
        let v: Value = serde_json::from_str(&decoded).unwrap();
        assert_eq!(v["title"], "Foot & Ankle \"Fellow\"");
        assert_eq!(v["addressLocality"], "Guy's & St Thomas'");
        assert_eq!(v["description"], "<p>A &amp; B</p>");
        assert_eq!(v["a&amp;b"][0], "&bogus; & &#0;");
        assert_eq!(decoded.lines().count(), json.lines().count());
        assert!(matches!(decode_references("{\"a\": 1}"), Cow::Borrowed(_)));
    }

    #[test]
    fn twice_escaped_descriptions_keep_their_places() {
        let json = "{\n\"@type\": \"JobPosting\",\n\"description\": \"&lt;p&gt;Band 5&lt;/p&gt;\\n&lt;p&gt;Kind &amp;amp; calm&lt;/p&gt;\"\n}";
        let d = read(json);
        assert_eq!(d.blocks[1].text, "Kind & calm");
        assert_eq!(d.blocks[1].pos.line, 3);
        assert_eq!(at(json, d.blocks[1].pos, 13), "&lt;p&gt;Kind");
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
