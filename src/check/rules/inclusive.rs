//! Inclusive language: wording that puts some candidates off or shuts them
//! out. These read the advert proper (no preamble), and accept every word
//! listed under `[words] allow` in vacancy.toml.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Group, count, find_all, re};
use crate::check::{Advert, At, Category, Config, Default, Hit, Rule, Setting, Severity};

pub const GROUP: Group = Group {
    rules: RULES,
    check,
};

pub const RULES: &[Rule] = &[
    Rule {
        id: "gender-coded",
        category: Category::Inclusive,
        severity: Severity::Info,
        summary: "The advert's wording leans masculine or feminine, by the word stems of Gaucher, Friesen and Kay (2011), counted as the gender-decoder tool counts them, except words of the job's own title and skills (\"analyst\", \"lead\"), which are named apart.",
        hint: "Balance the wording: keep the coded words the job needs, and replace the others (e.g. \"competitive\" → \"motivated\", \"dominant\" → \"leading in its field\").",
        rationale: "Adverts worded with more masculine-coded words (\"competitive\", \"dominant\", \"leader\") were found less appealing to women, who judged they would belong less in the job; feminine-coded wording did not put men off to the same degree. The verdict is score = feminine − masculine count: 0 is neutral, 1 to 3 feminine-coded, above 3 strongly feminine-coded, and the same below zero for masculine. Each word counts once even when two stems match it (\"interpersonal\"), and a hyphenated word counts once, by its whole or else by its parts. Words sharing a stem with a word of the job's title or of a skill it asks for (\"analyst\", \"analytics\" and \"analyse\" in a Data Analyst's advert; \"lead\" in a Lead Engineer's) name the job rather than colour its wording, so they are not counted, and the finding lists them apart. Nor are stems in a sense that is no trait: nouns (\"individuals\", \"decisions\", \"sales leads\", \"challenges\", \"competitors\") and \"competitive\" of pay (\"competitive salary\"). It is a signal to read the advert again, not a verdict on it, hence `info`; and since the study found the effect for masculine wording only, only masculine-coded verdicts are reported unless `verdicts` says otherwise.",
        source: "Gaucher, D., Friesen, J. and Kay, A. C. (2011), \"Evidence That Gendered Wording in Job Advertisements Exists and Sustains Gender Inequality\", Journal of Personality and Social Psychology 101(1), 109–128; the stems as the gender-decoder project lists them (https://github.com/lovedaybrooke/gender-decoder)",
        bad: "# Clerk\n\nWe want a competitive, ambitious and decisive clerk to lead our office.\n",
        good: "# Clerk\n\nWe want a careful clerk to look after our office.\n",
        example_config: "",
        settings: &[Setting {
            name: "verdicts",
            default: Default::Words(&["masculine-coded", "strongly masculine-coded"]),
            doc: "The verdicts reported. Feminine-coded wording was not found to put men off, so it is not reported unless listed here.",
            choices: &[
                "masculine-coded",
                "strongly masculine-coded",
                "feminine-coded",
                "strongly feminine-coded",
            ],
        }],
    },
    Rule {
        id: "gendered-pronoun",
        category: Category::Inclusive,
        severity: Severity::Warning,
        summary: "The candidate spoken of as a man or a woman: \"he or she\", \"he/she\", \"s/he\", \"his/her\", \"him or her\".",
        hint: "Speak to the candidate as \"you\" (\"you will lead the team\"), or use \"they\" (\"the postholder… they will\").",
        rationale: "\"He or she\" and \"his/her\" leave out candidates who are neither, and read as an old form letter; \"you\" is shorter, and speaks to the reader. Style guides for public writing advise \"you\" or singular \"they\".",
        source: "GOV.UK style guide (\"Gender-neutral text\"); the Associated Press Stylebook on singular \"they\" (2017); Acas guidance on job adverts",
        bad: "# Administrator\n\nHe or she will manage the diary. The postholder will plan his/her own week.\n",
        good: "# Administrator\n\nYou will manage the diary and plan your own week.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "age-bias",
        category: Category::Inclusive,
        severity: Severity::Warning,
        summary: "Wording that favours younger candidates: \"young\", \"energetic\", \"recent graduate\", \"digital native\", an upper limit on experience.",
        hint: "Describe the skills and behaviours the job needs (e.g. \"comfortable with new software\" instead of \"digital native\"); a graduate scheme can be open to all graduates, whenever they graduated.",
        rationale: "Under the Equality Act 2010 age is a protected characteristic: an advert that suggests a preference for younger people can be evidence of discrimination, and it puts older candidates off. \"Young\" is reported only of the staff wanted (\"young team\", \"young, energetic team\", \"young professionals\"), not of the people a service works with (\"young people\", \"a young gentleman\") or of a thing (\"a young company\").",
        source: "Equality Act 2010, section 5 and section 13; Acas, \"Age discrimination: key points for the workplace\"; CIPD guidance on age-inclusive recruitment",
        bad: "# Sales Executive\n\nJoin our young, energetic team. Ideal for a recent graduate.\n",
        good: "# Sales Executive\n\nJoin our friendly team. Training is given from day one.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "ability-bias",
        category: Category::Inclusive,
        severity: Severity::Info,
        summary: "A physical requirement the advert does not tie to the job: \"able-bodied\", \"physically fit\", \"must be able to stand\", or a driving licence in an advert that never says the job involves driving.",
        hint: "Say what the job involves (\"you will visit clients across the county\") rather than what a body must do, and mention reasonable adjustments; ask for a licence only when driving is essential, and say why.",
        rationale: "Requirements that are not needed for the job exclude disabled candidates, and under the Equality Act 2010 they must be justified. A physical demand tied to a duty (\"lift boxes of up to 20 kg when unloading deliveries\") or a licence in an advert that explains the travel is left alone: the rule asks for the reason, it does not forbid the requirement. A measure alone (\"lift up to 20 kg\") says how much, not why.",
        source: "Equality Act 2010, sections 15 and 20 (reasonable adjustments); GOV.UK, \"Employing disabled people and people with health conditions\"; Acas guidance on job adverts",
        bad: "# Receptionist\n\nYou must be able to stand for long periods. A full driving licence is essential.\n",
        good: "# Receptionist\n\nYou will greet visitors at our front desk; we make reasonable adjustments. A full driving licence is essential, as you will drive the pool car between our two sites.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "nationality-bias",
        category: Category::Inclusive,
        severity: Severity::Warning,
        summary: "A requirement about origin rather than ability: \"native English speaker\", \"mother tongue\", \"English as a first language\".",
        hint: "Ask for the level of the language the job needs, e.g. \"fluent written and spoken English\" or \"English at CEFR level C1\".",
        rationale: "Being a native speaker is a matter of where someone grew up, which is tied to national origin, a protected characteristic; what the job needs is fluency, which anyone can have.",
        source: "Equality Act 2010, section 9 (race, including national origin); Equality and Human Rights Commission, Employment Statutory Code of Practice",
        bad: "# Copywriter\n\nYou are a native English speaker.\n",
        good: "# Copywriter\n\nYou write fluent, clear English.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "jargon-hype",
        category: Category::Inclusive,
        severity: Severity::Warning,
        summary: "Hype that says little and puts people off: \"rockstar\", \"ninja\", \"guru\", \"unicorn\", \"work hard, play hard\".",
        hint: "Say what the person will do and what skill it needs, e.g. \"an experienced Python developer\" instead of \"a Python ninja\".",
        rationale: "These words describe nobody's actual job. They read as a young, masculine culture, which puts off many qualified candidates, and \"work hard, play hard\" suggests long hours.",
        source: "Gaucher, Friesen and Kay (2011) on coded wording; Acas guidance on job adverts",
        bad: "# Developer\n\nWe need a JavaScript ninja. We work hard and play hard.\n",
        good: "# Developer\n\nWe need an experienced JavaScript developer.\n",
        example_config: "",
        settings: &[],
    },
    Rule {
        id: "banned-word",
        category: Category::Inclusive,
        severity: Severity::Warning,
        summary: "A word or phrase your team has chosen to avoid (listed under `[words] ban` in vacancy.toml).",
        hint: "Reword the sentence without it.",
        rationale: "House style: many teams keep their own list of words to avoid (\"family\" for a workplace, \"synergy\", a competitor's name).",
        source: "Your own vacancy.toml",
        bad: "# Developer\n\nWe are one big family.\n",
        good: "# Developer\n\nWe are a team of twelve.\n",
        example_config: "[words]\nban = [\"family\"]\n",
        settings: &[],
    },
];

