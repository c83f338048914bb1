//! The skills taxonomy: a list of skills with their aliases, shipped in the
//! binary from `data/skills.csv`, and extendable with a TOML file of one's own.

mod matching;

use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, OnceLock};

use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use matching::SkillMatch;

/// The taxonomy compiled into the binary.
pub const BUILTIN_CSV: &str = include_str!("../../data/skills.csv");

/// The categories a skill may belong to, in display order.
pub const CATEGORIES: &[&str] = &[
    "programming_languages",
    "frameworks_libraries",
    "web_apis",
    "databases",
    "cloud_platforms",
    "devops_infrastructure",
    "operating_systems",
    "networking",
    "testing",
    "data_ml",
    "security_identity",
    "health_interoperability",
    "methods",
    "office_business",
    "soft_skills",
];

/// One skill and the ways adverts write it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skill {
    pub id: String,
    pub name: String,
    pub category: String,
    /// Spellings as adverts write them; the name is among them.
    pub aliases: Vec<Alias>,
    /// A word that is also plain English: accepted only beside another technology.
    pub needs_context: bool,
    /// The UNSPSC commodity code of the O*NET technology it derives from.
    pub onet_code: Option<String>,
    pub esco_uri: Option<String>,
}

/// A spelling of a skill. `exact_case` aliases match only as written (`Go`, `R`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alias {
    pub text: String,
    pub exact_case: bool,
}

impl Alias {
    fn parse(raw: &str) -> Alias {
        match raw.strip_prefix('=') {
            Some(exact) => Alias {
                text: exact.to_string(),
                exact_case: true,
            },
            None => Alias {
                text: raw.to_string(),
                exact_case: false,
            },
        }
    }
}

/// Why a taxonomy could not be loaded. Each names the file and, where it can, the line.
#[derive(Debug, Error)]
pub enum TaxonomyError {
    #[error("{file}: line {line}: {message}")]
    Invalid {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: {message}")]
    Unreadable { file: String, message: String },
}

/// A loaded taxonomy with its matcher.
pub struct Taxonomy {
    skills: Vec<Skill>,
    /// Every alias, found by its first word (see [`matching::Index`]).
    index: matching::Index,
    /// The skills' names as words, built on first use.
    name_words: OnceLock<NameWords>,
}

/// The taxonomy's names and aliases as words, for telling a skill from an acronym.
#[derive(Debug, Default)]
pub struct NameWords {
    /// Every name and alias, lower-cased.
    pub lower: HashSet<String>,
    /// Every word of a name or alias written with two or more capitals ("SQL", "GIT", "VS").
    pub capitals: HashSet<String>,
}

impl std::fmt::Debug for Taxonomy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Taxonomy")
            .field("skills", &self.skills.len())
            .finish()
    }
}

// Read without the checks of `from_csv`: they cost a fifth of the loading,
// which every run that finds skills pays, and the tests make them on this
// data (`builtin_data_passes_the_checks`).
static BUILTIN: LazyLock<Taxonomy> = LazyLock::new(|| {
    Taxonomy::build(
        read_csv(BUILTIN_CSV, "data/skills.csv")
            .expect("the built-in taxonomy is checked by the tests"),
    )
});

#[derive(Deserialize)]
struct CsvRow {
    id: String,
    name: String,
    category: String,
    aliases: String,
    #[serde(default)]
    context: String,
    #[serde(default)]
    onet_code: String,
    #[serde(default)]
    esco_uri: String,
}

