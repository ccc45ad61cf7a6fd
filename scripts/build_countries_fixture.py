"""Regenerate fixtures/countries.json from pycountry plus the hand-kept aliases below.

Run once when ISO 3166 changes; the JSON is committed, so pycountry is not a runtime
dependency. Aliases and demonyms are what reports actually write ("Belorussian",
"Kyrgyz Republic", "Russian Federation"); the short names follow DESIGN.md.
"""

import json
import pathlib

import pycountry

SHORT_NAMES = {
    "BO": "Bolivia",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CZ": "Czechia",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "PS": "Palestine",
    "RU": "Russia",
    "SY": "Syria",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "United States",
    "VE": "Venezuela",
    "VN": "Vietnam",
    "VA": "Vatican City",
    "TR": "Turkey",
    "CV": "Cape Verde",
    "CI": "Ivory Coast",
    "SZ": "Eswatini",
    "BQ": "Caribbean Netherlands",
    "SH": "Saint Helena",
    "MK": "North Macedonia",
}

# Names reports use besides the short and official names.
ALIASES = {
    "AM": ["Republic of Armenia"],
    "AZ": ["Republic of Azerbaijan", "Azerbaijan Republic"],
    "BY": ["Republic of Belarus", "Byelorussia", "Belorussia"],
    "KZ": ["Republic of Kazakhstan", "Kazakstan"],
    # "KyrgyzRepublic": pages that lose the spaces between words
    "KG": [
        "Kyrgyz Republic",
        "Kirghizia",
        "Kirgizia",
        "Kyrgyz Rep.",
        "Kyrghyz Republic",
        "Republic of Kyrgyzstan",
        "KyrgyzRepublic",
    ],
    "MD": ["Republic of Moldova", "Moldavia"],
    "RU": ["Russian Federation", "the Russian Federation", "RF", "Russia Federation"],
    "TJ": ["Republic of Tajikistan", "Tadjikistan", "Tadzhikistan", "Republic of Tadjikistan"],
    "TM": ["Turkmenia"],
    "UZ": ["Republic of Uzbekistan"],
    "UA": ["the Ukraine"],
    "GE": ["Republic of Georgia", "Sakartvelo"],
    "AF": ["Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"],
    "CN": ["People's Republic of China", "PRC"],
    "MN": [],
    "IR": ["Islamic Republic of Iran"],
    "TR": ["Turkiye", "Türkiye", "Republic of Turkey"],
    "US": ["USA", "United States of America", "U.S.", "US"],
    "GB": ["Great Britain", "UK", "Britain"],
    "KP": ["DPRK"],
    "KR": ["Republic of Korea"],
    "AE": ["UAE"],
    "CZ": ["Czech Republic"],
    "MK": ["Macedonia"],
    "SY": ["Syrian Arab Republic"],
    "LV": [],
    "LT": [],
    "EE": [],
}

DEMONYMS = {
    "AM": ["Armenian"],
    "AZ": ["Azerbaijani", "Azerbaijanian", "Azeri"],
    "BY": ["Belarusian", "Belorussian", "Byelorussian", "Belarussian"],
    "KZ": ["Kazakhstani", "Kazakh"],
    "KG": ["Kyrgyz", "Kyrgyzstani", "Kirghiz", "Kyrghyz", "Kirgiz"],
    "MD": ["Moldovan", "Moldavian"],
    "RU": ["Russian"],
    "TJ": ["Tajik", "Tajikistani", "Tadjik"],
    "TM": ["Turkmen", "Turkmenistani"],
    "UZ": ["Uzbek", "Uzbekistani"],
    "UA": ["Ukrainian"],
    "GE": ["Georgian"],
    "AF": ["Afghan", "Afghani"],
    "CN": ["Chinese"],
    "MN": ["Mongolian"],
    "IR": ["Iranian"],
    "TR": ["Turkish"],
    "PK": ["Pakistani"],
    "IN": ["Indian"],
    "LV": ["Latvian"],
    "LT": ["Lithuanian"],
    "EE": ["Estonian"],
    "PL": ["Polish"],
    "FI": ["Finnish"],
    "RO": ["Romanian"],
    "US": ["American"],
    "GB": ["British"],
    "DE": ["German"],
    "FR": ["French"],
    "IT": ["Italian"],
    "ES": ["Spanish"],
    "SY": ["Syrian"],
    "IQ": ["Iraqi"],
    "SA": ["Saudi"],
    "AE": ["Emirati"],
    "IL": ["Israeli"],
    "KP": ["North Korean"],
    "KR": ["South Korean"],
    "JP": ["Japanese"],
    "VN": ["Vietnamese"],
    "SE": ["Swedish"],
    "NO": ["Norwegian"],
    "HU": ["Hungarian"],
    "BG": ["Bulgarian"],
    "RS": ["Serbian"],
    "CZ": ["Czech"],
    "SK": ["Slovak"],
    "EG": ["Egyptian"],
    "QA": ["Qatari"],
    "GR": ["Greek"],
    "BE": ["Belgian"],
    "NL": ["Dutch"],
    "AT": ["Austrian"],
    "CH": ["Swiss"],
    "PT": ["Portuguese"],
    "IE": ["Irish"],
    "DK": ["Danish"],
    "HR": ["Croatian"],
    "SI": ["Slovenian"],
    "BA": ["Bosnian"],
    "ME": ["Montenegrin"],
    "AL": ["Albanian"],
    "MK": ["Macedonian"],
    "CY": ["Cypriot"],
    "CA": ["Canadian"],
    "AU": ["Australian"],
    "JO": ["Jordanian"],
    "LB": ["Lebanese"],
    "KW": ["Kuwaiti"],
    "OM": ["Omani"],
    "BH": ["Bahraini"],
    "YE": ["Yemeni"],
    "LY": ["Libyan"],
    "TN": ["Tunisian"],
    "DZ": ["Algerian"],
    "MA": ["Moroccan"],
    "BD": ["Bangladeshi"],
    "LK": ["Sri Lankan"],
    "NP": ["Nepalese", "Nepali"],
    "ID": ["Indonesian"],
    "MY": ["Malaysian"],
    "TH": ["Thai"],
    "SG": ["Singaporean"],
    "BR": ["Brazilian"],
    "MX": ["Mexican"],
    "CU": ["Cuban"],
}

# States that reports of these bodies concern most: members and observers of the CIS
# bodies, and their neighbours. The extractor gives them priority in ambiguous cases.
CIS = {"AM", "AZ", "BY", "KZ", "KG", "MD", "RU", "TJ", "TM", "UZ", "UA", "GE"}


def main() -> None:
    rows = []
    for c in pycountry.countries:
        code = c.alpha_2
        official = getattr(c, "official_name", None) or c.name
        short = SHORT_NAMES.get(code) or getattr(c, "common_name", None) or c.name
        # ISO inverted forms ("Moldova, Republic of") never occur in running text.
        names = [c.name, official, *ALIASES.get(code, [])]
        aliases = [a for a in names if a != short and ", " not in a]
        rows.append(
            {
                "code": code,
                "name": short,
                "official_name": official,
                "aliases": sorted(set(aliases), key=aliases.index),
                "demonyms": DEMONYMS.get(code, []),
                "cis": code in CIS,
            }
        )
    rows.sort(key=lambda r: r["code"])
    out = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "countries.json"
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} countries -> {out}")


if __name__ == "__main__":
    main()
