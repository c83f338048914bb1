//! The law where the job is: which jurisdiction an advert falls under, and
//! the laws on job adverts in force there on the advert's date.
//!
//! The jurisdiction comes, first to last, from `--jurisdiction`, from
//! `jurisdiction = "US-NY"` in vacancy.toml, or from the places the
//! extractor resolved (country, then region, then a city with its own law).
//! When none of these settles it, no rule of the law fires: a rule that
//! guessed the law would be wrong as often as the guess.
//!
//! The facts (statutes, dates in force, employer-size thresholds) are listed
//! in docs/law.md, with their sources.

use crate::extract::Posting;

/// Where an advert's job is, for the law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jurisdiction {
    /// ISO 3166-1 alpha-2 country ("US").
    pub country: String,
    /// ISO 3166-2 subdivision ("US-NY"), when known.
    pub region: Option<String>,
    /// A city with laws of its own ("US-NY-NYC"), when the job is there.
    pub city: Option<String>,
    /// A fully remote job anywhere in the country (US only): the laws that
    /// reach remote jobs that could be done in their state apply.
    pub remote: bool,
    /// How it was decided, for the finding and `explain`.
    pub how: String,
}

impl Jurisdiction {
    /// "US-NY", "US-NY-NYC", "CA-BC" or "DE": the most specific code.
    pub fn code(&self) -> &str {
        self.city
            .as_deref()
            .or(self.region.as_deref())
            .unwrap_or(&self.country)
    }

    /// Whether the job falls under `code` (a country, a region or a city).
    pub fn within(&self, code: &str) -> bool {
        self.country == code
            || self.region.as_deref() == Some(code)
            || self.city.as_deref() == Some(code)
    }

