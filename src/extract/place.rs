//! Location and working pattern (on-site, hybrid, remote).

use std::sync::LazyLock;

use crate::pattern::Regex;

use super::{Context, HEADER_LINES, Out, Place, WorkMode, geo, re};
use crate::document::BlockKind;

static LOCATION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(location|locations|job location|job locations|assigned branch|assigned location|assigned site|assigned school|work location|primary location|place of work|place of posting|places of posting|posting location|place of duty|base|based|based in|base location|office|office location|site|city|town|where|workplace|duty station|location\(s\)|campus|branch|depot|store|store location|centre|center|work address|workplace address|address|job address|work site|worksite|(?:location|base|site)\s*/\s*[a-z ]{2,20}|[a-z ]{2,20}\s*/\s*location)$",
    )
});
static MODE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(work mode|working mode|work setting|working pattern|work pattern|work arrangement|working arrangements?|workplace type|remote|remote working|work model|working model|location type|work set-?up|work type|workplace|mode of work|remote work policy|remote policy|work location type|on-?site or remote|remote or on-?site)$",
    )
});
/// Words before "in Place" that make it where candidates live: "for
/// applicants in New York, New Jersey…".
static APPLICANTS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:applicants?|candidates?|residents?|employees|hires|workers)\s+(?:(?:located|based|living|residing|who\s+(?:live|reside|are))\s+)?(?:in\s+)?$",
    )
});
/// Words that make what follows a partner's: "in cooperation with the …".
static PARTNER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:co-?operation|collaboration|partnership|conjunction|association)\s+with\s+(?:the\s+)?(?:[A-Z][\w'’&\-]*\s+){0,6}$",
    )
});
/// Labels that ask whether the job is remote, answered yes or no ("Remote
/// job: No", "Telework eligible: No", as USAJOBS and other forms put it).
static MODE_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(remote|remote job|remote work|remote working|remote eligible|remote position|remote option|telework|telework eligible|teleworking|telecommuting|telecommute|work from home|fully remote)\??$",
    )
});
static ANSWER_NO: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(no|none|not (eligible|available|possible|offered)|n/?a|false)\b"));
static ANSWER_YES: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(yes|true)\b"));
/// "office in Leeds", "based in Cardiff, Wales".
const IN_PLACE_PATTERN: &str = r"\b(?:(?:office|offices|[Bb]ased|[Ll]ocated|[Ss]ituated|site|headquarters|HQ|hub|campus|hospital|studio|[Hh]iring|vacancy|vacancies|opportunity|position)\s+(?:is\s+)?(?:in|at)|\bareas?\s+within|\b(?:on-?site|in[- ]person|in[- ]office)\s+(?:at\s+(?:the\s+)?(?:[A-Z][\w'’&\-]*\s+){1,4})?in|(?:team|teams|[Dd]eveloper|[Ee]ngineer|job|centre|center|clinic|branch|store|shop|depot|warehouse|surgery|restaurant|hotel|plant|factory|(?i:network|service|practice|unit|ward|home|facility)|Hospital|Infirmary|Clinic)\s+in|\b(?:town|city|village)\s+of|\b(?:work|working|based)\s+across|\b(?:across|between)\s+(?:(?:our|the|two|three|both)\s+)?(?:sites|hospitals|bases|locations|units|campuses|hubs)\s+(?:in|at)|\b[Cc]ross[- ]site\s+(?:working\s+)?(?:between|across|at)|\bin\s+(?:central|downtown|uptown|midtown)|\b(?:join|joining)\s+(?:us|our\s+team|the\s+team)\s+in|\b(?:close\s+to|near|in)\s+the\s+(?:centre|center|heart)\s+of|\bheadquartered\s+in|\b(?:reside|live|living)\s+(?:in\s+or\s+near|in|near)|\bin\s+(?:beautiful|sunny|vibrant|historic|picturesque|scenic|lovely|charming|bustling|thriving)|\blocated\s+(?:approximately\s+|just\s+|about\s+|only\s+)?[0-9]+\s+miles\s+from|\bcommut\w*\s+distance\s+(?:of|to|from)|\b(?:[Hh]iring|[Rr]ecruiting|[Ss]eeking|looking\s+for)\s+(?:an?\s+|(?:two|three|four|five|[0-9]{1,2})\s+)?(?:[A-Z][\w/&\-]*\s+){1,5}in)\s+(?:the\s+)?(?:(?i:heart|centre|center)\s+of\s+(?:the\s+)?)?(?P<place>[A-Z][\w'’\-]+(?:[ \-][A-Z][\w'’\-]+|\s+(?:upon|on|of)\s+[A-Z][\w'’\-]+){0,3}(?:,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})?)";
static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| re(IN_PLACE_PATTERN));
/// "in our Cardiff office", "their New York City offices".
const PLACE_OFFICE_PATTERN: &str = r"\b(?:in|at|[Oo]ur|their|its)\s+(?:our\s+|the\s+)?(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+|\s+(?:upon|on|of)\s+[A-Z][\w'’\-]+){0,2})\s+(?:office|offices|HQ|headquarters|site|hub|campus|store|branch|depot|warehouse|clinic|studio|plant|factory|terminal|yard|hospital)\b";
static PLACE_OFFICE: LazyLock<Regex> = LazyLock::new(|| re(PLACE_OFFICE_PATTERN));
/// "across the Doncaster locality", "in the Leeds area".
const PLACE_AREA_PATTERN: &str = r"\b(?:in|across|within|covering|throughout)\s+the\s+(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+|\s+(?:upon|on|of)\s+[A-Z][\w'’\-]+){0,2})\s+(?:locality|area|district|borough)\b";
static PLACE_AREA: LazyLock<Regex> = LazyLock::new(|| re(PLACE_AREA_PATTERN));

/// "situated in Tonteg near Pontypridd", "Langdon, near Dawlish, is home
/// to…": the town a site lies near, named after it.
const PLACE_NEAR_PATTERN: &str = r"(?:\b(?:situated|located|based)\s+(?:in|at)\s+(?:[A-Z][\w'’\-]+\s+){1,3}|\b[A-Z][\w'’\-]+,\s+)(?:[Nn]ear|[Nn]r\.?)\s+(?P<place>[A-Z][\w'’\-]+(?:[ \-][A-Z][\w'’\-]+){0,2})";
static PLACE_NEAR: LazyLock<Regex> = LazyLock::new(|| re(PLACE_NEAR_PATTERN));

/// "One of Edinburgh’s most exciting startups", "one of London’s leading
/// fintechs": the town an employer is praised in, which it is in.
const PLACE_PRAISED_PATTERN: &str = r"\b[Oo]ne\s+of\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s+(?:leading|most|best|fastest|top|largest|biggest|hottest|favourite|favorite|oldest|newest)\b";
static PLACE_PRAISED: LazyLock<Regex> = LazyLock::new(|| re(PLACE_PRAISED_PATTERN));
/// Words for the employer's head office, before or in a place's phrase.
static HEAD_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bheadquarter|\bhead\s+office|\bHQ\b|\bhead-?quartered|\bregistered\s+office")
});
/// Any of the patterns a place in running text is found by, but the US
/// state's (see [`may_name_a_us_state`]).
static PLACE_CUES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::any_of([
        TOWN_REGION_PATTERN,
        IN_PLACE_PATTERN,
        PLACE_OFFICE_PATTERN,
        PLACE_AREA_PATTERN,
        PLACE_PRAISED_PATTERN,
        PLACE_NEAR_PATTERN,
    ])
});
/// "Austin, TX" style US places.
const US_PLACE_PATTERN: &str = r"\b(?P<place>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2},[ \t]*(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming))\b";
static US_PLACE: LazyLock<Regex> = LazyLock::new(|| re(US_PLACE_PATTERN));
/// The countries that pay in euros.
const EUROZONE: &[&str] = &[
    "AT", "BE", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
    "PT", "SK", "SI", "ES", "AD", "MC", "SM", "VA", "ME", "XK",
];

/// The states (and DC) of [`US_PLACE_PATTERN`], by code and by name.
const US_STATES: &[&str] = &[
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
];

/// Whether a comma in `text` is followed (after spaces or tabs) by a US
/// state's code or name as a whole word: every text [`US_PLACE`] matches
/// passes, so the pattern, the dearest of the place cues to compile, is
/// compiled and tried only for texts that pass.
fn may_name_a_us_state(text: &str) -> bool {
    text.match_indices(',').any(|(at, _)| {
        let rest = text[at + 1..].trim_start_matches([' ', '\t']);
        US_STATES.iter().any(|state| {
            rest.starts_with(state)
                && !rest[state.len()..]
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
    })
}
/// Words that end a place name taken from running text.
const NOT_PLACE: &[&str] = &[
    "The", "We", "Our", "This", "You", "And", "With", "Monday", "Friday", "Agile", "Scrum",
];

static REMOTE_STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(fully[- ]remote|100\s?%\s+remote|remote[- ]first|remote[- ]only|all[- ]remote|work from anywhere|\bremote (position|role|job|opportunity|working is available|team|contract|employee|worker|based|work)\b|\b(is|be|are) (fully |100% )?remote\b|\b(part[- ]time|full[- ]time|contract|temporary|permanent) (and|or) remote\b|\bremote (and|or) (part[- ]time|full[- ]time)\b|\bcould be remote\b|\b(conducted|performed|done|carried out) remotely\b|\(remote\)|this (role|position|job) is remote|(role|position|job) is (fully )?remote|work(ing)? remotely full[- ]time|(can|will) work remotely from (anywhere|any)\b|remote work from anywhere|telecommut\w+|\bremote[- ]eligible\b|\bremote\s*\(|^remote$|\bwfh\b)",
    )
});
static HYBRID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\bhybrid\s+(working|work|role|position|job|pattern|arrangement|basis|schedule|options?)\b|\bhybrid\s+(work(ing)?\s+)?model\b.*\b(office|home|remote(ly)?|on[- ]?site|in[- ]person|days?\s+(a|per)\s+week)\b|\bhybrid\s*[),.;/]|\b(a|full[- ]time|part[- ]time) hybrid\s+(?:[A-Z][\w/-]*\s+){0,4}(role|position|job|post|opportunity)\b|\bis hybrid\b|\bhybrid$|^\s*hybrid\s*[:–—-]\s|\(hybrid|:\s*hybrid|\b[1-4](?:\s*[-–]\s*[1-4])?\s+days?\s+(?:a|per)\s+week\s+(?:in|at)\s+(?:the|our)?\s*(?:\w+\s+)?office|\b[1-4](?:\s*[-–]\s*[1-4])?\s+days?\s+(?:in|at)\s+(?:the|our)\s+office|split between (home|remote) and (the )?office|mix of (home|remote) and office|(home|remote) and office[- ]based|\b(remote(ly)?|from home)\s+(work(ing)?\s+)?on\s+(mondays|tuesdays|wednesdays|thursdays|fridays)\b|\b(?:\d|one|two|three)(\s*[-–]\s*\d)?\s+days?\s+(a|per)\s+week\s+((?:working|work)\s+)?(from home|remote(ly)?|at home)\b|\b(?:in|work)\s+(?:a|in\s+a)\s+hybrid\s+(?:way|manner|fashion|set-?up|mode)\b|\bhybrid\s+way\s+of\s+working\b|\b(?:in|at|from)\s+(?:the|our)\s+office\s+(?:at\s+least\s+|up\s+to\s+|around\s+|about\s+)?(?:[1-4]|one|two|three|four)(?:\s*[-–]\s*[1-4])?\s+days?\s+(?:a|per|each)\s+week\b|\b(?:at\s+least\s+)?(?:one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\s+(?:in|at|from)\s+(?:the|our)\s+office\b|\bsplit\s+(?:your|their|our|the)\s+(?:working\s+)?(?:week|time)\s+between\s+[^.;]{0,60}\bhome\b|\b(?:in|at)\s+(?:the|our)\s+office\b[^.;]{0,60}?\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\b[^.;]{0,80}?\bfrom\s+home\b|\bhome\s+office\s+(?:is\s+)?(?:possible|available|allowed)\b[^.;]{0,60}?\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each)\s+week\b)",
    )
});
/// "Our office in Leeds, twice a week, and the rest from home": days in the
/// office and the rest at home (asked only of lines that say "rest" or
/// "days" and "home" or "remote").
static HYBRID_REST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:office|on[- ]?site)\b[^.;]{0,60}?\b(?:once|twice|(?:[1-4]|one|two|three|four)\s+(?:days?|times))\s+(?:a|per|each)\s+week\b[^.;]{0,80}?\b(?:the\s+rest|other\s+days|remaining\s+days)\b[^.;]{0,30}?\b(?:from\s+home|at\s+home|remote(?:ly)?)\b",
    )
});
static NO_REMOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bnot\s+(?:suitable|possible|available|eligible|an option)\s+(?:for\s+)?(?:home|remote)[- ]work(?:ing)?\b|\b(?:home|remote)[- ]working\s+is\s+not\s+(?:possible|available|an option|offered)\b|\b(no|not|non)[- ](a |an |fully )?remote\b|\bremote (work|working) is not\b|\b(cannot|can ?not|can['’]t|could not|will not|won['’]t|not)\s+(be\s+)?(done|performed|carried out|worked|conducted|undertaken)\s+remotely\b",
    )
});
/// "We do not offer remote or hybrid work for this position": a pattern
/// the employer says it does not offer.
static NOT_OFFERED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:do|does|will|would|could|can)\s*(?:not|n['’]t)|can['’]t|cannot|won['’]t|unable\s+to)\s+(?:offer|support|allow|provide|consider|accommodate)\s+(?:any\s+)?(?:fully\s+)?(?:remote|hybrid|home|wfh)(?:\s*(?:,|or|and|/)\s*(?:fully\s+)?(?:remote|hybrid|home|wfh))*\s*(?:[- ]?work(?:ing)?|options?|arrangements?|roles?|positions?|candidates?|applicants?)?\b|\bnot\s+(?:open\s+to|eligible\s+for)\s+(?:remote|hybrid)(?:\s+(?:or|and)\s+(?:remote|hybrid))?(?:\s+work(?:ing)?)?\b",
    )
});
static FULLY_REMOTE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:fully|100\s?%|entirely|completely|wholly)\s+remote\b"));
static PART_REMOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(some|partly|partially|occasionally|at times|flexibility|part of the week)\b")
});
static OFFICE_OR_SITE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(office|studio|on[- ]?site|in person|in-person|premises|located in)\b")
});
/// A benefit named after a working pattern: "remote work allowance",
/// "home office stipend", "WFH budget".
static ALLOWANCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:remote|home|wfh|work[- ]from[- ]home)[- ]?(?:work(?:ing)?\s+|office\s+|set-?up\s+)?(?:allowance|stipend|budget|reimbursement|equipment)s?\b",
    )
});
static HOME_WORK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(working|work) (from|at) home\b|\bhome[- ]working\b|\bremote(ly)? work")
});
static OFFICE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(office|on[- ]site|onsite)\b"));
static ONSITE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(\b(fully|100\s?%)\s+(on[- ]site|office[- ]based|in[- ]office)|\bon[- ]?site (role|position|job|working)\b|\boffice[- ]based (role|position|job)\b|\b(this|the) (role|position|job|post) is (fully |entirely )?(office[- ]based|on[- ]?site|in[- ]person)\b|\bin[- ]person (role|position|job)\b|\bwork(s|ing)? on[- ]?site\b|\bmust (work|be based) (from|in|at) (our|the) office\b|\b(?:will be|you['’]ll be|is|are) (?:fully |entirely )?office[- ]based\b|^on[- ]?site$|^office[- ]based$|^in[- ]person$|^(?:on[- ]?site|office[- ]based|in[- ]person)\s*[,;(–—]|\bon[- ]?site work\b|\bnot (a )?remote\b|\bno remote\b|\bnot an?\s+(?:work[- ]from[- ]home|wfh|home[- ]based|remote)\s+(?:role|position|job|post|opportunity)\b|\bwork[- ]from[- ](?:the[- ])?office\s+(?:role|position|job|post)\b|\b(?:5|five)\s+days\s+(?:a|per|each)\s+week\s+(?:in|at)\s+(?:the|our)\s+(?:\w+\s+)?office\b)",
    )
});

/// Words one of which every pattern [`mode_in`] asks for holds: a line with
/// none of them states no working pattern, and is passed over.
static MODE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)hybrid|office|remote|anywhere|telecommut|wfh|site|person|home[- ]work|from home|at home|split",
    )
});

fn mode_in(text: &str) -> Option<WorkMode> {
    if !MODE_WORDS.is_match(text) {
        return None;
    }
    // "a remote work allowance of ¥5,000/month", "home-office stipend": a
    // benefit named after the pattern says nothing of it.
    let without_benefit;
    let text = if ALLOWANCE.is_match(text) {
        without_benefit = ALLOWANCE.replace_all(text, " ");
        if !MODE_WORDS.is_match(&without_benefit) {
            return None;
        }
        without_benefit.as_ref()
    } else {
        text
    };
    // "We do not offer remote or hybrid work": on site, unless the rest of
    // the line offers another pattern.
    if let Some(m) = NOT_OFFERED.find(text) {
        let rest = format!("{} {}", &text[..m.start()], &text[m.end()..]);
        return mode_in(&rest).or(Some(WorkMode::Onsite));
    }
    let rest_at_home = || {
        let lower = text.to_ascii_lowercase();
        (lower.contains("rest") || lower.contains("days"))
            && (lower.contains("home") || lower.contains("remote"))
            && HYBRID_REST.is_match(text)
    };
    if HYBRID.is_match(text) || rest_at_home() {
        Some(WorkMode::Hybrid)
    } else if NO_REMOTE.is_match(text) {
        // "There is no remote work option", "not a remote role".
        Some(WorkMode::Onsite)
    } else if REMOTE_STRONG.is_match(text) {
        // "Some duties can be performed remotely, but … hours in the studio":
        // part remote. ("Some of us use an office, but this role is fully
        // remote" is remote.)
        if PART_REMOTE.is_match(text)
            && OFFICE_OR_SITE.is_match(text)
            && !FULLY_REMOTE.is_match(text)
        {
            Some(WorkMode::Hybrid)
        } else {
            Some(WorkMode::Remote)
        }
    } else if ONSITE.is_match(text) {
        Some(WorkMode::Onsite)
    } else if HOME_WORK.is_match(text) && OFFICE.is_match(text) {
        Some(WorkMode::Hybrid)
    } else {
        None
    }
}

