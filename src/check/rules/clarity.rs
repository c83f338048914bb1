//! Clarity: length, sentence length, reading ease, acronyms and long lists
//! of requirements. These read the advert proper, and count each bullet as a
//! sentence of its own, full stop or not.

use std::cell::OnceCell;
use std::collections::HashSet;
use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Group, count, re};
use crate::check::text::{Sentence, flesch, sentences, word_count};
use crate::check::{Advert, Category, Config, Default, Hit, Rule, Setting, Severity};
use crate::document::BlockKind;
use crate::extract::Level;

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

pub const RULES: &[Rule] = &[
    Rule {
        id: "long-advert",
        category: Category::Clarity,
        severity: Severity::Info,
        summary: "The advert is longer than a set number of words (700 by default).",
        hint: "Cut what a candidate does not need in order to apply: internal procedures, repeated sections, boilerplate. Link to the full job description instead.",
        rationale: "Adverts of 300 to 700 words are the common target: long enough to say what the job is, short enough to be read on a phone. Long adverts are skimmed, and the pay, place and closing date get lost.",
        source: "Common readability targets for job adverts (300 to 700 words); GOV.UK, \"Writing for GOV.UK\" (plain English)",
        bad: "# Clerk\n\nYou will file letters, answer the phone and keep the diary for the office team.\n",
        good: "# Clerk\n\nYou will file letters.\n",
        example_config: "[rules.long-advert]\nmax-words = 12\n",
        settings: &[Setting {
            name: "max-words",
            default: Default::Number(700.0),
            doc: "The most words an advert may have.",
            choices: &[],
        }],
    },
    Rule {
        id: "long-sentence",
        category: Category::Clarity,
        severity: Severity::Info,
        summary: "A sentence or bullet longer than a set number of words (35 by default).",
        hint: "Split it: one idea per sentence, or turn a list inside the sentence into bullets.",
        rationale: "Sentences of about 8 to 13 words are easiest to read; past 25 words understanding drops, and past 35 most readers have to read again. Bullets count as sentences of their own.",
        source: "GOV.UK, \"Writing for GOV.UK\" (sentence length); readability targets for job adverts",
        bad: "# Clerk\n\nYou will be responsible for the filing of all incoming and outgoing correspondence in line with the retention schedule, the answering of telephone calls from members of the public and partner organisations, and the maintenance of the team diary.\n",
        good: "# Clerk\n\nYou will file letters in line with the retention schedule. You will answer calls from the public and our partners, and keep the team diary.\n",
        example_config: "",
        settings: &[Setting {
            name: "max-words",
            default: Default::Number(35.0),
            doc: "The most words a sentence or bullet may have.",
            choices: &[],
        }],
    },
    Rule {
        id: "readability",
        category: Category::Clarity,
        severity: Severity::Info,
        summary: "The advert's Flesch reading ease is below a set score (30 by default); the finding gives the score.",
        hint: "Use shorter sentences and everyday words; the longest sentences are the place to start.",
        rationale: "Flesch reading ease (206.835 − 1.015 × words per sentence − 84.6 × syllables per word) is 60 or more for plain English, and 60 is a common target for adverts. Dense adverts lose candidates who would do the job well, and those reading in a second language. Bullets are split as sentences, or a bulleted advert would score as one endless sentence. The default threshold is set at 30 (\"difficult\") so that only adverts that are hard work for most readers are reported; set `min-score = 60` to hold adverts to plain English. Adverts under 100 words are not scored.",
        source: "Flesch, R. (1948), \"A new readability yardstick\", Journal of Applied Psychology 32(3); readability targets for job adverts",
        bad: "# Administrator\n\nThe post-holder will necessitate comprehensive organisational capabilities, facilitating interdepartmental communication and administrative coordination, ensuring regulatory compliance and operational effectiveness throughout institutional activities. Additionally, the individual will demonstrate considerable professional accountability regarding confidential information management procedures.\n",
        good: "# Administrator\n\nYou will keep our office running. You will book rooms, answer the phone and look after the post. You will keep our records safe and up to date. We will train you in the systems we use, and you will have a buddy for your first month.\n",
        example_config: "[rules.readability]\nmin-words = 10\n",
        settings: &[
            Setting {
                name: "min-score",
                default: Default::Number(30.0),
                doc: "The lowest Flesch reading ease accepted.",
                choices: &[],
            },
            Setting {
                name: "min-words",
                default: Default::Number(100.0),
                doc: "Adverts shorter than this are not scored.",
                choices: &[],
            },
        ],
    },
    Rule {
        id: "unexplained-acronym",
        category: Category::Clarity,
        severity: Severity::Info,
        summary: "An acronym used but never spelt out, unless it is well known, a skill the taxonomy knows, or listed in vacancy.toml.",
        hint: "Spell it out the first time, e.g. `Information Governance (IG)`, or add it to `[rules.unexplained-acronym] accept` if your readers all know it.",
        rationale: "Internal acronyms (team names, programmes, grades) mean nothing to outside candidates, and they make an advert read as written for insiders. Acronyms that name skills (SQL, AWS) or that everyone knows (NHS, CV), currency codes (AUD, ZAR), sizes, units and time zones are accepted, as is any acronym the advert explains in brackets anywhere. Words in capitals are not acronyms: those the advert also writes in lower case, those of a line written in capitals, and any of more than five letters (an acronym that long is rare; a word in capitals for emphasis or a brand is not).",
        source: "GOV.UK content design guidance, \"Abbreviations and acronyms\"",
        bad: "# Analyst\n\nYou will report to the DDaT lead and support the HIG board.\n",
        good: "# Analyst\n\nYou will report to the Digital, Data and Technology (DDaT) lead and support the Health Information Governance (HIG) board.\n",
        example_config: "",
        settings: &[Setting {
            name: "accept",
            default: Default::Words(&[]),
            doc: "Acronyms your readers know, accepted without explanation.",
            choices: &[],
        }],
    },
    Rule {
        id: "too-many-requirements",
        category: Category::Clarity,
        severity: Severity::Info,
        summary: "More essential requirements than a set number (15 by default).",
        hint: "Keep the requirements someone needs on day one; move the rest to \"desirable\" or to what the job will teach.",
        rationale: "Long lists of must-haves deter qualified candidates, who read every point as a hard requirement; the effect is strongest for women and for under-represented groups, who are less likely to apply without meeting every point.",
        source: "Mohr, T. S. (2014), \"Why Women Don't Apply for Jobs Unless They're 100% Qualified\", Harvard Business Review; Acas guidance on person specifications",
        bad: "# Developer\n\n## Essential\n\n- Python\n- SQL\n- Git\n- Docker\n",
        good: "# Developer\n\n## Essential\n\n- Python\n- SQL\n\n## Desirable\n\n- Git\n- Docker\n",
        example_config: "[rules.too-many-requirements]\nmax-essential = 3\n",
        settings: &[Setting {
            name: "max-essential",
            default: Default::Number(15.0),
            doc: "The most essential requirements an advert may list.",
            choices: &[],
        }],
    },
];