/// The stem lists, read once from the data file.
struct Stems {
    masculine: Vec<String>,
    feminine: Vec<String>,
    exceptions: Vec<String>,
    /// Every stem with the lists it is in (EXCEPTION, MASCULINE, FEMININE bits),
    /// so that a word's stems are found by looking up its prefixes.
    index: HashMap<String, u8, crate::text::FnvBuild>,
    longest: usize,
}

const EXCEPTION: u8 = 1;
const MASCULINE: u8 = 2;
const FEMININE: u8 = 4;

static STEMS: LazyLock<Stems> = LazyLock::new(|| {
    let text = include_str!("../../../data/gender-coded-stems.txt");
    let mut stems = Stems {
        masculine: Vec::new(),
        feminine: Vec::new(),
        exceptions: Vec::new(),
        index: HashMap::default(),
        longest: 0,
    };
    let mut current: Option<&mut Vec<String>> = None;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line {
            "[masculine]" => current = Some(&mut stems.masculine),
            "[feminine]" => current = Some(&mut stems.feminine),
            "[exceptions]" => current = Some(&mut stems.exceptions),
            stem => {
                if let Some(list) = current.as_deref_mut() {
                    list.push(stem.to_lowercase());
                }
            }
        }
    }
    for (list, bit) in [
        (&stems.exceptions, EXCEPTION),
        (&stems.masculine, MASCULINE),
        (&stems.feminine, FEMININE),
    ] {
        for stem in list {
            *stems.index.entry(stem.clone()).or_default() |= bit;
            stems.longest = stems.longest.max(stem.len());
        }
    }
    stems
});

