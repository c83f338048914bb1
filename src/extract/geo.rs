//! Places and the country: a location as the advert words it, resolved in the
//! gazetteer ([`crate::places`]), and the country the job is in.
//!
//! A location is read as segments (alternatives split by "or", "/", "|",
//! "·", ";", brackets) of comma-separated parts. A part that names a country
//! or a region qualifies the others; a part that holds a town's name (its
//! longest run of capitalised words found in the gazetteer) is a candidate.
//! Each candidate town is chosen among the places of that name by, in order:
//! a region or county the location names with it, the country the advert
//! shows elsewhere, and the most people. A name that several countries share
//! with nothing to tell them apart is left out, not guessed.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::places::{self, Place};

/// Every country's name and alias, by its [`places::normalise`]d form: the
/// code, and whether the alias counts only in capitals ("UK", "USA").
static COUNTRY_NAMES: LazyLock<HashMap<String, (&'static str, bool)>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in include_str!("../../data/places/countries.tsv").lines() {
        let f: Vec<&'static str> = line.split('\t').collect();
        let (Some(&code), Some(&name)) = (f.first(), f.get(2)) else {
            continue;
        };
        map.entry(places::normalise(name)).or_insert((code, false));
        for alias in f
            .get(4)
            .map_or("", |a| *a)
            .split('|')
            .filter(|a| !a.is_empty())
        {
            let capitals = !alias.chars().any(char::is_lowercase);
            map.entry(places::normalise(alias))
                .or_insert((code, capitals));
        }
    }
    map
});

/// Region names (as [`places::normalise`] makes them, four letters or more)
/// that belong to one country only, with that country, one "key<TAB>country"
/// line each, in key order: a table `build.rs` makes from
/// `data/places/regions.tsv`, searched where it lies.
const REGION_COUNTRY: crate::table::Lines = crate::table::Lines(include_str!(concat!(
    env!("OUT_DIR"),
    "/region_country.tsv"
)));

/// The one country a region's normalised name belongs to, if only one.
fn region_country(key: &str) -> Option<&'static str> {
    REGION_COUNTRY
        .equal(key, |line, target| crate::table::field(line, 0).cmp(target))
        .next()
        .map(|line| crate::table::field(line, 1))
}

/// The first word (normalised) of every country name and alias and of every
/// region name above, one a line, and a hash table of them (see
/// `hash_slots` in `build.rs`): a capitalised word not among them starts no
/// country's or region's name.
const FIRST_WORDS: &str = include_str!(concat!(env!("OUT_DIR"), "/first_words.txt"));
static FIRST_WORD_SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/first_words.idx"));

/// Whether `word` (normalised) is among [`FIRST_WORDS`].
fn is_first_word(word: &str) -> bool {
    let size = FIRST_WORD_SLOTS.len() / 4;
    let slot = |i: usize| {
        let b = &FIRST_WORD_SLOTS[i * 4..i * 4 + 4];
        u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize
    };
    let hash = word.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    let mut i = hash as usize & (size - 1);
    loop {
        let at = slot(i);
        if at == 0 {
            return false;
        }
        let rest = &FIRST_WORDS[at - 1..];
        if rest.split('\n').next() == Some(word) {
            return true;
        }
        i = (i + 1) & (size - 1);
    }
}

/// False when no capitalised word of `line` can begin a country's or a
/// region's name, found without splitting the line into words: the run of
/// ASCII letters and digits after each capital is looked up in
/// [`FIRST_WORDS`]. A run that ends at an apostrophe or a non-ASCII
/// character, or a word that starts with one, may fold into another first
/// word, so the line is then read in full.
fn may_name_a_country(line: &str) -> bool {
    let bytes = line.as_bytes();
    let mut buf = [0u8; 32];
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts_word = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if !starts_word || !(b.is_ascii_uppercase() || b >= 0x80) {
            i += 1;
            continue;
        }
        if b >= 0x80 {
            // A non-ASCII capital ("Île-de-France", "Ōsaka") is read in full.
            if line.is_char_boundary(i) && line[i..].chars().next().is_some_and(char::is_uppercase)
            {
                return true;
            }
            i += 1;
            continue;
        }
        let end = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |n| i + n);
        if matches!(bytes.get(end), Some(b'\'' | b'`') | Some(0x80..)) || end - i > buf.len() {
            return true;
        }
        let word = &mut buf[..end - i];
        word.copy_from_slice(&bytes[i..end]);
        word.make_ascii_lowercase();
        let word = std::str::from_utf8(word).unwrap_or("");
        if is_first_word(word) {
            // A word of three letters or fewer ("The", "Our", "In") counts
            // alone only as one of the codes below, and otherwise begins a
            // name only when the next word that is kept is capitalised.
            let whole = bytes
                .get(end)
                .is_none_or(|b| b.is_ascii_whitespace() || *b == b',');
            if !whole || word.len() > 3 || matches!(word, "uk" | "usa" | "uae" | "us" | "u") {
                return true;
            }
            if next_word_capitalised(&bytes[end..]) {
                return true;
            }
        }
        i = end;
    }
    false
}

