//! Finding the adverts named on the command line and turning their bytes into text.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use thiserror::Error;

/// File extensions read when a directory is given.
pub const EXTENSIONS: &[&str] = &[
    "md", "markdown", "mdown", "mkd", "txt", "text", "html", "htm", "json", "jsonld",
];

/// Files larger than this are refused unless the caller sets another limit.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Why an input could not be read. Each names the input at fault.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("{0}: no such file or directory")]
    NotFound(String),
    #[error("{0}: {1}")]
    Io(String, io::Error),
    #[error("{0}: directory holds no adverts (looked for {exts})", exts = ext_list())]
    NoAdverts(String),
    #[error("{0}: file is empty")]
    Empty(String),
    #[error("{0}: looks like a binary file, not an advert")]
    Binary(String),
    #[error("{0}: {1}")]
    Invalid(String, String),
    #[error("{0}: starts with a UTF-16 byte-order mark but is not valid UTF-16")]
    NotUtf16(String),
    #[error("{name}: {size}, over the {limit}-byte limit (see --max-bytes)")]
    TooLarge {
        name: String,
        /// "12345 bytes", or "more than N bytes" when reading a stream stopped at the limit.
        size: String,
        limit: u64,
    },
}

fn ext_list() -> String {
    EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One advert to read: a file, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in records and messages: the path as given, or `-`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// The file's extension, lower-cased, if any.
    pub fn extension(&self) -> Option<String> {
        match self {
            Source::Stdin => None,
            Source::File(p) => p
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase),
        }
    }
}

/// Turns the command line's inputs into a list of sources, walking
/// directories (sorted, hidden entries skipped). An input that names nothing
/// readable becomes an error in its place, so the others still run.
pub fn expand(inputs: &[String]) -> Vec<Result<Source, InputError>> {
    let mut out = Vec::new();
    for input in inputs {
        if input == "-" {
            out.push(Ok(Source::Stdin));
            continue;
        }
        let path = Path::new(input);
        match fs::metadata(path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                out.push(Err(InputError::NotFound(input.clone())))
            }
            Err(e) => out.push(Err(InputError::Io(input.clone(), e))),
            Ok(meta) if meta.is_dir() => {
                let mut found = Vec::new();
                let mut errors = Vec::new();
                walk(path, &mut found, &mut errors, 0);
                found.sort();
                if found.is_empty() && errors.is_empty() {
                    out.push(Err(InputError::NoAdverts(input.clone())));
                }
                out.extend(errors.into_iter().map(Err));
                out.extend(found.into_iter().map(|p| Ok(Source::File(p))));
            }
            Ok(_) => out.push(Ok(Source::File(path.to_path_buf()))),
        }
    }
    out
}

/// How deep directory walking goes; deeper trees are reported, not followed.
const MAX_DEPTH: usize = 64;

fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<InputError>, depth: usize) {
    let name = dir.display().to_string();
    if depth > MAX_DEPTH {
        errors.push(InputError::Io(
            name,
            io::Error::other("directory tree too deep, not followed"),
        ));
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError::Io(name, e));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        // file_type() does not follow symlinks, so a link loop cannot trap the walk.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, found, errors, depth + 1);
        } else if kind.is_file() && has_advert_extension(&path) {
            found.push(path);
        }
    }
}

fn has_advert_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads a source into text, refusing what is not a readable advert.
pub fn read(source: &Source, max_bytes: u64) -> Result<Decoded, InputError> {
    let name = source.name();
    let mut bytes = Vec::new();
    let result = match source {
        Source::Stdin => io::stdin()
            .lock()
            .take(max_bytes + 1)
            .read_to_end(&mut bytes),
        Source::File(path) => match fs::File::open(path) {
            Ok(f) => {
                let size = f.metadata().map(|m| m.len()).unwrap_or(0);
                if size > max_bytes {
                    return Err(InputError::TooLarge {
                        name,
                        size: format!("{size} bytes"),
                        limit: max_bytes,
                    });
                }
                f.take(max_bytes + 1).read_to_end(&mut bytes)
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(InputError::NotFound(name));
            }
            Err(e) => Err(e),
        },
    };
    if let Err(e) = result {
        let e = if e.kind() == io::ErrorKind::IsADirectory {
            io::Error::other("is a directory")
        } else {
            e
        };
        return Err(InputError::Io(name, e));
    }
    if bytes.len() as u64 > max_bytes {
        return Err(InputError::TooLarge {
            name,
            size: format!("more than {max_bytes} bytes"),
            limit: max_bytes,
        });
    }
    decode(&name, bytes)
}