/// The working pattern in a labelled value: "Remote (UK/EU)", "Sheffield, on-site", "Hybrid".
fn labelled_mode(value: &str) -> Option<WorkMode> {
    let value = value.trim_matches(|c: char| c.is_whitespace() || super::is_picture(c));
    // "Hybrid (4 days on-site, 1 day WFH)": the word the label gives, before
    // the note that explains it.
    let head = value
        .split(['(', ':'])
        .next()
        .unwrap_or(value)
        .trim()
        .to_lowercase();
    if head == "hybrid" {
        return Some(WorkMode::Hybrid);
    }
    mode_in(value).or_else(|| {
        value
            .replace(" - ", "|")
            .replace("  ", "|")
            .split(['(', ')', ',', ';', '/', '|', '–', '·', '•'])
            .map(|part| part.trim().to_lowercase())
            .find_map(|part| match part.as_str() {
                "remote" | "fully remote" | "remote only" | "anywhere" | "work from home" => {
                    Some(WorkMode::Remote)
                }
                // "Remote US", "Remote EU": remote within a named area.
                p if p.starts_with("remote ")
                    && p.split_whitespace().count() <= 3
                    && p.split_whitespace().skip(1).all(|w| w.len() <= 6) =>
                {
                    Some(WorkMode::Remote)
                }
                "hybrid" => Some(WorkMode::Hybrid),
                p if ON_SITE_VALUES.contains(&p) => Some(WorkMode::Onsite),
                // "On-site at our El Poblado contact centre".
                p if ON_SITE_VALUES.iter().any(|v| {
                    p.strip_prefix(v)
                        .is_some_and(|rest| rest.starts_with(" at ") || rest.starts_with(" in "))
                }) =>
                {
                    Some(WorkMode::Onsite)
                }
                _ => None,
            })
    })
}

/// Cuts notes off a labelled place: "Cardiff, Wales (with hybrid working options)" -> "Cardiff, Wales".
fn clean_place(value: &str) -> String {
    // "🇳🇬 Remote", "📍 Leeds": a picture before the place is no part of it.
    let value = value.trim_matches(|c: char| c.is_whitespace() || super::is_picture(c));
    // "United Arab Emirates-Abu Dhabi-Abu Dhabi", "Americas-United States
    // of America-New York-New York": a careers site's trail from the
    // country down to the town, the town last.
    // "Multiple locations: Leeds; York": the list after its label.
    if let Some((label, rest)) = value.split_once(':')
        && matches!(
            label.trim().to_ascii_lowercase().as_str(),
            "multiple locations" | "various locations" | "several locations" | "locations"
        )
        && !rest.trim().is_empty()
    {
        return clean_place(rest.trim());
    }
    // "Basel, Switzerland; Kaiseraugst, Switzerland": places listed with
    // semicolons, each kept (a semicolon otherwise ends the place).
    // ("Chicago, IL; Dallas, TX; or Remote (US)": a working pattern among
    // them is no place.)
    let semicolon_in_brackets = value.match_indices(';').any(|(at, _)| {
        let before = &value[..at];
        before.matches('(').count() > before.matches(')').count()
    });
    if value.contains(';') && !semicolon_in_brackets {
        let parts: Vec<String> = value
            .split(';')
            .map(str::trim)
            .map(|p| {
                p.strip_prefix("or ")
                    .or_else(|| p.strip_prefix("and "))
                    .unwrap_or(p)
                    .trim()
            })
            .filter(|p| !p.is_empty())
            .filter(|p| {
                let bare = p.split('(').next().unwrap_or(p).trim();
                !is_mode_only(bare)
                    && !matches!(
                        bare.to_ascii_lowercase().as_str(),
                        "remote" | "fully remote" | "remote-first" | "work from home"
                    )
            })
            .map(clean_place_words)
            .collect();
        if (2..=6).contains(&parts.len())
            && parts
                .iter()
                .all(|p| geo::names_a_place(p, None) || geo::known_place(p))
        {
            return parts.join("; ");
        }
    }
    if let Some(place) = trail_of_places(value) {
        return place;
    }
    // "Hybrid – Durrington": a working pattern, then the place.
    if let Some((mode, place)) = value.split_once(" – ").or_else(|| value.split_once(" - "))
        && is_mode_only(mode)
        && !place.trim().is_empty()
    {
        return clean_place(place);
    }
    // "Sagebrush Regional Medical Center - Reno, NV": a site, then its town.
    if let Some((site, place)) = value.split_once(" - ").or_else(|| value.split_once(" – "))
        && site.split_whitespace().count() >= 2
        && place.contains(", ")
        && !geo::names_a_place(site, None)
        && geo::names_a_place(place.trim(), None)
    {
        return clean_place(place.trim());
    }
    // "On-site, Marina Vista project, Lusail": a working pattern first
    // among the parts names no place.
    if let Some((first, rest)) = value.split_once(',')
        && is_mode_only(first)
        && !rest.trim().is_empty()
    {
        return clean_place(rest.trim());
    }
    let place = clean_place_words(value);
    // "Jersey City, NJ 07302": a US ZIP code after the state is not part of
    // the place.
    match place.rsplit_once(' ') {
        Some((head, zip))
            if zip.len() == 5 && zip.bytes().all(|b| b.is_ascii_digit()) && {
                let state = head.rsplit(',').next().unwrap_or("").trim();
                state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase())
            } =>
        {
            head.to_string()
        }
        _ => place,
    }
}

/// Whether a place stands in a range of examples, "from a practice in
/// Truro to a chain in Glasgow": a clause opened by "from" before it, and
/// "to" right after it (or a "from … in X" the place ends).
fn example_range(before: &str, after: &str) -> bool {
    let clause = before.rsplit(['.', ';', ':', '(']).next().unwrap_or(before);
    let from = clause
        .split_whitespace()
        .rev()
        .take(8)
        .any(|w| w.eq_ignore_ascii_case("from"));
    let next = after.split_whitespace().next().unwrap_or("");
    // The range's second end: "from … in Truro to … in Glasgow".
    let second_end = clause.rsplit_once(" from ").is_some_and(|(_, range)| {
        range.split_once(" to ").is_some_and(|(first, _)| {
            first
                .rsplit_once(" in ")
                .is_some_and(|(_, place)| place.starts_with(char::is_uppercase))
        })
    });
    from && next == "to" || second_end
}

/// A trail of three parts or more joined by bare hyphens, one of them a
/// country: its town, and the region before it when that is another name
/// ("San Diego, California").
fn trail_of_places(value: &str) -> Option<String> {
    let value = value.trim();
    if value.contains(" -") || value.contains("- ") {
        return None;
    }
    let parts: Vec<&str> = value.split('-').map(str::trim).collect();
    // "SG-Singapore", "IE-Dublin": a country's two-letter code and the town.
    if let [code, town] = parts[..]
        && code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && crate::places::country(code).is_some()
        && town.starts_with(char::is_uppercase)
        && !town.contains(' ')
    {
        return Some(town.to_string());
    }
    if parts.len() < 3 || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let country_at = parts
        .iter()
        .position(|p| crate::places::country(p).is_some())?;
    let town = *parts.last()?;
    let region = parts[parts.len() - 2];
    if country_at >= parts.len() - 1 {
        return None;
    }
    Some(if country_at < parts.len() - 2 && region != town {
        format!("{town}, {region}")
    } else {
        town.to_string()
    })
}

/// "In person", "On-site", "Hybrid": a working pattern given where a place
/// is asked for ("Work Location: In person"), which names no place. A
/// remote job's "Remote" is kept as its location.
fn is_mode_only(value: &str) -> bool {
    let value = value.trim().to_lowercase();
    ON_SITE_VALUES.contains(&value.as_str()) || matches!(value.as_str(), "hybrid" | "office")
}

/// A labelled value that says the work is on site, and nothing else.
const ON_SITE_VALUES: &[&str] = &[
    "on-site",
    "onsite",
    "on site",
    "office-based",
    "office based",
    "in person",
    "in-person",
    "in office",
    "in-office",
    "office",
    "work at office",
    "work at the office",
    "work from office",
    "work from the office",
    "at the office",
    "in the office",
    "on premises",
    "on the premises",
];

fn clean_place_words(value: &str) -> String {
    let head = value.split(['(', ';', '|']).next().unwrap_or(value).trim();
    // "Remote (UK/EU time zones)": for a remote post the note is the place.
    // (Not a sentence in brackets after it: "Remote, US only (we can only
    // contract with people based in the US)" is "Remote, US only".)
    if labelled_mode(head) == Some(WorkMode::Remote) {
        let note = value[head.len().min(value.len())..].trim_start();
        let sentence = value.trim_start().starts_with(head)
            && note.starts_with('(')
            && note.split_whitespace().count() > 5;
        let kept = if sentence { head } else { value };
        return kept.trim().trim_end_matches(['.', ',']).to_string();
    }
    // "Onsite (Vancouver, WA)": a working pattern alone, its place in brackets.
    if labelled_mode(head).is_some()
        && head.split_whitespace().count() <= 2
        && let Some(inside) = value
            .split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(inside, _)| inside.trim())
            .filter(|inside| !inside.is_empty())
    {
        return clean_place(inside);
    }
    // An address: the parts after the street ("2870 Sawmill Bend Drive,
    // Suite 140, Dublin, OH 43017" is in Dublin, OH).
    let parts: Vec<&str> = head.split(',').map(str::trim).collect();
    // ("St. Michael", "St Helier": a saint's name, not a street.)
    let saint = |p: &str| {
        (p.starts_with("St ") || p.starts_with("St. "))
            && !p.bytes().any(|b| b.is_ascii_digit())
            && !STREET.is_match(p.trim_start_matches("St.").trim_start_matches("St"))
    };
    let v = match parts.iter().rposition(|p| STREET.is_match(p) && !saint(p)) {
        Some(at) if at + 1 < parts.len() && parts.len() > 2 => {
            let rest = parts[at + 1..].join(", ");
            // "Curitiba – PR": a town and its region's code joined by a dash.
            let rest = match rest.rsplit_once(" – ").or_else(|| rest.rsplit_once(" - ")) {
                Some((town, code))
                    if (2..=3).contains(&code.trim().len())
                        && code.trim().chars().all(|c| c.is_ascii_uppercase()) =>
                {
                    format!("{town}, {}", code.trim())
                }
                _ => rest,
            };
            return rest.trim_end_matches(['.', ',']).trim().to_string();
        }
        _ => head,
    };
    let v = v
        .split(" - ")
        .next()
        .unwrap_or(v)
        .split(" – ")
        .next()
        .unwrap_or(v)
        .split(" — ")
        .next()
        .unwrap_or(v)
        .split(" / ")
        .next()
        .unwrap_or(v);
    v.trim().trim_end_matches([',', '.']).trim().to_string()
}

pub fn extract(cx: &Context, out: &mut Out) {
    // Working pattern: a labelled fact first, then the text.
    // "Remote job: No", "Telework eligible: No": a question the form answers.
    let mut answered_no: Vec<usize> = Vec::new();
    let mut answered_yes = None;
    for f in cx.facts_matching(&MODE_QUESTION) {
        let value = f.value.trim();
        if ANSWER_NO.is_match(value) {
            answered_no.extend([f.line.saturating_sub(1), f.line]);
        } else if ANSWER_YES.is_match(value) && f.label.starts_with("remote") {
            answered_yes.get_or_insert((WorkMode::Remote, f.line, format!("{}: {value}", f.label)));
        }
    }
    let labelled = cx
        .facts_matching(&MODE_LABEL)
        .chain(cx.facts_matching(&LOCATION_LABEL))
        .filter(|f| !answered_no.contains(&f.line))
        .find_map(|f| labelled_mode(&f.value).map(|m| (m, f.line, f.value.clone())))
        .or(answered_yes);
    let from_text = || {
        // Hybrid wording anywhere beats a remote or on-site word elsewhere.
        let mut found: Option<(WorkMode, usize, String)> = None;
        for line in cx.lines_matching(&MODE_WORDS) {
            if answered_no.contains(&line.line) {
                continue;
            }
            // "Remote job" / "No": a form's question, answered on the next line.
            let question = line.text.trim().trim_end_matches([':', '?']).to_lowercase();
            if MODE_QUESTION.is_match(&question) {
                let answer = cx
                    .lines
                    .iter()
                    .find(|l| l.line > line.line)
                    .map(|l| l.text.trim())
                    .unwrap_or("");
                if ANSWER_NO.is_match(answer) {
                    continue;
                }
            }
            // A header of parts near the top: "Snout | Principal Software
            // Engineer | Remote US | Full Time" states it in a part.
            // (Or a board's row of tags kept apart by two spaces: "On-site
            // Full-time  Mid-Senior level".)
            let tag_row = line.text.trim().matches("  ").count() >= 2
                && line.text.split_whitespace().count() <= 8;
            if line.line <= HEADER_LINES
                && (super::header_of_parts(line.text) || tag_row)
                && found.is_none()
                && let Some(mode) = labelled_mode(line.text)
            {
                found = Some((mode, line.line, line.text.to_string()));
                continue;
            }
            for sentence in crate::text::split_sentences(line.text) {
                if let Some(mode) = mode_in(sentence) {
                    let better = match (&found, mode) {
                        (None, _) => true,
                        (Some((WorkMode::Hybrid, ..)), _) => false,
                        (Some(_), WorkMode::Hybrid) => true,
                        (Some((WorkMode::Onsite, ..)), WorkMode::Remote) => true,
                        _ => false,
                    };
                    if better {
                        found = Some((mode, line.line, sentence.to_string()));
                    }
                }
            }
        }
        found
    };
    if let Some((mode, line, text)) = labelled.or_else(from_text) {
        out.evidence("work_mode", line, &text);
        out.posting.work_mode = Some(mode);
    }

    // The advert's other signs of its country are read only when a place
    // needs them: most locations resolve on their own.
    let votes = std::cell::OnceCell::new();
    let cell = std::cell::OnceCell::new();
    let hint = || *cell.get_or_init(|| geo::winner(votes.get_or_init(|| country_votes(cx)), None));
    location(cx, out, &hint);
    resolve_places(cx, out, &hint, &cell, &votes);
}

/// The advert's country by its other signs, worked out when first asked for.
type Hint<'h> = &'h dyn Fn() -> Option<&'static str>;

/// Signs and codes of currencies that belong to one country, found in one
/// pass (as plain substrings: "AUD" inside a word counts, as it always has).
static CURRENCY_SIGNS: LazyLock<Regex> = LazyLock::new(|| {
    let signs = [
        "£", "GBP", "AUD", "A$", "AU$", "NZD", "NZ$", "CAD", "C$", "CA$", "SGD", "S$", "INR", "₹",
        "Rs.", "LPA", "lakh", "ZAR", "J$", "TT$", "FJ$", "₦", "NGN", "KSh", "KES", "TSh", "TZS",
        "USh", "UGX", "GH₵", "GH¢", "GHS",
    ];
    let alternatives: Vec<String> = signs.iter().map(|s| crate::pattern::escape(s)).collect();
    Regex::new(&alternatives.join("|")).expect("literal alternation")
});

/// The votes for the country the advert shows besides its location (see
/// [`geo::votes`]).
fn country_votes(cx: &Context) -> Vec<(&'static str, u32)> {
    let mut hosts: Vec<&str> = cx
        .doc
        .links
        .iter()
        .filter_map(|l| {
            let rest = l.url.split_once("://").map_or(l.url.as_str(), |(_, r)| r);
            rest.split(['/', '?', '#', ':']).next()
        })
        .collect();
    hosts.extend(
        cx.doc
            .emails
            .iter()
            .filter_map(|e| e.address.rsplit_once('@').map(|(_, d)| d)),
    );
    let text = cx.joined.as_str();
    let mut currencies = Vec::new();
    for m in CURRENCY_SIGNS.find_iter(text) {
        let code = match m.as_str() {
            "£" | "GBP" => "GBP",
            "AUD" | "A$" | "AU$" => "AUD",
            "NZD" | "NZ$" => "NZD",
            "CAD" | "C$" | "CA$" => "CAD",
            "SGD" | "S$" => "SGD",
            "ZAR" => "ZAR",
            "J$" => "JMD",
            "TT$" => "TTD",
            "FJ$" => "FJD",
            "₦" | "NGN" => "NGN",
            "KSh" | "KES" => "KES",
            "TSh" | "TZS" => "TZS",
            "USh" | "UGX" => "UGX",
            "GH₵" | "GH¢" | "GHS" => "GHS",
            _ => "INR",
        };
        if !currencies.contains(&code) {
            currencies.push(code);
        }
    }
    // The votes weigh currencies in this order.
    currencies.sort_by_key(|c| {
        [
            "GBP", "AUD", "NZD", "CAD", "SGD", "INR", "ZAR", "JMD", "TTD", "FJD", "NGN", "KES",
            "TZS", "UGX", "GHS",
        ]
        .iter()
        .position(|k| k == c)
    });
    geo::votes(text, &hosts, &currencies)
}

/// Whether `text` holds `words` with no letter or digit either side.
fn contains_words(text: &str, words: &str) -> bool {
    text.match_indices(words).any(|(at, _)| {
        !text[..at].ends_with(char::is_alphanumeric)
            && !text[at + words.len()..].starts_with(char::is_alphanumeric)
    })
}