    /// Reads a code given by hand ("US-NY", "us-ny-nyc", "CA-ON", "DE").
    pub fn given(code: &str, how: &str) -> Result<Jurisdiction, String> {
        let code = code.trim().to_ascii_uppercase();
        let parts: Vec<&str> = code.split('-').collect();
        let ok = |p: &str, len: std::ops::RangeInclusive<usize>| {
            len.contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())
        };
        match parts.as_slice() {
            [c] if ok(c, 2..=2) => Ok(Jurisdiction {
                country: c.to_string(),
                region: None,
                city: None,
                remote: false,
                how: how.to_string(),
            }),
            [c, r] if ok(c, 2..=2) && ok(r, 1..=3) => Ok(Jurisdiction {
                country: c.to_string(),
                region: Some(format!("{c}-{r}")),
                city: None,
                remote: false,
                how: how.to_string(),
            }),
            [c, r, t] if ok(c, 2..=2) && ok(r, 1..=3) && ok(t, 2..=4) => Ok(Jurisdiction {
                country: c.to_string(),
                region: Some(format!("{c}-{r}")),
                city: Some(format!("{c}-{r}-{t}")),
                remote: false,
                how: how.to_string(),
            }),
            _ => Err(format!(
                "`{code}` is not a jurisdiction: give an ISO 3166 code such as `US-NY`, `CA-BC` or `DE` (or `US-NY-NYC` for New York City)"
            )),
        }
    }

    /// The jurisdiction the advert's own places settle, if they do: one
    /// country where a place of the job lies (or that its location names),
    /// in the currency of its pay, and of a US state or Canadian province,
    /// one region.
    ///
    /// `names_us` says whether the advert's text names the United States
    /// outright: a fully remote job with no place is a US one only then.
    pub fn of_advert(p: &Posting, names_us: bool) -> Option<Jurisdiction> {
        let country = p.country.clone()?;
        // The country must be where the job is: a place resolved in it, or
        // a location that names it ("Germany", "Remote (US)"); not only the
        // advert's other signs (a domain, a dialling code).
        let named = p.location.as_deref().is_some_and(|l| {
            l.split(|c: char| !c.is_alphanumeric() && c != ' ')
                .any(|part| crate::places::country(part.trim()).is_some_and(|c| c.code == country))
        });
        // A fully remote job with no place of its own ("Nevada, Idaho" ties
        // one to those states, which the law tables may not cover).
        let remote_us = country == "US"
            && names_us
            && p.places.is_empty()
            && p.work_mode == Some(crate::extract::WorkMode::Remote);
        if !named && !remote_us && !p.places.iter().any(|pl| pl.country == country) {
            return None;
        }
        // Pay in another country's currency ("£" for a "Westminster" the
        // gazetteer places in Colorado) leaves the place in doubt.
        if let Some(currency) = p.salary.currency.as_deref()
            && crate::places::country_by_code(&country)
                .and_then(|c| c.currency)
                .is_some_and(|own| own != currency)
        {
            return None;
        }
        let regions: Vec<&str> = p
            .places
            .iter()
            .filter(|pl| pl.country == country)
            .filter_map(|pl| pl.region.as_deref())
            .collect();
        let mut region_codes: Vec<String> = regions
            .iter()
            .filter_map(|r| region_code(&country, r))
            .collect();
        region_codes.dedup();
        let where_ = p.location.clone().unwrap_or_else(|| country.clone());
        // A bare town ("Washington", "Boston") has namesakes in other
        // countries: its state is taken only when the location names a state
        // or country too ("Denver, CO", "Boston, Massachusetts"), or the town
        // is New York City.
        let location = p.location.as_deref().unwrap_or("");
        let words: Vec<&str> = location
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let qualified = regions.iter().any(|r| location.contains(r))
            || region_codes
                .iter()
                .any(|code| code.split('-').nth(1).is_some_and(|st| words.contains(&st)))
            || p.places.iter().any(|pl| pl.name == "New York City");
        let region = match region_codes.as_slice() {
            [one] if qualified => Some(one.clone()),
            _ => None,
        };
        // New York City has a law of its own.
        let city = (region.as_deref() == Some("US-NY")
            && p.places.iter().any(|pl| {
                pl.country == "US"
                    && matches!(
                        pl.name.as_str(),
                        "New York City"
                            | "Manhattan"
                            | "Brooklyn"
                            | "Queens"
                            | "The Bronx"
                            | "Bronx"
                            | "Staten Island"
                    )
            }))
        .then(|| "US-NY-NYC".to_string());
        let remote = remote_us && region.is_none();
        let how = if remote {
            "from the advert: a fully remote job in the United States".to_string()
        } else {
            format!("from the advert's location ({where_})")
        };
        Some(Jurisdiction {
            country,
            region,
            city,
            remote,
            how,
        })
    }
}

/// The ISO 3166-2 code of a US state or a Canadian province ("US-NY"), by
/// the name the gazetteer gives its region.
fn region_code(country: &str, name: &str) -> Option<String> {
    if !matches!(country, "US" | "CA") {
        return None;
    }
    crate::places::regions(name, Some(country))
        .into_iter()
        .find(|r| r.country == country)
        .and_then(|r| r.code)
        .map(str::to_string)
}

/// A law requiring pay in job adverts.
#[derive(Debug, Clone, Copy)]
pub struct PayLaw {
    /// The jurisdiction's code ("US-CO", "US-NY-NYC", "CA-BC").
    pub code: &'static str,
    pub place: &'static str,
    /// The statute.
    pub statute: &'static str,
    /// The day its advert rule took effect, `YYYY-MM-DD`.
    pub from: &'static str,
    /// The fewest employees an employer must have for it to apply (1: all).
    pub employees: u32,
    /// Whether it reaches fully remote jobs that could be done in the state.
    pub remote: bool,
    /// What the advert must state: "a pay range" or "the pay or its range".
    pub asks: &'static str,
}

/// What most pay-transparency laws ask an advert to state.
const RANGE: &str = "a pay range";

