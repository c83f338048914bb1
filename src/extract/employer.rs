//! The employer as the subject of the advert's own sentences: the last place
//! it is looked for, once labels, headlines and the sentences that name the
//! employer outright ("Acme is hiring a…") have found nothing.
//!
//! Every clause that opens with a name and a verb saying what the name is or
//! does ("Thorpe Design, Inc. is a full service contractor", "— Dominion
//! Voting Systems is seeking…", "About us: Shah Financial has been…") is a
//! candidate. What speaks for it is weighed in [`Candidate::weigh`], in one
//! place; the candidate with most in its favour is kept when it has enough and
//! at least one strong sign. The ranking is written out in
//! `docs/extraction.md` ("Employer").

use std::sync::LazyLock;

use crate::document::BlockKind;
use crate::pattern::Regex;

use super::headline::{
    ORG_WORD, SECTION_WORDS, STRONG_ORG_WORD, ends_in_legal_form, expand_employer, job_noun,
    names_a_job, not_a_name, set_employer,
};
use super::{Context, Out, re};

/// A name at the start of a clause: capitalised words, with "of", "and",
/// "for" between them, and a legal form after a comma.
/// (Its letters are Latin ones, not every letter Unicode knows: the pattern
/// stays small, and quick to build and run.)
const NAME: &str = r"(?P<org>(?:The\s+)?[A-Z0-9À-ÖØ-Þ][A-Za-z0-9À-ÖØ-öø-ž_&'’.°\-]*(?:\s+(?:[A-Z0-9À-ÖØ-Þ&][A-Za-z0-9À-ÖØ-öø-ž_&'’.°\-]*|of|and|for|de|on|the|van|von|der|den|du|la|le|del|della|da|di|dos|das|des))*?)(?P<form>,?\s+(?i:inc|llc|llp|ltd|limited|corp|co|plc|gmbh|ag|bv|pty|pvt)\b\.?)?(?:\s*\((?P<short>[^)]{1,40})\))?";

/// A name, then a verb that says what it is or does.
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^{NAME},?\s+(?:and\s+its\s+\w+\s+)?(?:(?P<hiring>(?:is|are)\s+(?:(?:currently|now|actively|also)\s+)?(?:seeking|looking\s+(?:for|to\s+hire)|hiring|recruiting|searching\s+for|in\s+search\s+of)|seeks|invites\s+applications)|(?P<is>is|are|was|were)|(?:has|have|had|helps|makes|builds|provides|offers|develops|creates|operates|runs|specialises|specializes|serves|delivers|designs|manufactures|supports|combines|brings|connects|empowers|enables|exists|employs|covers|believes|uses|works|powers|started|launched|began|gives|lets|transforms|aims))\b(?P<rest>.*)$"
    ))
});
/// A name, a clause in commas, then a hiring verb: "The Eastern Plains
/// Transport Authority, under the Act of 2018 on government administration,
/// invites applications for…".
static SUBJECT_ASIDE_HIRING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^{NAME},\s+[^,]{{3,80}},\s+(?:(?:is|are)\s+(?:(?:currently|now|actively)\s+)?(?:seeking|looking\s+(?:for|to\s+hire)|hiring|recruiting)|seeks|invites\s+applications)\b"
    ))
});
/// Words of a strong sign, looked for before the patterns (see [`from_subjects`]).
static STRONG_CUE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r" (?:is|are|was|were) (?:a|an|the|one of) | seek|Seeks| looking | hiring| recruiting| in search | searching | invites |^At |^Here at |^We at |^We here at | here at | career at | career with | working at | work at |^We are |['’]s mission is |['’]s vision is |['’]s purpose is |^As an? | team is |^About |, an? |, the |\b(?:Inc|Ltd|LLC|LLP|plc|PLC|GmbH|Limited|Corp|Corporation|Co|AG|BV|Pty|Pvt|NHS|Trust|Council|University|College|Ministry|Foundation|Authority|Institute|Charity|Hospitals?|Board)\b",
    )
});
/// "At Cella, a digital company, we welcome…": the organisation the writer speaks for.
static AT_WE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:Here\s+)?At\s+{NAME},\s+(?:(?:an?|the)\s+[^,]+?,\s+)?(?:we|our|you)\b"
    ))
});
/// "We at Elbwerk Mobility are looking for…", "We here at Fenwick build…":
/// the organisation the writer speaks for, named after "we".
static WE_AT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^We\s+(?:here\s+)?at\s+{NAME}\s+(?:are|have|believe|build|make|help|love|want|need|run|do)\b"
    ))
});
/// "… our Python Developer role here at Open Utility.": the organisation
/// the writer speaks for, at the end of its clause.
static HERE_AT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:(?:[Hh]ere|[Yy]our\s+(?:career|future)|[Ww]ork(?:ing)?|[Aa]\s+career)\s+at|[Yy]our\s+career\s+with)\s+{NAME}\s*(?:[.!;]|,\s+(?:we|our|you)\b|$)"
    ))
});
/// "Talentooze’s mission is to…": the organisation's own purpose.
static MISSION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^{NAME}['’]s\s+(?:mission|vision|purpose)\s+is\s+to\b"
    ))
});
/// "We are the Founders Factory, a corporate-backed incubator…".
static WE_ARE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^We\s+are\s+(?:the\s+)?{NAME},\s+(?:an?|the|one\s+of\s+the)\s+"
    ))
});
/// "As a Florida Blue employee, you…", "As an employee of Kessel Pharma, you…".
static AS_EMPLOYEE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^As\s+an?\s+{NAME}\s+(?:employee|team\s+member|associate|colleague)\b"
    ))
});
static AS_EMPLOYEE_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^As\s+an?\s+(?:employee|team\s+member|associate|colleague)\s+(?:of|at)\s+{NAME}\s*,"
    ))
});
/// "The Terra Forza Golf team is growing!".
static TEAM_GROWING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^{NAME}\s+team\s+is\s+(?:growing|expanding|hiring|recruiting)\b"
    ))
});
/// "About Kings of Neon: Illuminating the world…": a label naming the organisation.
static ABOUT_NAME: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"^About\s+{NAME}\s*:")));
/// Labels and headings over a description of the organisation.
static ABOUT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:about(?: us| the company| the business| the organi[sz]ation| the employer)?|company (?:overview|description|profile|info(?:rmation)?)|who we are|our company|the company|overview)$",
    )
});
/// Words after "About" that name no organisation.
static ABOUT_GENERIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:us|you|the\b.*|this\b.*|our\b.*|me|working\b.*|benefits|yourself|company|role|job|position)$",
    )
});
/// "… is a full service contractor", "… is the premier Event Rental Company":
/// the clause says the name is an organisation.
/// Words for an organisation: "a full service contractor", "a 70-seat restaurant".
const ORG_NOUNS: &str = r"(?:company|business|firm|provider|organi[sz]ation|agency|start-?up|platform|group|charity|employer|network|consultancy|studio|manufacturer|retailer|brand|bank|practice|trust|hospital|school|university|college|institution|operator|maker|insurer|lender|marketplace|supplier|council|authority|clinic|contractor|cent(?:er|re)|non-?profit|not-for-profit|commission|court|corporation|enterprise|restaurant|hotel|distributor|publisher|developer\s+of|leader\s+in|pioneer|association|society|foundation|co-?operative|cooperative|partnership)s?\b";
/// The article that opens "… is a / the / one of …".
static ARTICLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s+(?:a|an|the|one\s+of\s+the|one\s+of)\s+"));
static ORG_NOUN_WORD: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{ORG_NOUNS}")));