/// "Location: Grand Marais" in an advert of the "State of Minnesota": a
/// town too small to be taken on its name alone, or one of several
/// namesakes, is the one whose region (or, in GB, county) the advert also
/// names, when exactly one is.
fn town_of_a_named_region(cx: &Context, location: &str) -> Option<crate::places::Place> {
    let name = location.split([',', '(']).next().unwrap_or("").trim();
    if name.is_empty() {
        return None;
    }
    let key = crate::places::normalise(name);
    let mut found = crate::places::cities(name).into_iter().filter(|p| {
        crate::places::normalise(p.name) == key
            && (named_in_text(cx, p.region) || named_in_text(cx, p.county))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Whether the advert names a region or county (of four letters or more)
/// anywhere, as whole words.
fn named_in_text(cx: &Context, name: Option<&str>) -> bool {
    name.is_some_and(|n| n.len() >= 4 && contains_words(&cx.joined, n))
}

/// Resolves the location in the gazetteer: its places, and the country.
fn resolve_places(
    cx: &Context,
    out: &mut Out,
    hint: Hint,
    asked: &std::cell::OnceCell<Option<&'static str>>,
    votes: &std::cell::OnceCell<Vec<(&'static str, u32)>>,
) {
    // A city-state's adverts are in its city, named or not.
    if out.posting.location.is_none()
        && let Some(p) = hint().and_then(geo::city_state)
    {
        out.posting.location = Some(p.name.to_string());
        out.note(format!(
            "location taken to be {}, the city-state the advert is in",
            p.name
        ));
    }
    let (found, named) = match out.posting.location.as_deref() {
        Some(location) => {
            // "West Richland Library", "Kelso Branch": a branch named after
            // its town is in that town.
            let location = match location.rsplit_once(' ') {
                Some((town, site))
                    if matches!(
                        site,
                        "Library" | "Branch" | "Campus" | "Office" | "Depot" | "Store"
                    ) && geo::known_place(town) =>
                {
                    town
                }
                _ => location,
            };
            let (found, named, ambiguous) = geo::resolve_all(location, None);
            if ambiguous || (found.is_empty() && named.is_none()) {
                let (found, named) = geo::resolve(location, hint());
                let by_region = if found.is_empty() && named.is_none() {
                    town_of_a_named_region(cx, location)
                } else {
                    None
                };
                // "Vancouver" with "CA$" and "Norway" in the text: no
                // country wins outright, but of the countries a Vancouver
                // is in, Canada does. (Asked only when nothing resolved.)
                let countries = if found.is_empty() && named.is_none() {
                    // (The countries with a place of the location's first name.)
                    geo::namesake_countries(
                        location.split([',', '(']).next().unwrap_or("").trim(),
                        0,
                    )
                } else {
                    Vec::new()
                };
                if let Some(p) = by_region {
                    out.note(format!(
                        "places: \"{}\" taken as the one in {}, which the advert names",
                        p.name,
                        p.region.or(p.county).unwrap_or(p.country)
                    ));
                    (vec![p], None)
                } else if countries.len() < 2 {
                    (found, named)
                } else if let Some(c) =
                    geo::winner(votes.get_or_init(|| country_votes(cx)), Some(&countries))
                {
                    let (others, named) = geo::resolve(location, Some(c));
                    if let Some(p) = others.first() {
                        out.note(format!(
                            "places: \"{}\" taken as the one in {c}: of the countries with a place of the name, the rest of the advert points there",
                            p.name
                        ));
                    }
                    (others, named)
                } else {
                    let (last, rest) = countries.split_last().expect("two countries or more");
                    out.note(format!(
                        "places: none given for \"{location}\": there are places of the name in {} and {last}, and the advert does not say which",
                        rest.join(", ")
                    ));
                    (found, named)
                }
            } else {
                (found, named)
            }
        }
        None => (Vec::new(), None),
    };
    // "Our Athlone store … Co. Westmeath", "€15.80 an hour": a town chosen
    // for being the largest of its name gives way to its namesake in the
    // country the rest of the advert points to, or, failing that, in the one
    // country of its namesakes that pays in the advert's euros.
    let found = match (found.as_slice(), out.posting.location.as_deref()) {
        ([only], Some(location)) if named.is_none() => {
            // A namesake a twentieth the size or more ("London, Ohio" is
            // not London's rival, however American the advert), or one
            // whose region or county the advert names when it does not name
            // the larger one's ("Perth" in an advert of NHS Scotland).
            let named_in_text = |name: Option<&str>| named_in_text(cx, name);
            let larger_named = named_in_text(only.region) || named_in_text(only.county);
            let namesakes: Vec<&'static str> = crate::places::cities(only.name)
                .iter()
                .filter(|p| {
                    p.country != only.country
                        && p.name == only.name
                        && (u64::from(p.population) * 20 >= u64::from(only.population)
                            || (!larger_named
                                && (named_in_text(p.region) || named_in_text(p.county))))
                })
                .map(|p| p.country)
                .collect();
            let euro_country = || {
                let euro: Vec<&str> = namesakes
                    .iter()
                    .copied()
                    .filter(|c| EUROZONE.contains(c))
                    .collect();
                (cx.joined.contains('€') && !EUROZONE.contains(&only.country) && euro.len() == 1)
                    .then(|| euro[0])
            };
            let wanted = if namesakes.is_empty() {
                None
            } else {
                hint()
                    .filter(|h| namesakes.contains(h))
                    .or_else(euro_country)
            };
            match wanted.map(|c| geo::resolve(location, Some(c)).0) {
                Some(other) if other.first().is_some_and(|p| Some(p.country) == wanted) => {
                    // Chosen by the advert's other signs, not by the name
                    // alone: the reader is told.
                    out.note(format!(
                        "places: \"{}\" taken as the one in {}, where the rest of the advert points; a larger place of the name is in {}",
                        only.name, other[0].country, only.country
                    ));
                    other
                }
                _ => found,
            }
        }
        _ => found,
    };
    // "St Helier": a parish named after its town, in the advert's country.
    let found = match out.posting.location.as_deref() {
        Some(location) if found.is_empty() => {
            geo::town_of_its_region(location.trim(), named.or_else(hint)).map_or(found, |p| vec![p])
        }
        _ => found,
    };
    // "King County, Washington": the gazetteer lists towns, not counties.
    if found.is_empty()
        && let Some(county) = out
            .posting
            .location
            .as_deref()
            .and_then(|l| l.split(',').map(str::trim).find(|p| geo::is_county(p)))
    {
        out.note(format!(
            "no place given for \"{county}\": a county, which the gazetteer does not list"
        ));
    }
    let place_country = found
        .first()
        .map(|p| p.country)
        .filter(|c| found.iter().all(|p| p.country == *c));
    // "vacancies in the Midlands region": a region's name alone, which
    // another country's region shares, gives way to the country the rest of
    // the advert points to ("Co. Westmeath", "€").
    let region_elsewhere = match (found.is_empty(), named) {
        (true, Some(c)) => hint().filter(|h| *h != c).map(|h| (c, h)),
        _ => None,
    };
    let country = match region_elsewhere {
        Some((c, h)) => {
            out.note(format!(
                "country: the region named is one of {c}'s, but the rest of the advert points to {h}, which is taken"
            ));
            Some(h)
        }
        None => place_country.or(named).or_else(hint),
    };
    if let (Some(c), Some(&Some(h))) = (place_country.or(named), asked.get())
        && c != h
        && region_elsewhere.is_none()
    {
        out.note(format!(
            "the location is in {c} but the rest of the advert points to {h}; the location is kept"
        ));
    }
    out.posting.places = found
        .iter()
        .map(|p| Place {
            name: p.name.to_string(),
            region: p.region.map(str::to_string),
            country: p.country.to_string(),
            geonames_id: p.geonames_id,
        })
        .collect();
    out.posting.country = country.map(str::to_string);
}

/// "2 Locations", "3 locations": what a careers site shows for a list of
/// sites it folds away.
fn counts_locations(place: &str) -> bool {
    let mut words = place.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(n), Some(w), None)
            if n.chars().all(|c| c.is_ascii_digit())
                && matches!(w.to_ascii_lowercase().as_str(), "locations" | "sites" | "offices")
    )
}

/// The location as the advert words it: a labelled fact, a header line or an
/// address line that names a place, "office in X", a US "City, ST".
fn location(cx: &Context, out: &mut Out, hint: Hint) {
    if let Some(f) = cx.facts_matching(&LOCATION_LABEL).find(|f| {
        let place = clean_place(&f.value);
        // "Work Location: In person", "Location: Hybrid": a working pattern,
        // not a place.
        // "LOCATION: Finance": a department, not a place.
        !place.is_empty()
            && !is_mode_only(&place)
            // "Location : Location": a form's label echoed as its value.
            && !super::is_field_name(&place)
            // "Locations: 2 Locations": a count behind a link, not a place.
            && !counts_locations(&place)
            && !super::headline::is_department_name(&place)
            && place.split_whitespace().count() <= 12
            // "Location/Trust: Worcestershire Health and Care NHS Trust": a
            // label for two things gives a place only where it names one.
            && (!f.label.contains('/') || geo::names_a_place(&place, None))
            // "Store: #14 Riverside": a store's name or number is no place,
            // its address is.
            && (f.label != "store" || !geo::resolve(&place, None).0.is_empty())
    }) {
        out.evidence("location", f.line, &f.value);
        let place = clean_place(&f.value);
        // "Address" / "Brayford General Hospital" / "Greetwell Road" /
        // "Lincoln" / "LN2 5QY": a site's name whose town is on a line
        // of the address below it.
        let town = (!geo::names_a_place(&place, None))
            .then(|| {
                cx.lines
                    .iter()
                    .filter(|l| l.line > f.line)
                    .take(3)
                    .enumerate()
                    // The lines right below it, the address's own.
                    .take_while(|(k, l)| l.line == f.line + k + 1)
                    .map(|(_, l)| l.text.trim().trim_end_matches(','))
                    .take_while(|t| !is_postcode_line(t))
                    .find(|t| {
                        !is_street_line(t)
                            && (1..=4).contains(&t.split_whitespace().count())
                            && geo::known_place(t)
                    })
            })
            .flatten();
        out.posting.location = Some(match town {
            Some(town) => format!("{place}, {town}"),
            None => place,
        });
        return;
    }
    // "Location : Location" / "US-MN-Duluth": a form that echoes its
    // label, the value on the line below.
    if let Some((line, place)) = cx
        .facts_matching(&LOCATION_LABEL)
        .filter(|f| super::is_field_name(f.value.trim()))
        .find_map(|f| {
            // (The lines are in source order: found by halving, not a scan.)
            let at = cx.lines.partition_point(|l| l.line <= f.line);
            let next = cx.lines.get(at).filter(|l| l.line == f.line + 1)?;
            let place = trail_of_places(next.text.trim())?;
            geo::names_a_place(&place, None).then_some((next, place))
        })
    {
        out.evidence("location", line.line, line.text);
        out.posting.location = Some(place);
        return;
    }
    if let Some((line, part, text)) = header_or_address(cx, hint) {
        out.evidence("location", line, text);
        out.posting.location = Some(part);
        return;
    }
    // Places near the top (a header under the title) beat those in the body;
    // then the more specific pattern wins, then the earlier line.
    // (in the body, pattern rank, line), place, line, words
    type Candidate = ((bool, usize, usize), String, usize, String);
    let mut best: Option<Candidate> = None;
    // A head office passed over for a remote job, for the note.
    let mut head_office_only: Option<String> = None;
    // A place name may wrap onto the next line, so each block is searched
    // whole, with its line breaks read as spaces.
    let blocks: Vec<usize> = (0..cx.doc.blocks.len())
        .filter(|&i| {
            !cx.excluded[i] && !matches!(cx.doc.blocks[i].kind, BlockKind::Code | BlockKind::Break)
        })
        .collect();
    // "Xray, CT" in a British advert is not Connecticut.
    let british = cx
        .lines
        .iter()
        .any(|l| l.text.contains('£') || l.text.contains("NHS"));
    // "We're hiring a Restaurant Server in Whitstable": a place in the title.
    if let Some((block, title)) = cx.first_heading()
        && let Some(c) = IN_TOWN.captures(title)
    {
        let place = trim_place(&c["place"]);
        if geo::names_a_place(&place, hint()) {
            let line = cx.doc.blocks[block].pos.line;
            out.evidence("location", line, title);
            // The place is the location's, not part of the job's title.
            let suffix = c.get(0).map_or("", |m| m.as_str()).trim_end();
            if let Some(t) = out.posting.title.as_deref()
                && let Some(head) = t.strip_suffix(suffix.trim_end_matches(['!', '.']))
                && !head.trim().is_empty()
            {
                out.posting.title = Some(head.trim_end().to_string());
            }
            out.posting.location = Some(place);
            return;
        }
    }
    // One search of all the blocks at once (each after a line break) finds
    // the blocks where any of the patterns may match; each pattern then
    // reads those blocks alone.
    let mut spaced = String::new();
    let mut starts = Vec::with_capacity(blocks.len() + 1);
    for &i in &blocks {
        starts.push(spaced.len());
        for (n, piece) in cx.doc.blocks[i].text.split('\n').enumerate() {
            if n > 0 {
                spaced.push(' ');
            }
            spaced.push_str(piece);
        }
        spaced.push('\n');
    }
    starts.push(spaced.len());
    let mut at = 0;
    let mut candidates: Vec<usize> = std::iter::from_fn(|| {
        let m = PLACE_CUES.find_at(&spaced, at)?;
        let k = starts.partition_point(|&s| s <= m.start()) - 1;
        at = starts[k + 1];
        Some(k)
    })
    .collect();
    // The blocks a US state may be named in: only where a comma is
    // followed by one (a quick look, without the state's pattern).
    for k in 0..blocks.len() {
        if !candidates.contains(&k) && may_name_a_us_state(&spaced[starts[k]..starts[k + 1] - 1]) {
            candidates.push(k);
        }
    }
    candidates.sort_unstable();
    let in_order = blocks
        .windows(2)
        .all(|w| cx.doc.blocks[w[0]].pos.line <= cx.doc.blocks[w[1]].pos.line);
    for (rank, pattern) in [
        &*US_PLACE,
        &*TOWN_REGION,
        &*IN_PLACE,
        &*PLACE_OFFICE,
        &*PLACE_AREA,
        &*PLACE_PRAISED,
        &*PLACE_NEAR,
    ]
    .iter()
    .enumerate()
    {
        for &k in &candidates {
            let block = &cx.doc.blocks[blocks[k]];
            let joined = &spaced[starts[k]..starts[k + 1] - 1];
            // No block from here on can beat the best so far: none starts
            // before this one, so none has a smaller key.
            let bound = (block.pos.line > HEADER_LINES, rank, block.pos.line);
            if in_order && best.as_ref().is_some_and(|(k, ..)| *k <= bound) {
                break;
            }
            // "City, ST" stays within one line: a header line above is not part of it.
            let text = if rank == 0 { &block.text } else { joined };
            for c in pattern.captures_iter(text) {
                let start = c.get(0).map_or(0, |m| m.start());
                let state_code = c["place"]
                    .rsplit(',')
                    .next()
                    .is_some_and(|s| s.trim().len() == 2);
                if rank == 0 && british && state_code {
                    continue;
                }
                let line = block
                    .lines
                    .get(block.text[..start].matches('\n').count())
                    .copied()
                    .unwrap_or(block.pos.line);
                // "Our headquarters is in Rotterdam": where the employer sits,
                // which is not where a remote job is.
                let from = text[..start]
                    .char_indices()
                    .rev()
                    .nth(59)
                    .map_or(0, |(i, _)| i);
                let to = c.get(0).map_or(start, |m| m.end());
                // "for candidates living in Poland": where a remote job's
                // candidates live, which is no place of work.
                let matched = c.get(0).map_or("", |m| m.as_str());
                if out.posting.work_mode == Some(WorkMode::Remote)
                    && (matched.starts_with("live")
                        || matched.starts_with("living")
                        || matched.starts_with("reside"))
                {
                    continue;
                }
                // "in cooperation with the European Space Astronomy Centre
                // in Madrid": a partner's site, not the job's.
                if PARTNER_BEFORE.is_match(&text[from..start]) {
                    continue;
                }
                // "from a one-room practice in Truro to a chain in Glasgow":
                // the ends of a range of examples, not the job's place.
                if example_range(
                    &text[from..start],
                    &text[c.get(0).map_or(start, |m| m.end())..],
                ) {
                    continue;
                }
                let head_office = HEAD_OFFICE.is_match(&text[from..to]);
                if head_office && out.posting.work_mode == Some(WorkMode::Remote) {
                    head_office_only.get_or_insert_with(|| {
                        let place = trim_place(&c["place"]);
                        place.split(',').next().unwrap_or("").trim().to_string()
                    });
                    continue;
                }
                // Only a candidate better than the best so far is looked up.
                let key = (line > HEADER_LINES, rank, line);
                if best.as_ref().is_some_and(|(k, ..)| key >= *k) {
                    continue;
                }
                let mut place = trim_place(&c["place"]);
                // "King of Prussia", "Kingston upon Thames" are towns;
                // "University of Leicester" is not, and is cut before "of".
                let town = place.split(',').next().unwrap_or("").to_string();
                if let Some(at) = [" of ", " upon ", " on "]
                    .iter()
                    .filter_map(|w| town.find(w))
                    .min()
                    && crate::places::cities(&town).is_empty()
                {
                    place = town[..at].to_string();
                }
                // "the CUPE bargaining unit": an acronym in capitals is no
                // town (a country's or a city's short name still is).
                if !place.contains([' ', ','])
                    && place.len() <= 6
                    && place.chars().all(|c| c.is_ascii_uppercase())
                    && crate::places::country(&place).is_none()
                    && !geo::is_city_short_name(&place)
                {
                    continue;
                }
                // "across Worcestershire Health and Care NHS Trust": an
                // organisation named after its county is no place.
                if place.split_whitespace().any(|w| {
                    matches!(
                        w.trim_end_matches([',', '.']),
                        "NHS"
                            | "Trust"
                            | "Council"
                            | "Ltd"
                            | "Limited"
                            | "plc"
                            | "LLC"
                            | "Inc"
                            | "Group"
                            | "Foundation"
                    )
                }) {
                    continue;
                }
                // "… Initiative for Hiring Ordinance, New York Fair Chance Act":
                // a law's name before a state is no town.
                if place.split(',').next().is_some_and(|town| {
                    town.split_whitespace().any(|w| {
                        matches!(
                            w,
                            "Ordinance"
                                | "Act"
                                | "Law"
                                | "Code"
                                | "Policy"
                                | "Regulation"
                                | "Regulations"
                                | "Statute"
                                | "Initiative"
                                | "Bill"
                        )
                    })
                }) {
                    continue;
                }
                // "in Django, Django REST Framework": technologies listed,
                // not a town and its region (a skill's name that is a place,
                // "Phoenix, Arizona", still is one).
                if place.contains(',') && {
                    let known = &crate::taxonomy::Taxonomy::builtin().name_words().lower;
                    let parts = || place.split(',').map(str::trim);
                    parts().any(|p| known.contains(&p.to_lowercase()))
                        && !parts().all(|p| geo::names_a_place(p, None))
                } {
                    continue;
                }
                // "based at Glan Tywi Health Centre in Carmarthen": a site
                // named before its town; the town is the place.
                if let Some(town) = town_after_site(&place, &text[to..]) {
                    place = town;
                }
                // A place from running text must be one the gazetteer knows;
                // "in Galway, Limerick or Cork" names all three. The pattern
                // qualifies the town itself (a state, a region), so the
                // advert's other signs are not needed here.
                if !geo::known_place(&place) && !named_by_a_council(cx, &place) {
                    continue;
                }
                // A town a site is "near" is one a reader knows: a sizeable one.
                if std::ptr::eq(*pattern, &*PLACE_NEAR)
                    && crate::places::cities(&place)
                        .first()
                        .is_none_or(|c| c.population < 10_000)
                {
                    continue;
                }
                // "at the Council's Riverside House offices", "Google’s London
                // offices": a building of someone's, not a town; what follows
                // the owner may be one ("Bristol Children’s Hospital" stays).
                // "in Pittsburgh's Lawrenceville neighborhood": a part of a
                // town the gazetteer knows, which is the place.
                if let Some((owner, rest)) = place.split_once(' ')
                    && let Some(town) = possessive(owner)
                {
                    let next_word = text[to..]
                        .trim_start()
                        .split(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    let last_word = rest.rsplit(' ').next().unwrap_or("").to_lowercase();
                    let part_of_town = [next_word, last_word.as_str()].iter().any(|w| {
                        matches!(
                            *w,
                            "neighborhood"
                                | "neighbourhood"
                                | "district"
                                | "quarter"
                                | "suburb"
                                | "area"
                        )
                    });
                    place = if part_of_town
                        && geo::names_a_place(town, None)
                        && !crate::places::cities(town).is_empty()
                    {
                        town.to_string()
                    } else {
                        rest.to_string()
                    };
                    if !geo::names_a_place(&place, None) {
                        continue;
                    }
                }
                let (found, _) = geo::resolve(&place, None);
                // "City, ST" and "Town, Region": the town must be one the
                // gazetteer knows ("Hiring Ordinance, New York" is not).
                // When only the region is known, the region is the place:
                // "Communications Unit, Michigan" is in Michigan.
                // "in Austin, Enthought": the part after the town must be a
                // place too.
                // (A postcode after it, "Central London, W1G", is passed over.)
                let last = place
                    .rsplit(',')
                    .map(str::trim)
                    .find(|p| !p.chars().any(|c| c.is_ascii_digit()))
                    .unwrap_or("")
                    .to_string();
                if rank == 1 && (last.is_empty() || !geo::known_place(&last)) {
                    continue;
                }
                // "in Shipping, CREW MANNING OFFICER": a job's name after the
                // comma (a layout's columns run together), not a region.
                if place.split(',').skip(1).any(names_a_job) {
                    place = place.split(',').next().unwrap_or("").trim().to_string();
                    if !geo::known_place(&place) {
                        continue;
                    }
                }
                // "Based in Austin, Enthought also has…": the word after the
                // comma starts the next clause; the town is the place.
                if rank > 1 && place.contains(',') && (last.is_empty() || !geo::known_place(&last))
                {
                    place = place.split(',').next().unwrap_or("").trim().to_string();
                }
                // "in Sweden, Norway and Finland": a list, not a town and its
                // region; "for applicants in New York, New Jersey…": where
                // candidates live, for a law's sake, not where the job is.
                let first = place.split(',').next().unwrap_or("").trim();
                if (rank == 1
                    && crate::places::country(first).is_some()
                    && crate::places::country(&last).is_some())
                    || APPLICANTS_BEFORE.is_match(&text[from..start])
                {
                    continue;
                }
                // "based in Cornwall, South West England": a region and its
                // region stay whole.
                if rank <= 1 && found.is_empty() {
                    let first = place.split(',').next().unwrap_or("").trim();
                    if !geo::known_place(first) && !geo::is_county(first) {
                        place = last;
                    }
                }
                let end = c.get(0).map_or(0, |m| m.end());
                let mut rest = &text[end..];
                for _ in 0..5 {
                    let Some(m) = MORE_PLACES.captures(rest) else {
                        break;
                    };
                    let next = trim_place(&m["place"]);
                    if !geo::known_place(&next) {
                        break;
                    }
                    if geo::resolve(&next, found.first().map(|p| p.country))
                        .0
                        .is_empty()
                    {
                        break;
                    }
                    place.push_str(&m[0][..m.get(1).map_or(0, |g| g.start())]);
                    place.push_str(&next);
                    rest = &rest[m.get(0).map_or(0, |g| g.end())..];
                }
                if !place.is_empty() {
                    let words = c.get(0).map_or("", |m| m.as_str()).to_string();
                    best = Some((key, place, line, words));
                }
            }
        }
    }
    if best.is_none() && out.posting.work_mode != Some(WorkMode::Remote) {
        match town_of_a_workplace(cx, &blocks, hint) {
            Ok(Some((line, town, words))) => {
                out.note(format!(
                    "location: \"{town}\" taken from the name of the workplace \"{words}\", as nothing else names the place"
                ));
                best = Some(((true, usize::MAX, line), town, line, words));
            }
            Err((a, b)) => out.note(format!(
                "location: the advert names workplaces in {a} and in {b}; neither is taken"
            )),
            Ok(None) => {}
        }
    }
    if best.is_none()
        && out.posting.location.is_none()
        && out.posting.work_mode != Some(WorkMode::Remote)
        && head_office_only.is_none()
        && let Some((line, town, words)) = only_town_named(cx, &blocks, hint)
    {
        out.note(format!(
            "location: \"{town}\" is the only town the advert names, though no label or phrase gives it as the job's place"
        ));
        best = Some(((true, usize::MAX, line), town, line, words));
    }
    if let Some((_, place, line, words)) = best {
        out.evidence("location", line, &words);
        out.posting.location = Some(place);
    } else if let Some(office) = head_office_only {
        out.note(format!(
            "location: {office} is named only as the employer's head office, which is not where a remote job is done"
        ));
    }
}

/// Words that open a run of capitals without being part of a place's name.
const RUN_OPENERS: &[&str] = &[
    "The", "Our", "In", "At", "Near", "From", "To", "Based", "Join", "Welcome", "Visit", "Around",
    "Across", "Within", "Central", "Greater", "Downtown",
];

/// The one town the advert names anywhere in its kept text, when nothing
/// else gives the place: every run of capitalised words on its own (not
/// part of a longer name, "Portsmouth NHS Trust", nor a name's first word)
/// that the gazetteer knows as a town of 5,000 people or more in the
/// advert's country (or, when the country is not known, a city of 100,000
/// or the only town of 15,000 with its name), by its own name, and no region
/// or country of that name. A name counts only after a word a place follows
/// ("in", "at", "near", "from"), an opener ("Our"), a comma or a postcode,
/// as any word takes a capital at a sentence's start or in a team's name.
/// Two towns give none.
fn only_town_named(cx: &Context, blocks: &[usize], hint: Hint) -> Option<Workplace> {
    let mut found: Option<(u32, usize, String, String)> = None;
    // One buffer for every line's words.
    let mut words: Vec<&str> = Vec::new();
    for &i in blocks {
        for (line, text) in cx.doc.blocks[i].text_lines() {
            words.clear();
            words.extend(text.split_whitespace());
            let mut k = 0;
            while k < words.len() {
                if !capitalised(words[k]) {
                    k += 1;
                    continue;
                }
                let start = k;
                while k < words.len() && capitalised(words[k]) {
                    // A word with a stop or a comma after it ends the run,
                    // as a possessive does ("in Kelowna's North End").
                    let ends = words[k].ends_with([',', '.', ';', ':', '!', '?', ')'])
                        || possessive(words[k]).is_some();
                    k += 1;
                    if ends {
                        break;
                    }
                }
                // Next to an ampersand, "of", another capital or a figure
                // the run is part of a longer name ("Bank of Leeds",
                // "Enterprise PMO team", "NHS Leeds").
                let ended = words[k - 1].ends_with([',', '.', ';', ':', '!', '?', ')'])
                    || possessive(words[k - 1]).is_some();
                let joined = words.get(k).is_some_and(|w| {
                    matches!(*w, "&" | "of" | "upon" | "on")
                        || (!ended
                            && w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                }) || (start > 0
                    && (matches!(words[start - 1], "&" | "of" | "de")
                        || (words[start - 1].starts_with(char::is_uppercase)
                            && !words[start - 1].ends_with([',', '.', ';', ':', '!', '?']))));
                if joined {
                    continue;
                }
                let mut run: Vec<&str> = words[start..k].to_vec();
                let mut opened = false;
                while run.len() > 1 && RUN_OPENERS.contains(&run[0]) {
                    run.remove(0);
                    opened = true;
                }
                // The run must stand where a place does: after "in", "at",
                // "near", "from" ("lives in Winsford"), an opener ("Our
                // Kailua-Kona firm"), or, as an address's town, a comma or a
                // postcode ("Ferozepur Road, Lahore", "8600 Silkeborg"); a
                // word of a heading or a team's name does not ("join our
                // Bank", "the office Aga").
                let placed = start > 0 && {
                    let before = words[start - 1];
                    PLACE_BEFORE.contains(&before.to_lowercase().as_str())
                        || before.ends_with(',')
                        || before.chars().all(|c| c.is_ascii_digit())
                };
                if !opened && !placed {
                    continue;
                }
                if run.len() > 3 {
                    continue;
                }
                let name = run.join(" ");
                let name = name.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
                let name = possessive(name).unwrap_or(name);
                // Most runs name no town: the gazetteer is asked first, the
                // advert's country and the other checks only for a town.
                let towns = crate::places::cities(name);
                if towns.is_empty()
                    || COMMON_WORD_TOWNS.contains(&name)
                    || crate::places::country(name).is_some()
                    || !crate::places::regions(name, None).is_empty()
                    || (run.len() == 1 && written_small(cx, name))
                {
                    continue;
                }
                let country = hint();
                let town = match country {
                    Some(c) => towns
                        .iter()
                        .find(|t| t.country == c && t.population >= 5_000),
                    // Without the country, a town no other town of its size shares a name with.
                    None => towns.first().filter(|t| {
                        t.population >= 100_000
                            || (t.population >= 15_000
                                && towns.get(1).is_none_or(|other| other.population < 15_000))
                    }),
                }
                // By its own name, not one of its alternate names ("Bank", "Time").
                .filter(|t| crate::places::normalise(t.name) == crate::places::normalise(name));
                let Some(town) = town else {
                    continue;
                };
                match &found {
                    Some((id, ..)) if *id != town.geonames_id => return None,
                    Some(_) => {}
                    None => {
                        found = Some((town.geonames_id, line, name.to_string(), text.to_string()))
                    }
                }
            }
        }
    }
    found.map(|(_, line, name, text)| (line, name, text))
}

/// A word that may be part of a place's name: a capital, then letters,
/// hyphens or apostrophes, not all in capitals ("PMO"), of three letters or
/// more, with a stop or a comma after it allowed.
fn capitalised(word: &str) -> bool {
    let bare = word.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
    bare.starts_with(char::is_uppercase)
        && bare.len() > 2
        && bare
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && !bare.chars().skip(1).all(char::is_uppercase)
}

/// A word without its possessive ending ("Kelowna's"), when it has one.
fn possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Words a place's name follows in a sentence.
const PLACE_BEFORE: &[&str] = &[
    "in", "at", "near", "from", "around", "outside", "within", "across", "to",
];

/// Towns named by an ordinary word, which a sentence or a heading may
/// capitalise for other reasons.
const COMMON_WORD_TOWNS: &[&str] = &[
    // A hospital's staff bank, a university, a cooker: words the gazetteer
    // also knows as towns somewhere.
    "Bank",
    "University",
    "Time",
    "Aga",
    "Enterprise",
    "Independence",
    "Mobile",
    "Reading",
    "Bath",
    "Surprise",
    "Normal",
    "Commerce",
    "Mission",
    "Temple",
    "Orange",
    "Liberty",
    "Union",
    "Progress",
    "Opportunity",
    "Hope",
    "Paradise",
    "Pleasant",
    "Deal",
    "March",
    "Street",
    "Wells",
    "Ware",
    "Sale",
    "Bury",
    "Split",
    "Nice",
    // Given names and surnames that are also towns.
    "Victoria",
    "Florence",
    "Marion",
    "Jackson",
    "Eugene",
    "Tyler",
    "Madison",
    "Warren",
    "Troy",
    "Franklin",
    "Jefferson",
    "Washington",
];

/// Whether a word stands in small letters elsewhere in the advert, after
/// another word of a sentence, as an ordinary word does ("for reading";
/// not a site's lower-case trail, "CL  kelowna / okanagan").
fn written_small(cx: &Context, word: &str) -> bool {
    let lower = word.to_lowercase();
    cx.lines.iter().any(|l| {
        l.text.match_indices(&lower).any(|(at, _)| {
            let mut before = l.text[..at].chars().rev();
            let after = l.text[at + lower.len()..].chars().next();
            before.next() == Some(' ')
                && before.next().is_some_and(char::is_lowercase)
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// A workplace's town: the line, the town and the workplace's name.
type Workplace = (usize, String, String);

/// A hospital, clinic or university where the job is, named after its town.
/// Either the job is at it ("at the Gosport War Memorial Hospital", "based
/// at the University of Leeds") or it offers the job ("Spire Southampton
/// Hospital has an exciting opportunity…").
const WORKPLACE_PATTERN: &str = r"(?:\b(?:[Aa]t|[Bb]ased\s+at|[Ww]ork(?:ing)?\s+at)\s+(?:both\s+)?(?:[Tt]he\s+)?(?P<at>(?:[A-Z][\w'’\-]+\s+){0,4}(?:Hospitals?|Infirmary|Hospice|Clinic|Health\s+Cent(?:re|er)|Medical\s+Cent(?:re|er)|Surgery)(?:\s+[A-Z][\w'’\-]+){0,2}|University\s+of\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?))|(?:^|[.!]\s+)(?:[Tt]he\s+)?(?P<subject>(?:[A-Z][\w'’\-]+\s+){0,4}(?:Hospital|Infirmary|Hospice|Clinic)(?:\s+[A-Z][\w'’\-]+){0,2})\s+(?:has|have|is\s+(?:looking|seeking|recruiting)|are\s+(?:looking|seeking|recruiting)|seeks|would\s+like)\b";
static WORKPLACE: LazyLock<Regex> = LazyLock::new(|| re(WORKPLACE_PATTERN));

/// The words one of which every workplace [`WORKPLACE`] finds holds.
const WORKPLACE_NOUNS: &[&str] = &[
    "Hospital",
    "Infirmary",
    "Hospice",
    "Clinic",
    "Centre",
    "Center",
    "Surgery",
    "University",
];

/// Words of a workplace's name that are never its town.
const WORKPLACE_WORDS: &[&str] = &[
    "Hospital",
    "Hospitals",
    "Infirmary",
    "Hospice",
    "Clinic",
    "Health",
    "Medical",
    "Centre",
    "Center",
    "Surgery",
    "University",
    "of",
    "Royal",
    "General",
    "Memorial",
    "War",
    "Community",
    "District",
    "County",
    "Children's",
    "Children’s",
    "Women's",
    "Women’s",
    "St",
    "Saint",
    "The",
];

/// Words before a person's name in a workplace's name.
const PERSON_TITLES: &[&str] = &[
    "Queen", "King", "Prince", "Princess", "Duke", "Duchess", "Lady", "Sir", "Lord", "Dr",
];

/// Given names that hospitals bear and towns share ("Victoria", "Alexandra").
const FIRST_NAMES: &[&str] = &[
    "Victoria",
    "Alexandra",
    "Elizabeth",
    "George",
    "Albert",
    "Mary",
    "Mary's",
    "Mary’s",
    "Charles",
    "Edward",
    "Margaret",
    "Anne",
    "James",
    "John",
    "Thomas",
    "Luke's",
    "Luke’s",
];

/// The town a workplace is named after, when the advert has no other place:
/// the first workplace named with the job at it, whose name holds a town of
/// at least 10,000 people (in the advert's country, when it is known). Two
/// workplaces in different towns give none (`Err` names both).
fn town_of_a_workplace(
    cx: &Context,
    blocks: &[usize],
    hint: Hint,
) -> Result<Option<Workplace>, (String, String)> {
    let mut found: Option<(usize, String, String)> = None;
    for &i in blocks {
        let block = &cx.doc.blocks[i];
        // Most blocks name no workplace: a look for its words spares the pattern.
        if !WORKPLACE_NOUNS.iter().any(|w| block.text.contains(w)) {
            continue;
        }
        let text = block.text.replace('\n', " ");
        for c in WORKPLACE.captures_iter(&text) {
            let Some(name) = c.name("at").or_else(|| c.name("subject")) else {
                continue;
            };
            let Some(town) = town_in_name(name.as_str(), hint) else {
                continue;
            };
            match &found {
                Some((_, t, _)) if *t != town => return Err((t.clone(), town)),
                Some(_) => {}
                None => {
                    let line = block
                        .lines
                        .get(
                            block.text[..name.start().min(block.text.len())]
                                .matches('\n')
                                .count(),
                        )
                        .copied()
                        .unwrap_or(block.pos.line);
                    found = Some((line, town, name.as_str().to_string()));
                }
            }
        }
    }
    Ok(found)
}

/// A town of at least 10,000 people named by one to three words of a
/// workplace's name ("Cygnet Hospital Sheffield", "The Royal Shrewsbury
/// Hospital", "University of Memphis"), the longest first.
fn town_in_name(name: &str, hint: Hint) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    for len in (1..=3).rev() {
        for at in 0..words.len().saturating_sub(len - 1) {
            let window = &words[at..at + len];
            // "Queen Elizabeth Hospital", "Princess Alexandra Hospital": a
            // person's name, though towns bear it too.
            let after_a_title = at > 0 && PERSON_TITLES.contains(&words[at - 1]);
            if after_a_title
                || window
                    .iter()
                    .any(|w| WORKPLACE_WORDS.contains(w) || FIRST_NAMES.contains(w))
            {
                continue;
            }
            let town = window.join(" ");
            let found = crate::places::cities(&town);
            // (The advert's country is asked for only when some town of
            // that size bears the name: working it out reads the whole text.)
            if !found.iter().any(|p| p.population >= 10_000) {
                continue;
            }
            let country = hint();
            let big = found
                .iter()
                .any(|p| p.population >= 10_000 && country.is_none_or(|c| c == p.country));
            if big {
                return Some(town);
            }
        }
    }
    None
}

/// Whether the advert names a council or town hall after `place`
/// ("Eastholme Borough Council"): a place too small or too new for the
/// gazetteer is still a place.
fn named_by_a_council(cx: &Context, place: &str) -> bool {
    let head = place.split([',', '(']).next().unwrap_or(place);
    let name = head
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                *w,
                "Town" | "Hall" | "City" | "Borough" | "County" | "District"
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    !name.is_empty()
        && [
            " Borough Council",
            " City Council",
            " County Council",
            " District Council",
            " Town Council",
            " Parish Council",
            " Council",
            " Town Hall",
        ]
        .iter()
        .any(|suffix| cx.joined.contains(&format!("{name}{suffix}")))
}

/// "a care home in Sudbury, Ontario": a town and its region in running text.
const TOWN_REGION_PATTERN: &str = r"\b(?:in|at|near)\s+(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2},\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})";
static TOWN_REGION: LazyLock<Regex> = LazyLock::new(|| re(TOWN_REGION_PATTERN));
/// "… in Whitstable" at the end of a title.
static IN_TOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\s(?:in|at)\s+(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s*[!.]?\s*$")
});
/// Further places after one found: ", Limerick", " or Cork".
static MORE_PLACES: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:,\s*|\s+or\s+|\s+and\s+|,\s+or\s+)(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)")
});

/// Words that make a comma-separated part a street of an address.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|place|pl|square|sq|boulevard|blvd|crescent|terrace|parade|highway|hwy|close|court|quay|wharf|row|strasse|straße|str|straat|weg|laan|gracht|plein|marg|nagar|level|floor|suite|unit|building|house|po box|walk|promenade|esplanade|embankment|blk|block|jalan|lorong|mews|av|avda|avenida|rua|calle|carrer|rue|gatan|gata|vej|veien|gade|ulica)\b|^\d{1,4}[a-z]?\s+\w",
    )
});

/// A street line of an address: a number and a street word ("1120
/// Fairgrounds Road", "Rüdesheimer Weg 41", "Unit 4, 2250 Quadra Street").
pub(super) fn is_street_line(text: &str) -> bool {
    let text = text.trim().trim_end_matches(',');
    let street_word = || {
        STREET.find_iter(text).any(|m| {
            // "Walk-in interview", "drive-thru", "close-knit": a word of
            // a compound, not a street.
            !m.as_str().starts_with(|c: char| c.is_ascii_digit())
                && !text[m.end()..].starts_with('-')
        })
    };
    (text.bytes().any(|b| b.is_ascii_digit()) && street_word())
        || (text.split_whitespace().count() <= 4 && STREET_END.is_match(text))
}

/// A short line ending in a street's word: "Huntingdon Road", "Market Street".
static STREET_END: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:Street|Road|Avenue|Lane|Drive|Way|Close|Crescent|Terrace|Parade|Place|Square|Boulevard|Highway|Court|Quay|Wharf|Row|Mews|Walk|Strasse|Straße|Straat|Weg|Laan|Gracht|Plein)$",
    )
});

