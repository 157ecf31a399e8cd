"""Light stemmer for Slovak (sk).

Algorithm
    Adapted from the light stemmer for Czech of Ljiljana Dolamic and Jacques Savoy, "Indexing
    and stemming approaches for the Czech language", Information Processing & Management
    45(6), 2009. Their light stemmer works in three steps: remove one case ending (noun and
    adjective declension, longest first, only if enough of the word remains), remove a
    possessive suffix, and normalise the consonant alternations that the removed ending left
    behind. Slovak is close enough to Czech for the same plan, but its endings differ, so the
    tables below are Slovak ones: -ov, -om, -och, -ách, -iach, -ami, -iami, -ej, -ou, -ého,
    -ému, -ých, -ými, -ý/-á/-é/-í, -ia, -ie, -iu, and the short forms that the rhythmic law
    gives after a long syllable (-eho, -emu, -ych, -ymi, -y, -a, -u, -e).

What pressroom keeps
    * Step 1, case endings of the masculine, feminine and neuter noun paradigms (chlap, dub,
      žena, ulica, dlaň, kosť, mesto, srdce, vysvedčenie) and of the hard, soft and
      rhythmically shortened adjective paradigms (pekný, cudzí, kohézny), plus the -ia
      feminine loan paradigm (komisia, komisii, komisií, komisiou, ...).
    * Step 2, the possessive suffix -ov (otcov, otcova), which also evens out nouns whose stem
      ends in -ov (ostrov / ostrova / ostrovov).
    * Step 3, normalisation, the Slovak counterpart of the Czech palatalisation step: in
      Slovak, d t n l are written without the caron before e, i, í, ia, ie, iu but with it
      elsewhere (kosť / kosti, dlaň / dlane), so a stem-final ď ť ň ľ is mapped to d t n l;
      and the lengthened or diphthongised ŕ ĺ ô, which alternate with r l o inside the stem
      (srdce / sŕdc, vlna / vĺn, kôň / koňa), are mapped to r l o. ä is treated as an ordinary
      vowel.

What pressroom leaves out
    * The Czech k/c, h/z, ch/š alternations: Slovak has no palatalisation in the dative or
      locative singular (ruka / ruke), and reversing c -> k would wrongly merge "ulica/ulici",
      "práca/práci". Hence masculine animate plurals such as "politici" keep their c.
    * The possessive -in (matkin): most Slovak words ending in -ina are not possessives
      (rodina, krajina, noviny), and stripping it would merge them with unrelated words.
    * Vowel lengthening and the ie/ia diphthong in the genitive plural (mesto / miest,
      žena / žien, politika / politík) and the fleeting e (minister / ministra) are not
      undone. Verb endings, comparatives and derivational suffixes are not touched.

Minimum stem length
    3 characters after stripping, and the stem must contain a vowel or a syllabic r/l (srdc).
    Words containing digits are returned unchanged.
"""

MIN_STEM = 3

# Vowels, plus the syllabic liquids that can carry a syllable (krk, vlk, srdce).
_NUCLEI = frozenset("aáäeéiíoóôuúyýrŕlĺ")

# Step 1: case endings, grouped by paradigm; sorted longest first below.
_CASE_ENDINGS = (
    # Feminine -ia loans (komisia): -ia -ie -ii -iu -iou -ií -iám -iách -iami.
    "iách",
    "iami",
    "iám",
    "iou",
    "ií",
    "ii",
    # Soft feminine and neuter (ulica, srdce, kosť, vysvedčenie): -iach -iam -ia -ie -iu.
    "iach",
    "iam",
    "ia",
    "ie",
    "iu",
    # Soft adjectives (cudzí): -ieho -iemu -ích -ími -ím.
    "ieho",
    "iemu",
    "ích",
    "ími",
    "ím",
    # Masculine animate: -ovia -ovi; genitive plural -ov.
    "ovia",
    "ovi",
    "ov",
    # Hard adjectives (pekný) and their rhythmically shortened forms (kohézny).
    "ého",
    "eho",
    "ému",
    "emu",
    "ých",
    "ych",
    "ými",
    "ymi",
    "ým",
    "ym",
    "ej",
    # Noun plural and instrumental endings.
    "ách",
    "ami",
    "och",
    "ám",
    "om",
    "ou",
    "mi",
    # Single vowels: nominative, genitive, dative, accusative, locative.
    "á",
    "é",
    "í",
    "ý",
    "ú",
    "a",
    "e",
    "i",
    "o",
    "u",
    "y",
)
_CASE_ORDERED = tuple(sorted(set(_CASE_ENDINGS), key=len, reverse=True))

# Step 2: possessive suffixes.
_POSSESSIVE = ("ov",)

# Step 3: normalisation of a stem-final soft consonant ...
_FINAL_SOFT = {"ď": "d", "ť": "t", "ň": "n", "ľ": "l"}
# ... and of the long syllabic liquids and the diphthong ô anywhere in the stem.
_INNER = str.maketrans({"ŕ": "r", "ĺ": "l", "ô": "o"})


def _acceptable(candidate: str) -> bool:
    return len(candidate) >= MIN_STEM and any(ch in _NUCLEI for ch in candidate)


def _remove_case(word: str) -> str:
    for ending in _CASE_ORDERED:
        if word.endswith(ending):
            candidate = word[: -len(ending)]
            if _acceptable(candidate):
                return candidate
    return word


def _remove_possessive(word: str) -> str:
    for suffix in _POSSESSIVE:
        if word.endswith(suffix):
            candidate = word[: -len(suffix)]
            if _acceptable(candidate):
                return candidate
    return word


def _normalise(word: str) -> str:
    last = word[-1]
    if last in _FINAL_SOFT:
        word = word[:-1] + _FINAL_SOFT[last]
    return word.translate(_INNER)


def stem(word: str) -> str:
    """Return the stem of one lower-cased, NFC-normalised Slovak word."""
    if len(word) <= MIN_STEM or any(ch.isdigit() for ch in word):
        return word
    return _normalise(_remove_possessive(_remove_case(word)))
