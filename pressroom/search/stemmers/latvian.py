"""Light stemmer for Latvian (lv).

Algorithm
    The light (inflectional) stemmer described by Kārlis Kreslins, "A stemming algorithm for
    Latvian", PhD thesis, Loughborough University, 1996. Latvian nouns and adjectives inflect
    by case ending only, so the light variant removes a single noun or adjective case ending,
    longest first, provided the remaining stem still holds enough of the word, and then undoes
    the consonant alternation (palatalisation) that some endings cause.

What pressroom keeps
    * The noun case endings of the six declensions and the indefinite and definite adjective
      endings (-ajiem, -ajām, -ais, -ie, -o, ...), one ending removed per word.
    * The minimum-size check before stripping: the stem left behind must be at least
      ``MIN_STEM`` characters long and contain at least ``MIN_VOWELS`` vowel(s), so that short
      words (pronouns, particles, "gads" -> "gad" but "tas" untouched) are left alone.
    * The reversal of consonant alternations:
        - after every stripped ending, a stem-final palatal consonant is mapped back to its
          plain form (ļņ->ln, šņ->sn, žņ->zn, šļ->sl, žļ->zl, ļ->l, ņ->n, č->c), so that e.g.
          "brālis" / "brāļa" / "brāļu" and "zaļš" / "zaļa" share a stem;
        - after the endings that the thesis marks as alternating in the second, fifth and
          sixth declensions (-a, -i, -u, -iem, -os, -us), the epenthetic j after a labial is
          dropped (bj->b, mj->m, pj->p, vj->v: "zivju" -> "ziv", "kurmja" -> "kurm").

What pressroom leaves out
    * The ambiguous alternations š <- s/t and ž <- z/d/dz are not reversed: the plain consonant
      cannot be recovered without a dictionary ("māšu", genitive plural of "māte", keeps š).
    * Verb endings, derivational suffixes and prefixes are not touched (this is the light
      stemmer, not the thesis's heavy variant).

Minimum stem length
    3 characters, with at least 1 vowel, after stripping. Words containing digits are returned
    unchanged.
"""

MIN_STEM = 3
MIN_VOWELS = 1

_VOWELS = frozenset("aāeēiīouū")

# Ending -> whether it triggers the labial + j alternation (second declension oblique forms,
# genitive plural of the fifth and sixth declensions).
_ENDINGS: dict[str, bool] = {
    # Definite adjective endings (masculine and feminine).
    "ajiem": False,  # dat. pl. m.
    "ajām": False,  # dat. pl. f.
    "ajās": False,  # loc. pl. f.
    "ajai": False,  # dat. sg. f.
    "ajam": False,  # dat. sg. m.
    "ajos": False,  # loc. pl. m.
    "ajā": False,  # loc. sg.
    "ais": False,  # nom. sg. m.
    "ie": False,  # nom. pl. m.
    "o": False,  # acc./gen. sg. and gen. pl.
    # Noun and indefinite adjective endings: plural.
    "iem": True,  # dat. pl. m. (1st, 2nd declension)
    "ām": False,  # dat. pl. (4th)
    "ās": False,  # loc. pl. (4th)
    "ēm": False,  # dat. pl. (5th)
    "ēs": False,  # loc. pl. (5th)
    "īm": False,  # dat. pl. (6th)
    "īs": False,  # loc. pl. (6th)
    "os": True,  # loc. pl. m.
    "us": True,  # acc. pl. m.; nom. sg. (3rd)
    "as": False,  # gen. sg., nom./acc. pl. (4th)
    "es": False,  # gen. sg., nom./acc. pl. (5th)
    "is": False,  # nom. sg. (2nd); nom. pl. (6th)
    "i": True,  # nom. pl. m.; acc. sg. (2nd, 5th, 6th)
    "u": True,  # acc. sg.; gen. pl.
    # Noun and indefinite adjective endings: singular.
    "am": False,  # dat. sg. m.
    "ai": False,  # dat. sg. f. (4th)
    "ei": False,  # dat. sg. (5th)
    "im": False,  # dat. sg. (2nd)
    "ij": False,  # dat. sg. (6th)
    "a": True,  # nom. sg. f.; gen. sg. m.
    "ā": False,  # loc. sg. (1st, 4th)
    "e": False,  # nom. sg. (5th)
    "ē": False,  # loc. sg. (5th)
    "ī": False,  # loc. sg. (2nd, 6th)
    "ū": False,  # loc. sg. (3rd)
    "s": False,  # nom. sg. m. (1st)
    "š": False,  # nom. sg. m. after a palatal stem
}

# Longest first, so that e.g. "-ajiem" wins over "-iem" and "-em".
_ORDERED = tuple(sorted(_ENDINGS.items(), key=lambda item: -len(item[0])))

# Stem-final palatal consonants and clusters, mapped back to their plain form (clusters first).
_UNPALATAL = (
    ("ļņ", "ln"),
    ("šņ", "sn"),
    ("žņ", "zn"),
    ("šļ", "sl"),
    ("žļ", "zl"),
    ("ļ", "l"),
    ("ņ", "n"),
    ("č", "c"),
)

# Labial consonants followed by the epenthetic j.
_LABIAL_J = ("bj", "mj", "pj", "vj")


def _vowel_count(text: str) -> int:
    return sum(1 for ch in text if ch in _VOWELS)


def _unpalatalise(stem: str, labial_j: bool) -> str:
    if labial_j and stem.endswith(_LABIAL_J) and len(stem) - 1 >= MIN_STEM:
        stem = stem[:-1]
    for palatal, plain in _UNPALATAL:
        if stem.endswith(palatal):
            return stem[: -len(palatal)] + plain
    return stem


def stem(word: str) -> str:
    """Return the stem of one lower-cased, NFC-normalised Latvian word."""
    if len(word) <= MIN_STEM or any(ch.isdigit() for ch in word):
        return word
    for ending, labial_j in _ORDERED:
        if not word.endswith(ending):
            continue
        candidate = word[: -len(ending)]
        if len(candidate) >= MIN_STEM and _vowel_count(candidate) >= MIN_VOWELS:
            return _unpalatalise(candidate, labial_j)
    return word