/// Acronyms every reader of a UK or US job advert knows.
const WELL_KNOWN: &[&str] = &[
    "UK", "US", "USA", "EU", "EEA", "UN", "NHS", "HR", "IT", "CV", "CVs", "CEO", "CTO", "CFO",
    "COO", "CIO", "CMO", "MD", "PA", "PhD", "BSc", "MSc", "BA", "MA", "MBA", "MEng", "BEng",
    "GCSE", "GCSEs", "NVQ", "HND", "HNC", "DBS", "PAYE", "VAT", "HMRC", "NI", "GP", "GPs", "AM",
    "PM", "OK", "TV", "PC", "PDF", "FAQ", "FAQs", "ID", "AI", "ML", "UI", "UX", "QA", "API",
    "APIs", "SQL", "URL", "URLs", "HTML", "CSS", "JSON", "XML", "HTTP", "HTTPS", "REST", "CPD",
    "HGV", "LGV", "MOT", "CSCS", "SIA", "IELTS", "OBE", "MBE", "CBE", "PLC", "LLP", "LTD", "CIC",
    "NGO", "NGOs", "MOD", "HM", "BBC", "EV", "ASAP", "FTE", "BST", "GMT", "UTC", "EST", "PST",
    "CET", "KPI", "KPIs", "ROI", "CRM", "ERP", "SME", "SMEs", "LGBT", "LGBTQ", "LGBTQIA", "BAME",
    "BME", "EDI", "DEI", "ESG", "STEM", "USD", "GBP", "EUR", "OS", "CI", "CD", "IOS", "TBC", "TBA",
    "TBD", "TODO", "FIXME", "XXX", "NB", "PS", "USB", "WFH", "DOB", "NIN", "RTW", "GDPR", "SaaS",
    "B2B", "B2C", "ISO", "IEC", "IEEE", "BS", "EN", "HVAC", "GED", "EPA", "OSHA", "PTO", "SC",
    "DV", "BPSS", "NPPV", "FCA", "PRA", "ICT", "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE",
    "DC", "FL", "GA", "HI", "IA", "IL", "IN", "KS", "KY", "LA", "MI", "MN", "MO", "MS", "MT", "NC",
    "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OR", "PA", "RI", "SD", "TN", "TX", "UT", "VA",
    "VT", "WA", "WI", "WV", "WY", "COVID", "LLC", "EEO", "PPE", "MRI", "ECG", "ATS", "PR", "CQC",
    "NMC", "GMC", "HCPC", "IVF", "A&E", "ICU", "ED",
    // Sizes, units, time zones and pay shorthand.
    "XS", "XL", "XXL", "XXXL", "KG", "KM", "LB", "LBS", "MPH", "PSI", "FT", "PT", "HRS", "CST",
    "MST", "PDT", "EDT", "CDT", "MDT", "AEST", "AEDT", "IST", "CEST", "SGT", "DOE", "OTE", "FTC",
    // Household names.
    "MIT", "NASA", "UCLA", "NYU", "CNN", "IBM", "BMW", "HSBC", "UNICEF", "WHO", "NFL", "NBA",
];