/// Words as gender-decoder reads them: runs of letters and hyphens, lower-cased.
/// The words of a text, as the pattern `[A-Za-z]+(?:-[A-Za-z]+)*` finds
/// them: runs of ASCII letters, joined by single hyphens ("self-starter").
/// Byte ranges. Written out because it runs over every word of every advert.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i == bytes.len() {
            return None;
        }
        let start = i;
        loop {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            if i + 1 < bytes.len() && bytes[i] == b'-' && bytes[i + 1].is_ascii_alphabetic() {
                i += 1;
            } else {
                return Some((start, i));
            }
        }
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coding {
    Masculine,
    Feminine,
}

/// The coding of one word, if any: by the whole word, else by its hyphenated parts.
fn coding(word: &str) -> Option<Coding> {
    let stems = &*STEMS;
    // The lists a word's stems are in: its prefixes looked up, not every stem tried.
    let of = |w: &str| {
        let lists = (1..=w.len().min(stems.longest))
            .filter_map(|k| w.get(..k).and_then(|prefix| stems.index.get(prefix)))
            .fold(0, |all, bits| all | bits);
        if lists & EXCEPTION != 0 {
            None
        } else if lists & MASCULINE != 0 {
            Some(Coding::Masculine)
        } else if lists & FEMININE != 0 {
            Some(Coding::Feminine)
        } else {
            None
        }
    };
    of(word).or_else(|| {
        if word.contains('-') {
            word.split('-').find_map(of)
        } else {
            None
        }
    })
}

/// Whether a coded word is used in a sense the stem lists do not mean: a
/// noun ("individuals", "decisions", "leads", "challenges", "competitors")
/// or "competitive" of pay ("competitive salary").
fn other_sense(word: &str, after: &str) -> bool {
    const NOUNS: &[&str] = &[
        "individual",
        "individuals",
        "decision",
        "decisions",
        "leads",
        "challenges",
        "competitor",
        "competitors",
        "competition",
    ];
    if NOUNS.contains(&word) {
        return true;
    }
    word == "competitive"
        && after
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|next| {
                matches!(
                    next.to_ascii_lowercase().as_str(),
                    "salary"
                        | "salaries"
                        | "pay"
                        | "wage"
                        | "wages"
                        | "rates"
                        | "rate"
                        | "package"
                        | "packages"
                        | "compensation"
                        | "benefits"
                        | "remuneration"
                        | "pricing"
                        | "prices"
                )
            })
}

/// The longest coded stem a word starts with ("analy" for "analyst" and
/// "analytics"), so that words of one stem are known as one.
fn coded_stem(word: &str) -> Option<String> {
    let stems = &*STEMS;
    (1..=word.len().min(stems.longest))
        .rev()
        .filter_map(|k| word.get(..k))
        .find(|prefix| {
            stems
                .index
                .get(*prefix)
                .is_some_and(|bits| bits & (MASCULINE | FEMININE) != 0)
        })
        .map(str::to_string)
}