/// The place after "required for", "wanted for" or "needed in" opening a
/// banner ("Urgently required for Abu Dhabi, UAE"), without a closing stop.
fn wanted_for(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    let lower = lower.strip_prefix("urgently ").unwrap_or(&lower);
    let skipped = text.len() - lower.len();
    [
        "required for ",
        "wanted for ",
        "needed for ",
        "required in ",
        "wanted in ",
        "needed in ",
    ]
    .iter()
    .find(|cue| lower.starts_with(**cue))
    .map(|cue| {
        text[skipped + cue.len()..]
            .trim()
            .trim_end_matches(['.', '!', ':'])
    })
    .filter(|rest| rest.starts_with(char::is_uppercase))
}

/// Whether one of the two lines either side of line `i` of the advert (in
/// the same block) is a header's bare fact: a working pattern ("On-site",
/// "Hybrid") or the hours or terms ("Full time", "Permanent").
fn header_fact_near(cx: &Context, i: usize) -> bool {
    let block = cx.lines[i].block;
    let from = i.saturating_sub(2);
    let to = (i + 3).min(cx.lines.len());
    (from..to).filter(|&j| j != i).any(|j| {
        let l = &cx.lines[j];
        let t = l.text.trim().trim_matches(|c: char| !c.is_alphanumeric());
        l.block == block
            && t.split_whitespace().count() <= 3
            && (labelled_mode(t).is_some()
                || matches!(
                    t.to_ascii_lowercase().as_str(),
                    "full time"
                        | "full-time"
                        | "part time"
                        | "part-time"
                        | "permanent"
                        | "contract"
                        | "temporary"
                        | "casual"
                        | "internship"
                        | "fixed term"
                        | "fixed-term"
                ))
    })
}

