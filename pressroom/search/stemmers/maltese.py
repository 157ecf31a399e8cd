"""Light stemmer for Maltese (mt).

Algorithm
    There is no published stemming algorithm for Maltese to follow, so this is pressroom's own
    light stemmer, written from the descriptions of the definite article and of the sound
    (suffixed) plurals in Albert Borg and Marie Azzopardi-Alexander, "Maltese", Routledge
    Descriptive Grammars, 1997. It removes at most one article prefix and one suffix:

    1. Article prefixes. The definite article is written joined to its noun with a hyphen:
       il-, l- (before a vowel), and the forms assimilated to a following "sun" consonant
       iċ-, id-, in-, ir-, is-, it-, ix-, iż-, iz-. Prepositions fuse with it (tal-, fil-,
       bil-, mal-, sal-, mill-, għall-, lill-, fl-, bl-, tad-, fiż-, ...). When the word still
       carries such a prefix (the tokeniser normally splits at the hyphen, so "il-politika"
       and the bare "politika" both arrive), the prefix is removed. The prepositions written
       with an apostrophe (b', f', m', s', x') are removed the same way. An unhyphenated word
       is never stripped at the front: "ilma" (water) is not "il-" + "ma".
    2. Sound plural suffixes: -ijiet, -iet, -ijet, -jiet (only after a vowel, as in
       "soċjetajiet", so that "ħajjiet" keeps the j of "ħajja"), -ien, -in, -i, and -at
       together with its inflected forms -ati/-ata, so that nouns ending in -at
       ("kumitat", "kumitati", "deputata") reduce alike.
    3. Singular and adjective endings: the feminine -a, the masculine -u of Romance loans
       (ministru / ministri), the feminine -ija (mistoqsija / mistoqsijiet), a stressed final
       vowel (soċjetà / soċjetajiet), and the gentilic adjective set -ew/-ea/-ej
       (Ewropew / Ewropea / Ewropej). Before -i, the palatalised -iċ of Romance adjectives is
       mapped back to -ik (politiċi -> politik, as politiku, politika).
       The one-letter endings -a, -i, -u are removed only where safe: the stem left must end
       in a consonant.

What it cannot do
    * Broken (internal) plurals, the most frequent plural type of Semitic nouns, change the
      vowels inside the root: ktieb / kotba, belt / bliet, triq / toroq, sena / snin,
      kamra / kmamar. A suffix stripper cannot conflate them; that needs a lexicon or a root
      and pattern analyser.
    * Verbs (root and pattern morphology, prefixed persons, pronominal suffixes such as -ha,
      -hom, -kom) and the dual (-ejn, -ajn) are left alone, as are nouns whose -in or -at is
      part of the singular (kuġin keeps its n only in the plural: kuġini).

Minimum stem length
    3 characters, containing a vowel, after removing a suffix; the article is removed only if
    at least 2 characters follow it. Words containing digits are returned unchanged.
"""

MIN_STEM = 3
MIN_AFTER_PREFIX = 2

_VOWELS = frozenset("aeiouàèìòù")
_HYPHENS = ("-", "\u2011")  # ASCII hyphen and non-breaking hyphen.
_APOSTROPHES = ("'", "\u2019")

# Rule group 1: article prefixes (without the hyphen).
# The consonants to which the article l assimilates ("xemxin", sun letters).
_SUN = ("ċ", "d", "n", "r", "s", "t", "x", "ż", "z")
# Bare article and prepositions fused with it: i(l), ta(l), fi(l), bi(l), ma(l), sa(l),
# mi(t) from minn, għa(d) from għal, li(d) from lil, bħa(d) from bħal, ġo(l), da(l) from dan.
_ARTICLE_BASES = ("i", "ta", "fi", "bi", "ma", "sa", "mi", "għa", "li", "bħa", "ġo", "da")
_ARTICLE_PREFIXES = frozenset(
    [base + consonant for base in _ARTICLE_BASES for consonant in ("l", *_SUN)]
    # Elided before a vowel, and the geminated forms of minn, għal, lil, bħal.
    + ["l", "fl", "bl", "ml", "mill", "għall", "lill", "bħall"]
)
# Prepositions written with an apostrophe: b'Malta, f'dan, m'għandux.
_APOSTROPHE_PREFIXES = frozenset(["b", "f", "m", "s", "x"])

# Rule groups 2 and 3: suffixes, with a flag saying the stem left must end in a consonant.
_SUFFIXES: dict[str, bool] = {
    # Sound plurals.
    "ijiet": False,  # liġi / liġijiet, kont / kontijiet, deċiżjoni / deċiżjonijiet
    "ajiet": False,  # soċjetà / soċjetajiet, attività / attivitajiet
    "ejiet": False,  # kafè / kafejiet
    "ojiet": False,
    "ujiet": False,
    "ijet": False,
    "iet": False,  # kelma / kelmiet, ħila / ħiliet
    "ien": False,
    "in": True,  # Malti / Maltin, magħżul / magħżulin
    # -at and its inflected forms.
    "ati": False,  # kumitati, deputati
    "ata": False,  # deputata
    "at": False,  # kumitat, deputat
    # Feminine -ija (mistoqsija / mistoqsijiet, Maltija).
    "ija": False,
    # Gentilic adjectives: Ewropew / Ewropea / Ewropej.
    "ew": False,
    "ea": False,
    "ej": False,
    # Stressed final vowel of Romance loans: soċjetà, università, kafè.
    "à": False,
    "è": False,
    "ì": False,
    "ò": False,
    "ù": False,
    # One-letter endings, only where safe.
    "a": True,  # feminine singular; plural of agent nouns (ħaddiem / ħaddiema)
    "i": True,  # sound plural -i (reġjun / reġjuni, kumitat / kumitati)
    "u": True,  # masculine singular of Romance loans (ministru / ministri)
}
_SUFFIXES_ORDERED = tuple(sorted(_SUFFIXES.items(), key=lambda item: -len(item[0])))


def _strip_prefix(word: str) -> str:
    for mark in _HYPHENS:
        head, sep, tail = word.partition(mark)
        if sep and head in _ARTICLE_PREFIXES and len(tail) >= MIN_AFTER_PREFIX:
            return tail
    for mark in _APOSTROPHES:
        head, sep, tail = word.partition(mark)
        if sep and head in _APOSTROPHE_PREFIXES and len(tail) >= MIN_AFTER_PREFIX:
            return tail
    return word


def _strip_suffix(word: str) -> str:
    for suffix, needs_consonant in _SUFFIXES_ORDERED:
        if not word.endswith(suffix):
            continue
        candidate = word[: -len(suffix)]
        if len(candidate) < MIN_STEM or not any(ch in _VOWELS for ch in candidate):
            continue
        if needs_consonant and candidate[-1] in _VOWELS:
            continue
        if suffix == "i" and candidate.endswith("iċ"):
            # Romance adjectives in -iku/-ika have their plural in -iċi.
            candidate = candidate[:-1] + "k"
        return candidate
    return word


def stem(word: str) -> str:
    """Return the stem of one lower-cased, NFC-normalised Maltese word."""
    if any(ch.isdigit() for ch in word):
        return word
    word = _strip_prefix(word)
    if len(word) <= MIN_STEM:
        return word
    return _strip_suffix(word)
