"""Made-up people for synthetic archives: Hong Kong, Mainland and foreign names.

Names follow the conventions of government releases: a Hong Kong official is
"Mr Vincent Chan Ho-yin" or "Mrs Wong Mei-ling" (an English given name, then the
surname and the hyphenated Cantonese given name), a Mainland official "Ms Zhao
Lifeng" (surname, then a one-word pinyin given name), a consul "Mr David Clarke".
Every name a :class:`NameMaker` gives is new: the population of an archive grows.

Examples
--------
>>> import random
>>> maker = NameMaker(random.Random(1))
>>> a, b = maker.person("hk"), maker.person("mainland")
>>> a.full != b.full and a.short.startswith(a.honorific)
True
"""

from __future__ import annotations

import random
from dataclasses import dataclass

HK_SURNAMES = ("Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Ho", "Leung", "Lam", "Tsang", "Yip", "Kwan",
               "Lo", "Tam", "Fung", "Chow", "Tang", "Yeung", "Mak", "Choi", "Tse", "Kwok", "Law", "Siu",
               "Cheng", "Poon", "Hui", "Lai", "Yuen", "Chu", "Ko", "Chung", "Mok", "Kong", "Sze", "Au",
               "Luk", "Tong", "Ip", "Ma", "Wan", "Yau", "Shum", "Pang", "Chiu", "Cheuk", "Fok", "Lui")
HK_SYLLABLES = ("ka", "wai", "man", "kin", "chung", "ho", "yin", "wing", "sze", "ling", "mei", "kit", "hoi",
                "lun", "tak", "ming", "kwok", "siu", "yuk", "fai", "chi", "kwan", "shing", "hung", "pui",
                "yee", "wah", "lok", "sum", "kei", "tsz", "wun", "fung", "chun", "yan", "nga", "lai", "kam",
                "hin", "on", "po", "sau", "king", "yiu", "hang", "tin", "ting", "choi", "keung", "mun")
ENGLISH_GIVEN = {"m": ("Vincent", "Kenneth", "Patrick", "Tony", "Eric", "Jason", "Raymond", "Stephen", "Ivan",
                       "Henry", "Michael", "Peter", "Thomas", "Edward", "Albert", "Francis", "Gordon", "Victor",
                       "Alan", "Benjamin", "Daniel", "Frederick", "Howard", "Kevin", "Leo", "Martin"),
                 "f": ("Grace", "Winnie", "Candy", "Alice", "Sharon", "Michelle", "Joyce", "Priscilla", "Carrie",
                       "Anna", "Bernadette", "Christine", "Doris", "Elaine", "Fiona", "Helen", "Irene", "Janet",
                       "Karen", "Linda", "Margaret", "Nancy", "Olivia", "Rebecca", "Teresa", "Vivian")}
MAINLAND_SURNAMES = ("Zhao", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhou", "Wu", "Xu", "Sun",
                     "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Luo", "Liang", "Song", "Zheng", "Xie", "Han",
                     "Tang", "Feng", "Yu", "Dong", "Xiao", "Cao", "Yuan", "Deng", "Fu", "Shen", "Zeng", "Peng",
                     "Lu", "Su", "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan", "Pan", "Du", "Dai",
                     "Xia", "Zhong", "Tian", "Ren", "Fan", "Fang", "Shi", "Yao", "Tan", "Liao", "Zou", "Xiong",
                     "Jin", "Hao", "Kong", "Bai", "Cui", "Kang", "Mao", "Qiu", "Qin", "Gu", "Hou", "Shao", "Meng")
MAINLAND_SYLLABLES = ("li", "feng", "han", "ming", "hua", "wei", "guo", "mei", "ling", "xiao", "yan", "dong",
                      "sheng", "wen", "bo", "lan", "fang", "jian", "jun", "hong", "qiang", "yong", "ping", "hai",
                      "tao", "bin", "jie", "xin", "yu", "lei", "peng", "zhi", "rong", "qing", "hui", "kai",
                      "chao", "lin", "jing", "na", "yun", "zhen", "an", "de", "xiang", "cheng", "quan", "song")