/// "… is a full service contractor", "… is the premier Event Rental
/// Company": the rest of the clause says the name is an organisation, by a
/// word for one within 120 characters of the article, in the same sentence.
/// (Searched in two steps: one pattern with the distance in it is slow to build.)
fn says_organisation(rest: &str) -> bool {
    let Some(article) = ARTICLE.find(rest) else {
        return false;
    };
    let after = &rest[article.end()..];
    // The first word for an organisation after the article; a later one is
    // no nearer.
    ORG_NOUN_WORD.find(after).is_some_and(|m| {
        let between = &after[..m.start()];
        !between.contains(['.', ';']) && between.chars().count() <= 120
    })
}
/// "head chef at Paperbark Table, a 70-seat restaurant": a name in
/// apposition to an organisation's word, after "at" or "join" ("partners with X, a firm" is
/// not the employer).
static AT_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:at|join)\s+\**{NAME}\**,\s+(?:an?|the|one\s+of\s+the)\s+[^.;,]*?\b(?i:{ORG_NOUNS})"
    ))
});
/// "… is the newest part of the Vinted Group": a part of an organisation.
static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:\S+\s+){0,4}?(?:part|member|subsidiary|division|arm|unit|brand|department)\s+of\b",
    )
});
/// The last word of a department or a team, which is not the employer.
static PART_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:Team|Teams|Department|Division|Unit|Directorate|Ward|Office|Section|Branch|Programme|Program)$",
    )
});

/// How strongly a clause's form speaks for the name it opens with.
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// "… is seeking", "At X, we", "As an X employee", "the X team is growing",
    /// "About X:".
    Hiring,
    /// "X is a … company".
    Organisation,
    /// "X is…", "X provides…": says nothing of what X is.
    Plain,
}

struct Candidate {
    name: String,
    line: usize,
    evidence: String,
    score: i32,
}

impl Candidate {
    /// What speaks for `name`, from the clause it opens (`form`), the words of
    /// the name and where else the advert uses it. `None` when nothing strong
    /// speaks for it: a name that only "is" or "has" something, however often
    /// it is named, may be a product, a place or a programme.
    #[allow(clippy::too_many_arguments)]
    fn weigh(
        cx: &Context,
        name: &str,
        short: Option<&str>,
        legal_form: bool,
        form: Form,
        about: bool,
        opens_block: bool,
        then_we: bool,
    ) -> Option<i32> {
        let mut score = 0;
        let mut strong = false;
        match form {
            Form::Hiring => {
                score += 3;
                strong = true;
            }
            Form::Organisation => {
                score += 2;
                strong = true;
            }
            Form::Plain => {}
        }
        if legal_form || ends_in_legal_form(name) || STRONG_ORG_WORD.is_match(name) {
            score += 2;
            strong = true;
        }
        if about {
            score += 2;
            strong = true;
        }
        let squashed: String = name
            .strip_prefix("The ")
            .unwrap_or(name)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        if squashed.len() >= 5 && cx.in_own_domain(&squashed) {
            score += 2;
            strong = true;
        }
        score += match times_named(cx, name) {
            0 | 1 => {
                // "Marquee Event Rentals is…", "Marquee combines…": its first word again.
                let first = name.strip_prefix("The ").unwrap_or(name);
                let first = first.split_whitespace().next().unwrap_or("");
                i32::from(
                    name.split_whitespace().count() > 1
                        && first.chars().count() >= 4
                        && times_named(cx, first) >= 2,
                )
            }
            2 => 1,
            _ => 2,
        };
        if short.is_some_and(|s| {
            s.len() >= 2 && s.chars().all(|c| c.is_ascii_uppercase()) && times_named(cx, s) >= 2
        }) {
            score += 1;
        }
        // A paragraph that opens with the name, named again elsewhere.
        if opens_block && times_named(cx, name) >= 2 {
            strong = true;
        }
        score += i32::from(opens_block) + i32::from(then_we);
        (strong && score >= 2).then_some(score)
    }
}

