//! Finding skills in text: every alias in one pass, then word boundaries,
//! longest match first, and context rules for words that are also plain English.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Skill, Taxonomy};

/// One mention of a skill: byte range in the text searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SkillMatch {
    /// Index into [`Taxonomy::skills`].
    pub skill: usize,
    pub start: usize,
    pub end: usize,
}

/// Words that say a text is about technology, letting a plain-English skill name count.
static TECH_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::re(
        r"(?i)\b(programming|language|languages|framework|frameworks|library|libraries|developer|developers|development|stack|scripting|configuration management|tools?|software|coding|code|backend|back-end|frontend|front-end|spreadsheets?|pivot tables?|formulas?|vlookup|macros?|database|working with|experience (with|in|of|using)|knowledge of|proficien(t|cy) (in|with)|skilled in)\b",
    )
});

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// (skill, alias) indices into [`Taxonomy::skills`].
type AliasRef = (u32, u32);

/// Every alias of a taxonomy, filed so that a text is read once, a word at a time.
///
/// A name that starts with a letter or a digit can only be found where a word
/// of the text starts (a name does not begin inside another word, see
/// `boundaries_ok`), and the word there is then the name's own first word. So
/// each such alias is filed under its first word, lower-cased in ASCII (names
/// match regardless of ASCII case), and each word of the text is looked up
/// once. The few names that start with punctuation (".NET", "*nix") are filed
/// under that character and tried wherever it occurs.
#[derive(Debug, Default)]
pub(super) struct Index {
    by_word: HashMap<Box<[u8]>, Vec<AliasRef>, crate::text::FnvBuild>,
    by_lead: Vec<(char, Vec<AliasRef>)>,
    /// The longest first word, in bytes: longer words of the text are not looked up.
    longest_word: usize,
    /// The ASCII characters that lead a name of `by_lead`, as bits.
    lead_ascii: u128,
}

impl Index {
    /// Whether a name of `by_lead` may start with `c` (a quick test before the list).
    fn may_lead(&self, c: char) -> bool {
        if c.is_ascii() {
            self.lead_ascii & (1 << u32::from(c)) != 0
        } else {
            true
        }
    }

    pub(super) fn new(skills: &[Skill]) -> Index {
        let mut index = Index::default();
        for (s, skill) in skills.iter().enumerate() {
            for (a, alias) in skill.aliases.iter().enumerate() {
                let at = (s as u32, a as u32);
                let text = alias.text.as_str();
                let Some(first) = text.chars().next() else {
                    continue;
                };
                if is_word(first) {
                    let end = text.find(|c| !is_word(c)).unwrap_or(text.len());
                    let key = text[..end].to_ascii_lowercase().into_bytes();
                    index.longest_word = index.longest_word.max(key.len());
                    index.by_word.entry(key.into()).or_default().push(at);
                } else {
                    if first.is_ascii() {
                        index.lead_ascii |= 1 << u32::from(first);
                    }
                    match index.by_lead.iter_mut().find(|(c, _)| *c == first) {
                        Some((_, list)) => list.push(at),
                        None => index.by_lead.push((first, vec![at])),
                    }
                }
            }
        }
        index
    }
}