FOREIGN_GIVEN = {"m": ("David", "James", "Richard", "Mark", "Paul", "Andrew", "Christopher", "Robert", "Hans",
                       "Pierre", "Marco", "Kenji", "Arjun", "Ahmed"),
                 "f": ("Sarah", "Emma", "Catherine", "Laura", "Sophie", "Claire", "Julia", "Maria", "Yuki",
                       "Priya", "Anna", "Isabel")}
FOREIGN_SURNAMES = ("Clarke", "Turner", "Fischer", "Martin", "Rossi", "Tanaka", "Sharma", "Hassan", "Müller",
                    "Dubois", "Kim", "Nguyen", "Bennett", "Hughes", "Walker", "Moreau", "Schmidt", "Suzuki",
                    "Patel", "Larsen", "Novak", "Silva", "Cohen", "Brennan")


@dataclass(frozen=True)
class Person:
    """A made-up person as releases name them.

    Parameters
    ----------
    full : str
        The full name without honorific ("Vincent Chan Ho-yin").
    honorific : str
        "Mr", "Mrs", "Ms", "Miss", "Dr" or "Professor".
    short : str
        The short form used after the first mention ("Mr Vincent Chan", "Mrs Wong").
    gender : str
        "m" or "f", for pronouns.
    """

    full: str
    honorific: str
    short: str
    gender: str

    @property
    def named(self) -> str:
        """Honorific and full name, as at the first mention."""
        return f"{self.honorific} {self.full}"

    @property
    def he(self) -> str:
        return "He" if self.gender == "m" else "She"

    @property
    def his(self) -> str:
        return "his" if self.gender == "m" else "her"


class NameMaker:
    """Gives a new, unique person each call, from a seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.taken: set[str] = set()

    def person(self, kind: str) -> Person:
        """A new person: ``kind`` is ``"hk"``, ``"mainland"`` or ``"foreign"``."""
        make = {"hk": self._hk, "mainland": self._mainland, "foreign": self._foreign}[kind]
        while True:
            person = make(self.rng.choice("mf"))
            if person.full not in self.taken:
                self.taken.add(person.full)
                return person

    def _honorific(self, gender: str) -> str:
        r = self.rng.random()
        if r < 0.08:
            return "Dr"
        if r < 0.12:
            return "Professor"
        if gender == "m":
            return "Mr"
        return self.rng.choice(("Ms", "Ms", "Mrs", "Miss"))

    def _hk(self, gender: str) -> Person:
        surname = self.rng.choice(HK_SURNAMES)
        a, b = self.rng.sample(HK_SYLLABLES, 2)
        chinese = f"{a.capitalize()}-{b}"
        honorific = self._honorific(gender)
        if self.rng.random() < 0.45:
            english = self.rng.choice(ENGLISH_GIVEN[gender])
            return Person(f"{english} {surname} {chinese}", honorific, f"{honorific} {english} {surname}"
                          if self.rng.random() < 0.5 else f"{honorific} {surname}", gender)
        return Person(f"{surname} {chinese}", honorific, f"{honorific} {surname}", gender)

    def _mainland(self, gender: str) -> Person:
        surname = self.rng.choice(MAINLAND_SURNAMES)
        a, b = self.rng.sample(MAINLAND_SYLLABLES, 2)
        honorific = "Mr" if gender == "m" else "Ms"
        return Person(f"{surname} {a.capitalize()}{b}", honorific, f"{honorific} {surname}", gender)

    def _foreign(self, gender: str) -> Person:
        given, surname = self.rng.choice(FOREIGN_GIVEN[gender]), self.rng.choice(FOREIGN_SURNAMES)
        honorific = "Mr" if gender == "m" else "Ms"
        return Person(f"{given} {surname}", honorific, f"{honorific} {surname}", gender)