/// Pay-transparency laws for job adverts: a good-faith pay range (minimum
/// and maximum) must be stated. Sources and notes in docs/law.md.
pub const PAY_LAWS: &[PayLaw] = &[
    PayLaw {
        code: "US-CO",
        place: "Colorado",
        statute: "Equal Pay for Equal Work Act, C.R.S. § 8-5-201",
        from: "2021-01-01",
        employees: 1,
        remote: true,
        asks: RANGE,
    },
    PayLaw {
        code: "US-NY-NYC",
        place: "New York City",
        statute: "NYC Administrative Code § 8-107(32) (Local Law 32 of 2022)",
        from: "2022-11-01",
        employees: 4,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-CA",
        place: "California",
        statute: "California Labor Code § 432.3 (SB 1162)",
        from: "2023-01-01",
        employees: 15,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-WA",
        place: "Washington",
        statute: "RCW 49.58.110 (SB 5761)",
        from: "2023-01-01",
        employees: 15,
        remote: true,
        asks: RANGE,
    },
    PayLaw {
        code: "US-NY",
        place: "New York State",
        statute: "New York Labor Law § 194-b",
        from: "2023-09-17",
        employees: 4,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "CA-BC",
        place: "British Columbia",
        statute: "Pay Transparency Act, S.B.C. 2023, c. 18, s. 5",
        from: "2023-11-01",
        employees: 1,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-HI",
        place: "Hawaii",
        statute: "Hawaii Revised Statutes § 378-2.4 (Act 203 of 2023)",
        from: "2024-01-01",
        employees: 50,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-DC",
        place: "District of Columbia",
        statute: "Wage Transparency Omnibus Amendment Act of 2023, D.C. Code § 32-1453",
        from: "2024-06-30",
        employees: 1,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-MD",
        place: "Maryland",
        statute: "Maryland Labor and Employment Code § 3-304.2 (Wage Range Transparency Act, SB 525)",
        from: "2024-10-01",
        employees: 1,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-IL",
        place: "Illinois",
        statute: "Illinois Equal Pay Act of 2003, 820 ILCS 112/10 (HB 3129)",
        from: "2025-01-01",
        employees: 15,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-MN",
        place: "Minnesota",
        statute: "Minnesota Statutes § 181.173",
        from: "2025-01-01",
        employees: 30,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-NJ",
        place: "New Jersey",
        statute: "New Jersey P.L. 2024, c. 91 (N.J.S.A. 34:11-56.13a)",
        from: "2025-06-01",
        employees: 10,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-VT",
        place: "Vermont",
        statute: "21 V.S.A. § 495o (Act 155 of 2024)",
        from: "2025-07-01",
        employees: 5,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "US-MA",
        place: "Massachusetts",
        statute: "M.G.L. c. 149, § 105F (Frances Perkins Workplace Equity Act)",
        from: "2025-10-29",
        employees: 25,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "CA-ON",
        place: "Ontario",
        statute: "Employment Standards Act, 2000, s. 8.1 (Working for Workers Five Act, 2024)",
        from: "2026-01-01",
        employees: 25,
        remote: false,
        asks: RANGE,
    },
    PayLaw {
        code: "LT",
        place: "Lithuania",
        statute: "Labour Code art. 25, as amended (in force 2019-07-27)",
        from: "2019-07-27",
        employees: 1,
        remote: false,
        asks: "the base pay or its range",
    },
    PayLaw {
        code: "IT",
        place: "Italy",
        statute: "Legislative decree bringing in Directive (EU) 2023/970, Gazzetta Ufficiale of 2026-06-01",
        from: "2026-06-16",
        employees: 1,
        remote: false,
        asks: "the starting pay or its range",
    },
];

/// The pay laws in force for `j` on `date`, the most specific first (a
/// city's, then its region's).
pub fn pay_laws(j: &Jurisdiction, date: &str) -> Vec<&'static PayLaw> {
    let mut found: Vec<&PayLaw> = PAY_LAWS
        .iter()
        .filter(|l| (j.within(l.code) || (j.remote && l.remote)) && l.from <= date)
        .collect();
    found.sort_by_key(|l| std::cmp::Reverse(l.code.len()));
    found
}

/// A law that requires the pay to reach candidates before the interview or
/// the contract, of which the advert is one place: the EU Pay Transparency
/// Directive (2023/970, article 5) as a member state has brought it in.
#[derive(Debug, Clone, Copy)]
pub struct PayInfoLaw {
    pub code: &'static str,
    pub place: &'static str,
    pub statute: &'static str,
    pub from: &'static str,
    /// By when the candidate must have it, if not in the advert.
    pub by: &'static str,
}