impl Taxonomy {
    /// Every skill mentioned in `text`, leftmost-longest, on word boundaries,
    /// with context rules applied within this text (a sentence, a bullet, a paragraph).
    pub fn find(&self, text: &str) -> Vec<SkillMatch> {
        let mut candidates: Vec<SkillMatch> = Vec::new();
        let bytes = text.as_bytes();
        // Tries each alias in `list` at `start`.
        let mut try_at = |start: usize, list: &[AliasRef]| {
            for &(skill, alias) in list {
                let (skill, alias) = (skill as usize, alias as usize);
                let written = &self.skills[skill].aliases[alias];
                let end = start + written.text.len();
                if end > bytes.len()
                    || !bytes[start..end].eq_ignore_ascii_case(written.text.as_bytes())
                    || !text.is_char_boundary(end)
                {
                    continue;
                }
                if written.exact_case && text[start..end] != written.text {
                    continue;
                }
                if !self.boundaries_ok(text, start, end, skill) {
                    continue;
                }
                candidates.push(SkillMatch { skill, start, end });
            }
        };
        let index = &self.index;
        let mut key: Vec<u8> = Vec::with_capacity(index.longest_word);
        let mut word_start = None;
        let mut i = 0;
        // Byte by byte for ASCII, a whole character otherwise; a space after the end
        // closes the last word.
        while i <= bytes.len() {
            let c = match bytes.get(i) {
                None => ' ',
                Some(&b) if b.is_ascii() => char::from(b),
                Some(_) => text[i..].chars().next().unwrap_or(' '),
            };
            let next = i + c.len_utf8();
            if is_word(c) {
                word_start.get_or_insert(i);
                i = next;
                continue;
            }
            if let Some(start) = word_start.take()
                && i - start <= index.longest_word
            {
                key.clear();
                key.extend(bytes[start..i].iter().map(u8::to_ascii_lowercase));
                if let Some(list) = index.by_word.get(key.as_slice()) {
                    try_at(start, list);
                }
            }
            if i < bytes.len()
                && index.may_lead(c)
                && let Some((_, list)) = index.by_lead.iter().find(|(lead, _)| *lead == c)
            {
                try_at(i, list);
            }
            i = next;
        }
        // Leftmost first, and at one place the longest: "Azure DevOps" over "Azure".
        candidates.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut chosen: Vec<SkillMatch> = Vec::new();
        for m in candidates {
            if chosen.last().is_none_or(|last| m.start >= last.end) {
                chosen.push(m);
            }
        }
        // Plain-English words ("Chef", "Go", "Excel") count only when written
        // with a capital, and beside another technical skill or in text that is
        // plainly about technology.
        // Written with a capital ("Chef"), or exactly as a lower-case name is spelt ("dbt").
        let capitalised = |m: &SkillMatch| {
            let written = &text[m.start..m.end];
            written.chars().next().is_some_and(char::is_uppercase)
                || self.skills[m.skill]
                    .aliases
                    .iter()
                    .any(|a| a.text == written && !a.text.chars().any(char::is_uppercase))
        };
        let technical_neighbour = |m: &SkillMatch| {
            chosen.iter().any(|o| {
                let other = &self.skills[o.skill];
                o.skill != m.skill
                    && other.category != "soft_skills"
                    && (!other.needs_context || capitalised(o))
            })
        };
        let tech_text = TECH_WORDS.is_match(text);
        // "Salt Lake City", "Go Beyond", "What Will Make You": a plain-English name
        // followed by another capitalised word is part of a proper name or a title.
        let starts: Vec<usize> = chosen.iter().map(|m| m.start).collect();
        let in_a_name = |m: &SkillMatch| {
            let rest = &text[m.end..];
            let trimmed = rest.trim_start_matches([' ', '\t']);
            let next_start = m.end + (rest.len() - trimmed.len());
            trimmed.len() < rest.len()
                && trimmed.chars().next().is_some_and(char::is_uppercase)
                && !starts.contains(&next_start)
        };
        let keep: Vec<bool> = chosen
            .iter()
            .map(|m| {
                !self.skills[m.skill].needs_context
                    || (capitalised(m) && !in_a_name(m) && (technical_neighbour(m) || tech_text))
            })
            .collect();
        chosen
            .into_iter()
            .zip(keep)
            .filter_map(|(m, k)| k.then_some(m))
            .collect()
    }