static ACRONYM: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[A-Z][A-Za-z]*[A-Z][A-Z0-9]*s?\b|\b[A-Z]{2,}[0-9]*\b"));
static ROMAN: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$"));

fn check(ad: &Advert, config: &Config, out: &mut Vec<Hit>) {
    let all = advert_sentences(ad);
    // Front matter is metadata, not what a candidate reads.
    let words: usize = ad
        .lines()
        .iter()
        .filter(|l| l.line > ad.doc.front_matter)
        .map(|l| word_count(l.text))
        .sum();

    let max_words = config.number("long-advert", "max-words");
    if words as f64 > max_words {
        out.push(
            Hit::new(
                "long-advert",
                ad.anchor(),
                format!("The advert has {words} words, more than {max_words}"),
            )
            .whole(),
        );
    }

    let max_sentence = config.number("long-sentence", "max-words");
    for s in &all {
        let n = s.words();
        if n as f64 > max_sentence {
            out.push(Hit::new(
                "long-sentence",
                s.at(),
                format!("This sentence has {n} words, more than {max_sentence}"),
            ));
        }
    }

    let min_words = config.number("readability", "min-words");
    // Off by default: its score is worked out only when it is on.
    if config.enabled("readability")
        && let Some((score, counted)) = flesch(all.iter().map(|s| s.text.as_str()))
        && counted as f64 >= min_words
    {
        let min_score = config.number("readability", "min-score");
        if score < min_score {
            let mut longest: Vec<&Sentence> = all.iter().collect();
            longest.sort_by_cached_key(|s| std::cmp::Reverse(s.words()));
            let mut lines: Vec<String> = Vec::new();
            for s in &longest {
                let l = s.first_line.to_string();
                if !lines.contains(&l) {
                    lines.push(l);
                }
                if lines.len() == 3 {
                    break;
                }
            }
            out.push(
                Hit::new(
                    "readability",
                    ad.anchor(),
                    format!(
                        "Flesch reading ease is {score:.0}, below {min_score}: {}",
                        ease_band(score)
                    ),
                )
                .hint(format!(
                    "Use shorter sentences and everyday words; the longest sentences are on lines {}.",
                    lines.join(", ")
                ))
                .whole(),
            );
        }
    }

    if config.enabled("unexplained-acronym") {
        acronyms(ad, config, out);
    }

    let essential: Vec<usize> = (0..ad.doc.blocks.len())
        .filter(|&i| {
            !ad.excluded(i)
                && ad.doc.blocks[i].list_depth().is_some()
                && ad.cx.level(i) == Level::Essential
        })
        .collect();
    let max_essential = config.number("too-many-requirements", "max-essential");
    if essential.len() as f64 > max_essential {
        out.push(
            Hit::new(
                "too-many-requirements",
                ad.block_at(essential[0]),
                format!(
                    "The advert lists {}, more than {max_essential}",
                    count(
                        essential.len(),
                        "essential requirement",
                        "essential requirements"
                    )
                ),
            )
            .whole(),
        );
    }
}