/// Whether a part of an address holds a postcode (see [`POSTCODE_LINE`]).
pub(super) fn is_postcode_line(text: &str) -> bool {
    POSTCODE_LINE.is_match(text.trim()) || pin_after_town(text)
}

/// India's six-figure PIN code after its town: "Pune 411057", "Chennai -
/// 600 028". The figures alone could be any number, so the town must be
/// one the gazetteer knows.
fn pin_after_town(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ',']);
    // The figures at the end, with a space perhaps between them.
    let tail = t.len()
        - t.chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == ' ')
            .map(char::len_utf8)
            .sum::<usize>();
    let figures: String = t[tail..].chars().filter(char::is_ascii_digit).collect();
    if figures.len() != 6 || figures.starts_with('0') {
        return false;
    }
    let town = t[..tail]
        .trim_end()
        .trim_end_matches(['-', '–', ','])
        .trim_end();
    let town = town.rsplit(',').next().unwrap_or(town).trim();
    !town.is_empty()
        && town.split_whitespace().count() <= 3
        && town.starts_with(char::is_uppercase)
        && geo::known_place(town)
}

/// A line of an address that holds a postcode: "NN14 4RW", "V8T 0A0",
/// "Lewistown, MT 59457", "Ballarat VIC 3350", "65197 Wiesbaden",
/// "1012 AB Amsterdam", or a postcode alone ("2049").
static POSTCODE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b|\b[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]\b|\b[A-Z]{2,3}\s+[0-9]{4,5}(?:-[0-9]{4})?\s*$|^\s*[0-9]{4,5}\s+[A-Z]|^\s*[0-9]{4}\s?[A-Z]{2}\b|^\s*[0-9]{4,6}\s*$",
    )
});

/// A line of an address: a street line, or one with a postcode.
pub(super) fn is_address_line(text: &str) -> bool {
    is_street_line(text) || POSTCODE_LINE.is_match(text)
}

/// A place named by a line near the top split into parts ("Riverside Homes
/// Group · Salford Quays, Greater Manchester · Hybrid") or by an address
/// line ("Newport Library, Market Street, Newport, Shropshire"): the part,
/// or the parts after the street, that the gazetteer knows as a place.
fn header_or_address<'a>(cx: &'a Context, hint: Hint) -> Option<(usize, String, &'a str)> {
    // A small town ("Pitlochry") is known by the advert's country.
    // (Only a town with its county or region, in capitals, "Pitlochry,
    // Perthshire": by a country's hint a loose phrase or a company's one
    // word could hold some small town's name.)
    let a_place = |p: &str| {
        geo::names_a_place(p, None)
            || hint().is_some()
                && p.contains(", ")
                && !p.chars().any(|c| c.is_ascii_digit())
                && p.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
                    w.starts_with(char::is_uppercase) || matches!(w, "upon" | "on" | "of" | "the")
                })
                && geo::names_a_place(p, hint())
    };
    // Lines since the last street line of an address block (a short line
    // with a street word and a number).
    let mut since_street = usize::MAX;
    for (i, line) in cx.lines.iter().enumerate() {
        let text = line.text.trim();
        // "Venue: Hotel Backwater Crown, MG Road, Kochi": where the
        // interviews are held, not where the job is.
        if super::label_line(text).is_some_and(|(label, _)| {
            let label = label.to_ascii_lowercase();
            [
                "venue",
                "interview",
                "walk-in",
                "walk in",
                "test centre",
                "test center",
            ]
            .iter()
            .any(|w| label.contains(w))
        }) {
            continue;
        }
        // A header with the roles run on after it ("Acme | NYC | Full time
        // -- Frontend Engineer -- Backend Engineer"): the header alone.
        let text = match text.split_once(" -- ") {
            Some((header, _)) if i < HEADER_LINES && super::header_of_parts(header) => header,
            _ => text,
        };
        // "… | Bristol | Full Time.": a header's stop after its last part.
        let text = if i < HEADER_LINES {
            super::without_header_stop(text)
        } else {
            text
        };
        since_street = since_street.saturating_add(1);
        if text.is_empty() || text.len() > 160 || text.ends_with(['.', '?', '!']) {
            continue;
        }
        // "📍 Galle (2 min walk from the Fort)": a pin marks the place.
        if let Some(rest) = text.strip_prefix('📍') {
            let part = clean_place(rest.trim_start_matches(['\u{FE0F}', ' ', '*', '_']));
            if !part.is_empty() && part.split_whitespace().count() <= 6 && a_place(&part) {
                return Some((line.line, part, line.text));
            }
        }
        let words = text.split_whitespace().count();
        // "URGENTLY REQUIRED FOR ABU DHABI, UAE", "Wanted for Doha": a
        // recruiter's banner names the place the staff are wanted in.
        if i < 3
            && let Some(rest) = wanted_for(text)
            && rest.split_whitespace().count() <= 5
            && geo::names_a_place(rest, None)
        {
            return Some((line.line, rest.to_string(), line.text));
        }
        // "Klimaatroute" / "Amsterdam" / "On-site" / "Full time": a board's
        // header of one fact a line, a town alone among them, next to a line
        // that is the working pattern or the hours.
        if i > 0
            && i < HEADER_LINES
            && words <= 3
            && !text.contains(',')
            && !text.chars().any(|c| c.is_ascii_digit())
            && labelled_mode(text).is_none()
            && header_fact_near(cx, i)
            && geo::names_a_place(text, None)
            && !geo::resolve(text, None).0.is_empty()
        {
            return Some((line.line, text.to_string(), line.text));
        }
        // "Cold Chain Warehouse Supervisor" / "Surabaya, East Java": a town
        // and its region alone on a line under the title.
        if i > 0
            && i < HEADER_LINES
            && words <= 6
            && text.contains(", ")
            && !text.chars().any(|c| c.is_ascii_digit())
            && labelled_mode(text).is_none()
            && text.split(", ").all(|p| p.split_whitespace().count() <= 3 && geo::known_place(p))
            // The parts after the town are its region or country.
            && text.split(", ").skip(1).all(|p| {
                !crate::places::regions(p, None).is_empty() || crate::places::country(p).is_some()
            })
            && !text.contains(" - ")
            && geo::names_a_place(text, None)
        {
            return Some((line.line, text.trim_end_matches(',').to_string(), line.text));
        }
        // "Dog Daycare Attendant - Weekends + 2 Weekdays (Bend)": a
        // classified's title with its town in brackets at the end.
        if i < HEADER_LINES
            && let Some(inner) = text
                .strip_suffix(')')
                .and_then(|t| t.rsplit_once('('))
                .map(|(before, inner)| (before.trim(), inner.trim()))
                .filter(|(before, inner)| {
                    words >= 3
                        && before.split_whitespace().any(|w| {
                            super::headline::is_job_noun(
                                w.trim_matches(|c: char| !c.is_alphanumeric()),
                            )
                        })
                        && (1..=3).contains(&inner.split_whitespace().count())
                        && inner.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                })
                .map(|(_, inner)| inner)
            && geo::names_a_place(inner, None)
            // (A town of some size: "(Bank)", "(Days)" may be a hamlet's name.)
            && geo::resolve(inner, None)
                .0
                .first()
                .is_some_and(|p| p.population >= 10_000)
        {
            return Some((line.line, inner.to_string(), line.text));
        }
        // "Parramatta NSW", "Bend OR": a town and its state's code alone on
        // a line under the title, as Seek and other boards give the place.
        if i > 0
            && i < HEADER_LINES
            && (2..=4).contains(&words)
            && !text.contains([',', ':'])
            && !text.chars().any(|c| c.is_ascii_digit())
            && let Some((town, code)) = text.rsplit_once(' ')
            && (2..=3).contains(&code.len())
            && code.chars().all(|c| c.is_ascii_uppercase())
            && town
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && !crate::places::regions(code, None).is_empty()
        {
            let place = format!("{town}, {code}");
            if !geo::resolve(&place, None).0.is_empty() {
                return Some((line.line, text.to_string(), line.text));
            }
        }
        // "Wagga Wagga, Wagga Wagga & Riverina NSW": a board's line of a town,
        // its area and the state's code; the town in its state.
        if i > 0
            && i < HEADER_LINES
            && words <= 8
            && !text.chars().any(|c| c.is_ascii_digit())
            && let Some((town, area)) = text.split_once(", ")
            && !area.contains(", ")
            && let Some(code) = area.rsplit(' ').next()
            && area.contains(' ')
            && (2..=3).contains(&code.len())
            && code.chars().all(|c| c.is_ascii_uppercase())
            && town.split_whitespace().count() <= 3
            && !crate::places::regions(code, None).is_empty()
        {
            let place = format!("{town}, {code}");
            if geo::names_a_place(&place, None) && !geo::resolve(&place, None).0.is_empty() {
                return Some((line.line, place, line.text));
            }
        }
        // "Cancún, Quintana Roo Full-time 4 vacancies": a town and its
        // region first on a line under the title, the page's other tags run
        // on after them.
        if i > 0
            && i < HEADER_LINES
            && let Some((town, rest)) = text.split_once(", ")
            && (1..=3).contains(&town.split_whitespace().count())
            && town.starts_with(char::is_uppercase)
            && !town.chars().any(|c| c.is_ascii_digit())
        {
            let rest_words: Vec<&str> = rest.split_whitespace().collect();
            let region = (1..=rest_words.len().min(3)).rev().find_map(|k| {
                let region = rest_words[..k].join(" ");
                let region = region.trim_end_matches([',', '.', ';']);
                (rest_words[..k]
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase))
                    && !crate::places::regions(region, None).is_empty())
                .then(|| region.to_string())
            });
            if let Some(region) = region
                && rest_words.len() > region.split_whitespace().count()
            {
                let place = format!("{town}, {region}");
                if !geo::resolve(&place, None).0.is_empty() {
                    return Some((line.line, place, line.text));
                }
            }
        }
        let street_line = words <= 8
            && text.bytes().any(|b| b.is_ascii_digit())
            && STREET
                .find_iter(text)
                .any(|m| !text[m.end()..].starts_with('-'));
        let header = i < HEADER_LINES && words <= 24;
        // The first lines' " - " too ("SITE MANAGER (CONTRACT) - LLANELLI");
        // never a separator inside brackets ("QA Engineer (Remote – Poland)").
        let split: &[&str] = if i < 2 {
            &[" · ", " | ", " – ", " — ", " • ", " - "]
        } else {
            &[" · ", " | ", " – ", " — ", " • "]
        };
        let parts = super::headline::split_at_outside_brackets(text, split);
        // A table's row of a label and its value ("Store | #02-215 Jewel
        // Changi Airport, …") is a fact, not a header of parts.
        let label_row = matches!(&cx.doc.blocks[line.block].kind,
            BlockKind::TableRow { cells, .. } if cells.len() == 2);
        if header && parts.len() > 1 && !label_row {
            // Parts split at a plain hyphen are a header only when they are
            // few and short, and a bare town after one must be a sizeable
            // one ("Senior Analytics Engineer - Wave" names a company).
            let hyphen_only = super::headline::split_at_outside_brackets(
                text,
                &[" · ", " | ", " – ", " — ", " • "],
            )
            .len()
                == 1;
            let header_like =
                parts.len() <= 4 && parts.iter().all(|p| p.split_whitespace().count() <= 6);
            // A part the gazetteer knows alone beats one it knows only by
            // the advert's country ("Yale - Wrexham" is in Wrexham).
            // "Spring 2026", "Autumn Term 2026": a date, not a place.
            let dated = |p: &str| {
                p.split_whitespace().any(|w| {
                    w.len() == 4
                        && w.bytes().all(|b| b.is_ascii_digit())
                        && (w.starts_with("19") || w.starts_with("20"))
                })
            };
            let find = |hinted: bool| {
                parts.iter().map(|p| clean_place(p)).find(|p| {
                    p.split_whitespace().count() <= 6
                        && !dated(p)
                        && !names_a_job(p)
                        && (if hinted {
                            a_place(p)
                        } else {
                            // "Vancouver": a town of several countries is a
                            // place all the same (which one is settled below,
                            // or left open with a note).
                            geo::names_a_place(p, None)
                                || !hyphen_only && geo::names_towns_of_several_countries(p)
                        })
                        && labelled_mode(p).is_none()
                        && (!hyphen_only || header_like && a_town_itself(cx, p))
                })
            };
            if let Some(part) = find(false).or_else(|| find(true)) {
                return Some((line.line, part, line.text));
            }
            // "Remote US", "Remote (US only)": a remote post's area is its
            // location, as a labelled "Remote (UK/EU)" is.
            if let Some(part) = parts
                .iter()
                .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_'))
                .find(|p| !p.contains(',') && remote_area(p))
            {
                return Some((line.line, part.to_string(), line.text));
            }
        }
        // "Responsible Pharmacist, Umhlanga Care Pharmacies, Durban or
        // Pietermaritzburg, Full-time": the first line run in with commas.
        let stripped = text.trim_matches(|c: char| c == '*' || c == '_' || c == '#' || c == ' ');
        if i < 2
            && stripped.matches(", ").count() >= 2
            && words <= 24
            && stripped
                .split(", ")
                .all(|p| p.split_whitespace().count() <= 6)
            && let Some(part) = stripped
                .split(", ")
                .skip(1)
                .map(clean_place)
                .find(|p| {
                    p.split_whitespace().count() <= 6
                    // "Perm FT. 520 cows": terms and counts, not a place.
                    && !p.chars().any(|c| c.is_ascii_digit())
                    && !p.contains(". ")
                    && a_place(p)
                    && labelled_mode(p).is_none()
                })
                .or_else(|| {
                    stripped
                        .split(", ")
                        .skip(1)
                        .find(|p| remote_area(p))
                        .map(str::to_string)
                })
        {
            return Some((line.line, part, line.text));
        }
        // An address block: a street on its own line, the town on one of the
        // next three ("210 Sturt Street" / "Ballarat VIC 3350").
        if street_line {
            since_street = 0;
        } else if words <= 6 && since_street <= 3 && geo::names_a_place(text, None) {
            return Some((line.line, text.trim_end_matches(',').to_string(), line.text));
        }
        // An address: a street part, then parts naming a town. (A part can
        // hold a street word only if the whole line does.)
        if words > 14 || !text.contains(',') || !STREET.is_match(text) {
            continue;
        }
        let parts: Vec<&str> = text.split(',').map(str::trim).collect();
        if parts.len() >= 2
            && let Some(street) = parts.iter().rposition(|p| STREET.is_match(p))
        {
            let rest: Vec<&str> = parts[street + 1..]
                .iter()
                .copied()
                .filter(|p| !p.is_empty())
                .collect();
            let tail = rest.join(", ");
            if !tail.is_empty() && !geo::resolve(&tail, None).0.is_empty() {
                return Some((line.line, tail, line.text));
            }
        }
    }
    None
}

