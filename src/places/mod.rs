//! An embedded gazetteer: countries, regions and populated places, derived
//! from GeoNames and ISO 3166 by `scripts/gazetteer.py` (see
//! `docs/places.md`; credits in `NOTICE`).
//!
//! The data files under `data/places/` are compiled in as text. Nothing is
//! parsed at start-up: the big files are sorted by the key [`normalise`]
//! makes, and a lookup binary-searches the embedded bytes line by line. Every
//! string returned borrows from the embedded data.

use std::collections::HashMap;

use crate::table::{Lines, field, fields};

const CITIES: &str = include_str!("../../data/places/cities.tsv");
const NAMES: &str = include_str!("../../data/places/names.tsv");
const ADMIN1: &str = include_str!("../../data/places/admin1.tsv");
const COUNTRIES: &str = include_str!("../../data/places/countries.tsv");
const REGIONS: &str = include_str!("../../data/places/regions.tsv");

/// A populated place of 1,000 people or more (GeoNames `cities1000`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub geonames_id: u32,
    pub name: &'static str,
    /// ISO 3166-1 alpha-2 code.
    pub country: &'static str,
    /// The first-level subdivision, as GeoNames names it ("England", "Ontario").
    pub region: Option<&'static str>,
    /// The region's ISO 3166-2 code ("GB-ENG", "CA-ON"), where known.
    pub region_code: Option<&'static str>,
    /// For GB only: the county adverts use (ceremonial county in England,
    /// council area or principal area elsewhere).
    pub county: Option<&'static str>,
    pub population: u32,
}

/// A country (ISO 3166-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    pub name: &'static str,
    /// ISO 4217 code of its currency, from GeoNames.
    pub currency: Option<&'static str>,
}

/// A subdivision or, in GB, a county.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub name: &'static str,
    /// ISO 3166-2 code, when the region is an ISO subdivision.
    pub code: Option<&'static str>,
    /// ISO 3166-1 alpha-2 code.
    pub country: &'static str,
}

use crate::fold::cmp_normalised;
pub use crate::fold::normalise;

/// Every populated place called `name` (its name or a kept alternate name),
/// most populous first. Case, diacritics, punctuation and spacing do not
/// matter, and a leading "St"/"St." and "Saint" stand for each other.
///
/// A place found only by an alternate name ranks as if it had a hundredth of
/// its people, so that "York" gives York (GB) before New York's stray
/// alternate, while "Cologne" still gives Köln before the small towns
/// named Cologne.
pub fn cities(name: &str) -> Vec<Place> {
    let key = normalise(name);
    if key.is_empty() {
        return Vec::new();
    }
    // An advert asks after the same names several times (its location, its
    // header, its text), and a batch after the same cities many times.
    thread_local! {
        static SEEN: std::cell::RefCell<HashMap<String, Vec<Place>>> =
            std::cell::RefCell::new(HashMap::new());
    }
    if let Some(found) = SEEN.with_borrow(|seen| seen.get(&key).cloned()) {
        return found;
    }
    let found = cities_uncached(&key);
    SEEN.with_borrow_mut(|seen| {
        if seen.len() >= 4096 {
            seen.clear();
        }
        seen.insert(key, found.clone());
    });
    found
}