/// How many times `name` occurs in the advert's lines as whole words.
fn times_named(cx: &Context, name: &str) -> usize {
    let whole = |text: &str, at: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    cx.lines
        .iter()
        .map(|l| {
            l.text
                .match_indices(name)
                .filter(|(at, _)| whole(l.text, *at))
                .count()
        })
        .sum()
}

/// The clauses of a line that may open with a name: each sentence, the text
/// after a short label ("Company Description: …", "Day to Day:Insight…") and
/// after a dash ("Specialist II – Dominion Voting Systems — Dominion… is
/// seeking"). Each comes with the label before it, if any.
fn clauses<'t>(sentences: &[&'t str]) -> Vec<(&'t str, Option<&'t str>)> {
    let mut out = Vec::new();
    for &sentence in sentences {
        out.push((sentence, None));
        // After a label of up to four words.
        if let Some(colon) = sentence.find(':') {
            let label = sentence[..colon].trim();
            let rest = sentence[colon + 1..].trim_start();
            if !label.is_empty()
                && label.split_whitespace().count() <= 4
                && rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            {
                out.push((rest, Some(label)));
            }
        }
        // After praise of the name before it: "One of Edinburgh’s most
        // exciting startups, TravelNest is growing".
        if let Some(rest) = sentence.strip_prefix("One of ")
            && let Some((_, after)) = rest.split_once(", ")
            && after.starts_with(char::is_uppercase)
        {
            out.push((after, None));
        }
        // After a dash between clauses.
        for dash in ["—", " – ", " - "] {
            for (at, _) in sentence.match_indices(dash) {
                let rest = sentence[at + dash.len()..].trim_start();
                if rest.starts_with(char::is_uppercase) {
                    out.push((rest, None));
                }
            }
        }
    }
    out
}

