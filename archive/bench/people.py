"""The synthetic corpus's people: names by country with the spellings other outlets use, and
their posts. The names are deliberately not the extractor's own lexicon."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

CIS_CODES = ["AM", "AZ", "BY", "KZ", "KG", "MD", "RU", "TJ", "TM", "UZ"]

# Given names and surnames by country.
GIVEN = {
    "RU": [
        "Vladimir",
        "Sergei",
        "Alexander",
        "Dmitry",
        "Nikolai",
        "Igor",
        "Andrei",
        "Viktor",
        "Yevgeny",
        "Mikhail",
        "Oleg",
        "Pavel",
        "Konstantin",
        "Gennady",
        "Roman",
        "Anatoly",
    ],
    "KZ": [
        "Yerzhan",
        "Marat",
        "Kairat",
        "Serik",
        "Nurlan",
        "Bolat",
        "Yerlan",
        "Daniyar",
        "Askar",
        "Beibut",
        "Timur",
        "Arman",
        "Kanat",
        "Zhanat",
        "Yermek",
        "Dauren",
    ],
    "BY": [
        "Ivan",
        "Yuri",
        "Valery",
        "Igor",
        "Alexander",
        "Viktor",
        "Nikolai",
        "Pavel",
        "Andrei",
        "Vadim",
        "Gennady",
        "Dmitry",
    ],
    "UZ": [
        "Pulat",
        "Shukhrat",
        "Abdusalom",
        "Bakhodir",
        "Rustam",
        "Ulugbek",
        "Farkhod",
        "Jamshid",
        "Sanjar",
        "Dilshod",
        "Akmal",
        "Otabek",
    ],
    "KG": [
        "Ulan",
        "Kursan",
        "Almazbek",
        "Melis",
        "Taalaibek",
        "Kamchybek",
        "Zhenishbek",
        "Azamat",
        "Bakyt",
        "Nurbek",
    ],
    "TJ": [
        "Ramazon",
        "Saimumin",
        "Abdurakhmon",
        "Sherali",
        "Davlatali",
        "Rustam",
        "Khayrullo",
        "Sukhrob",
        "Faridun",
        "Jamshed",
    ],
    "AM": ["Vahe", "Aram", "Armen", "Arpine", "Gagik", "Tigran", "Karen", "Artur", "Hovhannes"],
    "AZ": ["Vilayat", "Ali", "Ramil", "Elchin", "Anar", "Rashad", "Farid", "Kamran", "Ilgar"],
    "TM": ["Isgender", "Yaylym", "Annamyrat", "Batyr", "Dovlet", "Gurbanmyrat", "Serdar"],
    "MD": ["Adrian", "Ion", "Sergiu", "Vasile", "Mihai", "Alexandru", "Dorin"],
}
SURNAME = {
    "RU": [
        "Kolokoltsev",
        "Bortnikov",
        "Nurgaliev",
        "Zolotov",
        "Vasiliev",
        "Petrov",
        "Ivanov",
        "Sokolov",
        "Morozov",
        "Volkov",
        "Lebedev",
        "Kozlov",
        "Novikov",
        "Zaitsev",
        "Orlov",
        "Makarov",
        "Fedorov",
        "Belyaev",
        "Gusev",
        "Tikhonov",
        "Yermakov",
        "Zhukov",
    ],
    "KZ": [
        "Sadenov",
        "Tulebayev",
        "Akhmetzhanov",
        "Turgumbayev",
        "Baimaganbetov",
        "Kassymov",
        "Zhakupov",
        "Abenov",
        "Yessimov",
        "Nurmagambetov",
        "Shaikhin",
        "Iskakov",
        "Sarsenov",
        "Zhumabekov",
        "Beketayev",
        "Ospanov",
    ],
    "BY": [
        "Kubrakov",
        "Kuleshov",
        "Shunevich",
        "Karaev",
        "Vakulchik",
        "Tertel",
        "Volfovich",
        "Melnikov",
        "Pekarsky",
        "Shved",
        "Lukomsky",
    ],
    "UZ": [
        "Bobojonov",
        "Azimov",
        "Tashmatov",
        "Ismoilov",
        "Karimov",
        "Yusupov",
        "Rakhimov",
        "Mirzayev",
        "Abdullayev",
        "Khodjayev",
    ],
    "KG": [
        "Niyazbekov",
        "Asanov",
        "Tashiev",
        "Bakirov",
        "Dzhumaliev",
        "Orozbekov",
        "Sydykov",
        "Toktogulov",
    ],
    "TJ": ["Rahimzoda", "Yatimov", "Qahhorzoda", "Mirzozoda", "Sharipov", "Nazarov", "Saidov"],
    "AM": ["Ghazaryan", "Osipyan", "Harutyunyan", "Vardanyan", "Sargsyan", "Petrosyan"],
    "AZ": ["Eyvazov", "Nagiyev", "Mammadov", "Aliyev", "Guliyev", "Huseynov", "Hasanov"],
    "TM": ["Mammedov", "Atayev", "Garajayev", "Orazov", "Annayev", "Berdiyev"],
    "MD": ["Efros", "Popescu", "Rusu", "Ceban", "Munteanu", "Ciobanu"],
}
# Spellings that other outlets use for the same name.
VARIANTS = [
    ("Yer", "Er"),
    ("zh", "j"),
    ("ts", "tz"),
    ("iev", "iyev"),
    ("yev", "ev"),
    ("Yu", "Iu"),
    ("kh", "h"),
    ("ei", "ey"),
    ("ayev", "aev"),
]

POSTS = [
    "Minister of Internal Affairs of {country}",
    "Deputy Minister of Internal Affairs of {country}",
    "Chairman of the National Security Committee of {country}",
    "Head of the State Border Service of {country}",
    "Prosecutor General of {country}",
    "Head of the Customs Service of {country}",
    "Director of the Drug Control Agency of {country}",
    "Head of the Criminal Police Department of {country}",
]


@dataclass
class Person:
    name: str
    country: str
    post: str
    variants: list[str] = field(default_factory=list)


def make_people(rng: random.Random, count: int, country_names: dict[str, str]) -> list[Person]:
    """``count`` distinct people of the CIS states, each with a post and spelling variants."""
    seen, people = set(), []
    while len(people) < count:
        code = rng.choice(CIS_CODES)
        # Given names cross borders (a Russian first name on a Kazakh surname is common),
        # which also widens the name space to thousands of distinct people.
        given_from = code if rng.random() < 0.6 else rng.choice(CIS_CODES)
        name = f"{rng.choice(GIVEN[given_from])} {rng.choice(SURNAME[code])}"
        if rng.random() < 0.3:
            name = f"{rng.choice(GIVEN[given_from])} {name}"  # double given names
        if name in seen:
            continue
        seen.add(name)
        variants = [name.replace(a, b) for a, b in VARIANTS if a in name]
        post = rng.choice(POSTS).format(country=country_names[code])
        people.append(Person(name, code, post, sorted(set(variants) - {name})))
    return people