    fn boundaries_ok(&self, text: &str, start: usize, end: usize, skill: usize) -> bool {
        let matched = &text[start..end];
        let first = matched.chars().next().unwrap_or(' ');
        let last = matched.chars().next_back().unwrap_or(' ');
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        // A name that starts or ends with a letter must not run into another word:
        // "Java" is not in "JavaScript", "SQL" is not in "MySQL".
        if is_word(first) && before.is_some_and(is_word) {
            return false;
        }
        if is_word(last) && after.is_some_and(is_word) {
            return false;
        }
        // "C" is not in "C#" or "C++"; ".NET" is not in "ASP.NET".
        if after.is_some_and(|c| c == '#' || c == '+') && is_word(last) {
            return false;
        }
        if before == Some('.') && is_word(first) {
            // "node.js" style names are matched whole; a word after a dot is a file or domain.
            return false;
        }
        // Short or plain-English names joined by a hyphen are other words: "C-suite", "Go-getter".
        let short = matched.chars().count() <= 2 || self.skills[skill].needs_context;
        if short
            && after == Some('-')
            && text[end + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic)
        {
            return false;
        }
        if short && before == Some('-') {
            return false;
        }
        // "R&D", "P&L", "AT&T": letters joined by an ampersand are an abbreviation.
        if short && (after == Some('&') || before == Some('&')) {
            return false;
        }
        // Nothing inside a web address or an email address.
        let token_start = text[..start]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let token_end = text[end..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| end + i);
        let token = &text[token_start..token_end];
        if token.contains("://") || token.contains('@') || token.starts_with("www.") {
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::taxonomy::Taxonomy;

    /// The ids of the skills found in `text`, in order.
    fn ids(text: &str) -> Vec<String> {
        let t = Taxonomy::builtin();
        t.find(text)
            .into_iter()
            .map(|m| t.skills()[m.skill].id.clone())
            .collect()
    }

    fn has(text: &str, id: &str) -> bool {
        ids(text).iter().any(|i| i == id)
    }

    #[test]
    fn longest_name_wins() {
        let found = ids("We use Azure DevOps for builds.");
        assert!(found.contains(&"azure-devops".to_string()), "{found:?}");
        assert!(!found.contains(&"azure".to_string()), "{found:?}");
        assert!(has("We deploy to Azure.", "azure"));
    }

    #[test]
    fn names_inside_other_words_do_not_count() {
        assert!(!has("Strong JavaScript skills", "java"));
        assert!(has("Strong Java skills", "java"));
        assert!(!has("Experience with MySQL", "sql"));
        assert!(has("Experience with SQL and Python", "sql"));
    }

    #[test]
    fn c_is_not_c_sharp_nor_c_suite() {
        assert!(!has("Experience with C# and Python", "c"));
        assert!(has("Experience with C# and Python", "csharp"));
        assert!(!has(
            "You will report to the C-suite about Python projects",
            "c"
        ));
        assert!(has("Embedded development in C and Python", "c"));
    }

    #[test]
    fn plain_english_words_need_context() {
        // Chef the tool, beside other configuration tools; a chef in a kitchen.
        assert!(has("Experience with Ansible, Puppet, or Chef", "chef"));
        assert!(!has("Our head chef runs a busy kitchen.", "chef"));
        assert!(has("Experience with Ansible, Puppet, or Chef", "puppet"));
        assert!(!has("The puppet show starts at noon.", "puppet"));
        // Go the language, by its case and its neighbours; "go" the verb.
        assert!(has("Backend services in Go and PostgreSQL", "go"));
        assert!(!has("You will go to client sites weekly.", "go"));
        assert!(has("Statistics in R and Python", "r"));
        assert!(!has("R. Smith will interview you.", "r"));
        assert!(has("iOS apps in Swift and Objective-C", "swift"));
        assert!(!has("We expect a swift response to incidents.", "swift"));
        assert!(!has(
            "Problem solving skills, leading to swift resolution of issues",
            "swift"
        ));
        assert!(has("Java with Spring and Hibernate", "spring"));
        assert!(!has("Interviews will take place in spring.", "spring"));
        assert!(has("Systems programming in Rust and C++", "rust"));
        assert!(!has("The gate had some rust on it.", "rust"));
        assert!(has(
            "Advanced Excel, including pivot tables and VLOOKUP",
            "excel"
        ));
        assert!(!has("You will excel in a fast-paced team.", "excel"));
        assert!(has(
            "Databases in Microsoft Access and SQL Server",
            "access"
        ));
        assert!(!has("You will have access to our gym.", "access"));
        assert!(has("Builds with Make and CMake on Linux", "make"));
        assert!(!has("You will make a difference.", "make"));
    }

    #[test]
    fn plain_english_names_inside_proper_names_do_not_count() {
        assert!(!has(
            "Offices in Salt Lake City and Denver; we use Python and AWS",
            "saltstack"
        ));
        assert!(!has("What Will Make You Successful in Python", "make"));
        assert!(!has("Our R&D team works in Python", "r"));
        assert!(has(
            "Configuration with Salt, Ansible and Terraform",
            "saltstack"
        ));
    }

    #[test]
    fn lower_case_names_count_as_spelt() {
        assert!(has("3 years or more working with dbt", "dbt"));
    }

    #[test]
    fn nothing_inside_links_or_addresses() {
        assert!(!has("See https://github.com/python/cpython", "python"));
        assert!(!has("Write to python@example.org", "python"));
    }

    #[test]
    fn spellings_map_to_one_skill() {
        for text in ["C#", "C Sharp", "CSharp"] {
            assert!(has(&format!("Experience in {text}."), "csharp"), "{text}");
        }
        for text in [".NET Core", "DotNet Core", "DotNetCore"] {
            assert!(
                has(&format!("Experience in {text}."), "dotnet-core"),
                "{text}"
            );
        }
        assert!(has("Run k8s clusters", "kubernetes"));
        assert!(has("Postgres databases", "postgresql"));
        assert!(has("gated CI/CD", "ci-cd"));
    }

    #[test]
    fn names_are_found_at_the_start_and_end_of_a_text_and_after_any_character() {
        assert_eq!(ids("Python"), ["python"]);
        assert_eq!(
            ids("kubernetes, TERRAFORM;python"),
            ["kubernetes", "terraform", "python"]
        );
        // A name that starts with punctuation, right at the start or after a word.
        assert!(has(".NET Core services", "dotnet-core"));
        assert!(has("Microsoft (.NET) stack", "dotnet"));
        // A word longer than any name's first word, and text that is not ASCII.
        assert!(ids("Pneumonoultramicroscopicsilicovolcanoconiosis").is_empty());
        assert!(has("Développeur Python à Paris", "python"));
        assert!(!has("Pythoné", "python"));
    }
}