/// Whether the next word of `rest` that [`words`] keeps (it drops words
/// with a digit) may be capitalised: true when it starts with a capital or
/// with a character that is not ASCII.
fn next_word_capitalised(rest: &[u8]) -> bool {
    let mut i = 0;
    while i < rest.len() {
        let b = rest[i];
        if b >= 0x80 || b.is_ascii_uppercase() {
            return true;
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        if b.is_ascii_digit() {
            // The rest of this word is dropped with it.
            while i < rest.len() && !rest[i].is_ascii_whitespace() && rest[i] != b',' {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    false
}

fn country_named(words: &str) -> Option<&'static str> {
    let (code, capitals) = *COUNTRY_NAMES.get(&places::normalise(words))?;
    (!capitals || !words.chars().any(char::is_lowercase)).then_some(code)
}

/// Single words that name small towns somewhere but, in an advert, are
/// ordinary words of an address or a heading.
const NOT_TOWNS: &[&str] = &[
    "about",
    "apply",
    "area",
    "avenue",
    "bank",
    "based",
    "branch",
    "building",
    "campus",
    "centre",
    "center",
    "central",
    "city",
    "close",
    "college",
    "contract",
    "council",
    "county",
    "court",
    "district",
    "drive",
    "east",
    "estate",
    "flexible",
    "floor",
    "full",
    "green",
    "hall",
    "head",
    "home",
    "hospital",
    "house",
    "hybrid",
    "lane",
    "level",
    "library",
    "lodge",
    "main",
    "manor",
    "market",
    "new",
    "north",
    "office",
    "offices",
    "onsite",
    "park",
    "part",
    "permanent",
    "place",
    "plaza",
    "quay",
    "quays",
    "remote",
    "road",
    "school",
    "site",
    "south",
    "square",
    "station",
    "store",
    "street",
    "suite",
    "temporary",
    "time",
    "town",
    "unit",
    "university",
    "village",
    "warehouse",
    "way",
    "west",
    "work",
    "working",
    "hub",
    "various",
    "multiple",
    "anywhere",
    "nationwide",
    "global",
    "worldwide",
    "usa",
    "us",
    "uk",
    "eu",
    "europe",
    "emea",
    "apac",
    "americas",
    "home-based",
    "field",
    "mobile",
    "travel",
    "nights",
    "days",
    "salary",
    "grade",
    "band",
    "job",
    "role",
    "team",
    "ltd",
    "limited",
    "inc",
    "group",
    "trust",
    "services",
    "service",
    "health",
    "care",
    // Months and days: "12 March 2025" is a date, not March in Cambridgeshire.
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "date",
    "deadline",
    "closing",
    "salary",
    "pay",
];

/// Words that describe a part of a town: they leave nothing unexplained
/// beside a town's name ("Salford Quays", "Northampton Town Centre").
const PLACE_WORDS: &[&str] = &[
    "quays",
    "quay",
    "centre",
    "center",
    "city",
    "town",
    "cbd",
    "docks",
    "harbour",
    "harbor",
    "waterfront",
    "downtown",
    "uptown",
    "midtown",
    "metro",
    "area",
    "region",
    "district",
    "north",
    "south",
    "east",
    "west",
    "central",
    "greater",
    "inner",
    "outer",
    "old",
    "new",
    "upper",
    "lower",
    "suburbs",
    "outskirts",
    "surrounds",
    "surrounding",
    "based",
    "remote",
    "hybrid",
    "onsite",
    "office",
];

/// Words that join alternatives in a location: "Derby, Crewe or York".
fn split_alternatives(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for piece in text.split(['(', ')', ';', '|', '·', '/', '•', '\n', '[', ']']) {
        let mut rest = piece;
        loop {
            let lower = rest.to_ascii_lowercase();
            let cut = [" or ", " and ", " & ", " – ", " — ", " - "]
                .iter()
                .filter_map(|sep| lower.find(sep).map(|at| (at, sep.len())))
                .min();
            match cut {
                Some((at, len)) if rest.is_char_boundary(at) && rest.is_char_boundary(at + len) => {
                    out.push(&rest[..at]);
                    rest = &rest[at + len..];
                }
                _ => {
                    out.push(rest);
                    break;
                }
            }
        }
    }
    out.into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// Words of a part, with postcodes, numbers and punctuation left out.
fn words(part: &str) -> Vec<&str> {
    part.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty() && !w.chars().any(|c| c.is_ascii_digit()))
        .collect()
}

/// Words that name an organisation or a banner: a part holding one names no place.
const ORG_WORDS: &[&str] = &[
    "group",
    "ltd",
    "limited",
    "inc",
    "plc",
    "llc",
    "llp",
    "gmbh",
    "bv",
    "pty",
    "trust",
    "council",
    "university",
    "college",
    "services",
    "bank",
    "hospital",
    "pharmacy",
    "pharmacies",
    "company",
    "co",
    "foundation",
    "church",
    "school",
    "hotel",
    "restaurant",
    "cafe",
    "homes",
    "housing",
    "health",
    "care",
    "systems",
    "solutions",
    "labs",
    "partners",
    "carriers",
    "logistics",
    "recruitment",
    "kitchen",
    "bar",
    "arms",
    "inn",
    // A banner's words: "JOB OPPORTUNITY", "Vacancy Announcement".
    "job",
    "jobs",
    "vacancy",
    "vacancies",
    "opportunity",
    "opportunities",
    "hiring",
    "careers",
    "advertisement",
    "announcement",
];

/// Countries that are one city: a location that names only the country is in that city.
const CITY_STATES: &[&str] = &["SG", "HK", "MO", "MC", "VA", "GI"];

/// The city of a city-state, by the country's code.
pub fn city_state(country: &str) -> Option<Place> {
    if !CITY_STATES.contains(&country) {
        return None;
    }
    let name = places::country_by_code(country)?.name;
    places::cities(name)
        .into_iter()
        .find(|p| p.country == country)
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// What one part of a location says.
#[derive(Default)]
struct Part {
    country: Option<&'static str>,
    /// Regions the whole part names ("Greater Manchester", "Ontario", "NSW").
    regions: Vec<places::Region>,
    /// Places named by the part's longest known run of capitalised words.
    towns: Vec<Place>,
    /// Regions named after the town ("Fremantle WA", "Brisbane QLD 4000").
    trailing: Vec<places::Region>,
    /// Capitalised words the town, region and country leave unexplained
    /// ("Homes Group" in "Riverside Homes Group").
    uncovered: bool,
}

/// Reads one comma-separated part: a country, a region, a town (the longest
/// run of capitalised words the gazetteer knows), or several of these.
/// Short names of cities that every reader knows and no other place has.
const CITY_SHORT_NAMES: &[(&str, &str)] = &[("NYC", "New York City")];

fn read_part(part: &str, hint: Option<&str>) -> Part {
    let mut out = Part::default();
    // "NYC, NY": a city's short name is the city.
    let part = CITY_SHORT_NAMES
        .iter()
        .find(|(short, _)| part.trim() == *short)
        .map_or(part, |(_, name)| *name);
    let ws = words(part);
    if ws.is_empty() || ws.len() > 8 {
        return out;
    }
    // "North Sea", "Indian Ocean": a body of water, not the town of its
    // name (North Sea, New York).
    if ws.len() >= 2 && matches!(ws[ws.len() - 1], "Sea" | "Ocean") {
        return out;
    }
    let whole = ws.join(" ");
    if let Some(c) = country_named(&whole) {
        out.country = Some(c);
        return out;
    }
    // "Remote US", "Remote UK": a country's code after "Remote" is the
    // country (alone, "US" or "CA" could be a word or a state).
    // "(US only)" likewise.
    let code = match ws[..] {
        [first, code] if first.eq_ignore_ascii_case("remote") => Some(code),
        [code, "only"] => Some(code),
        _ => None,
    };
    if let Some(code) = code
        && code.len() == 2
        && code.chars().all(|c| c.is_ascii_uppercase())
        && let Some(c) = country_named(code)
    {
        out.country = Some(c);
        return out;
    }
    if ws.iter().all(|w| capitalised(w)) {
        out.regions = places::regions(&whole, hint);
        // "Co. Clare", "County Durham".
        if out.regions.is_empty()
            && ws.len() > 1
            && matches!(ws[0], "Co" | "County" | "Province" | "State")
        {
            out.regions = places::regions(&ws[1..].join(" "), hint);
            // Named as a county, it is no town ("Co. Mayo" is not Mayo, Maryland).
            if !out.regions.is_empty() {
                return out;
            }
        }
        // "Antofagasta Region", "Limpopo Province": a region named with its
        // kind after it is the region, not the town of its name.
        if out.regions.is_empty()
            && ws.len() > 1
            && matches!(
                ws[ws.len() - 1],
                "Region" | "Province" | "State" | "Prefecture" | "Governorate" | "Oblast"
            )
        {
            out.regions = places::regions(&ws[..ws.len() - 1].join(" "), hint);
            if !out.regions.is_empty() {
                return out;
            }
        }
    }
    let n = ws.len();
    let mut covered = vec![false; n];
    // "Greater Accra", "Greater Manchester": a region that the whole part
    // names holds no town of fewer of its words (Accra is not Tema's region).
    let shortest = if n > 1 && !out.regions.is_empty() {
        n
    } else {
        1
    };
    'search: for len in (shortest..=n.min(4)).rev() {
        for start in 0..=n - len {
            let run = &ws[start..start + len];
            if !run.iter().all(|w| capitalised(w)) {
                continue;
            }
            let name = run.join(" ");
            // "Anywhere in New Zealand", "Remote - United States".
            if (len > 1 || run[0].len() > 3)
                && let Some(c) = country_named(&name)
            {
                out.country = Some(c);
                covered[start..start + len]
                    .iter_mut()
                    .for_each(|c| *c = true);
                break 'search;
            }
            if len == 1 && NOT_TOWNS.contains(&run[0].to_lowercase().as_str()) {
                continue;
            }
            let found = places::cities(&name);
            if found.is_empty() {
                continue;
            }
            out.towns = found;
            covered[start..start + len]
                .iter_mut()
                .for_each(|c| *c = true);
            for (i, w) in ws.iter().enumerate().skip(start + len) {
                if let Some(c) = country_named(w) {
                    out.country = Some(c);
                    covered[i] = true;
                } else if w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()) {
                    let mut regions = places::regions(w, hint.or(out.country));
                    // "Fremantle WA": a code several countries use, read in
                    // the countries of the towns so named.
                    if regions.is_empty() && hint.is_none() && out.country.is_none() {
                        let mut countries: Vec<&str> =
                            out.towns.iter().map(|t| t.country).collect();
                        countries.dedup();
                        for c in countries.into_iter().take(8) {
                            regions.extend(places::regions(w, Some(c)));
                        }
                    }
                    if !regions.is_empty() {
                        out.trailing.extend(regions);
                        covered[i] = true;
                    }
                }
            }
            break 'search;
        }
    }
    // "Hamburg-Billbrook": a town joined to its district by a hyphen.
    if out.towns.is_empty() && out.country.is_none() {
        for w in &ws {
            if let Some((head, _)) = w.split_once('-')
                && capitalised(head)
                && !NOT_TOWNS.contains(&head.to_lowercase().as_str())
            {
                let found = places::cities(head);
                if !found.is_empty() {
                    out.towns = found;
                    covered.iter_mut().for_each(|c| *c = true);
                    break;
                }
            }
        }
    }
    // Region codes with no town before them: "Dublin, OH 43017" ends in one.
    if out.towns.is_empty() && out.regions.is_empty() {
        for (i, w) in ws.iter().enumerate() {
            if w.len() >= 2 && w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase()) {
                let regions = places::regions(w, hint.or(out.country));
                if !regions.is_empty() {
                    out.trailing.extend(regions);
                    covered[i] = true;
                }
            }
        }
    }
    out.uncovered = out.regions.is_empty()
        && ws.iter().zip(&covered).any(|(w, c)| {
            // A code of two or three capitals ("NSW", "QLD") may be one
            // the gazetteer lacks; a longer word in capitals is a word.
            !c && capitalised(w)
                && (w.len() > 3 || !w.chars().all(|c| c.is_ascii_uppercase()))
                && !PLACE_WORDS.contains(&w.to_lowercase().as_str())
        });
    out
}

/// Whether `place` lies in one of `regions` (its region or, in GB, its county).
fn within(place: &Place, regions: &[places::Region]) -> bool {
    regions.iter().any(|r| {
        r.country == place.country
            && (r.code.is_some() && r.code == place.region_code
                || place
                    .region
                    .is_some_and(|n| places::normalise(n) == places::normalise(r.name))
                || place
                    .county
                    .is_some_and(|n| places::normalise(n) == places::normalise(r.name)))
    })
}

/// Picks one of the places sharing a name, or none when nothing tells them
/// apart. `loose`: the name came with words it does not explain, so only a
/// region, country or hint that confirms it will do.
fn choose(
    found: &[Place],
    regions: &[places::Region],
    countries: &[&str],
    hint: Option<&str>,
    loose: bool,
) -> Option<Place> {
    if !regions.is_empty()
        && let Some(p) = found.iter().find(|p| within(p, regions))
    {
        return Some(*p);
    }
    // "Athlone, Co. Westmeath": a county the gazetteer does not record for
    // its towns (it gives Ireland's provinces); the town of the county's
    // country is meant, not a larger namesake elsewhere.
    if !loose
        && let Some(first) = regions.first()
        && regions.iter().all(|r| r.country == first.country)
        && countries.iter().all(|c| *c == first.country)
        && let Some(p) = found.iter().find(|p| p.country == first.country)
    {
        return Some(*p);
    }
    // "Sungai Lokan Estate, Sandakan, Sabah": a town of another country than
    // every region named with it is not the one meant.
    if !regions.is_empty()
        && countries.is_empty()
        && found
            .iter()
            .all(|p| regions.iter().all(|r| r.country != p.country))
    {
        return None;
    }
    if !countries.is_empty() {
        return found
            .iter()
            .find(|p| countries.contains(&p.country))
            .copied();
    }
    if let Some(h) = hint
        && let Some(p) = found.iter().find(|p| p.country == h)
    {
        return Some(*p);
    }
    if loose {
        return None;
    }
    // Nothing else to go by: the most populous, when it clearly outweighs
    // the namesakes of other countries.
    let first = found.first()?;
    let rival = found.iter().find(|p| p.country != first.country);
    // A rival of another name was found by one of its alternate names
    // (Halle's "Galle" beside Galle itself), and weighs a hundredth, as
    // `places::cities` ranks it.
    let weight = |r: &Place| {
        let people = u64::from(r.population);
        if places::normalise(r.name) == places::normalise(first.name) {
            people
        } else {
            people / 100
        }
    };
    match rival {
        Some(r) if u64::from(first.population) < 5 * weight(r) => None,
        _ if first.population < 10_000 && hint.is_none() => None,
        _ => Some(*first),
    }
}

/// Whether a part that names both a region and a town, alone, is the
/// region: the one in the advert's country, else the town when it is a
/// sizeable one ("Savannah", "Galway") and the region when the town is small
/// ("Vermont").
/// "St Helier", "Heredia": a name that is both a region and the town it is
/// named after, inside it, read as the town where the advert's country is
/// the region's (a parish, a province named after its capital); alone or
/// as the last part of an address.
pub fn town_of_its_region(location: &str, country: Option<&str>) -> Option<Place> {
    let country = country?;
    // The last part of an address: "La Collette Depot, St Helier".
    let last = location.rsplit(',').next().unwrap_or(location).trim();
    if last.contains(['/', '(']) {
        return None;
    }
    let part = read_part(last, Some(country));
    let regions: Vec<places::Region> = part
        .regions
        .iter()
        .filter(|r| r.country == country)
        .copied()
        .collect();
    if regions.is_empty() {
        return None;
    }
    part.towns
        .iter()
        .find(|t| t.country == country && within(t, &regions))
        .cloned()
}

fn region_first(part: &Part, country: Option<&str>) -> bool {
    if let Some(c) = country {
        if part.towns.iter().any(|t| t.country == c) {
            return false;
        }
        if part.regions.iter().any(|r| r.country == c) {
            return true;
        }
    }
    part.towns[0].population < 50_000
}

/// A town named in a location, with what qualifies it.
struct Town {
    /// Which alternative of the location named it.
    alternative: usize,
    found: Vec<Place>,
    regions: Vec<places::Region>,
    countries: Vec<&'static str>,
    loose: bool,
}

/// Whether `word` is a city's short name the gazetteer reads ("NYC", "LA").
pub fn is_city_short_name(word: &str) -> bool {
    CITY_SHORT_NAMES.iter().any(|(short, _)| *short == word)
}

/// "King County", "Orleans Parish": a US county by its name, which is not
/// the town of that name.
pub fn is_county(part: &str) -> bool {
    let ws = words(part);
    // "King County", "Caddo Parish"; "County Antrim", "Co. Kerry" (the
    // county before its name, as Ireland writes it), not "County Hall".
    (ws.len() > 1 && matches!(ws[ws.len() - 1], "County" | "Parish") && ws[0] != "County")
        || (ws.len() == 2
            && matches!(ws[0], "County" | "Co")
            && ws[1].starts_with(char::is_uppercase)
            && !matches!(
                ws[1],
                "Hall" | "Council" | "Court" | "Offices" | "Buildings"
            ))
}

/// The places a location names, and the country it names outright (by a
/// country or region part), if any.
pub fn resolve(location: &str, hint: Option<&str>) -> (Vec<Place>, Option<&'static str>) {
    let (found, country, _) = resolve_all(location, hint);
    (found, country)
}

/// [`resolve`], also saying whether a town was left out because nothing
/// told its namesakes apart (the advert's country might).
pub fn resolve_all(location: &str, hint: Option<&str>) -> (Vec<Place>, Option<&'static str>, bool) {
    let mut ambiguous = false;
    let mut named_country: Option<&'static str> = None;
    let mut all_regions: Vec<places::Region> = Vec::new();
    let mut towns: Vec<Town> = Vec::new();
    for (index, alternative) in split_alternatives(location).into_iter().enumerate() {
        let first = towns.len();
        // "Heredia, Costa Rica": a country the alternative ends with tells
        // a town from the region of its name before the country is read.
        let ends_in_country = alternative
            .rsplit(',')
            .next()
            .and_then(|p| country_named(&words(p).join(" ")));
        let mut regions: Vec<places::Region> = Vec::new();
        let mut countries: Vec<&'static str> = Vec::new();
        let mut after_county = false;
        for part in alternative.split(',') {
            let mut p = read_part(part, hint.or(named_country));
            let before = &towns[first..];
            // "Seattle, WA": a bare code is no town's name ("Wa" in Ghana);
            // after a town it is a region of that town's country.
            let trimmed = part.trim();
            if (2..=3).contains(&trimmed.len())
                && trimmed.chars().all(|c| c.is_ascii_uppercase())
                && !CITY_SHORT_NAMES.iter().any(|(short, _)| *short == trimmed)
            {
                p.towns.clear();
                let mut local = Vec::new();
                let mut seen: Vec<&str> = Vec::new();
                for c in before
                    .iter()
                    .flat_map(|t| t.found.iter().map(|pl| pl.country))
                {
                    if !seen.contains(&c) && seen.len() < 8 {
                        seen.push(c);
                        let mut of_c = places::regions(trimmed, Some(c));
                        // Not an everyday abbreviation the gazetteer lists:
                        // the suffix of its ISO 3166-2 code ("PR" of BR-PR).
                        if of_c.is_empty() {
                            of_c = places::regions(&format!("{c}-{trimmed}"), Some(c));
                        }
                        local.extend(of_c);
                    }
                }
                // "Curitiba, PR": the code of a region of the town's own
                // country (Paraná), before any other reading of it (Puerto
                // Rico).
                if !local.is_empty() {
                    p.regions.clear();
                    p.country = None;
                    p.trailing = local;
                }
            }
            // "King County, Washington": a county is not the town it is
            // named after, and the part after it is its state.
            let county = is_county(trimmed);
            if county {
                p.towns.clear();
            }
            // "Wrexham, North Wales", "Macclesfield, South Cheshire": after a
            // town, a part the gazetteer knows only as a small town of another
            // country is a district it does not list, not a second town.
            // (Not after a town read loosely from words it does not explain:
            // "Solway Royal Infirmary, Dumfries" names a hospital, then its town.)
            if !before.is_empty()
                && before.iter().all(|t| !t.loose)
                && p.country.is_none()
                && p.regions.is_empty()
                && !p.towns.is_empty()
                && p.towns.iter().all(|b| {
                    // ("Jawa Timur", East Java in Indonesian: a town of
                    // Jordan's name and a word the gazetteer lacks.)
                    (b.population < 50_000 || p.uncovered)
                        && !before
                            .iter()
                            .any(|t| t.found.iter().any(|a| a.country == b.country))
                })
            {
                p.towns.clear();
            }
            countries.extend(p.country);
            // A part that is both a region and a town ("Newport", "York",
            // "Victoria") after a town is that town's region when the town
            // lies in it ("Melbourne, Victoria"), else another town
            // ("Derby, York").
            // Alone, it is the region unless a sizeable town has the name
            // ("Vermont" is the state; "Newport", "Victoria" are towns).
            // "Surabaya, Jawa Timur": a region of the town's own country
            // (named as the gazetteer does not name the town's region), when
            // the part's towns all lie abroad ("Jāwā", Jordan).
            let own_country_region = towns[first..].iter().any(|t| {
                t.found.iter().any(|pl| {
                    p.regions.iter().any(|r| r.country == pl.country)
                        && p.towns.iter().all(|c| c.country != pl.country)
                })
            });
            // "Grafton, Ontario": read as two towns, a Grafton of
            // Massachusetts and the Ontario of California, which share no
            // region as a place and the town around it do; the province (of
            // another country than the town of its name) is meant.
            let towns_apart = !towns[first..].is_empty()
                && p.towns
                    .first()
                    .is_some_and(|b| p.regions.iter().all(|r| r.country != b.country))
                && !towns[first..].iter().any(|t| {
                    t.found.first().is_some_and(|a| {
                        p.towns
                            .first()
                            .is_some_and(|b| a.country == b.country && a.region == b.region)
                            // ("Galway, Limerick": towns of one country in a
                            // list, where the later is also a county there.)
                            || p.regions.iter().any(|r| r.country == a.country)
                    })
                });
            let is_region = !p.regions.is_empty()
                && (p.towns.is_empty()
                    || after_county
                    || own_country_region
                    || towns_apart
                    || towns[first..]
                        .iter()
                        .any(|t| t.found.iter().any(|pl| within(pl, &p.regions)))
                    || (towns.len() == first
                        && region_first(&p, hint.or(named_country).or(ends_in_country))));
            // "Ponsonby, Auckland": the region is named after its city, far
            // bigger than the town before it, and the city is meant.
            // Not of an American state or a Canadian province: "Albany, New
            // York" and "Laval, Quebec" name the state and the province.
            let city_of_region = is_region
                && !p.towns.is_empty()
                && !p.regions.iter().any(|r| matches!(r.country, "US" | "CA"))
                && towns[first..].iter().any(|t| {
                    t.found.first().is_some_and(|before| {
                        p.towns.iter().any(|c| {
                            within(c, &p.regions)
                                && c.country == before.country
                                && u64::from(c.population) >= 5 * u64::from(before.population)
                        })
                    })
                });
            if is_region {
                // Counties by that name are American: "Clark County, Montana"
                // is in the state, not the Bulgarian province.
                let american = after_county && p.regions.iter().any(|r| r.country == "US");
                regions.extend(
                    p.regions
                        .iter()
                        .filter(|r| !american || r.country == "US")
                        .copied(),
                );
            }
            if city_of_region {
                towns.push(Town {
                    alternative: index,
                    found: p.towns.clone(),
                    regions: p.regions.clone(),
                    countries: Vec::new(),
                    loose: false,
                });
            } else if !is_region && !p.towns.is_empty() {
                towns.push(Town {
                    alternative: index,
                    found: p.towns,
                    regions: p.trailing.clone(),
                    countries: Vec::new(),
                    loose: p.uncovered,
                });
            }
            regions.extend(p.trailing);
            after_county = county;
        }
        if let Some(&c) = countries.first() {
            named_country.get_or_insert(c);
        }
        for t in &mut towns[first..] {
            t.regions.extend(regions.iter().copied());
            t.countries.extend(countries.iter().copied());
        }
        all_regions.extend(regions);
    }
    // A region or country named in one alternative qualifies the others
    // ("Galway, Limerick or Cork, Ireland").
    // In an address, a suburb comes before its city: "Hornby, Christchurch"
    // is in Christchurch. A town followed in the same alternative by a far
    // bigger one of its region is left out.
    let mut suburb = vec![false; towns.len()];
    for (i, a) in towns.iter().enumerate() {
        for b in &towns[i + 1..] {
            if a.alternative == b.alternative
                && let (Some(pa), Some(pb)) = (a.found.first(), b.found.first())
                && pa.country == pb.country
                && pa.region == pb.region
                && u64::from(pb.population) >= 5 * u64::from(pa.population)
            {
                suburb[i] = true;
            }
        }
    }
    let kept: Vec<&Town> = towns
        .iter()
        .zip(&suburb)
        .filter(|(_, s)| !**s)
        .map(|(t, _)| t)
        .collect();
    let pick = |t: &Town, hint: Option<&str>| {
        let regions = if t.regions.is_empty() {
            &all_regions
        } else {
            &t.regions
        };
        let countries: Vec<&str> = if t.countries.is_empty() {
            named_country.into_iter().collect()
        } else {
            t.countries.clone()
        };
        choose(&t.found, regions, &countries, hint, t.loose)
    };
    let mut chosen: Vec<Option<Place>> = kept.iter().map(|t| pick(t, hint)).collect();
    // "Branch offices in Chattogram, Cox's Bazar and Feni": a town read
    // with words it does not explain is confirmed by the country of the
    // towns listed with it; and "Derby, Crewe or York": a town of several
    // countries' names is the one in the country of the towns beside it.
    let sure: Vec<&str> = chosen.iter().flatten().map(|p| p.country).collect();
    // (Not where a region is named: there the region decides.)
    if let Some(&c) = sure.first()
        && sure.iter().all(|x| *x == c)
        && all_regions.is_empty()
    {
        for (t, slot) in kept.iter().zip(chosen.iter_mut()) {
            if slot.is_none()
                && t.regions.is_empty()
                && (t.loose || t.found.iter().any(|p| p.country == c))
            {
                *slot = pick(t, Some(c));
            }
        }
    }
    let mut out: Vec<Place> = Vec::new();
    for found in chosen {
        match found {
            Some(p) if !out.iter().any(|q| q.geonames_id == p.geonames_id) => out.push(p),
            Some(_) => {}
            None => ambiguous = true,
        }
    }
    // "Singapore", "Tiong Bahru, Singapore": a city-state's city.
    if out.is_empty()
        && let Some(p) = named_country.and_then(city_state)
    {
        out.push(p);
    }
    let region_country = all_regions
        .first()
        .map(|r| r.country)
        .filter(|c| all_regions.iter().all(|r| r.country == *c));
    (out, named_country.or(region_country), ambiguous)
}

/// Whether the gazetteer knows a town, region or country by a name in
/// `text`, whichever one is meant.
pub fn known_place(text: &str) -> bool {
    split_alternatives(text)
        .into_iter()
        .flat_map(|a| a.split(','))
        .map(|p| read_part(p, None))
        .any(|p| !p.towns.is_empty() || !p.regions.is_empty() || p.country.is_some())
}

/// Whether a short text names a place and nothing else: a header part such
/// as "Salford Quays, Greater Manchester" does; "Riverside Homes Group"
/// does not.
pub fn names_a_place(text: &str, hint: Option<&str>) -> bool {
    if text.contains(':') {
        return false;
    }
    // "Perthshire", "Highland Perthshire": a shire the gazetteer may not
    // list (it names council areas) qualifies the town before it.
    let shire = |p: &str| {
        p.trim().rsplit(' ').next().is_some_and(|w| {
            w.len() > 6 && w.ends_with("shire") && w.starts_with(char::is_uppercase)
        })
    };
    let parts: Vec<Part> = split_alternatives(text)
        .into_iter()
        .flat_map(|a| a.split(','))
        .enumerate()
        .filter(|(i, p)| *i == 0 || !shire(p))
        .map(|(_, p)| read_part(p, hint))
        .collect();
    let organisation = words(text)
        .iter()
        .any(|w| ORG_WORDS.contains(&w.to_lowercase().as_str()));
    // A district the gazetteer lacks beside a country or region it knows
    // ("Tiong Bahru, Singapore") still names a place; words it lacks around
    // a country's name in one part ("FIJI WEEKEND OBSERVER", a newspaper) do not.
    let qualified = |i: usize| {
        parts
            .iter()
            .enumerate()
            .any(|(j, p)| j != i && (p.country.is_some() || !p.regions.is_empty()))
    };
    if organisation
        || parts
            .iter()
            .enumerate()
            .any(|(i, p)| p.uncovered && !qualified(i))
    {
        return false;
    }
    let (found, country) = resolve(text, hint);
    // "Cowlitz County, Washington": a county in its state.
    let county = text.split(',').any(|p| is_county(p.trim()));
    !found.is_empty() || (country.is_some() && (words(text).len() <= 3 || county))
}

/// Whether a short text is the name of towns in two countries or more, and
/// nothing else: "Vancouver" (Canada, the US). A header's part that is one
/// names a place, which the advert's other signs may settle or leave open.
pub fn names_towns_of_several_countries(text: &str) -> bool {
    let text = text.trim();
    if text.contains([',', ':', '('])
        || words(text).len() > 3
        || !words(text).iter().all(|w| capitalised(w))
    {
        return false;
    }
    // (Towns of some size, in two countries or more: "Parkway", a small
    // town's name here and there, is no place a header gives.)
    namesake_countries(text, 20_000).len() >= 2
}

/// The countries with a town of exactly this name and at least `population`
/// people, largest first.
pub fn namesake_countries(name: &str, population: u32) -> Vec<&'static str> {
    let folded = places::normalise(name);
    let mut countries: Vec<&'static str> = Vec::new();
    for p in places::cities(name) {
        if places::normalise(p.name) == folded
            && p.population >= population
            && !countries.contains(&p.country)
        {
            countries.push(p.country);
        }
    }
    countries
}