fn ease_band(score: f64) -> &'static str {
    match score {
        s if s >= 60.0 => "plain English",
        s if s >= 50.0 => "fairly difficult to read",
        s if s >= 30.0 => "difficult to read",
        _ => "very difficult to read",
    }
}

/// The advert's sentences: paragraphs split at full stops, each bullet a sentence of its own.
fn advert_sentences(ad: &Advert) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (i, block) in ad.doc.blocks.iter().enumerate() {
        if ad.excluded(i)
            || !matches!(
                block.kind,
                BlockKind::Paragraph | BlockKind::ListItem { .. }
            )
        {
            continue;
        }
        let lines: Vec<(usize, usize, &str)> = block
            .text_lines()
            .map(|(line, text)| {
                let column = if line == block.pos.line {
                    block.pos.column
                } else {
                    1
                };
                (line, column, text)
            })
            .collect();
        out.extend(sentences(i, &lines));
    }
    out
}

fn acronyms(ad: &Advert, config: &Config, out: &mut Vec<Hit>) {
    let mut known: HashSet<String> = WELL_KNOWN.iter().map(|s| s.to_string()).collect();
    known.extend(config.list("unexplained-acronym", "accept"));
    known.extend(config.allow.iter().map(|w| w.to_uppercase()));
    // Skills name the audience's own vocabulary: "SQL", and "GIT" or "SCRUM"
    // written in capitals, and "VS" of "VS Code" (worked out once per taxonomy).
    let skill_words = ad.taxonomy.name_words();
    let skills = &skill_words.lower;
    if let Some(employer) = &ad.posting.employer {
        known.extend(employer.split_whitespace().map(str::to_string));
    }
    let all_text: String = ad
        .lines()
        .iter()
        .map(|l| l.text)
        .collect::<Vec<_>>()
        .join("\n");
    // Words the advert also writes in lower case are words in capitals, not acronyms.
    let lower_words: HashSet<&str> = all_text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_lowercase()))
        .collect();
    let mut seen = HashSet::new();
    // The advert's words, split once if an acronym needs them.
    let all_words = OnceCell::new();
    for line in ad.lines() {
        // Shouting lines (several words in capitals) are not acronyms.
        let words: Vec<&str> = line.text.split_whitespace().collect();
        let caps = words
            .iter()
            .filter(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            })
            .count();
        let lettered = words
            .iter()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        if (words.len() >= 3 && caps * 2 > words.len()) || (caps >= 2 && caps == lettered) {
            continue;
        }
        for m in ACRONYM.find_iter(line.text) {
            let word = m.as_str();
            let letters = word.chars().filter(char::is_ascii_alphabetic).count();
            let singular = word.strip_suffix('s').unwrap_or(word);
            let before = line.text[..m.start()].chars().next_back();
            let mut after = line.text[m.end()..].chars();
            let code = matches!(after.next(), Some('-' | '/'))
                && after.next().is_some_and(|c| c.is_ascii_digit());
            if letters > 5
                // A currency's code ("AUD", "ZAR") is one a reader of pay knows.
                || (letters == 3 && crate::places::is_currency(word))
                || word.chars().filter(char::is_ascii_uppercase).count() < 2
                || word.chars().any(|c| c.is_ascii_digit())
                || singular.chars().filter(char::is_ascii_lowercase).count() > 1
                || lower_words.contains(word.to_lowercase().as_str())
                || lower_words.contains(singular.to_lowercase().as_str())
                || before == Some('.')
                || code
                || skills.contains(&word.to_lowercase())
                || skills.contains(&singular.to_lowercase())
                || ROMAN.is_match(word)
                || known.contains(word)
                || known.contains(singular)
                || skill_words.capitals.contains(word)
                || skill_words.capitals.contains(singular)
                || !seen.insert(singular.to_string())
                || inside_link(line.text, m.start())
                || explained(&all_text, &all_words, singular)
            {
                continue;
            }
            out.push(Hit::new(
                "unexplained-acronym",
                ad.words(line, m.start(), m.end()),
                format!("\"{word}\" is never spelt out"),
            ));
        }
    }
}