/// Sentences of a line: split after a stop followed by a space, or by a
/// capital straight after a small letter and a stop ("signature.Atala…",
/// "SMS?Sandstone…"), as pasted text runs them together.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        // "Day to Day:Insight Global is looking…": a label glued to the
        // sentence after it, where a line break was lost.
        if b == b':'
            && i >= start
            && i > 0
            && bytes[i - 1].is_ascii_alphabetic()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        {
            out.push(text[start..i].trim());
            start = i + 1;
            continue;
        }
        if !matches!(b, b'.' | b'?' | b'!') || i < start {
            continue;
        }
        let next = bytes.get(i + 1).copied();
        let spaced = next == Some(b' ');
        // "Why choose SMS?Sandstone…": after a question or an exclamation
        // the capital starts a sentence whatever the letter before.
        let glued = next.is_some_and(|n| n.is_ascii_uppercase())
            && i > 0
            && (bytes[i - 1].is_ascii_lowercase()
                || (b != b'.' && bytes[i - 1].is_ascii_alphanumeric()))
            // "Pitchup.com", "e.g.": a word with a dot inside goes on in small letters.
            && !text[..i].ends_with(|c: char| !c.is_alphabetic());
        // "Thorpe Design, Inc. is…", "St. Luke's", "J. Smith": a dot that ends a short form.
        let word = text[..i]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let short_form = matches!(
            word,
            "Inc"
                | "Ltd"
                | "Co"
                | "Corp"
                | "St"
                | "Dr"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "No"
                | "Dept"
                | "Jr"
                | "Sr"
                | "Pvt"
                | "Pty"
                | "Sdn"
                | "Bhd"
        ) || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()));
        if (spaced || glued) && !short_form {
            out.push(text[start..i].trim());
            start = i + 1;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// Whether `line` goes on with the sentence of the line before it in its
/// block, `previous`: "… a history of over 50 years in Trinidad and" /
/// "Tobago, is seeking a Payroll Supervisor". Then its first words are no
/// sentence's subject. Not across two columns side by side (a PDF copied as
/// text), where a line's end is the other column's.
pub(super) fn goes_on_from(previous: &str, line: &str) -> bool {
    !previous.trim().contains("   ") && !line.trim().contains("   ") && ends_mid_sentence(previous)
}

/// Whether a line ends on a word no sentence ends with ("and", "of", "in")
/// or a comma.
fn ends_mid_sentence(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with(',') {
        return true;
    }
    let last = line.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(
        last,
        "and"
            | "or"
            | "of"
            | "in"
            | "the"
            | "for"
            | "at"
            | "to"
            | "with"
            | "from"
            | "by"
            | "a"
            | "an"
            | "on"
    )
}

/// Last resort for the employer, once skills and the place are known: the
/// best-weighed name a clause opens with.
pub fn from_subjects(cx: &Context, out: &mut Out) {
    if out.posting.employer.is_some() {
        return;
    }
    let skills: Vec<String> = out
        .posting
        .skills
        .iter()
        .map(|s| s.name.to_lowercase())
        .collect();
    let title = out.posting.title.clone().unwrap_or_default();
    let location = out.posting.location.clone().unwrap_or_default();
    let mut best: Vec<Candidate> = Vec::new();
    let mut previous_block = usize::MAX;
    let mut about_section = false;
    let mut previous_text = "";
    for line in cx.lines.iter() {
        let block = &cx.doc.blocks[line.block];
        let first_line_of_block = line.block != previous_block;
        let continues = !first_line_of_block && goes_on_from(previous_text, line.text);
        previous_text = line.text;
        if first_line_of_block {
            about_section = cx
                .doc
                .headings_of(line.block)
                .next()
                .is_some_and(|h| ABOUT_LABEL.is_match(h.heading.trim().trim_end_matches(':')));
        }
        previous_block = line.block;
        // Bullets list duties and requirements: an organisation is spoken of
        // in paragraphs (and an "About us" section's lines, whatever their form).
        if block.is_heading() || (block.kind != BlockKind::Paragraph && !about_section) {
            continue;
        }
        // "Palo Alto Networks® is…": a mark after a name is not part of it.
        let unmarked;
        let mut text = line.text.trim_start_matches(['*', '_', ' ']);
        if text.contains(['®', '™']) {
            unmarked = text.replace(['®', '™'], "");
            text = &unmarked;
        }
        // A line with no capital after its first character opens no clause with a name.
        if !text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !text.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        let sentence_starts: Vec<&str> = sentences(text);
        let all = clauses(&sentence_starts);
        for (k, (clause, label)) in all.iter().enumerate() {
            let about = about_section || label.is_some_and(|l| ABOUT_LABEL.is_match(l));
            if k == 0 && continues {
                continue;
            }
            let opens_block = first_line_of_block && k == 0 && block.kind == BlockKind::Paragraph;
            // Most clauses open with no name and a verb: a quick look spares
            // the patterns.
            if !may_open_with_a_name(clause) {
                continue;
            }
            // Inside a paragraph, away from an "About us" section, a name
            // needs a strong sign in its own clause (a hiring verb, "is a …",
            // a legal form or an organisation's word) to be chosen at all.
            if !(opens_block
                || about
                || STRONG_CUE.is_match(clause)
                || opens_with_own_domain(cx, clause))
            {
                continue;
            }
            let captured =
                |r: &'static Regex| r.is_match(clause).then(|| r.captures(clause)).flatten();
            let (caps, form) = if let Some(c) = captured(&ABOUT_NAME) {
                if ABOUT_GENERIC.is_match(c["org"].trim()) {
                    continue;
                }
                (c, Form::Hiring)
            } else if let Some(c) = captured(&AT_WE) {
                (c, Form::Hiring)
            } else if let Some(c) = clause
                .starts_with("We ")
                .then(|| captured(&WE_AT))
                .flatten()
            {
                (c, Form::Hiring)
            } else if let Some(c) = captured(&HERE_AT) {
                (c, Form::Hiring)
            } else if let Some(c) = captured(&WE_ARE) {
                (c, Form::Organisation)
            } else if let Some(c) = captured(&MISSION) {
                (c, Form::Organisation)
            } else if let Some(c) = captured(&AS_EMPLOYEE) {
                (c, Form::Hiring)
            } else if let Some(c) = captured(&AS_EMPLOYEE_OF) {
                (c, Form::Hiring)
            } else if let Some(c) = captured(&AT_APPOSITIVE) {
                (c, Form::Organisation)
            } else if let Some(c) = captured(&TEAM_GROWING) {
                (c, Form::Hiring)
            } else if let Some(c) = captured(&SUBJECT_ASIDE_HIRING) {
                (c, Form::Hiring)
            } else if let Some(c) = captured(&SUBJECT) {
                let form = if c.name("hiring").is_some() {
                    Form::Hiring
                } else if c.name("is").is_some()
                    && says_organisation(&c["rest"])
                    && !PART_OF.is_match(&c["rest"])
                {
                    Form::Organisation
                } else {
                    Form::Plain
                };
                (c, form)
            } else {
                continue;
            };
            let name = tidy(caps["org"].trim());
            // "Priorities are set weekly": one word with a plural verb is a
            // plural noun, not a name.
            let plural_verb = caps
                .name("is")
                .is_some_and(|v| matches!(v.as_str(), "are" | "were"));
            if form == Form::Plain && plural_verb && !name.contains(' ') {
                continue;
            }
            // "The Terra Forza Golf team": the team's article is not the name's.
            let name = match form {
                Form::Hiring if TEAM_GROWING.is_match(clause) => {
                    name.strip_prefix("The ").unwrap_or(name)
                }
                _ => name,
            };
            // "# Palo Alto Networks" / "Palo Alto Networks is the fastest-growing
            // security company": a headline that names the organisation, not
            // the job, is no bar to it.
            let names_the_headline = form != Form::Plain && name.eq_ignore_ascii_case(title.trim());
            if !plausible(
                name,
                if names_the_headline { "" } else { &title },
                &location,
                &skills,
                // A skill's name said to be a company ("Palo Alto Networks
                // is the … security company") is the company.
                caps.name("form").is_some() || form != Form::Plain,
            ) || (caps.name("form").is_none() && ordinary_word(cx, name))
            {
                continue;
            }
            // The sentence after this one opens with "We" or "Our".
            let then_we = sentence_starts
                .iter()
                .position(|s| clause.starts_with(s) || s.ends_with(clause))
                .and_then(|i| sentence_starts.get(i + 1))
                .is_some_and(|s| s.starts_with("We ") || s.starts_with("Our "));
            let Some(score) = Candidate::weigh(
                cx,
                name,
                caps.name("short").map(|m| m.as_str()),
                caps.name("form").is_some(),
                form,
                about,
                opens_block,
                then_we,
            ) else {
                continue;
            };
            let full = match caps.name("form") {
                Some(f) => format!("{name}{}", f.as_str()),
                None => name.to_string(),
            };
            best.push(Candidate {
                name: full,
                line: line.line,
                evidence: clause.to_string(),
                score,
            });
        }
    }
    let Some(top) = best.iter().map(|c| c.score).max() else {
        return;
    };
    let first = best
        .iter()
        .find(|c| c.score == top)
        .expect("a top candidate");
    // Two names weighed alike: neither is the one.
    let key = |n: &str| n.trim_start_matches("The ").to_lowercase();
    if let Some(rival) = best.iter().find(|c| {
        c.score == top
            && !key(&c.name).contains(&key(&first.name))
            && !key(&first.name).contains(&key(&c.name))
    }) {
        out.note(format!(
            "employer: \"{}\" and \"{}\" are spoken of alike, so neither is given",
            first.name, rival.name
        ));
        return;
    }
    set_employer(out, &first.name, first.line, &first.evidence);
    expand_employer(cx, out);
    if let (Some(title), Some(employer)) = (&out.posting.title, &out.posting.employer)
        && title.eq_ignore_ascii_case(employer)
    {
        out.note(format!(
            "title: \"{title}\" is the employer's name, which the advert's text speaks of as an organisation, not the job's"
        ));
        out.posting.title = None;
    }
}

/// The organisation's short name in a job board's address, where the
/// board gives each employer its own page: `jobs.ashbyhq.com/cosuno/…`,
/// `boards.greenhouse.io/acme/…`, `jobs.lever.co/acme/…`,
/// `acme.jobs.personio.com`, `statestreet.wd1.myworkdayjobs.com`.
fn board_slug(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.to_ascii_lowercase();
    let first_segment = || path.split(['/', '?', '#']).next().unwrap_or("").to_string();
    let slug = match host.as_str() {
        "jobs.ashbyhq.com"
        | "boards.greenhouse.io"
        | "job-boards.greenhouse.io"
        | "jobs.lever.co"
        | "apply.workable.com"
        | "jobs.smartrecruiters.com"
        | "jobs.jobvite.com" => first_segment(),
        h if h.ends_with(".myworkdaysite.com") => {
            // wd3.myworkdaysite.com/recruiting/southernwater/…
            let mut parts = path.split('/');
            match (parts.next(), parts.next()) {
                (Some("recruiting"), Some(name)) => name.to_string(),
                _ => return None,
            }
        }
        h => {
            let suffixes = [
                ".jobs.personio.com",
                ".jobs.personio.de",
                ".bamboohr.com",
                ".recruitee.com",
                ".teamtailor.com",
                ".breezy.hr",
                ".applytojob.com",
                ".myworkdayjobs.com",
            ];
            let head = suffixes.iter().find_map(|s| h.strip_suffix(s))?;
            // "statestreet.wd1": the name before Workday's data centre.
            head.split('.').next().unwrap_or("").to_string()
        }
    };
    let squashed: String = slug
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (squashed.len() >= 3 && squashed.chars().any(|c| c.is_ascii_alphabetic())).then_some(squashed)
}

/// Last of all, the employer a job board's address names, as the advert
/// writes the name: one to four words whose letters are the address's
/// short name ("State Street" for `statestreet`). A name the text never
/// writes is not guessed from the address.
pub fn from_board_address(cx: &Context, out: &mut Out) {
    if out.posting.employer.is_some() {
        return;
    }
    let Some(slug) = cx.doc.links.iter().find_map(|l| board_slug(&l.url)) else {
        return;
    };
    let squash = |words: &[&str]| -> String {
        words
            .iter()
            .flat_map(|w| w.chars())
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    for line in cx.lines.iter() {
        let words: Vec<&str> = line
            .text
            .split_whitespace()
            .filter(|w| !w.contains("://") && !w.starts_with("www.") && !w.contains('@'))
            .map(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.strip_suffix("’s")
                    .or_else(|| w.strip_suffix("'s"))
                    .unwrap_or(w)
            })
            .collect();
        for len in 1..=4 {
            for window in words.windows(len) {
                if window[0].starts_with(char::is_uppercase) && squash(window) == slug {
                    let name = window.join(" ");
                    out.evidence("employer", line.line, line.text);
                    out.note(format!(
                        "employer: \"{name}\" taken from the job board's address, which names it"
                    ));
                    out.posting.employer = Some(name);
                    return;
                }
            }
        }
    }
}

/// Whether `name` is one word the advert also writes in small letters
/// ("People are our priority… we insist that people take breaks"): an
/// ordinary word at the start of a sentence, not a name.
fn ordinary_word(cx: &Context, name: &str) -> bool {
    if name.contains(' ') || !name.chars().skip(1).all(char::is_lowercase) {
        return false;
    }
    let lower = name.to_lowercase();
    // A word among words, not part of an address ("jobs@percolate.com").
    let word_before = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || "(\"“‘'".contains(c));
    let word_after = |rest: &str| {
        let mut chars = rest.chars();
        match chars.next() {
            None => true,
            Some('.') => !chars.next().is_some_and(char::is_alphanumeric),
            Some(c) => c.is_whitespace() || ",;:!?)\"”’".contains(c),
        }
    };
    cx.lines.iter().any(|l| {
        l.text.match_indices(&lower).any(|(at, _)| {
            word_before(l.text[..at].chars().next_back()) && word_after(&l.text[at + lower.len()..])
        })
    })
}