/// gender-decoder's verdict for a score of feminine − masculine words.
fn verdict(masculine: usize, feminine: usize) -> &'static str {
    let score = feminine as i64 - masculine as i64;
    match score {
        _ if masculine + feminine == 0 => "empty",
        0 => "neutral",
        1..=3 => "feminine-coded",
        4.. => "strongly feminine-coded",
        -3..=-1 => "masculine-coded",
        _ => "strongly masculine-coded",
    }
}

/// "lead ×3, analytical, driven": the words found, most frequent first.
fn listing(words: &BTreeMap<String, usize>) -> String {
    let mut v: Vec<(&String, &usize)> = words.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let shown: Vec<String> = v
        .iter()
        .take(8)
        .map(|(w, n)| {
            if **n > 1 {
                format!("{w} ×{n}")
            } else {
                w.to_string()
            }
        })
        .collect();
    let more = if v.len() > 8 { ", …" } else { "" };
    format!("{}{more}", shown.join(", "))
}

fn gender_coded(ad: &Advert, config: &Config, out: &mut Vec<Hit>) {
    let mut found: [BTreeMap<String, usize>; 2] = [BTreeMap::new(), BTreeMap::new()];
    let mut first: [Option<At>; 2] = [None, None];
    // The employer's own name ("… Partnership Trust") says nothing about the wording.
    let employer: Vec<&str> = ad
        .posting
        .employer
        .as_deref()
        .map(|e| e.split_whitespace().collect())
        .unwrap_or_default();
    // The job's own title and skills ("Data Analyst", "Analytics", "Lead
    // Engineer") are what the job is, not how the advert is worded: counted
    // apart, and named in the finding.
    let own: Vec<String> = ad
        .posting
        .title
        .iter()
        .map(String::as_str)
        .chain(ad.posting.skills.iter().map(|s| s.name.as_str()))
        .flat_map(|t| words(t).map(move |(a, b)| t[a..b].to_ascii_lowercase()))
        .filter_map(|w| coded_stem(&w))
        .collect();
    let mut apart: BTreeMap<String, usize> = BTreeMap::new();
    for line in ad.lines() {
        for (start, end) in words(line.text) {
            let written = &line.text[start..end];
            if employer.contains(&written) {
                continue;
            }
            // ASCII letters and hyphens only: lower-cased as ASCII.
            let word = written.to_ascii_lowercase();
            let Some(c) = coding(&word) else { continue };
            if config.allow.iter().any(|a| word.starts_with(a.as_str())) {
                continue;
            }
            if coded_stem(&word).is_some_and(|stem| own.contains(&stem)) {
                *apart.entry(word).or_default() += 1;
                continue;
            }
            // A coded stem in a sense that is no trait: "competitive pay",
            // "sales leads", "an individual" or "decisions" as nouns.
            if other_sense(&word, &line.text[end..]) {
                continue;
            }
            let i = c as usize;
            *found[i].entry(word).or_default() += 1;
            if first[i].is_none() {
                first[i] = Some(ad.words(line, start, end));
            }
        }
    }
    let m: usize = found[0].values().sum();
    let f: usize = found[1].values().sum();
    let verdict = verdict(m, f);
    if !config
        .list("gender-coded", "verdicts")
        .iter()
        .any(|v| v == verdict)
    {
        return;
    }
    let dominant = if m > f { 0 } else { 1 };
    let at = first[dominant].clone().unwrap_or_else(|| ad.anchor());
    let side = |i: usize, n: usize, name: &str| {
        if n == 0 {
            format!("no {name}-coded words")
        } else {
            format!(
                "{} ({})",
                count(
                    n,
                    &format!("{name}-coded word"),
                    &format!("{name}-coded words")
                ),
                listing(&found[i])
            )
        }
    };
    out.push(
        Hit::new(
            "gender-coded",
            at,
            format!(
                "The advert is {verdict}: {} and {}{}",
                side(0, m, "masculine"),
                side(1, f, "feminine"),
                if apart.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; not counted, as the job's own title or skills: {}",
                        listing(&apart)
                    )
                }
            ),
        )
        .whole(),
    );
}

static AGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:young(?:er|est)?|youthful|energetic|digital natives?|recent(?:ly)? (?:graduates?|grads?|graduated)|fresh (?:graduates?|grads?)|(?:graduated|qualified) (?:in|within) the (?:last|past) \w+ years|no more than \w+ years['’]? (?:of )?experience|(?:a )?maximum (?:of )?\w+ years['’]? (?:of )?experience)\b",
    )
});
/// After "young", the people a service works with, not the staff it wants.
static YOUNG_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:people|persons?|adults?|children|carers|offenders|famil(?:y|ies)|learners|patients|minds?|audiences?|users|men|women|girls|boys|mothers|fathers|parents|lives|person['’]s)\b",
    )
});