/// Text read from an input, and how it was decoded when that was not plain UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Set when a fallback encoding was used, to be shown to the user.
    pub note: Option<String>,
}

/// Turns bytes into text. UTF-8 (a byte-order mark is dropped) and UTF-16 with a
/// byte-order mark are read as they are. Other bytes are decoded with the
/// charset an HTML `<meta>` declares, or else as Windows-1252 (the superset of
/// Latin-1 that old exports use: "£" is the byte 0xA3), with a note saying so.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<Decoded, InputError> {
    let mut note = None;
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(name, rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(name, rest, u16::from_be_bytes)?
    } else {
        if looks_binary(&bytes) {
            return Err(InputError::Binary(name.to_string()));
        }
        match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let declared = declared_charset(&bytes)
                    .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
                    .filter(|enc| *enc != encoding_rs::UTF_8);
                let encoding = declared.unwrap_or(encoding_rs::WINDOWS_1252);
                let (text, _, _) = encoding.decode(&bytes);
                // A charset the page declares is no guess; a fallback is.
                if declared.is_none() {
                    note = Some(format!(
                        "{name}: not valid UTF-8 (first bad byte at offset {offset}); read as windows-1252"
                    ));
                }
                text.into_owned()
            }
        }
    };
    if text.trim().is_empty() {
        return Err(InputError::Empty(name.to_string()));
    }
    if looks_binary(text.as_bytes()) {
        return Err(InputError::Binary(name.to_string()));
    }
    Ok(Decoded { text, note })
}

/// The charset an HTML page declares in its first 2 KiB, if any:
/// `<meta charset="iso-8859-1">` or `content="text/html; charset=iso-8859-1"`.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let at = head.find("charset")?;
    let rest = head[at + "charset".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!label.is_empty()).then_some(label)
}

fn utf16(name: &str, bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, InputError> {
    let bad = || InputError::NotUtf16(name.to_string());
    if !bytes.len().is_multiple_of(2) {
        return Err(bad());
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| bad())
}

/// NUL bytes, or many control characters, in the first 8 KiB mark a binary file.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_with_and_without_bom_and_utf16() {
        let text = |bytes: &[u8]| decode("a", bytes.to_vec()).unwrap().text;
        assert_eq!(text(b"\xEF\xBB\xBFHello"), "Hello");
        assert_eq!(text("£5".as_bytes()), "£5");
        assert_eq!(text(&[0xFF, 0xFE, b'H', 0, b'i', 0]), "Hi");
        assert_eq!(text(&[0xFE, 0xFF, 0, b'H', 0, b'i']), "Hi");
        let odd: Vec<u8> = [0xFF, 0xFE, b'H', 0, b'i'].to_vec();
        assert!(matches!(decode("a", odd), Err(InputError::NotUtf16(_))));
    }

    #[test]
    fn refuses_empty_binary_and_bad_utf8_naming_the_file() {
        let e = decode("x.md", b"  \n\n".to_vec()).unwrap_err();
        assert_eq!(e.to_string(), "x.md: file is empty");
        let e = decode("x.md", b"PK\x03\x04\0\0\x14\0".to_vec()).unwrap_err();
        assert!(matches!(e, InputError::Binary(_)));
    }

    #[test]
    fn latin1_and_windows_1252_are_decoded_with_a_note() {
        let d = decode("x.txt", b"Salary \xA330,000 \x96 caf\xE9".to_vec()).unwrap();
        assert_eq!(d.text, "Salary £30,000 – café");
        assert_eq!(
            d.note.as_deref(),
            Some("x.txt: not valid UTF-8 (first bad byte at offset 7); read as windows-1252")
        );
        let page = b"<html><head><meta charset=\"ISO-8859-1\"></head><p>\xA353,730</p>".to_vec();
        let d = decode("p.html", page).unwrap();
        assert!(d.text.contains("£53,730"));
        assert_eq!(d.note, None);
        let d = decode(
            "u.html",
            "<meta charset=\"iso-8859-1\"><p>£1</p>".as_bytes().to_vec(),
        )
        .unwrap();
        assert_eq!(d.note, None);
    }

    #[test]
    fn missing_paths_become_errors_in_place() {
        let out = expand(&["no/such/file.md".to_string(), "-".to_string()]);
        assert!(matches!(out[0], Err(InputError::NotFound(_))));
        assert_eq!(out[1].as_ref().unwrap(), &Source::Stdin);
    }
}