/// A quick look before the patterns: a clause that may open with a name
/// has a capital or a figure first, and one of the forms' verbs or words
/// within its first dozen words ("Acme Ltd is…", "At Acme, we…").
fn may_open_with_a_name(clause: &str) -> bool {
    if !clause.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '*') {
        return false;
    }
    let a_word_of_the_forms = |w: &str| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "helps"
                | "makes"
                | "builds"
                | "provides"
                | "offers"
                | "develops"
                | "creates"
                | "operates"
                | "runs"
                | "specialises"
                | "specializes"
                | "serves"
                | "delivers"
                | "designs"
                | "manufactures"
                | "supports"
                | "combines"
                | "brings"
                | "connects"
                | "empowers"
                | "enables"
                | "exists"
                | "employs"
                | "covers"
                | "believes"
                | "uses"
                | "works"
                | "powers"
                | "started"
                | "launched"
                | "began"
                | "gives"
                | "lets"
                | "transforms"
                | "aims"
                | "seeks"
                | "Seeks"
                | "invites"
                | "we"
                | "We"
                | "our"
                | "Our"
                | "employee"
                | "member"
                | "associate"
                | "colleague"
                | "team"
                | "Team"
        )
    };
    clause.starts_with("About ")
        || clause.starts_with("At ")
        || clause.split_whitespace().take(12).any(a_word_of_the_forms)
        // "head chef at X, a 70-seat restaurant"
        || [
            ", a ",
            ", an ",
            ", the ",
            " career at ",
            " career with ",
            " invites applications",
        ]
            .iter()
            .any(|w| clause.contains(w))
}