/// Country codes of the web and mail domains an advert links to, by their
/// top-level domain ("example.com.au", "jobs@example.co.za").
fn country_of_domain(host: &str) -> Option<&'static str> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let tld = host.rsplit('.').next()?;
    if tld.len() != 2 || host.matches('.').count() < 1 {
        return None;
    }
    // Two-letter domains sold for other meanings are no sign of a country.
    if matches!(
        tld,
        "io" | "ai"
            | "co"
            | "me"
            | "tv"
            | "ly"
            | "fm"
            | "gg"
            | "to"
            | "so"
            | "sh"
            | "ws"
            | "cc"
            | "la"
            | "am"
            | "is"
            | "it"
            | "in"
            | "id"
    ) && !host.ends_with(".co.in")
        && !host.ends_with(".gov.in")
        && !host.ends_with(".ac.in")
    {
        return None;
    }
    let code = if tld == "uk" { "GB" } else { tld };
    places::country_by_code(code).map(|c| c.code)
}

/// International dialling codes of the countries adverts most come from.
const DIALLING: &[(&str, &str)] = &[
    ("+44", "GB"),
    ("+61", "AU"),
    ("+64", "NZ"),
    ("+353", "IE"),
    ("+27", "ZA"),
    ("+91", "IN"),
    ("+65", "SG"),
    ("+49", "DE"),
    ("+31", "NL"),
    ("+33", "FR"),
    ("+34", "ES"),
    ("+39", "IT"),
    ("+41", "CH"),
    ("+43", "AT"),
    ("+32", "BE"),
    ("+46", "SE"),
    ("+45", "DK"),
    ("+47", "NO"),
    ("+48", "PL"),
    ("+852", "HK"),
    ("+971", "AE"),
];