/// After "energetic", a place or a pace rather than a person.
static ENERGETIC_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:and\s+\w+\s+)?(?:environment|atmosphere|setting|workplace|office|place|city|culture|pace|company|business|start-?up|industry|sector|market|venue|school|store|shop)\b",
    )
});

/// After "young", words that make it about the staff wanted: "young team",
/// "young, energetic team", "young and dynamic", "young professionals".
static YOUNG_STAFF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:\s*,?\s*(?:and\s+)?(?:\w+\s*,?\s*){0,2})?\s*(?:team|teams|candidates?|applicants?|professionals?|talent|blood|individuals?|workforce|staff|colleagues|crew|people\s+to\s+join|graduates?|hires?|engineers?|developers?|workers?|minds\s+to\s+join|at\s+heart|and\s+(?:dynamic|energetic|hungry|ambitious|vibrant|fun))\b|^\s*$",
    )
});

static PHYSICAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:able[- ]bodied|physically fit|medically fit|fit and healthy|in good (?:physical )?health|no (?:disabilities|health (?:problems|issues|conditions))|(?:must be |be )?(?:able to|capable of) (?:stand|walk|lift|carry|climb|kneel|bend|crouch)\w*)\b",
    )
});
/// Words that tie a physical demand to a duty: "when unloading deliveries",
/// "as the role involves…", "in order to care for patients".
static DUTY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:when|while|whilst|during|as part of|in order to|because|since the|(?:the|this) (?:role|job|post|work) (?:involves|requires|includes)|(?:role|job|post|work|duties) (?:involves?|requires?|includes?)|to (?:care for|assist|support|move|transfer|stock|load|unload|deliver|serve|clean|patrol|install|repair|maintain)\b)",
    )
});
static LICENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:full|clean|valid|current)\s+)*(?:(?:uk|eu|us)\s+)?(?:driving|driver['’]?s?) licen[cs]e\b",
    )
});
/// Words that say a job involves travel.
static TRAVEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:travel\w*|drive|drives|driving (?:to|between|around|is)|visits?|visiting|on the road|field[- ]based|mobile role|between (?:our )?(?:sites|offices|locations)|across (?:the )?(?:county|region|area|sites|patch)|company (?:car|van|truck|vehicle)|pool (?:car|vehicle)|home visits|community[- ]based|in the community|deliver(?:y|ies|ing|s)?|trucks?|vans?|forklifts?|field|door[- ]to[- ]door|own transport|routes?|on the road|transport(?:ing)? (?:patients|clients|goods|equipment|children|residents)|counties|multiple (?:sites|locations|counties)|site visits|inspections?)\b",
    )
});

static NATIONALITY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:native[- ](?:(?:english|welsh|french|german|spanish|italian|dutch|polish|portuguese|arabic|mandarin|chinese|japanese)[- ])?(?:speakers?|speaking|level|fluency|tongue)|mother[- ]tongue|(?:english|welsh|french|german|spanish) as (?:a|your|their) (?:first|native) language|first[- ]language (?:english|welsh|french|german|spanish) speakers?)\b",
    )
});

static HYPE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:rock[- ]?stars?|ninjas?|gurus?|wizards?|jedis?|unicorns?|superstars?|superheroe?s?|10x (?:engineers?|developers?)|work hard,? (?:and )?play hard|crush(?:ing)? it|badass|hustlers?)\b",
    )
});

/// Words before a hype word that turn it down.
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:not|no|never|nor|without|instead of|rather than|over|don['’]t|doesn['’]t|aren['’]t|isn['’]t|won['’]t)\b",
    )
});
/// A unicorn in the financial sense: a start-up valued at a billion.
static VALUATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:valu(?:ation|ed)|billion|\$\s?\d+\s?(?:bn|b)\b|funding|funded|series [a-e]|start-?ups?|status|investors?|raised)",
    )
});

/// Words that speak of the candidate by gender: "he or she", "his/her".
static GENDERED_PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:he\s*/\s*she|she\s*/\s*he|s/he|he or she|she or he|he \(or she\)|his\s*/\s*hers?|hers?\s*/\s*his|his or hers?|hers? or his|him\s*/\s*her|her\s*/\s*him|him or her|her or him|himself\s*/\s*herself|himself or herself)\b",
    )
});