fn cities_uncached(key: &str) -> Vec<Place> {
    let key = key.to_string();
    let mut keys = vec![key.clone()];
    if let Some(rest) = key.strip_prefix("st ") {
        keys.push(format!("saint {rest}"));
    } else if let Some(rest) = key.strip_prefix("saint ") {
        keys.push(format!("st {rest}"));
    }
    // (offset of the line in CITIES, found by its own name)
    let mut hits: Vec<(usize, bool)> = Vec::new();
    for key in &keys {
        for line in Lines(CITIES).equal(key, |line, k| cmp_normalised(field(line, 0), k)) {
            hits.push((offset_in(CITIES, line), true));
        }
        for line in Lines(NAMES).equal(key, |line, k| field(line, 0).cmp(k)) {
            if let Ok(offset) = field(line, 1).parse::<usize>() {
                hits.push((offset, false));
            }
        }
    }
    hits.sort_unstable_by_key(|&(offset, own)| (offset, !own));
    hits.dedup_by_key(|&mut (offset, _)| offset);
    let mut places: Vec<(u64, Place)> = hits
        .into_iter()
        .filter_map(|(offset, own)| {
            let place = place_at(offset)?;
            let weight = u64::from(place.population) * if own { 100 } else { 1 };
            Some((weight, place))
        })
        .collect();
    places.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.geonames_id.cmp(&b.1.geonames_id)));
    places.into_iter().map(|(_, p)| p).collect()
}

fn offset_in(data: &'static str, line: &'static str) -> usize {
    line.as_ptr() as usize - data.as_ptr() as usize
}

/// Parses the cities.tsv line starting at `offset`.
fn place_at(offset: usize) -> Option<Place> {
    let rest = CITIES.get(offset..)?;
    let line = rest.split('\n').next()?;
    let mut f = fields(line);
    let name = f.next()?;
    let geonames_id = f.next()?.parse().ok()?;
    let country = f.next()?;
    let admin1 = f.next()?;
    let population = f.next()?.parse().ok()?;
    let county = f.next().filter(|s| !s.is_empty());
    let (region, region_code) = admin1_of(country, admin1);
    Some(Place {
        geonames_id,
        name,
        country,
        region,
        region_code,
        county,
        population,
    })
}

/// GeoNames admin1 name and ISO 3166-2 code of "CC.code".
fn admin1_of(country: &str, code: &str) -> (Option<&'static str>, Option<&'static str>) {
    let key = format!("{country}.{code}");
    match Lines(ADMIN1).equal(&key, |l, k| field(l, 0).cmp(k)).next() {
        Some(line) => {
            let name = Some(field(line, 1)).filter(|s| !s.is_empty());
            let iso = Some(field(line, 2)).filter(|s| !s.is_empty());
            (name, iso)
        }
        None => (None, None),
    }
}

/// The country with this name, alias or code: "United Kingdom", "UK", "GB",
/// "GBR", "Germany", "Deutschland", "Holland", "NZ", "Aotearoa".
///
/// Names match whatever their case; codes, and aliases written in capitals
/// ("UK", "USA", "UAE"), only when written in capitals, since "in", "at" or
/// "us" are ordinary words.
pub fn country(name_or_code: &str) -> Option<Country> {
    let query = name_or_code.trim();
    let key = normalise(query);
    if key.is_empty() {
        return None;
    }
    let capitals = !query.chars().any(char::is_lowercase);
    let index = &*COUNTRY_INDEX;
    // The first line, in file order, that the query names.
    let by_code = capitals
        .then(|| index.alpha2.get(query).or_else(|| index.alpha3.get(query)))
        .flatten()
        .copied();
    let by_name = index
        .names
        .get(&key)
        .into_iter()
        .flatten()
        .filter(|(_, code_alias)| !code_alias || capitals)
        .map(|&(i, _)| i);
    let first = by_code.into_iter().chain(by_name).min()?;
    country_from(index.lines[first])
}

/// Whether `code` is the ISO 4217 code of some country's currency ("AUD").
pub fn is_currency(code: &str) -> bool {
    static CODES: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            COUNTRY_INDEX
                .lines
                .iter()
                .filter_map(|line| country_from(line).and_then(|c| c.currency))
                .collect()
        });
    CODES.contains(code)
}

/// The country with this ISO 3166-1 alpha-2 code, in any case.
pub fn country_by_code(alpha2: &str) -> Option<Country> {
    let code = alpha2.trim();
    if code.len() != 2 {
        return None;
    }
    let index = &*COUNTRY_INDEX;
    let i = *index.alpha2.get(code.to_ascii_uppercase().as_str())?;
    country_from(index.lines[i])
}