/// "Remote US", "Fully remote (EU)", "Remote (UK/EU time zones)": a remote
/// post's area, which is its location as a labelled "Remote (UK/EU)" is.
/// The area is what follows the word; "Anywhere in the US" names none this way.
fn remote_area(part: &str) -> bool {
    // Areas wider than a country that remote posts are open to.
    const AREAS: &[&str] = &[
        "eu",
        "europe",
        "emea",
        "apac",
        "latam",
        "americas",
        "north america",
        "worldwide",
    ];
    let Some(at) = part.to_ascii_lowercase().find("remote") else {
        return false;
    };
    let area = part[at + 6..]
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '–' | '-' | ','))
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "only" | "time" | "zones" | "zone" | "timezones" | "within" | "the"
                )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let one = |a: &str| AREAS.contains(&a.to_lowercase().as_str()) || geo::names_a_place(a, None);
    labelled_mode(part) == Some(WorkMode::Remote)
        && !area.is_empty()
        && area.split_whitespace().count() <= 4
        && (one(&area)
            || area
                .split('/')
                .all(|a| !a.trim().is_empty() && one(a.trim())))
}

/// Whether a header's part is a job's title rather than a place: more than
/// one word, the last a job's noun ("PROGRAMME OFFICER" is no town named
/// Officer). Nouns that end places' names too ("Beachy Head", "Mount Cook")
/// are left to the gazetteer.
fn names_a_job(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let last = last.trim_matches(|c: char| !c.is_alphanumeric());
    words.len() >= 2
        && super::headline::job_noun(last)
        && !matches!(
            last.to_lowercase().as_str(),
            "head"
                | "lead"
                | "host"
                | "cook"
                | "baker"
                | "fellow"
                | "crew"
                | "member"
                | "partner"
                | "ranger"
                | "guard"
                | "porter"
                | "champion"
                | "maker"
                | "mason"
                | "steward"
        )
}

/// Whether a part split off at a hyphen is a town and nothing else: the
/// gazetteer's name for a town of some size ("LLANELLI", "Leeds, West
/// Yorkshire"), not a name with more words ("Boston ICT") nor the
/// company's own name that its web or mail domain holds ("Wave").
fn a_town_itself(cx: &Context, part: &str) -> bool {
    let head = part.split(',').next().unwrap_or(part).trim();
    let squashed: String = head
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    !cx.in_own_domain(&squashed)
        && geo::resolve(part, None).0.iter().any(|pl| {
            crate::places::normalise(pl.name) == crate::places::normalise(head)
                && (part.contains(',') || pl.population >= 20_000)
        })
}

/// Drops trailing words that are not part of a place name.
/// The last words of a site's name: "Abbeyfield General Hospital", "Glan
/// Tywi Health Centre".
const SITE_WORDS: &[&str] = &[
    "Hospital",
    "Infirmary",
    "Centre",
    "Center",
    "Clinic",
    "Surgery",
    "Practice",
    "Lodge",
    "House",
    "Unit",
    "Campus",
];

/// "Abbeyfield General Hospital in Hexham", "Riverside Clinic, Kendal": the
/// town named right after a site's name (`after` is the text that follows
/// it), when the gazetteer knows it.
fn town_after_site(site: &str, after: &str) -> Option<String> {
    let last = site.rsplit(' ').next()?;
    if !site.contains(' ') || !SITE_WORDS.contains(&last) {
        return None;
    }
    let rest = after
        .strip_prefix(" in ")
        .or_else(|| after.strip_prefix(", "))?;
    let town: Vec<&str> = rest
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_end_matches([',', '.', ';', ')']))
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .collect();
    (1..=town.len())
        .rev()
        .map(|n| town[..n].join(" "))
        .find(|t| geo::names_a_place(t, None) && !crate::places::cities(t).is_empty())
}