/// Whether the clause's first one, two or three words, run together, are
/// in the advert's own web or mail domain ("Project VOYCE …", projectvoyce.org).
fn opens_with_own_domain(cx: &Context, clause: &str) -> bool {
    let mut squashed = String::new();
    for word in clause.split_whitespace().take(3) {
        squashed.extend(
            word.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase),
        );
        if squashed.len() >= 5 && cx.in_own_domain(&squashed) {
            return true;
        }
    }
    false
}

/// A name without the connecting words a lazy match may leave at its end.
fn tidy(name: &str) -> &str {
    let full = name;
    let mut name = name.trim_end_matches([',', '.', ':']);
    // "Logistiek B.V.": a form of dotted initials keeps its last dot.
    if name
        .rsplit(' ')
        .next()
        .is_some_and(super::headline::dotted_initials)
        && full[name.len()..].starts_with('.')
    {
        name = &full[..name.len() + 1];
    }
    // "BENEFIT SUMMARYBlois Construction": a heading in capitals run into the name.
    let b = name.as_bytes();
    if let Some(p) = (3..b.len().saturating_sub(1))
        .find(|&p| b[p - 3..=p].iter().all(u8::is_ascii_uppercase) && b[p + 1].is_ascii_lowercase())
    {
        name = &name[p..];
    }
    loop {
        let Some((head, last)) = name.rsplit_once(' ') else {
            return name;
        };
        if matches!(last, "of" | "and" | "for" | "de" | "on" | "the" | "&") {
            name = head.trim_end();
        } else {
            return name;
        }
    }
}