fn non_empty(s: String) -> Option<String> {
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// The built-in taxonomy's version: the first eight hex digits of the 64-bit
/// FNV-1a hash of `data/skills.csv` (line ends aside), so two builds show the
/// same version exactly when they know the same skills.
pub fn builtin_version() -> String {
    use std::hash::Hasher;
    let mut hash = crate::text::Fnv::default();
    for line in BUILTIN_CSV.lines() {
        hash.write(line.trim_end_matches('\r').as_bytes());
        hash.write(b"\n");
    }
    format!("{:08x}", hash.finish() >> 32)
}

/// How many skills the built-in taxonomy holds, counted without building its matcher.
pub fn builtin_count() -> usize {
    BUILTIN_CSV
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .count()
}

/// The skills of a taxonomy in the CSV layout of `data/skills.csv`, unchecked.
fn read_csv(text: &str, file: &str) -> Result<Vec<Skill>, TaxonomyError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut skills = Vec::new();
    for row in reader.deserialize::<CsvRow>() {
        let row = row.map_err(|e| TaxonomyError::Invalid {
            file: file.to_string(),
            line: e.position().map_or(0, |p| p.line() as usize),
            message: e.to_string(),
        })?;
        let aliases: Vec<Alias> = row
            .aliases
            .split('|')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(Alias::parse)
            .collect();
        skills.push(Skill {
            id: row.id.trim().to_string(),
            name: row.name.trim().to_string(),
            category: row.category.trim().to_string(),
            aliases,
            needs_context: row.context.trim() == "tech",
            onet_code: non_empty(row.onet_code),
            esco_uri: non_empty(row.esco_uri),
        });
    }
    Ok(skills)
}