fn trim_place(place: &str) -> String {
    let mut words: Vec<&str> = place.split_whitespace().collect();
    while words
        .last()
        .is_some_and(|w| NOT_PLACE.contains(&w.trim_matches(',')))
    {
        words.pop();
    }
    if words.first().is_some_and(|w| NOT_PLACE.contains(w)) {
        return String::new();
    }
    words.join(" ").trim_end_matches([',', '.']).to_string()
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, Format};
    use crate::extract::{WorkMode, extract};

    /// The states the quick look knows are the pattern's, and every text the
    /// pattern matches passes the look.
    #[test]
    fn the_quick_look_for_a_us_state_misses_none_the_pattern_finds() {
        let inner = super::US_PLACE_PATTERN
            .split("(?:")
            .nth(2)
            .and_then(|s| s.split("))").next())
            .unwrap();
        assert_eq!(inner.split('|').collect::<Vec<_>>(), super::US_STATES);
        let pattern = crate::text::re(super::US_PLACE_PATTERN);
        for text in [
            "Austin, TX",
            "Austin,TX 78701",
            "Based in Salt Lake City,\tUtah.",
            "Portland, OR or remote",
            "Leeds, West Yorkshire",
            "Paris, France",
            "Albany, New York",
            "in Boston, MAine",
            "Raleigh, NC_1",
        ] {
            if pattern.is_match(text) {
                assert!(super::may_name_a_us_state(text), "{text}");
            }
        }
        assert!(!super::may_name_a_us_state("Cafe Uno, Leeds."));
    }

    #[test]
    fn a_town_of_two_countries_is_the_one_the_advert_points_to_among_them() {
        // Dollars of Canada and a province, beside a country named for
        // another reason: of the countries with a Vancouver, Canada.
        let text = "# Platform Engineer\n\nLocation: Vancouver\n\nPay: CA$120,000 a year. Our robots work in Alberta and in Norway.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.places.first().map(|p| p.country.as_str()), Some("CA"));
        assert!(
            p.notes.iter().any(|n| n.contains("taken as the one in CA")),
            "{:?}",
            p.notes
        );
        // Nothing to go by: no place, and a note that says why.
        let text = "# Platform Engineer\n\nLocation: Vancouver\n\nWe build robots.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert!(p.places.is_empty());
        assert!(
            p.notes
                .iter()
                .any(|n| n.contains("places of the name in CA and US")),
            "{:?}",
            p.notes
        );
    }

    #[test]
    fn a_list_of_places_with_a_working_pattern_among_them() {
        let text =
            "# Analyst\n\nLocation: Chicago, IL; Dallas, TX; or Remote (US)\n\nWe are a bank.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        let names: Vec<&str> = p.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Chicago", "Dallas"]);
        // A semicolon inside a note in brackets lists nothing.
        let text = "# Supervisor\n\nLocation: Sriperumbudur, Tamil Nadu (45 km from Chennai; a bus from Tambaram)\n\nWe run warehouses.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.places.len(), 1, "{:?}", p.places);
    }

    #[test]
    fn a_count_of_locations_is_no_place() {
        let text = "# Tax Associate\n\nLocations: 2 Locations\n\nWe are an accountancy firm.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.location, None);
        assert!(super::counts_locations("3 offices"));
        assert!(!super::counts_locations("2 Harbour Street"));
    }

    #[test]
    fn a_small_town_is_the_one_whose_region_the_advert_names() {
        // Too small to be taken on its name alone; its state is named.
        let text = "# Park Aide\n\nLocation: Grand Marais\n\nThe State of Minnesota is hiring.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.places.first().map(|p| p.country.as_str()), Some("US"));
        assert!(
            p.notes.iter().any(|n| n.contains("the one in Minnesota")),
            "{:?}",
            p.notes
        );
        // Without the state, nothing to go by.
        let text = "# Park Aide\n\nLocation: Grand Marais\n\nWe are hiring.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert!(p.places.is_empty());
    }

    #[test]
    fn a_place_of_posting_of_alternatives_gives_each_in_its_siblings_country() {
        let text = "# Clerk\n\nPlace of Posting : Leicester, Crewe or York, as the service needs\n\nWe need a clerk.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        let names: Vec<(&str, &str)> = p
            .places
            .iter()
            .map(|p| (p.name.as_str(), p.country.as_str()))
            .collect();
        assert_eq!(
            names,
            [("Leicester", "GB"), ("Crewe", "GB"), ("York", "GB")]
        );
    }

    #[test]
    fn a_board_s_line_of_a_town_its_area_and_its_state() {
        let text = "Farm Hand\nBoolarra Grazing\nMoe, Gippsland VIC\nFull time\n\nWe run cattle.\n";
        let p = extract(&Document::parse(text, Format::Text), "-");
        assert_eq!(p.location.as_deref(), Some("Moe, VIC"));
        assert_eq!(p.places.first().map(|p| p.country.as_str()), Some("AU"));
    }

    #[test]
    fn a_town_s_namesake_in_the_advert_s_country_or_currency() {
        let country = |text: &str| {
            let p = extract(&Document::parse(text, Format::Markdown), "-");
            p.places.first().map(|p| p.country.clone())
        };
        // Euros: the Irish Athlone, not the larger one in South Africa.
        assert_eq!(
            country("# Deli Supervisor\n\nOur Athlone store is busy. Pay is €15.80 per hour.\n")
                .as_deref(),
            Some("IE")
        );
        let p = extract(
            &Document::parse(
                "# Deli Supervisor\n\nOur Athlone store is busy. Pay is €15.80 per hour.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert!(
            p.notes
                .iter()
                .any(|n| n.contains("\"Athlone\" taken as the one in IE") && n.contains("ZA")),
            "{:?}",
            p.notes
        );
        // An NHS advert's Washington is the one in Tyne and Wear.
        assert_eq!(
            country("# Staff Nurse\n\nLocation: Washington\n\nSalary £28,000. Our NHS partners in Sunderland and Gateshead.\n")
                .as_deref(),
            Some("GB")
        );
        // A namesake far smaller is no rival, whatever the advert's country.
        assert_eq!(
            country("# Developer\n\nLocation: London\n\nSalary $120,000. Call +1 212 555 0100.\n")
                .as_deref(),
            Some("GB")
        );
    }

    #[test]
    fn the_town_after_a_site_s_name_is_the_place() {
        for (text, town) in [
            (
                "<p>The post is based at Marlow Vale Health Centre in Kendal, with some travel.</p>",
                "Kendal",
            ),
            (
                "<p>We are recruiting nurses for our wards at Kingsmead General Hospital in Hexham.</p>",
                "Hexham",
            ),
        ] {
            let p = extract(&Document::parse(text, Format::Html), "-");
            assert_eq!(p.location.as_deref(), Some(town), "{text}");
            assert_eq!(p.places.first().map(|p| p.name.as_str()), Some(town));
        }
        // A part of a town, named after the town's own name.
        let p = extract(
            &Document::parse(
                "# Analyst\n\nYou will work at our offices in Portland's Pearl District, three days a week.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location.as_deref(), Some("Portland"));
        // A site with no town after it is not cut.
        assert_eq!(
            super::town_after_site("Marlow Vale Health Centre", " for"),
            None
        );
        assert_eq!(super::town_after_site("Kendal", " in Cumbria"), None);
    }

    #[test]
    fn a_region_s_code_of_the_town_s_own_country_and_a_street_abroad() {
        let p = extract(
            &Document::parse(
                "# Cashier\n\nPlace of work: Loja Centro, Rua XV de Novembro, Curitiba – PR\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location.as_deref(), Some("Curitiba, PR"));
        assert_eq!(p.country.as_deref(), Some("BR"));
        assert_eq!(p.places[0].region.as_deref(), Some("Paraná"));
        // A header of parts split by middle dots states the working pattern.
        let p = extract(
            &Document::parse(
                "# Cashier\n\nMercado Pinhão · Londrina, PR · On-site\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.work_mode, Some(WorkMode::Onsite));
        assert_eq!(p.country.as_deref(), Some("BR"));
        let p = extract(
            &Document::parse(
                "# Analyst\n\nWork mode: Hybrid (4 days on-site at the DC, 1 day WFH)\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.work_mode, Some(WorkMode::Hybrid));
        // A list of states is no town and its region.
        let p = extract(
            &Document::parse(
                "# Payroll Manager\n\nFor applicants in New York, New Jersey, California, and Colorado, the range is $85,000.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location, None);
        // "join us in Chicago", "close to the centre of Edinburgh".
        for text in [
            "# Developer\n\nA great chance to join us in Chicago as a Software Developer.\n",
            "# Developer\n\nOur office is a lovely space close to the centre of Edinburgh.\n",
        ] {
            let p = extract(&Document::parse(text, Format::Markdown), "-");
            assert!(p.location.is_some(), "{text}");
        }
        // "the quiet town of Caterham in Surrey", "a Primary Care Network in
        // Grays", "GPs to work across Cumbria".
        for (text, want) in [
            (
                "# Nurse\n\nOur home is in the quiet residential town of Caterham in Surrey.\n",
                "Caterham",
            ),
            (
                "# GP\n\nJoin a forward thinking Primary Care Network in Basildon.\n",
                "Basildon",
            ),
            (
                "# GP\n\nWe are recruiting salaried GPs to work across Cumbria.\n",
                "Cumbria",
            ),
        ] {
            let p = extract(&Document::parse(text, Format::Markdown), "-");
            assert!(
                p.location.as_deref().is_some_and(|l| l.contains(want)),
                "{text}: {:?}",
                p.location
            );
        }
        // An acronym in capitals is no town.
        let p = extract(
            &Document::parse(
                "# Programmer\n\nThis position is in the CUPE bargaining unit.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location, None);
        // A law's name before a state is no town.
        let p = extract(
            &Document::parse(
                "# Payroll Manager\n\nPursuant to the Fair Chance Initiative for Hiring Ordinance, New York Fair Chance Act, we consider all.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location, None);
        // A list of countries is no town and its region.
        let p = extract(
            &Document::parse(
                "# Engineer\n\nCompanies in Sweden, Norway and Finland use us.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location, None);
    }

    #[test]
    fn a_form_that_answers_no_to_remote_work_is_not_remote() {
        let mode = |text: &str| extract(&Document::parse(text, Format::Text), "-").work_mode;
        assert_eq!(
            mode("Water Clerk\n\nRemote job\nNo\nTelework eligible\nNo\n\nWe file.\n"),
            None
        );
        assert_eq!(mode("Water Clerk\n\nRemote: No\n\nWe file.\n"), None);
        assert_eq!(
            mode("Water Clerk\n\nRemote job\nYes\n\nWe file.\n"),
            Some(WorkMode::Remote)
        );
    }

    #[test]
    fn a_remote_job_s_head_office_is_no_location_and_a_note_says_so() {
        let p = extract(
            &Document::parse(
                "# QA Engineer\n\nThis is a fully remote role. Our headquarters is in Rotterdam.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location, None);
        assert!(
            p.notes
                .iter()
                .any(|n| n.contains("Rotterdam") && n.contains("head office")),
            "{:?}",
            p.notes
        );
    }

    #[test]
    fn a_small_town_in_a_header_by_the_advert_s_country() {
        let text = "Housekeeper | Heatherbank Hotel | Pitlochry, Perthshire | Full-time | £12.60 per hour\n\n# Housekeeper\n\nEmail jobs@heatherbank.example.co.uk to apply.\n";
        assert_eq!(get(text).0.as_deref(), Some("Pitlochry, Perthshire"));
        // A part known without the hint wins over one known only with it.
        let text = "Staff Nurse | Ward 3 | Band 5 | Yale - Wrexham | Full Time\n\n# Staff Nurse\n\nEmail jobs@example.nhs.uk (£28,000).\n";
        assert_eq!(get(text).0.as_deref(), Some("Wrexham"));
    }

    #[test]
    fn work_set_up_labels_and_the_role_is_on_site() {
        assert_eq!(
            get("| Job | Front Desk Supervisor |\n|---|---|\n| **Work setup** | On-site |\n").1,
            Some(WorkMode::Onsite)
        );
        assert_eq!(
            get("The role is on-site at the branch, Monday to Friday.\n").1,
            Some(WorkMode::Onsite)
        );
    }

    #[test]
    fn a_town_by_its_own_name_outweighs_another_by_an_alternate_name() {
        // Galle (Sri Lanka) by its own name; Halle (Saale) has "Galle"
        // among its alternate names, which does not make Galle ambiguous.
        let p = extract(
            &Document::parse(
                "# Receptionist\n\nLocation: Galle\n\nWe run a hotel.\n",
                Format::Markdown,
            ),
            "-",
        );
        let names: Vec<&str> = p.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Galle"]);
        assert_eq!(p.country.as_deref(), Some("LK"));
    }

    #[test]
    fn a_town_and_region_under_the_title_a_pin_and_a_promenade() {
        let location = |text: &str| extract(&Document::parse(text, Format::Text), "-").location;
        assert_eq!(
            location(
                "Night Shift Supervisor\nSurabaya, East Java\n\nWe run a warehouse serving shops in Java, Bali and Lombok.\n"
            ),
            Some("Surabaya, East Java".to_string())
        );
        assert_eq!(
            location(
                "Hiring now\n*Coral Tide Hotel*\n📍 Inverness (by the station)\n\nWe need a receptionist.\n"
            ),
            Some("Inverness".to_string())
        );
        let at_the_home = location(
            "HARBOUR VIEW CARE HOME\nHarbour Promenade, Ramsey, Isle of Man, IM8 3AX\n\nCARE ASSISTANT\n\nWe care for older people.\n",
        );
        assert!(
            at_the_home
                .as_deref()
                .is_some_and(|l| l.starts_with("Ramsey")),
            "{at_the_home:?}"
        );
    }

    #[test]
    fn a_season_and_its_year_in_a_header_is_no_place() {
        let p = extract(
            &Document::parse(
                "# The Bulletin\n\n*Newsletter of Tarnside Hospital — Spring 2026*\n\nNews of the wards.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location, None);
    }

    #[test]
    fn a_site_s_town_on_the_address_lines_below_it() {
        let text = "Band 5 Nurse\n\nAddress\nHartsholme General Hospital\nGreetwell Road\nLincoln\nLN2 5QY\n\nWe care.\n";
        let p = extract(&Document::parse(text, Format::Text), "-");
        assert!(p.location.is_some_and(|l| l.ends_with("Lincoln")));
        // A heading after a blank line is no line of the address.
        let text = "Analyst\n\nLocation: Harbourside Campus\n\nReading\n\nWe read.\n";
        let p = extract(&Document::parse(text, Format::Text), "-");
        assert_eq!(p.location.as_deref(), Some("Harbourside Campus"));
    }

    #[test]
    fn a_town_alone_among_a_board_s_one_fact_lines() {
        let text = "# Data Engineer\n\nKestrelpay\nRotterdam\nOn-site\nFull time\n\nWe build payment rails.\n";
        assert_eq!(get(text).0.as_deref(), Some("Rotterdam"));
        // Without a fact line beside it, a word that is also a town stays a word.
        let text = "# Data Engineer\n\nKestrelpay\nRotterdam\n\nWe build payment rails.\n";
        assert_eq!(get(text).0, None);
    }

    #[test]
    fn a_recruiter_s_banner_names_where_staff_are_wanted() {
        let text = "URGENTLY REQUIRED FOR DOHA, QATAR\n\nSTEEL FIXERS\n\nInterviews in Mumbai.\n";
        assert_eq!(get(text).0.as_deref(), Some("DOHA, QATAR"));
        assert_eq!(super::wanted_for("Required for a leading hotel"), None);
    }

    #[test]
    fn an_interview_venue_s_address_is_not_the_job_s_place() {
        let text = "# Site Engineer\n\nWe build towers in Doha.\n\nInterviews in Chennai.\nVenue: Hotel Marina Crest, 14 Beach Road, Chennai, Tamil Nadu\n";
        assert_ne!(get(text).0.as_deref(), Some("Chennai, Tamil Nadu"));
    }

    #[test]
    fn an_indian_pin_code_after_its_town() {
        assert!(super::is_postcode_line("Pune 411057"));
        assert!(super::is_postcode_line("Chennai - 600 028"));
        assert!(!super::is_postcode_line("Salary 250000"));
        assert!(!super::is_postcode_line("Pune 41105"));
    }

    #[test]
    fn a_street_word_in_a_compound_is_no_street() {
        assert!(!super::is_street_line(
            "- Walk-in interview on 12 March 2027"
        ));
        assert!(!super::is_street_line("A close-knit team of 12"));
        assert!(super::is_street_line("14 Riverside Walk, Leeds"));
        // A walk-in day's line does not make the heading after it an address.
        // ("Roles" is one of Raleigh's names in the gazetteer.)
        let text = "Porter\n\nHighlights\n- Walk-in interview on 12 March 2027\n\nAbout us\nWe are a hotel.\n\nRoles and responsibilities\n- Carry bags\n";
        assert_eq!(get(text).0, None);
    }

    #[test]
    fn a_saint_s_name_in_an_address_is_no_street() {
        let location = |text: &str| get(text).0.unwrap_or_default();
        assert!(
            location("# Manager\n\nLocation: Bay Street, Bridgetown, St. Michael, Barbados\n")
                .starts_with("Bridgetown")
        );
    }

    #[test]
    fn a_town_named_like_its_region_is_the_town() {
        let places = |text: &str| {
            let p = extract(&Document::parse(text, Format::Markdown), "-");
            p.places.into_iter().map(|p| p.name).collect::<Vec<_>>()
        };
        // The country after it tells the town from its province.
        assert_eq!(
            places("# Agent\n\nLocation: Heredia, Costa Rica\n\nWe help shops.\n"),
            ["Heredia"]
        );
        // The last part of an address, in the advert's own country.
        assert_eq!(
            places(
                "# Inspector\n\nLocation: Harbour Depot, St Helier\n\nEmail jobs@gov.example.je or call +44 1534 440000.\n"
            ),
            ["Saint Helier"]
        );
        // A state with a town of its name elsewhere stays the state.
        assert!(places("# Clerk\n\nLocation: Indiana\n\nWe file.\n").is_empty());
    }

    #[test]
    fn working_patterns_in_running_text_and_in_a_row_of_tags() {
        let mode = |text: &str| get(text).1;
        assert_eq!(
            mode(
                "# Analyst\n\nWe work in a hybrid way: the team meets at the office on Tuesdays.\n"
            ),
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            mode(
                "# Clerk\n\n## Benefits\n\n- After probation, one day per week working from home\n"
            ),
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            mode(
                "# Inspector\n\nThe role is based at our depot and is not suitable for home working.\n"
            ),
            Some(WorkMode::Onsite)
        );
        // Days in the office a week, or a week split with home.
        for text in [
            "# Analyst\n\nWe work from the office at least three days a week, and from home the rest.\n",
            "# Nurse\n\nYou will split your week between the clinic, home and the community.\n",
            "# Planner\n\nExpect two days a week in the office.\n",
        ] {
            assert_eq!(mode(text), Some(WorkMode::Hybrid), "{text}");
        }
        assert_ne!(
            mode("# Clerk\n\nYou will be in the office five days a week.\n"),
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            mode("# Graduate\n\nYou will be office-based at our head office in Durban.\n"),
            Some(WorkMode::Onsite)
        );
        for text in [
            "# Accountant\n\n## Package\n\n- Office-based, Sunday to Thursday\n",
            "# Agent\n\n- On-site work at our Makati hub; this is not a work-from-home role\n",
            "# Agent\n\nPlease note this is not a remote position.\n",
        ] {
            assert_eq!(mode(text), Some(WorkMode::Onsite), "{text}");
        }
        let text = "Electrical Engineer\nKafue Copper · Chingola\nOn-site  Full-time  Mid-Senior level\n\nAbout the job\n\nWe mine copper.\n";
        let p = extract(&Document::parse(text, Format::Text), "-");
        assert_eq!(p.work_mode, Some(WorkMode::Onsite));
    }

    #[test]
    fn header_lines_of_tags_classifieds_and_job_titles() {
        let located = |text: &str, format: Format| {
            let p = extract(&Document::parse(text, format), "-");
            (p.location, p.places.first().map(|p| p.country.clone()))
        };
        // A page's tags run together under the title.
        let (location, country) = located(
            "<h2>Kitchen Porter</h2><p><span>Mérida, Yucatán</span> <span>Full-time</span> <span>2 vacancies</span></p><p>We cook.</p>",
            Format::Html,
        );
        assert_eq!(location.as_deref(), Some("Mérida, Yucatán"));
        assert_eq!(country.as_deref(), Some("MX"));
        // A table's row of a label and an address is a fact, not a header
        // whose first part ("Store") could be a small town's name.
        let (location, country) = located(
            "<h1>Shift Lead</h1><table><tr><td>Store</td><td>Unit 4, 12 Harbour Road, Wellington 6011</td></tr></table><p>We sell tea.</p>",
            Format::Html,
        );
        assert!(location.is_some_and(|l| l.contains("Wellington")));
        assert_eq!(country.as_deref(), Some("NZ"));
        let (location, _) = located(
            "<h1>Shift Lead</h1><table><tr><td>Store</td><td>#14</td></tr></table><p>We sell tea.</p>",
            Format::Html,
        );
        assert_eq!(location, None);
        // A classified's terms and counts between commas are no place.
        let (location, _) = located(
            "SITUATIONS VACANT\n\nSHEPHERD, Perm FT. 900 ewes, Gore, Southland. Apply w/ CV.\n",
            Format::Text,
        );
        assert!(
            location.as_deref().is_none_or(|l| !l.contains("Perm")),
            "{location:?}"
        );
        // A job's title in capitals is no town named after its last word.
        let (location, _) = located(
            "KOBOKO RIVER TRUST\n\nPROGRAMME OFFICER – LIVELIHOODS\nBased in Arua\n\nWe work with farmers.\n",
            Format::Text,
        );
        assert_eq!(location.as_deref(), Some("Arua"));
    }

    #[test]
    fn a_site_near_a_town_and_a_label_for_two_things() {
        let location = |text: &str| get(text).0;
        assert_eq!(
            location("# Support Worker\n\nBrackenford Lodge is situated in Cwmderwen near Pontypridd in South Wales.\n").as_deref(),
            Some("Pontypridd")
        );
        assert_eq!(
            location("# Nurse\n\nWe care for adults.\n\nFernhill, near Dawlish, is home to our secure services.\n").as_deref(),
            Some("Dawlish")
        );
        // "Near" a small place or a landmark names no town.
        assert_eq!(
            location("# Nurse\n\nOur clinic is located in Harbour House near Temple Quay.\n"),
            None
        );
        // "Location/Trust": a place where it names one, else none.
        assert!(
            location("# Physiotherapist\n\nLocation/Trust: Oxfordshire, Headington, OX3 9DU / Tarnside NHS Trust\n")
                .is_some_and(|l| l.contains("Headington"))
        );
        assert_eq!(
            location("# Physiotherapist\n\nLocation/Trust: Tarnside Health and Care NHS Trust\n"),
            None
        );
    }

    #[test]
    fn working_patterns_as_forms_and_headings_write_them() {
        // "Workplace: Work at office": on site, and no place.
        let (location, mode) = get(
            "# Merchandiser\n\nWorkplace: Work at office\n\nJob Location: Khulna (Sonadanga)\n\nWe make shirts.\n",
        );
        assert_eq!(mode, Some(WorkMode::Onsite));
        assert!(location.is_some_and(|l| l.contains("Khulna")));
        assert_eq!(
            get("# Agent\n\nWorkplace: On-site at our Laureles contact centre\n\nWe help shops.\n")
                .1,
            Some(WorkMode::Onsite)
        );
        // A heading as the label, its value a sentence after the word.
        assert_eq!(
            get("# Developer\n\n## Work mode\nHybrid: two fixed days a week at the office in Rosario, the rest from home\n\n## About us\n\nWe build payments.\n").1,
            Some(WorkMode::Hybrid)
        );
    }

    #[test]
    fn a_working_pattern_in_a_location_label_is_no_place() {
        let location = |text: &str| get(text).0;
        assert_eq!(
            location(
                "# Welder\n\nWork location: On-site, Harbour Tower project, Lusail\n\nYou will weld.\n"
            ),
            Some("Harbour Tower project, Lusail".to_string())
        );
        assert_eq!(
            location(
                "# Care Aide\n\nJob Type: Full-time\n\nWork Location: In person\n\nWe care for people in Tacoma, WA.\n"
            ),
            Some("Tacoma, WA".to_string())
        );
        assert_eq!(
            location(
                "# Accountant\n\nLOCATION: Finance\n\nThe office is in Leeds, West Yorkshire.\n"
            ),
            Some("Leeds, West Yorkshire".to_string())
        );
        assert_eq!(
            location("# Analyst\n\nLocation: Hybrid – Durrington\n\nYou will build reports.\n"),
            Some("Durrington".to_string())
        );
        assert_eq!(
            location(
                "# Engineer\n\nLocation: 6860 Yosemite Court, Jersey City, NJ 07302 (Onsite)\n\nYou will run networks.\n"
            ),
            Some("Jersey City, NJ".to_string())
        );
    }

    #[test]
    fn places_after_where_candidates_live_or_a_word_of_praise() {
        for (text, want) in [
            (
                "# Paralegal\n\nMust reside in or near Sacramento and come to court.\n",
                "Sacramento",
            ),
            (
                "# Paralegal\n\nFully remote, for candidates living in Ohio. Our office is in Cleveland, Ohio.\n",
                "Cleveland, Ohio",
            ),
            (
                "# Engineer\n\nOne of Glasgow’s most exciting startups, Ferrymoor is growing.\n",
                "Glasgow",
            ),
            (
                "# Barista\n\nJoin our team in beautiful Queenstown this summer.\n",
                "Queenstown",
            ),
            (
                "# Analyst\n\nAcme is headquartered in Omaha and serves farmers.\n",
                "Omaha",
            ),
            (
                "# Care Worker\n\nThe home is located approximately 6 miles from Market Drayton.\n",
                "Market Drayton",
            ),
            (
                "# Solicitor\n\nJoin our Kingston upon Thames office as a solicitor.\n",
                "Kingston upon Thames",
            ),
            (
                "# Barista\n\nHarbour Coffee is hiring a Senior Barista in Galway for the summer.\n",
                "Galway",
            ),
            (
                "# Nurse\n\nWe are recruiting two Staff Nurses in Inverness.\n",
                "Inverness",
            ),
            (
                "# Paramedic\n\nWe deliver urgent care across the Doncaster locality.\n",
                "Doncaster",
            ),
            (
                "# Bank Nurse\n\nYou will cover a variety of areas within Portsmouth.\n",
                "Portsmouth",
            ),
            (
                "# Coordinator\n\nThis role will work on-site at the Bird House in Iowa City, four days a week.\n",
                "Iowa City",
            ),
            (
                "# Analyst\n\nThe role is in-person in Denver with some travel.\n",
                "Denver",
            ),
        ] {
            assert_eq!(get(text).0.as_deref(), Some(want), "{text}");
        }
        // A title after the hiring verb, then a subject, not a place.
        let subject = "# Teacher\n\nWe are hiring a Teacher in Mathematics for September.\n";
        assert_eq!(get(subject).0, None);
        // A department's area, or a ward a unit sits in, is no place.
        for text in [
            "# Analyst\n\nYou will work across the Finance area of the business.\n",
            "# Assistant\n\nOur unit is based within Foxbury Ward.\n",
        ] {
            assert_eq!(get(text).0, None, "{text}");
        }
    }

    #[test]
    fn a_workplace_named_after_its_town_gives_the_town() {
        let location = |text: &str| get(text).0;
        assert_eq!(
            location(
                "# Staff Nurse\n\nYou will work nights at the Kettering General Hospital on our surgical ward.\n"
            ),
            Some("Kettering".to_string())
        );
        assert_eq!(
            location(
                "# Ward Clerk\n\nSpire Tunbridge Wells Hospital has an exciting opportunity for a ward clerk.\n"
            ),
            Some("Tunbridge Wells".to_string())
        );
        assert_eq!(
            location(
                "# Research Software Engineer\n\nOur group is based at the University of Leicester and builds models.\n"
            ),
            Some("Leicester".to_string())
        );
        // A person's name is no town, and two workplaces in two towns give none.
        assert_eq!(
            location(
                "# Porter\n\nYou will work at the Queen Elizabeth Hospital on the day shift.\n"
            ),
            None
        );
        assert_eq!(
            location(
                "# Physiotherapist\n\nYou will rotate between shifts at Derby Royal Hospital and at Burton Hospital.\n"
            ),
            None
        );
        // Each says so in a note.
        let notes = |text: &str| extract(&Document::parse(text, Format::Markdown), "-").notes;
        assert!(
            notes("# Staff Nurse\n\nYou will work nights at the Kettering General Hospital.\n")
                .iter()
                .any(|n| n.contains("taken from the name of the workplace"))
        );
        assert!(
            notes("# Physiotherapist\n\nYou will rotate between shifts at Derby Royal Hospital and at Burton Hospital.\n")
                .iter()
                .any(|n| n.contains("neither is taken"))
        );
        // The place a sentence names still comes first.
        assert_eq!(
            location(
                "# Porter\n\nYou will work at Leeds General Infirmary. Our office is in Bradford, West Yorkshire.\n"
            ),
            Some("Bradford, West Yorkshire".to_string())
        );
    }

    #[test]
    fn a_building_of_someone_s_is_no_town_and_a_later_phrase_may_name_one() {
        let (location, _) = get(
            "# Warden\n\nOne post will be based at the Council's Riverside House offices in Coleraine.\n",
        );
        assert_eq!(location.as_deref(), Some("Coleraine"));
    }

    #[test]
    fn a_town_after_downtown_or_before_their_offices() {
        for (text, want) in [
            (
                "Nursery Teacher\n\nWe are a small nursery in downtown Spokane, open all year.\n",
                "Spokane",
            ),
            (
                "Legal Secretary\n\nA law firm seeks a secretary to join their Baltimore offices.\n",
                "Baltimore",
            ),
        ] {
            let doc = Document::parse(text, Format::Text);
            let p = extract(&doc, "t.txt");
            assert_eq!(p.location.as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn every_working_pattern_holds_one_of_the_mode_words() {
        // Lines without any of MODE_WORDS are never read for a working pattern,
        // so whatever mode_in recognises must contain one.
        for text in [
            "Hybrid",
            "hybrid",
            "Remote",
            "On-site",
            "onsite",
            "In person",
            "Office-based",
            "This is a hybrid role",
            "2 days a week in the office",
            "Work from anywhere in the UK",
            "Telecommuting is fine",
            "WFH on Fridays",
            "We are not a remote team",
            "Working from home with some office days",
            "Some duties can be performed remotely, but hours in the studio",
            "You must work from our office",
            "100% remote",
            "remote-first company",
            "(Remote)",
        ] {
            assert!(super::mode_in(text).is_some(), "{text}");
            assert!(super::MODE_WORDS.is_match(text), "{text}");
        }
        assert!(super::mode_in("Salary £30,000 a year").is_none());
    }

    #[test]
    fn a_tracking_system_s_locations_and_a_branch_named_for_its_town() {
        let get = |text: &str| {
            let p = extract(&Document::parse(text, Format::Text), "t.txt");
            (
                p.location,
                p.places
                    .iter()
                    .map(|p| p.name.to_string())
                    .collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            get("Picker\n\nJob Locations: US-OH-Grove City\n\nWe ship parcels.\n").1,
            ["Grove City"]
        );
        assert_eq!(
            get("Payroll Executive\n\nJob Locations: SG-Singapore\n\nWe pay people.\n")
                .0
                .as_deref(),
            Some("Singapore")
        );
        assert_eq!(
            get("Library Assistant\n\nAssigned Branch: Kennewick Library\n\nWe lend books.\n").1,
            ["Kennewick"]
        );
    }

    #[test]
    fn places_listed_with_semicolons_or_under_multiple_locations() {
        let places = |text: &str| {
            extract(&Document::parse(text, Format::Markdown), "-")
                .places
                .iter()
                .map(|p| p.name.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            places("# Planner\n\nLocation: Multiple locations: Derby; Nottingham\n\nWe plan.\n"),
            ["Derby", "Nottingham"]
        );
        assert_eq!(
            places("# Chemist\n\nLocations: Zürich, Switzerland; Basel, Switzerland\n\nWe test.\n"),
            ["Zürich", "Basel"]
        );
        // A note in brackets after the place is no list of places.
        assert_eq!(
            places(
                "# Driver\n\nLocation: Preston (about 20 miles from Blackpool; a bus runs)\n\nWe deliver.\n"
            ),
            ["Preston"]
        );
    }

    #[test]
    fn working_patterns_the_employer_rules_out_or_the_whole_week_in_the_office() {
        use WorkMode::*;
        for (text, want) in [
            (
                "We do not offer remote or hybrid work for this position.",
                Some(Onsite),
            ),
            ("We don't offer remote work for this role.", Some(Onsite)),
            (
                "We can't offer remote working, but hybrid working two days a week in the office is fine.",
                Some(Hybrid),
            ),
            (
                "This is a work-from-office role, 5 days a week at our office in Pune.",
                Some(Onsite),
            ),
            ("Five days a week in the office.", Some(Onsite)),
            ("3 days a week in the office.", Some(Hybrid)),
            (
                "Some of us use a small office downtown, but this role is fully remote.",
                Some(Remote),
            ),
        ] {
            assert_eq!(super::mode_in(text), want, "{text}");
        }
        // A form's "telecommuting: false", a dt/dd "Remote work policy" / "Onsite".
        assert_eq!(
            get("---\ntelecommuting: false\n---\n\n# Tester\n\nThis is an on-site role.\n").1,
            Some(Onsite)
        );
        let html =
            "<h1>Tester</h1><dl><dt>Remote work policy</dt><dd>Onsite</dd></dl><p>We test.</p>";
        assert_eq!(
            extract(&Document::parse(html, Format::Html), "-").work_mode,
            Some(Onsite)
        );
    }

    fn get(text: &str) -> (Option<String>, Option<WorkMode>) {
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        (p.location, p.work_mode)
    }

    #[test]
    fn a_remote_area_in_a_header_of_parts() {
        let html = |part: &str| {
            format!("<p>Acme | Data Engineer | {part} | Full-time</p><p>We build.</p>")
        };
        let loc =
            |part: &str| crate::analyse(&html(part), "a.html", Some(Format::Html), None).location;
        assert_eq!(loc("Remote US").as_deref(), Some("Remote US"));
        assert_eq!(
            loc("Fully remote (UK)").as_deref(),
            Some("Fully remote (UK)")
        );
        // Remote with no area names no location.
        assert_eq!(loc("Remote"), None);
        // Areas wider than a country, and the time zones they are in.
        assert_eq!(
            loc("Remote (UK/EU time zones)").as_deref(),
            Some("Remote (UK/EU time zones)")
        );
        assert_eq!(loc("Remote (EMEA)").as_deref(), Some("Remote (EMEA)"));
        // A first line run in with commas.
        let p = crate::analyse(
            "Senior Backend Engineer, Ridgeback Freight, Remote (US), Full-time\n\nWe build.\n",
            "a.txt",
            Some(Format::Text),
            None,
        );
        assert_eq!(p.location.as_deref(), Some("Remote (US)"));
        assert_eq!(p.country.as_deref(), Some("US"));
    }

    #[test]
    fn boards_and_career_sites_lines_of_place() {
        let get = |text: &str| {
            let p = crate::analyse(text, "a.txt", Some(Format::Text), None);
            (p.location, p.country)
        };
        // A town and its state's code alone under the title.
        assert_eq!(
            get("Senior Accountant\nCumberland Civil Group\n\nParramatta NSW\nWork type: Full time\n\nWe have projects in Penrith, Liverpool and Campbelltown.\n").0.as_deref(),
            Some("Parramatta NSW")
        );
        // A classified's title with its town in brackets.
        assert_eq!(
            get("Posted 2026-03-10 14:22\n\nDog Daycare Attendant - Weekends (Bend)\n\ncompensation: $20/hr\n").0.as_deref(),
            Some("Bend")
        );
        assert_eq!(get("Care Assistant (Nights)\n\nWe care.\n").0, None);
        // A site, then its town.
        assert_eq!(
            get("Registered Nurse\n\nLocation: Sagebrush Regional Medical Center - Reno, NV\n\nWe care.\n").0.as_deref(),
            Some("Reno, NV")
        );
        // A definition list's "Locations" on one line with its value.
        let p = crate::analyse(
            "<h1>QA Manager</h1><dl><dt>Locations</dt><dd>Basel, Switzerland; Kaiseraugst, Switzerland</dd></dl><p>Our plant in Kaiseraugst fills vials.</p>",
            "a.html",
            Some(Format::Html),
            None,
        );
        assert_eq!(
            p.location.as_deref(),
            Some("Basel, Switzerland; Kaiseraugst, Switzerland")
        );
        // A form that echoes its label, the value a trail on the line below.
        let (location, country) =
            get("Surgical Technologist\n\nLocation : Location\nUS-MN-Duluth\n\nWe operate.\n");
        assert_eq!(location.as_deref(), Some("Duluth, MN"));
        assert_eq!(country.as_deref(), Some("US"));
    }

    #[test]
    fn a_remote_label_s_sentence_in_brackets_is_no_part_of_it() {
        let p = crate::analyse(
            "# Django Engineer\n\nThe founders live in Portland, Maine.\n\n- **Location:** Remote, US only (we can only contract with people based in the US)\n",
            "a.md",
            Some(Format::Markdown),
            None,
        );
        assert_eq!(p.location.as_deref(), Some("Remote, US only"));
        assert!(p.places.is_empty());
    }

    #[test]
    fn sites_a_post_works_across_are_its_places() {
        let p = crate::analyse(
            "<p>Job overview</p><p>The successful doctor will work across sites in Wigan and Leigh, supporting two teams.</p>",
            "a.html",
            Some(Format::Html),
            None,
        );
        assert_eq!(p.location.as_deref(), Some("Wigan and Leigh"));
        assert_eq!(p.places.len(), 2, "{:?}", p.places);
        let p = crate::analyse(
            "<p>Job overview</p><p>Cross-site working between Truro and Camborne is part of the role.</p>",
            "a.html",
            Some(Format::Html),
            None,
        );
        assert_eq!(p.location.as_deref(), Some("Truro and Camborne"));
    }

    #[test]
    fn technologies_and_examples_in_running_text_are_no_place() {
        let loc = |text: &str| crate::analyse(text, "a.md", Some(Format::Markdown), None).location;
        // A list of technologies after "in" is no town and its region.
        assert_eq!(
            loc(
                "# Developer\n\nYou will build features in Django, Django REST Framework and PostgreSQL.\n"
            ),
            None
        );
        // The ends of a range of examples are not the job's place; the
        // office is.
        let text = "# Developer\n\nClinics use us, from a one-room practice in Truro to a twelve-site chain in Glasgow.\n\nOur office in Leeds, twice a week, and the rest from home.\n";
        let p = crate::analyse(text, "a.md", Some(Format::Markdown), None);
        assert_eq!(p.location.as_deref(), Some("Leeds"));
        assert_eq!(p.work_mode, Some(WorkMode::Hybrid));
        // A place with no range around it stays.
        assert_eq!(
            loc("# Developer\n\nYou will join our team in Glasgow to work from our studio.\n")
                .as_deref(),
            Some("Glasgow")
        );
    }

    #[test]
    fn a_county_gives_no_place_and_says_so() {
        let p = extract(
            &Document::parse(
                "# Clerk\n\n**Location:** Cowlitz County, Washington\n",
                Format::Markdown,
            ),
            "-",
        );
        assert!(p.places.is_empty(), "{:?}", p.places);
        assert_eq!(p.country.as_deref(), Some("US"));
        assert!(
            p.notes.iter().any(|n| n.contains("county")),
            "{:?}",
            p.notes
        );
    }

    #[test]
    fn a_region_another_country_shares_gives_way_to_the_advert_country() {
        let p = extract(
            &Document::parse(
                "# Clerical Officer\n\nCounty Office, Courthouse, Co. Offaly\n\nFuture vacancies in the Midlands region may be filled from the panel.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.country.as_deref(), Some("IE"), "{:?}", p.notes);
    }

    #[test]
    fn a_hybrid_line_and_a_remote_work_allowance() {
        let p = |text: &str| extract(&Document::parse(text, Format::Markdown), "-").work_mode;
        assert_eq!(
            p(
                "# Analyst\n\nHybrid: three days a week in the Umeda office, the rest from home.\n\n- Remote work allowance of ¥5,000 a month\n"
            ),
            Some(WorkMode::Hybrid)
        );
        // A benefit named after working from home says nothing of the pattern.
        assert_eq!(p("# Analyst\n\n- Home office stipend of £300\n"), None);
        assert_eq!(
            p("# Analyst\n\nLocation: 🇰🇪 Remote – Kenya only\n"),
            Some(WorkMode::Remote)
        );
    }

    #[test]
    fn a_person_named_after_a_country_is_no_vote_for_it() {
        let text = "# Developer Advocate\n\nThis job is remote within the United States.\n\nEmail Georgia Mills at careers@example.com to apply.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.country.as_deref(), Some("US"));
    }

    #[test]
    fn a_hospital_s_name_then_its_town() {
        let text = "# Pharmacy Technician\n\nLocation: Solway Royal Infirmary, Dumfries\n\nWe run a hospital.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        let names: Vec<&str> = p.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Dumfries"]);
    }

    #[test]
    fn a_role_not_suitable_for_remote_work_is_on_site() {
        let text = "# Teacher\n\nThis is an on-site role: teaching is face to face, and the role is not suitable for remote work.\n";
        assert_eq!(
            extract(&Document::parse(text, Format::Markdown), "-").work_mode,
            Some(WorkMode::Onsite)
        );
    }

    #[test]
    fn a_province_after_a_town_it_has_no_namesake_of_is_the_province() {
        // "Ontario" is also a Californian town, and Grafton a town of
        // Massachusetts; read as two towns they lie far apart.
        let text =
            "# Equipment Operator\n\nLocation: Grafton, Ontario\n\nWe keep the roads open.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.country.as_deref(), Some("CA"));
        assert!(
            p.places.iter().all(|pl| pl.country == "CA"),
            "{:?}",
            p.places
        );
        // Towns of one country in a list stay towns.
        let text =
            "# Support Worker\n\nLocation: Galway, Limerick or Cork\n\nWe support families.\n";
        let p = extract(&Document::parse(text, Format::Markdown), "-");
        assert_eq!(p.places.len(), 3, "{:?}", p.places);
    }

    #[test]
    fn office_days_and_home_days_in_one_sentence_are_hybrid() {
        for text in [
            "# Analyst\n\nWe work in our office by the river three days a week (Monday to Wednesday) and from home the other two.\n",
            "# Engineer\n\n- On-site work in our plant, with home office possible for reports on up to one day a week\n",
        ] {
            assert_eq!(get(text).1, Some(WorkMode::Hybrid), "{text}");
        }
        // Office days alone say nothing of home.
        assert_ne!(
            get("# Analyst\n\nWe work in our office by the river five days a week.\n").1,
            Some(WorkMode::Hybrid)
        );
    }

    #[test]
    fn a_careers_site_trail_from_country_to_town() {
        assert_eq!(
            super::trail_of_places("United Arab Emirates-Abu Dhabi-Abu Dhabi").as_deref(),
            Some("Abu Dhabi")
        );
        assert_eq!(
            super::trail_of_places("Americas-United States-California-San Diego").as_deref(),
            Some("San Diego, California")
        );
        // A town's own hyphens, or two parts, are no trail.
        assert_eq!(super::trail_of_places("Stratford-upon-Avon"), None);
        assert_eq!(super::trail_of_places("Guinea-Bissau"), None);
        assert_eq!(
            get("# Supervisor\n\nPrimary Location: Qatar-Doha-Doha\n")
                .0
                .as_deref(),
            Some("Doha")
        );
    }

    #[test]
    fn a_job_after_a_comma_is_no_region() {
        // Two columns run together: the job's name is not the town's region.
        assert_eq!(
            get("# Notice\n\n- A degree in Shipping, CREW MANNING OFFICER\n\nWe are based in Limassol, Cyprus.\n")
                .0
                .as_deref(),
            Some("Limassol, Cyprus")
        );
    }

    #[test]
    fn the_only_town_an_advert_names_is_its_place() {
        // Named once inside a sentence, with nothing else to give the place.
        assert_eq!(
            get("# Care Worker\n\nOur client lives at home with his family in Winsford and needs support.\n\nPay £12 an hour.\n")
                .0
                .as_deref(),
            Some("Winsford")
        );
        // A possessive, and the town in small letters in a site's trail.
        assert_eq!(
            get("jobs  kelowna / okanagan > trades\n\n# Bike Mechanic\n\nA small bike shop in Kelowna's North End. Pay $22/hr.\n")
                .0
                .as_deref(),
            Some("Kelowna")
        );
        // Two towns: neither.
        assert_eq!(
            get("# Care Worker\n\nYou will visit clients in Crewe and drive on to Nantwich.\n\nPay £12 an hour.\n").0,
            None
        );
        // A town's name inside a longer name is no mention of the town.
        assert_eq!(
            get("# Care Worker\n\nWe work with Crewe Alexandra Foundation on sports days.\n\nPay £12 an hour.\n").0,
            None
        );
        // An ordinary word that is also a town, or one only at a sentence's start.
        assert_eq!(
            get("# Analyst\n\nYou will join our Enterprise PMO team.\n\nPay $90,000.\n").0,
            None
        );
        assert_eq!(
            get("# Nurse\n\nWarrington is easy to reach.\n\nPay £30,000.\n").0,
            None
        );
    }

    #[test]
    fn prose_places_need_a_place_shaped_phrase() {
        // "the heart of X" names X.
        assert_eq!(
            get("The clinic is situated in the Heart of Didsbury.\n")
                .0
                .as_deref(),
            Some("Didsbury")
        );
        // A role in a specialty is not a place.
        assert_eq!(get("A rewarding role in Complex Dementia Care.\n").0, None);
        // "Xray, CT" in a British advert is an imaging list, not Connecticut.
        assert_eq!(
            get("Pay £30,000.\n\nModalities: Xray, CT and MRI.\n").0,
            None
        );
        assert_eq!(
            get("Pay $30,000.\n\nOffice: Hartford, CT.\n").0.as_deref(),
            Some("Hartford, CT")
        );
    }

    #[test]
    fn a_place_at_the_end_of_the_title_is_the_location() {
        let p = extract(
            &Document::parse(
                "# We're hiring a Restaurant Server in Whitstable\n\nJoin us.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location.as_deref(), Some("Whitstable"));
        assert_eq!(p.country.as_deref(), Some("GB"));
        assert_eq!(p.title.as_deref(), Some("Restaurant Server"));
        // A subject is not a place: "Lecturer in Economics" keeps its title.
        let p = extract(
            &Document::parse("# Lecturer in Economics\n\nJoin us.\n", Format::Markdown),
            "-",
        );
        assert_eq!(p.title.as_deref(), Some("Lecturer in Economics"));
        assert_eq!(p.location, None);
    }

    #[test]
    fn a_pattern_with_its_place_in_brackets_and_towns_with_no_place_after_them() {
        let p = extract(
            &Document::parse(
                "# Clerk\n\nLocation: Onsite (Vancouver, WA)\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location.as_deref(), Some("Vancouver, WA"));
        // "in Austin, Enthought": the part after the town is no place.
        let p = extract(
            &Document::parse(
                "# Developer\n\nBased in Austin, Enthought also has offices elsewhere.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_ne!(p.location.as_deref(), Some("Austin, Enthought"));
        let p = extract(
            &Document::parse(
                "# Developer\n\nWe are based in Austin, Enthought also has offices elsewhere.\n",
                Format::Markdown,
            ),
            "-",
        );
        assert_eq!(p.location.as_deref(), Some("Austin"));
    }

    #[test]
    fn labelled_location_is_cleaned() {
        assert_eq!(
            get("**Location**: Cardiff, Wales (with hybrid working options)\n"),
            (Some("Cardiff, Wales".into()), Some(WorkMode::Hybrid))
        );
        assert_eq!(
            get("Location: Remote\n"),
            (Some("Remote".into()), Some(WorkMode::Remote))
        );
        assert_eq!(
            get("Location: Remote (UK/EU time zones)\n"),
            (
                Some("Remote (UK/EU time zones)".into()),
                Some(WorkMode::Remote)
            )
        );
        assert_eq!(
            get("Location: Sheffield (our Hillsborough hub), on-site\n"),
            (Some("Sheffield".into()), Some(WorkMode::Onsite))
        );
    }

    #[test]
    fn place_from_running_text() {
        let (loc, mode) = get(
            "The team spend time working from home and from our office in Sittingbourne, Kent, and there are flexible patterns.\n",
        );
        assert_eq!(loc.as_deref(), Some("Sittingbourne, Kent"));
        assert_eq!(mode, Some(WorkMode::Hybrid));
        assert_eq!(
            get("Join us in our Leeds office.\n").0.as_deref(),
            Some("Leeds")
        );
        assert_eq!(
            get("Full-time role in Austin, TX 78701.\n").0.as_deref(),
            Some("Austin, TX")
        );
    }

    #[test]
    fn labelled_remote_with_a_region() {
        assert_eq!(
            get("Location: Remote - US\n"),
            (Some("Remote - US".into()), Some(WorkMode::Remote))
        );
        assert_eq!(
            get("You can work remotely from any US location.\n").1,
            Some(WorkMode::Remote)
        );
    }

    #[test]
    fn remote_in_running_text() {
        assert_eq!(
            get("This is a 4 to 6 week remote contract.\n").1,
            Some(WorkMode::Remote)
        );
        assert_eq!(
            get("The position will be part-time and remote.\n").1,
            Some(WorkMode::Remote)
        );
        assert_eq!(
            get("Work will be conducted remotely.\n").1,
            Some(WorkMode::Remote)
        );
        // Office days and home days: hybrid.
        assert_eq!(
            get("Based in our Leeds office Monday-Thursday, with remote work on Fridays.\n").1,
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            get("You can work 2 days a week remotely.\n").1,
            Some(WorkMode::Hybrid)
        );
        // A hybrid model is a way of working only beside words for one.
        assert_eq!(
            get("The hybrid model requires office presence Mondays and Thursdays.\n").1,
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            get("You will build a hybrid model that couples a solver with surrogates.\n").1,
            None
        );
        // Work that cannot be done remotely is on site.
        assert_eq!(
            get("Working: 100% on site - this role cannot be done remotely\n").1,
            Some(WorkMode::Onsite)
        );
        assert_eq!(
            get("The duties can't be performed remotely.\n").1,
            Some(WorkMode::Onsite)
        );
        assert_eq!(
            get("Location: Remote (U.S. residents only)\n").1,
            Some(WorkMode::Remote)
        );
        assert_eq!(
            get("Monday to Friday, 8 AM to 5 PM Central Time (Remote)\n").1,
            Some(WorkMode::Remote)
        );
        assert_eq!(
            get("Support users with remote access and VPN issues.\n").1,
            None
        );
        assert_eq!(
            get(
                "Some duties can be performed remotely, but some hours in the studio are needed.\n"
            )
            .1,
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            get("This is a full-time hybrid Technical Designer role.\n").1,
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            get("- Hybrid/remote work flexibility\n").1,
            Some(WorkMode::Hybrid)
        );
    }

    #[test]
    fn working_patterns() {
        assert_eq!(
            get("Work setting: On-site (patient-facing)\n").1,
            Some(WorkMode::Onsite)
        );
        assert_eq!(
            get("We are a fully remote company.\n").1,
            Some(WorkMode::Remote)
        );
        assert_eq!(
            get("Hybrid working model with 2-3 days per week in Cardiff office\n").1,
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            get("You will spend 3 days a week in the office.\n").1,
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            get("This is an on-site role at our lab.\n").1,
            Some(WorkMode::Onsite)
        );
        assert_eq!(get("The office has parking on site.\n").1, None);
        assert_eq!(get("We run a hybrid cloud platform.\n").1, None);
        assert_eq!(get("Use remote access tools to fix issues.\n").1, None);
    }
}