fn check(ad: &Advert, config: &Config, out: &mut Vec<Hit>) {
    for (_, at, text) in find_all(ad, ad.lines(), &GENDERED_PRONOUN) {
        if config.allows(text.trim()) {
            continue;
        }
        out.push(Hit::new(
            "gendered-pronoun",
            at,
            format!("\"{text}\" speaks of the candidate as a man or a woman"),
        ));
    }
    if config.enabled("gender-coded") {
        gender_coded(ad, config, out);
    }
    let lines = ad.lines();
    let allowed = |text: &str| config.allows(text.trim());
    for (line, at, text) in find_all(ad, lines, &AGE) {
        if allowed(&text) {
            continue;
        }
        // "Dr Young", "Ms Young": a name, not an age.
        let at_byte = line.text.find(&text).unwrap_or(0);
        if text.starts_with("Young")
            && at_byte > 0
            && !line.text[..at_byte]
                .trim_end()
                .ends_with(['.', '!', '?', ':', '-', '*', '#', '•'])
            && !line.text[..at_byte].trim().is_empty()
        {
            continue;
        }
        // "an energetic environment": the place, not the person.
        if text.eq_ignore_ascii_case("energetic")
            && ENERGETIC_PLACE.is_match(&line.text[at_byte + text.len()..])
        {
            continue;
        }
        if text.to_lowercase().starts_with("young") {
            let at = line.text.find(&text).unwrap_or(0);
            let after = &line.text[at + text.len()..];
            // "young people", "a young gentleman who lives at home", "a young
            // platform": the people served or a thing, not the staff wanted.
            if YOUNG_SERVICE.is_match(after) || !YOUNG_STAFF.is_match(after) {
                continue;
            }
        }
        out.push(Hit::new(
            "age-bias",
            at,
            format!("\"{text}\" suggests a preference for younger candidates"),
        ));
    }
    for (line, at, text) in find_all(ad, lines, &PHYSICAL) {
        if allowed(&text) {
            continue;
        }
        let lower = text.to_lowercase();
        let is_ability = lower.contains("able to") || lower.contains("capable of");
        // "lift boxes of up to 20 kg when unloading deliveries": tied to a
        // duty. A measure alone ("up to 20kg") says how much, not why.
        if is_ability && DUTY.is_match(line.text) {
            continue;
        }
        out.push(Hit::new(
            "ability-bias",
            at,
            format!("\"{text}\": a physical requirement the advert does not tie to the job"),
        ));
    }
    let travels = lines.iter().any(|l| {
        let without = LICENCE.replace_all(l.text, "");
        TRAVEL.is_match(&without)
    });
    if !travels {
        for (_, at, text) in find_all(ad, lines, &LICENCE) {
            out.push(
                Hit::new(
                    "ability-bias",
                    at,
                    format!("\"{text}\" is asked for, but the advert never says the job involves driving"),
                )
                .hint("Say why the job needs driving (\"you will visit clients across the county\"), or accept other ways to travel."),
            );
        }
    }
    for (_, at, text) in find_all(ad, lines, &NATIONALITY) {
        if allowed(&text) {
            continue;
        }
        out.push(Hit::new(
            "nationality-bias",
            at,
            format!("\"{text}\" asks about origin, not ability in the language"),
        ));
    }
    for (line, at, text) in find_all(ad, lines, &HYPE) {
        if allowed(&text) {
            continue;
        }
        // "We are not hiring rockstars", "rock solid over rock star": the
        // word is what the advert turns down. "A unicorn valued at $1bn" is
        // a company's worth, not the candidate.
        let at_byte = line.text.find(&text).unwrap_or(0);
        let clause_start = line.text[..at_byte]
            .rfind(['.', ';', '!', '?'])
            .map_or(0, |i| i + 1);
        if NEGATED.is_match(&line.text[clause_start..at_byte]) {
            continue;
        }
        if text.to_lowercase().starts_with("unicorn") && VALUATION.is_match(line.text) {
            continue;
        }
        // "JEDI" (justice, equity, diversity and inclusion) is an acronym.
        if text.len() > 1 && text.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        out.push(Hit::new(
            "jargon-hype",
            at,
            format!("\"{text}\" is hype that says little about the job"),
        ));
    }
    if !config.ban.is_empty() {
        let alternatives: Vec<String> = config
            .ban
            .iter()
            .map(|w| crate::pattern::escape(w).replace(r"\ ", r"\s+"))
            .collect();
        let banned = re(&format!(r"(?i)\b(?:{})\b", alternatives.join("|")));
        for (_, at, text) in find_all(ad, lines, &banned) {
            out.push(Hit::new(
                "banned-word",
                at,
                format!("\"{text}\" is on this project's list of words to avoid"),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_what_the_word_pattern_finds() {
        let pattern = crate::text::re(r"[A-Za-z]+(?:-[A-Za-z]+)*");
        let mut texts: Vec<String> = ["self-starter, well--known -lead- co-op-ed", "", "-", "a"]
            .map(String::from)
            .to_vec();
        texts.extend(crate::text::random_texts("aB-- 1é’x", 5_000, 14, 5));
        for text in &texts {
            let by_pattern: Vec<(usize, usize)> = pattern
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(
                super::words(text).collect::<Vec<_>>(),
                by_pattern,
                "{text:?}"
            );
        }
    }
    use crate::check::testing::{lines, run, run_with};

    #[test]
    fn the_stem_file_is_clean() {
        let stems = &*STEMS;
        assert_eq!(stems.masculine.len(), 52);
        assert_eq!(stems.feminine.len(), 50);
        for list in [&stems.masculine, &stems.feminine, &stems.exceptions] {
            let mut seen = std::collections::HashSet::new();
            for s in list {
                assert!(seen.insert(s), "{s} twice");
                assert!(s.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{s}");
            }
        }
    }

    #[test]
    fn words_are_coded_by_stem_and_part() {
        assert_eq!(coding("competitive"), Some(Coding::Masculine));
        assert_eq!(coding("leadership"), Some(Coding::Masculine));
        assert_eq!(coding("collaborative"), Some(Coding::Feminine));
        assert_eq!(coding("interpersonal"), Some(Coding::Feminine));
        assert_eq!(coding("data-driven"), Some(Coding::Masculine));
        assert_eq!(coding("sharepoint"), None);
        assert_eq!(coding("python"), None);
    }

    #[test]
    fn verdicts_as_gender_decoder_gives_them() {
        assert_eq!(verdict(0, 0), "empty");
        assert_eq!(verdict(2, 2), "neutral");
        assert_eq!(verdict(0, 3), "feminine-coded");
        assert_eq!(verdict(1, 5), "strongly feminine-coded");
        assert_eq!(verdict(3, 0), "masculine-coded");
        assert_eq!(verdict(5, 1), "strongly masculine-coded");
    }

    #[test]
    fn the_verdict_counts_every_coded_word_once() {
        let md = "# Clerk\n\nWe want a competitive, ambitious analyst to Lead our team. Lead by example.\n\nYou are supportive.\n";
        let f = run("gender-coded", md);
        assert_eq!(f.len(), 1);
        assert_eq!(
            f[0].message,
            "The advert is strongly masculine-coded: 5 masculine-coded words (lead ×2, ambitious, analyst, competitive) and 1 feminine-coded word (supportive)"
        );
        // It points at the first masculine-coded word.
        assert_eq!((f[0].line, f[0].column), (3, 11));
        // Allowed words are not counted.
        let f = run_with(
            "gender-coded",
            md,
            "[words]\nallow = [\"lead\", \"analy\"]\n",
        );
        assert!(
            f[0].message
                .starts_with("The advert is masculine-coded: 2 masculine-coded words")
        );
        assert!(run("gender-coded", "# Clerk\n\nFiling and typing.\n").is_empty());
        // Feminine-coded wording is reported only when asked for.
        let kind = "# Clerk\n\nA kind, supportive team.\n";
        assert!(run("gender-coded", kind).is_empty());
        let f = run_with(
            "gender-coded",
            kind,
            "[rules.gender-coded]\nverdicts = [\"feminine-coded\"]\n",
        );
        assert_eq!(
            f[0].message,
            "The advert is feminine-coded: no masculine-coded words and 2 feminine-coded words (kind, supportive)"
        );
    }

    #[test]
    fn the_employers_name_is_not_counted() {
        let md = "# Clerk\n\nKestrel Care Trust is hiring. The Trust is in Leeds. We trust you.\n";
        let f = run_with(
            "gender-coded",
            md,
            "[rules.gender-coded]\nverdicts = [\"feminine-coded\"]\n",
        );
        assert!(
            f[0].message.contains("1 feminine-coded word (trust)"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn young_people_are_not_an_age_preference() {
        assert!(
            run(
                "age-bias",
                "# Youth Worker\n\nYou will support young people and young adults.\n"
            )
            .is_empty()
        );
        assert_eq!(
            lines(
                "age-bias",
                "# Job\n\nA young and dynamic team.\n\nDigital natives welcome.\n"
            ),
            [3, 5]
        );
    }

    #[test]
    fn demands_tied_to_a_duty_and_explained_licences_pass() {
        let md = "# Technician\n\n- Able to lift 50 lbs when loading the van\n- Valid driver's license\n\nYou will drive a company truck to your sites.\n";
        assert!(run("ability-bias", md).is_empty());
        // A measure says how much, not why.
        let md =
            "# Stock Assistant\n\n- Able to stand for long periods and lift boxes of up to 20kg\n";
        assert_eq!(lines("ability-bias", md), [3]);
        let md = "# Developer\n\n- Full driving licence and access to a vehicle\n- Able-bodied\n";
        assert_eq!(lines("ability-bias", md), [3, 4]);
    }

    #[test]
    fn native_speakers_and_hype() {
        assert_eq!(
            lines(
                "nationality-bias",
                "# Job\n\nNative-level English. Mother tongue German.\n"
            )
            .len(),
            2
        );
        assert!(
            run(
                "nationality-bias",
                "# Job\n\nFluent English. Our native app.\n"
            )
            .is_empty()
        );
        assert_eq!(
            lines(
                "jargon-hype",
                "# Job\n\nA coding rockstar who can work hard, play hard.\n"
            )
            .len(),
            2
        );
    }

    #[test]
    fn hype_turned_down_or_a_valuation_is_not_hype() {
        for md in [
            "# Developer\n\nWe are not hiring rockstars; we hire people who write tests.\n",
            "# Developer\n\nWe value rock solid over rock star.\n",
            "# Analyst\n\nThe company became a unicorn after its Series C, valued at $1.2bn.\n",
        ] {
            assert!(run("jargon-hype", md).is_empty(), "{md}");
        }
        assert_eq!(
            lines("jargon-hype", "# Developer\n\nAre you a Python ninja?\n"),
            [3]
        );
        assert!(run("jargon-hype", "# Officer\n\nYou will lead our JEDI plan.\n").is_empty());
    }

    #[test]
    fn young_of_the_staff_wanted_but_not_of_a_thing_or_a_client() {
        for md in [
            "# Support Worker\n\nOur service user is a young gentleman who loves music.\n",
            "# Engineer\n\nWe are a young platform with big plans.\n",
        ] {
            assert!(run("age-bias", md).is_empty(), "{md}");
        }
        assert_eq!(
            lines("age-bias", "# Sales\n\nJoin our young, fun team.\n"),
            [3]
        );
        // A name, and a lively place, are no age.
        for md in [
            "# Sales\n\nYou will report to Dr Young, our head of sales.\n",
            "# Sales\n\nA fast-paced, energetic environment.\n",
        ] {
            assert!(run("age-bias", md).is_empty(), "{md}");
        }
    }

    #[test]
    fn gender_coded_words_in_the_title_are_counted_apart() {
        let md = "# Lead Data Analyst\n\nAs our lead data analyst you will analyse sales with the analytics team.\n";
        let f = run("gender-coded", md);
        assert!(f.is_empty(), "{f:?}");
        let md =
            "# Lead Data Analyst\n\nWe want a competitive, ambitious, decisive analyst to lead.\n";
        let f = run("gender-coded", md);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message
                .contains("not counted, as the job's own title or skills: analyst ×2, lead ×2"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn coded_stems_in_another_sense_are_not_counted() {
        let md = "# Clerk\n\nA competitive salary. Individuals who like decisions and sales leads. Challenges for competitors.\n";
        assert!(run("gender-coded", md).is_empty());
    }

    #[test]
    fn gendered_pronouns_for_the_candidate() {
        let md = "# Administrator\n\nHe or she will keep the diary. The postholder plans his/her week. S/he reports to me.\n";
        assert_eq!(lines("gendered-pronoun", md).len(), 3);
        assert!(
            run(
                "gendered-pronoun",
                "# Administrator\n\nYou will keep the diary; they say she is kind.\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn banned_words_from_the_config() {
        let f = run_with(
            "banned-word",
            "# Job\n\nWe are a Family. Real synergy.\n",
            "[words]\nban = [\"family\", \"real synergy\"]\n",
        );
        assert_eq!(f.len(), 2);
        assert_eq!(
            f[0].message,
            "\"Family\" is on this project's list of words to avoid"
        );
    }
}