/// Currencies that belong to one country.
const CURRENCY_COUNTRY: &[(&str, &str)] = &[
    ("GBP", "GB"),
    ("AUD", "AU"),
    ("NZD", "NZ"),
    ("CAD", "CA"),
    ("SGD", "SG"),
    ("INR", "IN"),
    ("ZAR", "ZA"),
    ("JMD", "JM"),
    ("TTD", "TT"),
    ("FJD", "FJ"),
    ("NGN", "NG"),
    ("KES", "KE"),
    ("TZS", "TZ"),
    ("UGX", "UG"),
    ("GHS", "GH"),
    ("CHF", "CH"),
    ("PLN", "PL"),
    ("SEK", "SE"),
    ("NOK", "NO"),
    ("DKK", "DK"),
    ("HKD", "HK"),
    ("JPY", "JP"),
];

/// The country with two votes or more and twice its nearest rival's, of all
/// countries or of those in `among` only (the countries a place of the
/// advert's location may be in: "Vancouver" is in Canada or in the US, and
/// a vote for Norway is no rival of either).
pub fn winner(votes: &[(&'static str, u32)], among: Option<&[&str]>) -> Option<&'static str> {
    let mut them = votes
        .iter()
        .filter(|(c, _)| among.is_none_or(|a| a.contains(c)));
    // Among a town's countries, one sign with no rival is enough ("CAD" in
    // an advert for "Vancouver"); otherwise a country needs two.
    let least = if among.is_some() { 1 } else { 2 };
    match (them.next(), them.next()) {
        (Some((c, v)), rival) if *v >= least && rival.is_none_or(|(_, r)| *v >= 2 * r) => Some(c),
        _ => None,
    }
}

/// Votes for the country an advert is in, from what it shows besides its
/// location, most first: countries it names, domains and phone numbers,
/// currencies that belong to one country. Each kind of evidence votes once
/// per country; [`winner`] says which, if any, they choose.
pub fn votes(text: &str, hosts: &[&str], currencies: &[&str]) -> Vec<(&'static str, u32)> {
    let mut votes: Vec<(&'static str, u32)> = Vec::new();
    let mut vote = |c: &'static str, weight: u32| match votes.iter_mut().find(|(k, _)| *k == c) {
        Some((_, v)) => *v += weight,
        None => votes.push((c, weight)),
    };
    let mut seen: Vec<&'static str> = Vec::new();
    for host in hosts {
        if let Some(c) = country_of_domain(host).filter(|c| !seen.contains(c)) {
            seen.push(c);
            vote(c, 2);
        }
    }
    // Each "+" once, against every dialling code.
    let mut dialled: Vec<&'static str> = Vec::new();
    for (at, _) in text.match_indices('+') {
        let after = &text[at..];
        for (prefix, c) in DIALLING {
            if after.starts_with(prefix) && !dialled.contains(c) {
                dialled.push(c);
            }
        }
    }
    for (_, c) in DIALLING {
        if dialled.contains(c)
            && let Some(code) = places::country_by_code(c).map(|k| k.code)
        {
            vote(code, 2);
        }
    }
    for cur in currencies {
        if let Some((_, c)) = CURRENCY_COUNTRY.iter().find(|(k, _)| k == cur)
            && let Some(code) = places::country_by_code(c).map(|k| k.code)
        {
            vote(code, 1);
        }
    }
    // Countries named in the text (runs of one to three capitalised words),
    // and regions that belong to one country ("Ontario", "New South Wales").
    let mut named: Vec<&'static str> = Vec::new();
    let mut regional: Vec<&'static str> = Vec::new();
    for line in text.lines().take(400) {
        if !may_name_a_country(line) {
            continue;
        }
        let ws = words(line);
        for i in 0..ws.len() {
            if !capitalised(ws[i]) {
                continue;
            }
            let first = places::normalise(ws[i]);
            if !is_first_word(first.split(' ').next().unwrap_or("")) {
                continue;
            }
            for len in (1..=3).rev() {
                if i + len > ws.len() || !ws[i..i + len].iter().all(|w| capitalised(w)) {
                    continue;
                }
                let name = ws[i..i + len].join(" ");
                // "US" counts only as "the US": "CONTACT US" is no country.
                let the_us = name == "US" && i > 0 && ws[i - 1].eq_ignore_ascii_case("the");
                if len == 1
                    && name.len() <= 3
                    && !the_us
                    && !matches!(
                        name.as_str(),
                        "UK" | "USA" | "UAE" | "U.S" | "U.K" | "U.S.A"
                    )
                {
                    continue;
                }
                // "email Jordan Reyes": a country's name that is also a
                // given name, before a surname, is a person's.
                let a_person = len == 1
                    && matches!(
                        name.as_str(),
                        "Jordan" | "Georgia" | "Chad" | "India" | "Israel" | "Kenya"
                    )
                    && ws.get(i + 1).is_some_and(|next| {
                        capitalised(next)
                            && next.chars().skip(1).any(char::is_lowercase)
                            && country_named(next).is_none()
                    });
                if !a_person && let Some(c) = country_named(&name) {
                    if !named.contains(&c) {
                        named.push(c);
                    }
                    break;
                }
                if name.len() >= 4
                    && name.chars().any(char::is_lowercase)
                    && let Some(c) = region_country(places::normalise(&name).as_str())
                {
                    if !regional.contains(&c) {
                        regional.push(c);
                    }
                    break;
                }
            }
        }
    }
    for c in named.iter().take(3) {
        vote(c, 2);
    }
    for c in regional.iter().take(3) {
        vote(c, 1);
    }
    // "Co. Westmeath": a county written as Ireland writes its counties.
    let irish_county = text.match_indices("Co. ").any(|(at, _)| {
        let county = text[at + 4..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        county.len() >= 4 && region_country(places::normalise(county).as_str()) == Some("IE")
    });
    if irish_county {
        vote("IE", 2);
    }
    votes.sort_by_key(|v| std::cmp::Reverse(v.1));
    votes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(location: &str, hint: Option<&str>) -> Vec<(String, String)> {
        resolve(location, hint)
            .0
            .into_iter()
            .map(|p| (p.name.to_string(), p.country.to_string()))
            .collect()
    }

    /// The tables `build.rs` makes are what the gazetteer's files say: every
    /// region of one country only, and no other; the first word of every
    /// country's name and alias and of every such region, and no other.
    #[test]
    fn the_tables_built_ahead_match_the_gazetteer() {
        let mut by_key: HashMap<&str, Option<&str>> = HashMap::new();
        for line in include_str!("../../data/places/regions.tsv").lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let (key, country, kind) = (f[0], f[3], f[4]);
            if key.len() < 4 || kind == "a" {
                continue;
            }
            let entry = by_key.entry(key).or_insert(Some(country));
            if *entry != Some(country) {
                *entry = None;
            }
        }
        let expected: HashMap<&str, &str> = by_key
            .into_iter()
            .filter_map(|(k, c)| Some((k, c?)))
            .collect();
        assert_eq!(REGION_COUNTRY.0.lines().count(), expected.len());
        for (key, country) in &expected {
            assert_eq!(region_country(key), Some(*country), "{key}");
        }
        let first = |k: &str| k.split(' ').next().unwrap_or(k).to_string();
        let words: std::collections::HashSet<String> = COUNTRY_NAMES
            .keys()
            .map(|k| first(k))
            .chain(expected.keys().map(|k| first(k)))
            .collect();
        assert_eq!(FIRST_WORDS.lines().count(), words.len());
        assert!(words.iter().all(|w| is_first_word(w)));
        for other in ["", "qqq", "zzyzx", "the", "acme"] {
            assert_eq!(is_first_word(other), words.contains(other), "{other}");
        }
    }

    /// An Irish county after a town: the gazetteer gives Ireland's towns
    /// their province, not their county, and the county still names the
    /// country; "Co." names a county, never a town of that name.
    #[test]
    fn a_town_in_an_irish_county() {
        let ie = |name: &str| vec![(name.to_string(), "IE".to_string())];
        assert_eq!(names("Athlone, Co. Westmeath", None), ie("Athlone"));
        assert_eq!(names("Athlone, Westmeath", None), ie("Athlone"));
        assert_eq!(names("Westport, Co. Mayo", None), ie("Westport"));
        assert_eq!(
            names("Durham, County Durham", None),
            vec![("Durham".to_string(), "GB".to_string())]
        );
        // A county named after a town of its own is not that town too.
        assert_eq!(
            names("Lisburn, County Antrim", None),
            vec![("Lisburn".to_string(), "GB".to_string())]
        );
        assert!(is_county("Co. Kerry") && is_county("County Antrim"));
        assert!(!is_county("County Hall"));
    }

    #[test]
    fn a_region_named_with_its_kind() {
        assert_eq!(
            names("Calama, Antofagasta Region, Chile", None),
            vec![("Calama".to_string(), "CL".to_string())]
        );
        assert_eq!(
            names("Polokwane, Limpopo Province", None),
            vec![("Polokwane".to_string(), "ZA".to_string())]
        );
    }

    #[test]
    fn a_sea_is_no_town() {
        assert!(names("North Sea", None).is_empty());
        assert_eq!(
            names("North Sea; crew change in Bergen", None),
            vec![("Bergen".to_string(), "NO".to_string())]
        );
    }

    #[test]
    fn a_town_of_another_country_than_its_region_is_left_out() {
        // "Sungai" is a town in the Philippines; Sandakan lies in Sabah.
        let (found, _) = resolve("SUNGAI LOKAN ESTATE, SANDAKAN, SABAH", None);
        let names: Vec<&str> = found.iter().map(|p| p.name).collect();
        assert_eq!(names, ["Sandakan"]);
    }

    #[test]
    fn qualifiers_after_a_town_are_not_towns_of_other_countries() {
        // A state's code, not the town of Wa in Ghana.
        assert_eq!(
            names("Seattle, WA", None),
            vec![("Seattle".into(), "US".into())]
        );
        // A county is not a town, and the state after it is a state.
        let (found, country) = resolve("King County, Washington", None);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(country, Some("US"));
        assert_eq!(resolve("Clark County, Montana", None).1, Some("US"));
        assert!(names_a_place("Cowlitz County, Washington", None));
        // A district the gazetteer lacks, not a small town abroad.
        assert_eq!(
            names("Wrexham, North Wales", None),
            vec![("Wrexham".into(), "GB".into())]
        );
        assert_eq!(
            names("Macclesfield, South Cheshire", None),
            vec![("Macclesfield".into(), "GB".into())]
        );
        // Cities of two countries listed with a comma are both kept.
        assert_eq!(names("Amsterdam, Milan", None).len(), 2);
    }

    #[test]
    fn a_town_then_a_state_named_like_a_city_is_in_the_state() {
        for (location, town) in [
            ("Albany, New York", "Albany"),
            ("Spokane, Washington", "Spokane"),
            ("Laval, Quebec", "Laval"),
        ] {
            let got = names(location, None);
            assert_eq!(
                got.first().map(|(n, _)| n.as_str()),
                Some(town),
                "{location}: {got:?}"
            );
        }
        // A suburb before a city that names its region is the city.
        assert_eq!(
            names("Ponsonby, Auckland", None)
                .first()
                .map(|(n, _)| n.clone()),
            Some("Auckland".to_string())
        );
    }

    #[test]
    fn a_city_s_short_name() {
        assert_eq!(
            names("NYC, NY", None),
            vec![("New York City".into(), "US".into())]
        );
    }

    #[test]
    fn a_remote_post_s_country_code() {
        assert_eq!(resolve("Remote US", None).1, Some("US"));
        assert_eq!(resolve("Remote (US only)", None).1, Some("US"));
        // A state's code after a town stays a state's.
        assert_eq!(resolve("Boston, MA", None).1, Some("US"));
    }

    #[test]
    fn alternatives_each_give_a_place() {
        let got = names("Derby, Crewe or York", Some("GB"));
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(_, c)| c == "GB"));
    }

    #[test]
    fn a_region_or_country_decides_between_namesakes() {
        assert_eq!(
            names("Fremantle WA", Some("AU")),
            vec![("Fremantle".into(), "AU".into())]
        );
        let got = names("Hamilton, New Zealand", None);
        assert_eq!(got.first().map(|p| p.1.as_str()), Some("NZ"), "{got:?}");
        let got = names("Hamilton, Ontario", None);
        assert_eq!(got.first().map(|p| p.1.as_str()), Some("CA"), "{got:?}");
        let got = names("Salford Quays, Greater Manchester", None);
        assert_eq!(got.first().map(|p| p.1.as_str()), Some("GB"), "{got:?}");
        // A region named "Greater …" holds no town of its shorter name.
        assert_eq!(
            names("Tema, Greater Accra", None),
            vec![("Tema".into(), "GH".into())]
        );
    }

    #[test]
    fn a_town_that_is_also_a_region() {
        // Newport in Shropshire, not the city of Newport in Wales.
        let got = resolve("Newport, Shropshire", None).0;
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].county, Some("Shropshire"));
        // Victoria qualifies Melbourne; York is a second town.
        assert_eq!(
            names("Melbourne, Victoria", None),
            vec![("Melbourne".into(), "AU".into())]
        );
        assert_eq!(names("Derby, York", Some("GB")).len(), 2);
        // A state is not the small town named after it.
        let (found, country) = resolve("Elections, Vermont", None);
        assert!(found.is_empty(), "{found:?}");
        assert_eq!(country, Some("US"));
    }

    #[test]
    fn towns_of_several_countries() {
        assert!(names_towns_of_several_countries("Vancouver"));
        assert!(names_towns_of_several_countries("Nelson"));
        // Small towns' names, and what is not a town's name alone.
        assert!(!names_towns_of_several_countries("Parkway"));
        assert!(!names_towns_of_several_countries("Vancouver, BC"));
        assert!(!names_towns_of_several_countries("vancouver"));
    }

    #[test]
    fn header_parts_that_name_a_place() {
        assert!(names_a_place("Salford Quays, Greater Manchester", None));
        assert!(names_a_place("Wellington", Some("NZ")));
        assert!(!names_a_place("Riverside Homes Group", None));
        assert!(!names_a_place("Hybrid", None));
        // A newspaper or a partnership named after its country or city.
        assert!(!names_a_place("FIJI WEEKEND OBSERVER", None));
        assert!(!names_a_place("JOB OPPORTUNITY", None));
        assert!(!names_a_place("LONDON PATHWAY PARTNERSHIP", None));
        assert!(names_a_place("SUVA, FIJI", None));
        assert!(names_a_place("Tiong Bahru, Singapore", None));
        assert!(names_a_place("Brisbane QLD", None));
        // A town with words before it, confirmed by the towns listed with it.
        assert_eq!(
            names("Branch offices in Chattogram, Cox's Bazar and Feni", None)
                .into_iter()
                .map(|(_, c)| c)
                .collect::<Vec<_>>(),
            ["BD", "BD", "BD"]
        );
        // A region in the country's own language, after its town, is no
        // second town abroad.
        assert_eq!(
            names("Surabaya, Jawa Timur", None),
            vec![("Surabaya".to_string(), "ID".to_string())]
        );
    }

    #[test]
    fn words_around_a_town_are_not_towns() {
        let got = names("Northampton town centre", Some("GB"));
        assert_eq!(got, vec![("Northampton".into(), "GB".into())]);
        assert!(names("Head Office", None).is_empty());
        assert!(names("Remote", None).is_empty());
        assert!(names("Riverside Homes Group", None).is_empty());
    }

    #[test]
    fn the_country_named_outright() {
        assert_eq!(resolve("Remote (UK)", None).1, Some("GB"));
        assert_eq!(resolve("Anywhere in New Zealand", None).1, Some("NZ"));
        assert_eq!(resolve("Cork, Ireland", None).1, Some("IE"));
    }
}