/// Member states whose law in force asks for the pay before hiring
/// (docs/law.md).
pub const PAY_INFO_LAWS: &[PayInfoLaw] = &[
    PayInfoLaw {
        code: "MT",
        place: "Malta",
        statute: "Transparent and Predictable Working Conditions (Amendment) Regulations, 2025 (L.N. 112 of 2025)",
        from: "2025-08-27",
        by: "before the employment starts",
    },
    PayInfoLaw {
        code: "PL",
        place: "Poland",
        statute: "Labour Code art. 18(3ca) (Act of 4 June 2025 amending the Labour Code)",
        from: "2025-12-24",
        by: "before the interview",
    },
    PayInfoLaw {
        code: "SK",
        place: "Slovakia",
        statute: "Act on the principle of equal pay for men and women for equal work or work of equal value (adopted 2026-04-15)",
        from: "2026-06-07",
        by: "before the interview or the contract",
    },
];

/// The law in force for `j` on `date` that asks for the pay before hiring.
pub fn pay_info_law(j: &Jurisdiction, date: &str) -> Option<&'static PayInfoLaw> {
    PAY_INFO_LAWS
        .iter()
        .find(|l| j.within(l.code) && l.from <= date)
}

/// A ban on asking candidates for their pay history.
#[derive(Debug, Clone, Copy)]
pub struct HistoryBan {
    pub code: &'static str,
    pub place: &'static str,
    pub statute: &'static str,
    pub from: &'static str,
}

/// Salary-history bans that cover private employers (docs/law.md).
pub const HISTORY_BANS: &[HistoryBan] = &[
    HistoryBan {
        code: "US-CA",
        place: "California",
        statute: "California Labor Code § 432.3",
        from: "2018-01-01",
    },
    HistoryBan {
        code: "US-NY",
        place: "New York State",
        statute: "New York Labor Law § 194-a",
        from: "2020-01-06",
    },
    HistoryBan {
        code: "US-NY-NYC",
        place: "New York City",
        statute: "NYC Administrative Code § 8-107(25)",
        from: "2017-10-31",
    },
    HistoryBan {
        code: "US-MA",
        place: "Massachusetts",
        statute: "M.G.L. c. 149, § 105A(c)",
        from: "2018-07-01",
    },
    HistoryBan {
        code: "US-CO",
        place: "Colorado",
        statute: "C.R.S. § 8-5-102",
        from: "2021-01-01",
    },
    HistoryBan {
        code: "US-WA",
        place: "Washington",
        statute: "RCW 49.58.100",
        from: "2019-07-28",
    },
    HistoryBan {
        code: "US-IL",
        place: "Illinois",
        statute: "820 ILCS 112/10(b-5)",
        from: "2019-09-29",
    },
    HistoryBan {
        code: "US-NJ",
        place: "New Jersey",
        statute: "N.J.S.A. 10:5-12.12",
        from: "2020-01-01",
    },
    HistoryBan {
        code: "US-MD",
        place: "Maryland",
        statute: "Maryland Labor and Employment Code § 3-304.2",
        from: "2020-10-01",
    },
    HistoryBan {
        code: "US-CT",
        place: "Connecticut",
        statute: "Conn. Gen. Stat. § 31-40z",
        from: "2019-01-01",
    },
    HistoryBan {
        code: "US-OR",
        place: "Oregon",
        statute: "ORS 659A.357",
        from: "2017-10-06",
    },
    HistoryBan {
        code: "US-VT",
        place: "Vermont",
        statute: "21 V.S.A. § 495m",
        from: "2018-07-01",
    },
    HistoryBan {
        code: "US-HI",
        place: "Hawaii",
        statute: "HRS § 378-2.4",
        from: "2019-01-01",
    },
    HistoryBan {
        code: "PL",
        place: "Poland",
        statute: "Labour Code art. 22(1) § 1 point 6 (Act of 4 June 2025 amending the Labour Code)",
        from: "2025-12-24",
    },
    HistoryBan {
        code: "LT",
        place: "Lithuania",
        statute: "Labour Code, as amended to bring in Directive (EU) 2023/970",
        from: "2026-06-07",
    },
    HistoryBan {
        code: "SK",
        place: "Slovakia",
        statute: "Act on the principle of equal pay for men and women for equal work or work of equal value (adopted 2026-04-15)",
        from: "2026-06-07",
    },
    HistoryBan {
        code: "IT",
        place: "Italy",
        statute: "Legislative decree bringing in Directive (EU) 2023/970, Gazzetta Ufficiale of 2026-06-01",
        from: "2026-06-16",
    },
];