/// Whether `name` may be an organisation's name at all: not a pronoun or a
/// question, not a word for the employer ("The Company"), a department, a
/// job, the title, the place, a skill or a section's name.
fn plausible(name: &str, title: &str, location: &str, skills: &[String], form: bool) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let lower = name.to_lowercase();
    let generic = name
        .strip_prefix("The ")
        .is_some_and(|rest| !rest.contains(' ') && ORG_WORD.is_match(rest));
    // "Equal Opportunity EmployerWe are…": a sentence run into the next.
    let glued = words.iter().any(|w| {
        ["We", "Our", "You"].iter().any(|p| {
            w.strip_suffix(p)
                .is_some_and(|head| head.ends_with(|c: char| c.is_lowercase()))
        })
    });
    !not_a_name(name)
        && !glued
        // "As an NHS employee": the service as a whole, not an employer.
        && name != "NHS"
        && !generic
        && words.len() <= 8
        && name.chars().filter(|c| c.is_alphanumeric()).count() > 2
        && name.chars().any(char::is_alphabetic)
        && !PART_WORD.is_match(last)
        && (!job_noun(last) || ORG_WORD.is_match(name))
        && !names_a_job(name)
        && (title.is_empty() || (!title.contains(name) && !name.contains(title)))
        && !location.contains(name)
        && !SECTION_WORDS.is_match(name)
        && (form
            || ends_in_legal_form(name)
            || !skills
                .iter()
                .any(|s| *s == lower || lower.starts_with(&format!("{s} "))))
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};
    use crate::extract::extract as run;

    fn employer(text: &str) -> (Option<String>, Vec<String>) {
        let p = run(&Document::parse(text, Format::Text), "-");
        (p.employer, p.notes)
    }

    #[test]
    fn a_label_glued_to_the_sentence_after_it() {
        let (e, _) = employer(
            "Flight Software Engineer\n\nMust have C++ and a degree in a related field Day to Day:Orbital Path Systems is looking to hire a Flight Software Engineer for its lander.\n",
        );
        assert_eq!(e.as_deref(), Some("Orbital Path Systems"));
        // A time or a link is no label.
        assert_eq!(
            super::sentences("Call at 10:30 or see https://example.org today."),
            vec!["Call at 10:30 or see https://example.org today."]
        );
    }

    #[test]
    fn a_name_a_clause_in_commas_and_a_hiring_verb() {
        let (e, _) = employer(
            "PROCUREMENT OFFICER\n\nThe Western Plains Water Board, under the Water Act of 2011, invites applications for the post of Procurement Officer.\n",
        );
        assert_eq!(e.as_deref(), Some("The Western Plains Water Board"));
        // A place in commas is no organisation's aside.
        let (e, _) = employer(
            "Nurse\n\nWe care for people.\n\nHollin, near Dawlish, is home to secure services.\n",
        );
        assert_eq!(e, None);
    }

    #[test]
    fn an_agency_that_says_so_is_not_the_employer() {
        let (e, notes) = employer(
            "Fraud Analyst\n\nSalary: €45k\n\nQuayside Talent is proud to be partnering with a well-established gaming operator for a Fraud Analyst to join their team. Our client has offices by the sea.\n\nQuayside Talent is a licensed employment business.\n",
        );
        assert_eq!(e, None);
        assert!(notes.iter().any(|n| n.contains("recruiter")), "{notes:?}");
    }

    #[test]
    fn here_at_we_are_praise_before_the_name_and_marks_after_it() {
        for (text, want) in [
            (
                "Hello\n\nThanks for your interest in our Backend Developer role here at Quillfield Energy. We build meters.\n",
                "Quillfield Energy",
            ),
            (
                "Overview\n\nWe are the Lantern Works, a venture studio for climate start-ups. We back founders.\n",
                "Lantern Works",
            ),
            (
                "About Us\n\nOne of Glasgow’s most exciting startups, Ferrymoor is going through a period of growth.\n",
                "Ferrymoor",
            ),
            (
                "About\n\nBrightwall Systems® is the fastest-growing storage company in Europe. We hire.\n",
                "Brightwall Systems",
            ),
            (
                "Office Manager\n\nWhy choose KMS?Kelso Medical Services is a professional services firm in Ohio.\n",
                "Kelso Medical Services",
            ),
            (
                "Recruiter\n\nPosition Overview: Hireloom’s mission is to find people rewarding work.\n",
                "Hireloom",
            ),
            (
                "Field Sales\n\nYou will visit clinics.\n\nAs an employee of Marrow Biologics, you will shape how we reach patients.\n",
                "Marrow Biologics",
            ),
            (
                "HVAC Technician\n\nWe fix air conditioning across the region.\n\nApply today and start your career with Keldon Minds.\n",
                "Keldon Minds",
            ),
        ] {
            assert_eq!(employer(text).0.as_deref(), Some(want), "{text}");
        }
        // "work at home" names no one.
        assert_eq!(
            employer("Care Aide\n\nYou can work at home. Shifts vary.\n").0,
            None
        );
    }

    #[test]
    fn a_job_board_s_address_names_the_employer_as_the_text_writes_it() {
        use super::board_slug;
        assert_eq!(
            board_slug("https://jobs.ashbyhq.com/kestrel-labs/b19354"),
            Some("kestrellabs".to_string())
        );
        assert_eq!(
            board_slug("https://northwind.wd1.myworkdayjobs.com/en-US/Careers/job/1"),
            Some("northwind".to_string())
        );
        assert_eq!(
            board_slug("https://wd3.myworkdaysite.com/recruiting/southvale/Southvale/job/2"),
            Some("southvale".to_string())
        );
        assert_eq!(
            board_slug("https://tarn.jobs.personio.de/job/7"),
            Some("tarn".to_string())
        );
        assert_eq!(board_slug("https://www.example.com/careers/tarn"), None);
        let p = crate::analyse(
            "**URL:** https://jobs.lever.co/kestrellabs/123\n\nData Engineer\n\nYou will build pipelines for Kestrel Labs and its clients.\n",
            "t.md",
            Some(crate::document::Format::Markdown),
            None,
        );
        assert_eq!(p.employer.as_deref(), Some("Kestrel Labs"));
        // A name the text never writes is not guessed.
        let p = crate::analyse(
            "**URL:** https://jobs.lever.co/kestrellabs/123\n\nData Engineer\n\nYou will build pipelines.\n",
            "t.md",
            Some(crate::document::Format::Markdown),
            None,
        );
        assert_eq!(p.employer, None);
        // "At X, you": the organisation the writer speaks for.
        assert_eq!(
            employer("Analyst\n\nAt Brindle, you will work with creative people.\n")
                .0
                .as_deref(),
            Some("Brindle")
        );
    }

    #[test]
    fn a_headline_that_the_text_calls_a_company_is_the_employer_not_the_title() {
        let p = crate::analyse(
            "# Palo Alto Networks\n\nPalo Alto Networks® is the largest security company we know. We offer a mission.\n\n## Role\n\nAs part of the QA team at Palo Alto Networks, you will test firewalls.\n",
            "t.md",
            Some(Format::Markdown),
            None,
        );
        // (A skill's name too, said to be a company, is the company.)
        assert_eq!(p.employer.as_deref(), Some("Palo Alto Networks"));
        assert_eq!(p.title, None);
        assert!(
            p.notes.iter().any(|n| n.contains("employer's name")),
            "{:?}",
            p.notes
        );
    }

    #[test]
    fn the_subject_of_a_company_description_is_the_employer() {
        let text = "Company Description: Harrow Lane Design, Inc. is a full service \
                    sprinkler contractor serving the valley.\n\nWe need a CAD drafter \
                    to join us.\n";
        assert_eq!(
            employer(text).0.as_deref(),
            Some("Harrow Lane Design, Inc.")
        );
        let text = "About us: Pellow Financial has been helping families plan since \
                    1990.\n\nThe role\nYou will advise clients. Pellow Financial pays \
                    well and Pellow Financial trains you.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Pellow Financial"));
    }

    #[test]
    fn a_name_after_a_dash_or_an_about_label_is_read() {
        let text = "Ballot Clerk (Mesa, AZ) – Quillon Voting Systems — Quillon Voting \
                    Systems is seeking a Ballot Clerk to join its team. Salary: $20 an hour.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Quillon Voting Systems"));
        let text = "About Lanterns of Brass: Lighting up the world one sign at a time. \
                    We make signs.\n\nWe need a sales rep.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Lanterns of Brass"));
    }

    #[test]
    fn an_organisation_spoken_of_by_its_people_is_the_employer() {
        let text = "Join us to build great things.\n\nAt Ferrow, a cloud data company, \
                    we welcome people of all abilities.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Ferrow"));
        let text = "The Dunmore Putters team is growing! Territory to be decided.\n\n\
                    Sell Dunmore Putters products to golf shops.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Dunmore Putters"));
        let text = "What we offer\n\nAs a Kestrel Mutual employee, you will enjoy a \
                    pension and free lunches.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Kestrel Mutual"));
        let text = "G'day all. I'm Mick, head chef at **Saltbush Table**, a 70-seat modern \
                    restaurant on the main street. We need a cook.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Saltbush Table"));
    }

    #[test]
    fn names_with_particles_and_dotted_forms() {
        let text = "Data Engineer\n\nVan der Linden Logistiek B.V. is a family-owned logistics \
                    provider with warehouses in Utrecht.\n";
        assert_eq!(
            employer(text).0.as_deref(),
            Some("Van der Linden Logistiek B.V.")
        );
        let text = "Buyer\n\nCasa da Ribeira is a family hotel group in the Douro.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Casa da Ribeira"));
    }

    #[test]
    fn a_short_name_grows_to_the_full_one_the_advert_writes() {
        let text = "Saltbush Ridge is a family-owned winery in the hills.\n\nWe need a cook. \
                    Saltbush Ridge Winery is an equal opportunity employer.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Saltbush Ridge Winery"));
    }

    #[test]
    fn a_legal_form_s_dot_ends_no_sentence_and_alone_names_no_one() {
        let text =
            "Job description\n\nNandi Spice Foods Pvt. Ltd. makes masalas sold across Karnataka.\n";
        assert_eq!(
            employer(text).0.map(|e| e.replace('.', "")).as_deref(),
            Some("Nandi Spice Foods Pvt Ltd")
        );
        let p = crate::analyse(
            "# Fleet Administrator\n\nPosted 3 June 2026 by Calder Hire Ltd\n\nWe rent vans.\n",
            "t",
            None,
            None,
        );
        assert_eq!(p.employer.as_deref(), Some("Calder Hire Ltd"));
    }

    #[test]
    fn a_wrapped_line_opens_no_sentence() {
        // The words after a line's break are no subject when the line
        // before ends on "and", "of", "in" or a comma.
        let p = crate::analyse(
            "PAYROLL CLERK\n\nOur client, a food wholesaler with depots across Antigua and\nBarbuda, is seeking a Payroll Clerk for its office.\n",
            "t.txt",
            None,
            None,
        );
        assert_eq!(p.employer, None);
        // A line that ends its sentence leaves the next one its subject.
        let p = crate::analyse(
            "PAYROLL CLERK\n\nWe pay staff every Friday.\nPalmetto Foods Ltd is seeking a Payroll Clerk.\n",
            "t.txt",
            None,
            None,
        );
        assert_eq!(p.employer.as_deref(), Some("Palmetto Foods Ltd"));
    }

    #[test]
    fn we_at_a_name_is_the_employer() {
        let text = "We at Norrbacka Freight are looking for a planner to join our team.\n\nWe move parcels.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Norrbacka Freight"));
        let text = "We here at Quayside Labs build tools for scientists.\n";
        assert_eq!(employer(text).0.as_deref(), Some("Quayside Labs"));
    }

    #[test]
    fn names_with_nothing_strong_for_them_give_none() {
        // A product, named often, that only "is" something.
        let text = "Training is provided in the first month, and training goes on \
                    weekly.\n\nTraining is paid.\n";
        assert_eq!(employer(text).0, None);
        // A department, a job and a place are not the employer.
        let text = "The Finance Team is looking for a clerk.\n";
        assert_eq!(employer(text).0, None);
        let text = "The Clinical Lead is seeking support.\n";
        assert_eq!(employer(text).0, None);
        // A skill the advert asks for.
        let text = "Python is the language we love. Python is quick to learn. We use \
                    Python and Django.\n";
        assert_eq!(employer(text).0, None);
    }

    #[test]
    fn two_names_weighed_alike_give_none_with_a_note() {
        let text = "Orrin Tools Ltd has a workshop in town.\n\nBexley Plastics Ltd has \
                    a depot by the river.\n";
        let (got, notes) = employer(text);
        assert_eq!(got, None);
        assert!(
            notes.iter().any(|n| n.contains("spoken of alike")),
            "{notes:?}"
        );
    }
}