/// Whether the byte at `at` is part of a URL or an email address.
fn inside_link(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let end = text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + i);
    let token = &text[start..end];
    token.contains("://") || token.contains('@') || token.starts_with("www.")
}

/// Whether the advert explains an acronym: "(ABC)" after its words, "ABC (…)",
/// or its words written out with capitals ("Information Communication Technology").
fn explained<'t>(text: &'t str, words: &OnceCell<Vec<&'t str>>, acronym: &str) -> bool {
    text.contains(&format!("({acronym})"))
        || text.contains(&format!("({acronym}s)"))
        || text.match_indices(&format!("{acronym} (")).any(|(i, m)| {
            text[i + m.len()..]
                .chars()
                .take_while(|&c| c != ')')
                .filter(|c| c.is_whitespace())
                .count()
                >= 1
        })
        || spelt_out(words.get_or_init(|| words_of(text)), acronym)
}

/// The words of a text for [`spelt_out`]: runs of letters, digits and `&`.
fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '&')
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether capitalised words whose initials make `acronym` stand in a row
/// somewhere ("and", "of", "the", "for", "&" between them are skipped).
fn spelt_out(words: &[&str], acronym: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(char::is_ascii_uppercase).collect();
    if letters.len() < 2 {
        return false;
    }
    let small = |w: &str| matches!(w, "and" | "of" | "the" | "for" | "&" | "in" | "on");
    (0..words.len()).any(|start| {
        let mut i = start;
        for &letter in &letters {
            while i < words.len() && i > start && small(words[i]) {
                i += 1;
            }
            let Some(w) = words.get(i) else { return false };
            if !w.starts_with(letter) || w.len() < 2 || *w == acronym {
                return false;
            }
            i += 1;
        }
        true
    })
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{lines, run, run_with};

    #[test]
    fn advert_length_counts_words_of_the_advert_proper() {
        let md = "I've created a job description for you with many words in it.\n\n---\n\n# Clerk\n\nFiling.\n";
        assert!(run_with("long-advert", md, "[rules.long-advert]\nmax-words = 5\n").is_empty());
        let f = run_with("long-advert", md, "[rules.long-advert]\nmax-words = 1\n");
        assert_eq!(f[0].message, "The advert has 2 words, more than 1");
    }

    #[test]
    fn long_sentences_and_bullets() {
        let long = "word ".repeat(36);
        let md = format!("# Job\n\nShort one. Now {long}ends here.\n\n- {long}\n- short bullet\n");
        let f = run("long-sentence", &md);
        assert_eq!(f.iter().map(|f| f.line).collect::<Vec<_>>(), [3, 5]);
        assert_eq!(f[0].column, 12);
        assert_eq!(f[0].message, "This sentence has 39 words, more than 35");
    }

    #[test]
    fn a_sentence_of_exactly_the_limit_is_not_long() {
        // "Now" + words + "ends here" = n words, at and just past max-words.
        let sentence = |n: usize| format!("# Job\n\nNow {}ends here.\n", "word ".repeat(n - 3));
        let config = "[rules.long-sentence]\nmax-words = 20\n";
        assert!(run_with("long-sentence", &sentence(20), config).is_empty());
        let f = run_with("long-sentence", &sentence(21), config);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message, "This sentence has 21 words, more than 20");
        // The default limit, 35, at its edge.
        assert!(run("long-sentence", &sentence(35)).is_empty());
        assert_eq!(run("long-sentence", &sentence(36)).len(), 1);
    }

    #[test]
    fn bullets_are_scored_as_sentences() {
        // Without full stops, 30 bullets read as one sentence would score far below zero.
        let bullets = "- Good at talking to people\n".repeat(30);
        let md = format!("# Job\n\n{bullets}");
        assert!(run_with("readability", &md, "[rules.readability]\nmin-score = 60\n").is_empty());
    }

    #[test]
    fn readability_reports_the_score_and_where_to_start() {
        let r = crate::check::rule("readability").unwrap();
        let f = run_with("readability", r.bad, r.example_config);
        assert!(
            f[0].message.starts_with("Flesch reading ease is -"),
            "{}",
            f[0].message
        );
        assert!(f[0].hint.contains("on lines 3."), "{}", f[0].hint);
    }

    #[test]
    fn acronyms_known_explained_or_skills_pass() {
        let md = "# Developer\n\nJoin the NHS. You will use SQL, AWS and Kubernetes with the Data Services Platform (DSP). The DSP team and the MHSDS (Mental Health Services Data Set) are ours. Contact jobs@ACME.example.\n\nWORK WITH US TODAY\n";
        assert!(run("unexplained-acronym", md).is_empty());
        let md = "# Developer\n\nYOU AND US: a job you and the team do well, with MobX and GPhC registration (General Pharmaceutical Council).\n";
        assert!(
            run("unexplained-acronym", md).is_empty(),
            "{:?}",
            run("unexplained-acronym", md)
        );
        let md = "# Developer\n\nWe use .NET, GIT, AGILE methods, VS Code, ISO1401, AZ-305 and HSC/1999/012 in Information and Communication Technology (ICT) teams.\n";
        assert!(
            run("unexplained-acronym", md).is_empty(),
            "{:?}",
            run("unexplained-acronym", md)
        );
        let md = "# Developer\n\nYou will support the KMPT board and the KMPT team, in HIG.\n";
        let f = run("unexplained-acronym", md);
        assert_eq!(
            f.iter().map(|f| f.message.as_str()).collect::<Vec<_>>(),
            ["\"KMPT\" is never spelt out", "\"HIG\" is never spelt out"]
        );
        assert_eq!((f[0].column, f[0].end_column), (22, 26));
        assert!(
            run_with(
                "unexplained-acronym",
                md,
                "[rules.unexplained-acronym]\naccept = [\"KMPT\", \"HIG\"]\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn essential_requirements_are_counted_from_their_sections() {
        let items = "- Python\n".repeat(16);
        let md = format!("# Job\n\n## Essential\n\n{items}\n## About us\n\n- We are nice\n");
        assert_eq!(lines("too-many-requirements", &md), [5]);
        let md = format!("# Job\n\n## Desirable\n\n{items}");
        assert!(run("too-many-requirements", &md).is_empty());
    }
}