/// The salary-history ban in force for `j` on `date`, the most specific.
pub fn history_ban(j: &Jurisdiction, date: &str) -> Option<&'static HistoryBan> {
    HISTORY_BANS
        .iter()
        .filter(|b| j.within(b.code) && b.from <= date)
        .max_by_key(|b| b.code.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(code: &str) -> Jurisdiction {
        Jurisdiction::given(code, "test").unwrap()
    }

    #[test]
    fn states_and_provinces_by_their_gazetteer_names() {
        assert_eq!(region_code("US", "New York").as_deref(), Some("US-NY"));
        assert_eq!(
            region_code("US", "District of Columbia").as_deref(),
            Some("US-DC")
        );
        assert_eq!(
            region_code("CA", "British Columbia").as_deref(),
            Some("CA-BC")
        );
        assert_eq!(region_code("GB", "England"), None);
    }

    #[test]
    fn codes_given_by_hand() {
        assert_eq!(j("us-ny").code(), "US-NY");
        assert_eq!(j("US-NY-NYC").region.as_deref(), Some("US-NY"));
        assert_eq!(j("DE").code(), "DE");
        assert!(Jurisdiction::given("New York", "test").is_err());
    }

    #[test]
    fn laws_in_force_on_the_date() {
        assert!(pay_laws(&j("US-NY"), "2023-09-16").is_empty());
        assert_eq!(pay_laws(&j("US-NY"), "2023-09-17")[0].code, "US-NY");
        // New York City's own law is in force before the state's, and comes first after it.
        let nyc = pay_laws(&j("US-NY-NYC"), "2024-01-01");
        assert_eq!(
            nyc.iter().map(|l| l.code).collect::<Vec<_>>(),
            ["US-NY-NYC", "US-NY"]
        );
        assert!(pay_laws(&j("US-TX"), "2026-01-01").is_empty());
        assert_eq!(pay_laws(&j("CA-ON"), "2026-01-01")[0].employees, 25);
        assert_eq!(
            history_ban(&j("US-NY-NYC"), "2024-01-01").unwrap().code,
            "US-NY-NYC"
        );
        assert!(history_ban(&j("US-TX"), "2024-01-01").is_none());
        // A fully remote US job is reached by the laws that cover remote work.
        let remote = Jurisdiction {
            remote: true,
            ..j("US")
        };
        let codes: Vec<&str> = pay_laws(&remote, "2024-01-01")
            .iter()
            .map(|l| l.code)
            .collect();
        assert_eq!(codes, ["US-CO", "US-WA"]);
        // EU member states: Lithuania has asked for pay in adverts since
        // 2019; Italy's decree applies from mid-June 2026; Slovakia asks for
        // the pay before the interview, not in the advert.
        assert_eq!(pay_laws(&j("LT"), "2024-01-01")[0].code, "LT");
        assert!(pay_laws(&j("IT"), "2026-06-01").is_empty());
        assert_eq!(pay_laws(&j("IT"), "2026-07-01")[0].code, "IT");
        assert!(pay_laws(&j("SK"), "2026-07-01").is_empty());
        assert_eq!(pay_info_law(&j("SK"), "2026-07-01").unwrap().code, "SK");
        assert!(pay_info_law(&j("SK"), "2026-06-06").is_none());
        assert!(history_ban(&j("IT"), "2026-07-01").is_some());
        assert!(history_ban(&j("DE"), "2026-07-01").is_none());
    }
}