impl Taxonomy {
    /// The taxonomy shipped in the binary.
    pub fn builtin() -> &'static Taxonomy {
        &BUILTIN
    }

    /// Reads a taxonomy in the CSV layout of `data/skills.csv`.
    pub fn from_csv(text: &str, file: &str) -> Result<Taxonomy, TaxonomyError> {
        let taxonomy = Taxonomy::build(read_csv(text, file)?);
        taxonomy
            .validate()
            .map_err(|(line, message)| TaxonomyError::Invalid {
                file: file.to_string(),
                line: line + 1,
                message,
            })?;
        Ok(taxonomy)
    }

    /// Builds the matcher for a list of skills.
    fn build(mut skills: Vec<Skill>) -> Taxonomy {
        for skill in &mut skills {
            if !skill.aliases.iter().any(|a| a.text == skill.name) {
                skill.aliases.insert(
                    0,
                    Alias {
                        text: skill.name.clone(),
                        exact_case: false,
                    },
                );
            }
        }
        let index = matching::Index::new(&skills);
        Taxonomy {
            skills,
            index,
            name_words: OnceLock::new(),
        }
    }

    /// Checks ids, categories and aliases; returns the index of the first bad
    /// skill (its data line, counting the header as line 1) and why.
    fn validate(&self) -> Result<(), (usize, String)> {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut aliases: HashMap<String, &str> = HashMap::new();
        for (i, skill) in self.skills.iter().enumerate() {
            let line = i + 1;
            if skill.id.is_empty() || skill.name.is_empty() {
                return Err((line, "a skill needs an id and a name".into()));
            }
            if !CATEGORIES.contains(&skill.category.as_str()) {
                return Err((
                    line,
                    format!(
                        "skill {:?}: unknown category {:?} (one of: {})",
                        skill.id,
                        skill.category,
                        CATEGORIES.join(", ")
                    ),
                ));
            }
            if ids.insert(skill.id.as_str(), i).is_some() {
                return Err((line, format!("skill id {:?} appears twice", skill.id)));
            }
            for alias in &skill.aliases {
                let key = alias.text.to_lowercase();
                if let Some(other) = aliases.insert(key, skill.id.as_str())
                    && other != skill.id
                {
                    return Err((
                        line,
                        format!(
                            "alias {:?} of {:?} is also an alias of {other:?}",
                            alias.text, skill.id
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Adds or overrides skills from a TOML file of one's own (see docs/taxonomy.md).
    pub fn with_extra(&self, toml_text: &str, file: &str) -> Result<Taxonomy, TaxonomyError> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Extra {
            #[serde(default)]
            skill: Vec<toml::Spanned<Entry>>,
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry {
            id: String,
            name: Option<String>,
            category: Option<String>,
            #[serde(default)]
            aliases: Vec<String>,
            context: Option<bool>,
            /// Replace the built-in aliases instead of adding to them.
            #[serde(default)]
            replace_aliases: bool,
        }
        let line_of = |offset: usize| {
            toml_text[..offset.min(toml_text.len())]
                .matches('\n')
                .count()
                + 1
        };
        let extra: Extra = toml::from_str(toml_text).map_err(|e| TaxonomyError::Invalid {
            file: file.to_string(),
            line: e.span().map_or(0, |s| line_of(s.start)),
            message: e.message().trim().to_string(),
        })?;
        let mut skills = self.skills.clone();
        for spanned in extra.skill {
            let line = line_of(spanned.span().start);
            let entry = spanned.into_inner();
            let invalid = |message: String| TaxonomyError::Invalid {
                file: file.to_string(),
                line,
                message,
            };
            let aliases: Vec<Alias> = entry
                .aliases
                .iter()
                .map(|a| Alias::parse(a.trim()))
                .collect();
            if aliases.iter().any(|a| a.text.is_empty()) {
                return Err(invalid(format!("skill {:?}: an alias is empty", entry.id)));
            }
            // An alias of one's own takes precedence: other skills lose it.
            for alias in &aliases {
                let key = alias.text.to_lowercase();
                for other in skills.iter_mut().filter(|s| s.id != entry.id) {
                    other.aliases.retain(|a| a.text.to_lowercase() != key);
                }
            }
            match skills.iter_mut().find(|s| s.id == entry.id) {
                Some(existing) => {
                    if let Some(name) = entry.name {
                        existing.name = name;
                    }
                    if let Some(category) = entry.category {
                        existing.category = category;
                    }
                    if let Some(context) = entry.context {
                        existing.needs_context = context;
                    }
                    if entry.replace_aliases {
                        existing.aliases.clear();
                    }
                    existing.aliases.extend(aliases);
                }
                None => {
                    if let Some(category) = &entry.category
                        && !CATEGORIES.contains(&category.as_str())
                    {
                        return Err(invalid(format!(
                            "skill {:?}: unknown category {category:?} (one of: {})",
                            entry.id,
                            CATEGORIES.join(", ")
                        )));
                    }
                    let (Some(name), Some(category)) = (entry.name, entry.category) else {
                        return Err(invalid(format!(
                            "new skill {:?} needs a name and a category",
                            entry.id
                        )));
                    };
                    skills.push(Skill {
                        id: entry.id,
                        name,
                        category,
                        aliases,
                        needs_context: entry.context.unwrap_or(false),
                        onet_code: None,
                        esco_uri: None,
                    });
                }
            }
        }
        let taxonomy = Taxonomy::build(skills);
        taxonomy
            .validate()
            .map_err(|(_, message)| TaxonomyError::Invalid {
                file: file.to_string(),
                line: 0,
                message,
            })?;
        Ok(taxonomy)
    }

    pub fn skills(&self) -> &[Skill] {
        &self.skills
    }

    /// The names and aliases as words: built once, however many adverts ask.
    pub fn name_words(&self) -> &NameWords {
        self.name_words.get_or_init(|| {
            let mut words = NameWords::default();
            for skill in &self.skills {
                for name in
                    std::iter::once(&skill.name).chain(skill.aliases.iter().map(|a| &a.text))
                {
                    words.lower.insert(name.to_lowercase());
                    for word in name.split_whitespace() {
                        if word.chars().filter(char::is_ascii_uppercase).count() >= 2 {
                            words.capitals.insert(word.to_string());
                        }
                    }
                }
            }
            words
        })
    }

    pub fn len(&self) -> usize {
        self.skills.len()
    }

    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }

    /// Skills whose id, name or an alias contains `query`, case-insensitively.
    pub fn search(&self, query: &str) -> Vec<&Skill> {
        let q = query.to_lowercase();
        self.skills
            .iter()
            .filter(|s| {
                s.id.contains(&q)
                    || s.name.to_lowercase().contains(&q)
                    || s.aliases.iter().any(|a| a.text.to_lowercase().contains(&q))
                    || s.category.contains(&q)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_count_and_version_describe_the_data() {
        assert_eq!(builtin_count(), Taxonomy::builtin().len());
        let version = builtin_version();
        assert_eq!(version.len(), 8);
        assert!(version.chars().all(|c| c.is_ascii_hexdigit()), "{version}");
        assert_eq!(
            version,
            builtin_version(),
            "the same data, the same version"
        );
    }

    #[test]
    fn builtin_data_passes_the_checks() {
        let checked =
            Taxonomy::from_csv(BUILTIN_CSV, "data/skills.csv").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(checked.len(), Taxonomy::builtin().len());
    }

    #[test]
    fn builtin_data_is_valid_sorted_and_large() {
        let t = Taxonomy::builtin();
        assert!(t.len() >= 600, "only {} skills", t.len());
        let ids: Vec<&str> = t.skills().iter().map(|s| s.id.as_str()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "data/skills.csv must be sorted by id");
        for category in CATEGORIES {
            assert!(
                t.skills().iter().any(|s| s.category == *category),
                "no skills in {category}"
            );
        }
        for skill in t.skills() {
            assert!(skill.aliases.iter().all(|a| !a.text.trim().is_empty()));
            if let Some(code) = &skill.onet_code {
                assert!(
                    code.len() == 8 && code.bytes().all(|b| b.is_ascii_digit()),
                    "{code}"
                );
            }
        }
    }

    #[test]
    fn bad_csv_names_the_line() {
        let csv = "id,name,category,aliases,context,onet_code,esco_uri\na,A,methods,A,,,\nb,B,nonsense,B,,,\n";
        let e = Taxonomy::from_csv(csv, "x.csv").unwrap_err().to_string();
        assert!(
            e.starts_with("x.csv: line 3: skill \"b\": unknown category"),
            "{e}"
        );
        let csv = "id,name,category,aliases,context,onet_code,esco_uri\na,A,methods,A|Z,,,\nb,B,methods,B|z,,,\n";
        let e = Taxonomy::from_csv(csv, "x.csv").unwrap_err().to_string();
        assert!(e.contains("line 3") && e.contains("also an alias"), "{e}");
    }

    #[test]
    fn extra_toml_adds_and_extends() {
        let t = Taxonomy::builtin()
            .with_extra(
                "[[skill]]\nid = \"acme-orm\"\nname = \"Acme ORM\"\ncategory = \"frameworks_libraries\"\naliases = [\"AcmeORM\"]\n\n[[skill]]\nid = \"kubernetes\"\naliases = [\"kube\"]\n",
                "extra.toml",
            )
            .unwrap();
        assert!(t.skills().iter().any(|s| s.id == "acme-orm"));
        let k = t.skills().iter().find(|s| s.id == "kubernetes").unwrap();
        assert!(k.aliases.iter().any(|a| a.text == "kube"));
    }

    #[test]
    fn extra_toml_errors_name_the_line() {
        let e = Taxonomy::builtin()
            .with_extra("[[skill]]\nid = \"x\"\nname = \n", "extra.toml")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("extra.toml: line 3:"), "{e}");
        let e = Taxonomy::builtin()
            .with_extra(
                "\n[[skill]]\nid = \"new-one\"\naliases = [\"N1\"]\n",
                "extra.toml",
            )
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("extra.toml: line 2:") && e.contains("needs a name"),
            "{e}"
        );
    }

    #[test]
    fn search_finds_by_any_spelling() {
        let hits = Taxonomy::builtin().search("kube");
        assert!(hits.iter().any(|s| s.id == "kubernetes"));
    }
}