/// `countries.tsv` indexed once: its lines, and for each code, name and
/// alias (names and aliases as [`normalise`] makes them) the lines that
/// carry it, with whether the alias is written in capitals (a code such
/// as "UAE", which only a query in capitals may use).
struct CountryIndex {
    lines: Vec<&'static str>,
    alpha2: HashMap<&'static str, usize>,
    alpha3: HashMap<&'static str, usize>,
    names: HashMap<String, Vec<(usize, bool)>>,
}

static COUNTRY_INDEX: std::sync::LazyLock<CountryIndex> = std::sync::LazyLock::new(|| {
    let lines: Vec<&'static str> = COUNTRIES.lines().collect();
    let mut index = CountryIndex {
        lines: lines.clone(),
        alpha2: HashMap::new(),
        alpha3: HashMap::new(),
        names: HashMap::new(),
    };
    for (i, line) in lines.into_iter().enumerate() {
        let mut f = fields(line);
        let (Some(a2), Some(a3), Some(name)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let _currency = f.next();
        let aliases = f.next().unwrap_or("");
        index.alpha2.entry(a2).or_insert(i);
        index.alpha3.entry(a3).or_insert(i);
        index
            .names
            .entry(normalise(name))
            .or_default()
            .push((i, false));
        for alias in aliases.split('|') {
            let is_code = !alias.chars().any(char::is_lowercase);
            index
                .names
                .entry(normalise(alias))
                .or_default()
                .push((i, is_code));
        }
    }
    index
});

fn country_from(line: &'static str) -> Option<Country> {
    let mut f = fields(line);
    let code = f.next()?;
    let _alpha3 = f.next()?;
    let name = f.next()?;
    let currency = f.next().filter(|s| !s.is_empty());
    Some(Country {
        code,
        name,
        currency,
    })
}

/// Regions called or coded so: "New South Wales", "Ontario", "Bavaria"
/// (or "Bayern"), "Greater Manchester", "GB-ENG", "NSW", "TX".
///
/// Names and full ISO 3166-2 codes ("AU-NSW") match whatever their case.
/// The short abbreviations (the code's suffix, kept for US, CA and AU only)
/// match in any case when `country` is given and is theirs; with no
/// `country` they match only when written in capitals and when only one
/// region has that abbreviation ("TX" gives Texas; "WA", both Washington and
/// Western Australia's, gives nothing). `country` is an alpha-2 code or
/// anything [`country`] accepts; when given, only its regions are returned.
pub fn regions(name_or_code: &str, country: Option<&str>) -> Vec<Region> {
    let query = name_or_code.trim();
    let key = normalise(query);
    if key.is_empty() {
        return Vec::new();
    }
    let wanted: Option<&str> = match country {
        Some(c) => match country_by_code(c).or_else(|| self::country(c)) {
            Some(found) => Some(found.code),
            None => return Vec::new(),
        },
        None => None,
    };
    let capitals = !query.chars().any(char::is_lowercase);
    let lines: Vec<&'static str> = Lines(REGIONS)
        .equal(&key, |l, k| field(l, 0).cmp(k))
        .collect();
    let abbreviations = lines.iter().filter(|l| field(l, 4) == "a").count();
    let mut out: Vec<Region> = Vec::new();
    for line in lines {
        let mut f = fields(line);
        let (_key, Some(name), Some(code), Some(cc), Some(kind)) =
            (f.next(), f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        if wanted.is_some_and(|w| w != cc) {
            continue;
        }
        if kind == "a" && wanted.is_none() && !(capitals && abbreviations == 1) {
            continue;
        }
        let region = Region {
            name,
            code: Some(code).filter(|c| !c.is_empty()),
            country: cc,
        };
        if !out.contains(&region) {
            out.push(region);
        }
    }
    out
}

#[cfg(test)]
mod tests;
