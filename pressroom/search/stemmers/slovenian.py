"""Light stemmer for Slovenian (sl).

Algorithm
    After Mirko Popovič and Peter Willett, "The effectiveness of stemming for natural-language
    access to Slovene textual data", Journal of the American Society for Information Science
    43(5), 1992, pp. 384-390. Their stemmer removes the longest suffix of the word found in a
    list of Slovene suffixes, provided that the stem left over is not shorter than a minimum
    length; a few rules then tidy the end of the stem. Pressroom's version keeps that plan
    (one longest-match pass over a suffix table, a minimum stem, then stem-final
    normalisation) with a much shorter list: the inflectional endings of nouns, adjectives
    and the commonest verbs.

What pressroom keeps
    * Noun endings of the three genders, singular and plural: politika / politike / politiki /
      politiko / politikam / politikah / politikami, zakon / zakona / zakonu / zakonom /
      zakonov / zakonih, mesto / mesta / mestu / mestom / mestih, and the instrumental -jo and
      -mi of feminine nouns in -ost and -č (možnostjo, možnostmi, pomočjo).
    * Adjective endings: -ega, -emu, -em, -im, -ih, -imi, -ima and the vowels (evropski /
      evropskega / evropskemu / evropskem / evropskimi).
    * Verb endings of the productive -irati, -ovati / -uje-, -ivati and -avati verbs
      (financirati, financirajo, financiral, financirala; sodelovati, sodelujejo, sodeloval),
      present and l-participle, and the -im / -iš / -imo present of -iti verbs.
    * Stem-final tidying: -ov / -ev are dropped (naslov / naslova, sodelovati / sodeluje), and a
      v after a consonant goes, which undoes the fleeting e of sredstvo / sredstev, odločitev /
      odločitve, cerkev / cerkve.
    * A short list of lemmas whose last letters look like an ending (program, problem,
      sistem, režim, strah ...), kept whole with any ending after them.

What pressroom leaves out
    * The dual endings -ama, -ema, -oma: rare in news text, and -ama would cut reklama,
      drama and the genitive programa. The infinitive -ti and the l-participle of -iti, -eti
      and -ati verbs outside the families above: they would cut the plurals of nouns in -it,
      -et, -at, -il (krediti, paketi, rezultati, pravila). The
      instrumental -ijo, which is also the accusative of regija. The fleeting e of masculines
      (dogodek / dogodka, Slovenec / Slovenca) and the k / c alternation of a few plurals
      (otrok / otroci).

Minimum stem length
    3 characters after stripping, with a vowel or a syllabic r (smrt, trg). Shorter words
    are returned unchanged by the stripping rules; words with digits or letters outside the
    Slovenian Latin alphabet are returned unchanged.
"""

from ._rules import protected_lemma, strip_ending

MIN_STEM = 3

_LETTERS = frozenset("abcčćdđefghijklmnopqrsštuvwxyzž")
_VOWELS = frozenset("aeiou")
_CONSONANTS = frozenset(_LETTERS - _VOWELS)

# Rules are (suffix, replacement), tried longest suffix first; the first that leaves an
# acceptable stem wins.
_SUFFIXES = {
    # Verbs in -irati (financirati): infinitive, supine, present (with the dual -irava,
    # -irata), l-participle; the -ir stays.
    **dict.fromkeys(
        (
            "irati",
            "irat",
            "iram",
            "iraš",
            "irava",
            "irata",
            "iramo",
            "irate",
            "irajo",
            "iral",
            "irala",
            "iralo",
            "irali",
            "irale",
        ),
        "ir",
    ),
    # Verbs in -ovati (sodelovati): -ov- in the infinitive and the participle (the -ov goes
    # with the stem-final rule), -uj- in the present.
    **dict.fromkeys(("ovati", "ovat", "oval", "ovala", "ovalo", "ovali", "ovale"), "ov"),
    **dict.fromkeys(
        ("ujem", "uješ", "uje", "ujeva", "ujeta", "ujemo", "ujete", "ujejo"),
        "",
    ),
    # Verbs in -ivati and -avati: infinitive, supine and present. Their l-participle is left
    # alone: -ival is also the noun festival.
    **dict.fromkeys(("ivati", "ivat", "ivam", "ivaš", "ivamo", "ivate", "ivajo"), "iv"),
    **dict.fromkeys(("avati", "avat", "avam", "avaš", "avamo", "avate", "avajo"), "av"),
    # Present of -iti verbs (govorim, govoriš, govorimo); -im is also the adjective.
    "im": "",
    "iš": "",
    "imo": "",
    # Feminine i-declension: instrumental singular -jo and plural -mi (možnostjo,
    # možnostmi, pomočjo); instrumental -ijo after the fleeting-e v (odločitvijo, cerkvijo).
    "stjo": "st",
    "čjo": "č",
    "stmi": "st",
    **{consonant + "vijo": consonant + "v" for consonant in "bcčdfghklmnprsštvzž"},
    # Adjectives: genitive -ega, dative -emu, locative -em, instrumental -im (above),
    # plural -ih, -imi, dual -ima.
    "ega": "",
    "emu": "",
    "imi": "",
    "ima": "",
    # Nouns: instrumental -om / -em, genitive plural -ov / -ev, locative plural -ih (also
    # the adjective) and -ah, dative plural -om / -am, instrumental plural -ami.
    "om": "",
    "em": "",
    "ov": "",
    "ev": "",
    "ih": "",
    "ah": "",
    "am": "",
    "ami": "",
    # Single vowels: nominative, genitive, dative, accusative, locative, plural.
    "a": "",
    "e": "",
    "i": "",
    "o": "",
    "u": "",
}
_RULES = tuple(sorted(_SUFFIXES.items(), key=lambda rule: len(rule[0]), reverse=True))

# Endings that may follow a protected lemma (programa, problemom, strahu).
_ENDINGS = frozenset(
    ("a", "e", "i", "o", "u", "om", "em", "ov", "ih", "ah", "am", "ami", "imi", "ega", "emu")
)

# Lemmas whose last letters look like an ending: -am, -em, -im, -om, -ah, and the feminine
# genitive plurals reklam, diplom; kolega, whose -ega is not the adjective's.
_PROTECTED = (
    "program",
    "islam",
    "reklam",
    "problem",
    "sistem",
    "ekstrem",
    "režim",
    "aerodrom",
    "sindrom",
    "simptom",
    "atom",
    "diplom",
    "strah",
    "koleg",
)


def _acceptable(candidate: str) -> bool:
    """At least MIN_STEM letters, and a vowel or a syllabic r (r not next to a vowel)."""
    if len(candidate) < MIN_STEM:
        return False
    if not _VOWELS.isdisjoint(candidate):
        return True
    return any(
        char == "r"
        and (i == 0 or candidate[i - 1] not in _VOWELS)
        and (i + 1 == len(candidate) or candidate[i + 1] not in _VOWELS)
        for i, char in enumerate(candidate)
    )


def stem(word: str) -> str:
    """Return the stem of one lower-cased, NFC-normalised Slovenian word."""
    if len(word) < MIN_STEM or not _LETTERS.issuperset(word):
        return word
    word = protected_lemma(word, _PROTECTED, _ENDINGS) or strip_ending(word, _RULES, _acceptable)
    # A stem-final -ov / -ev: naslov / naslova, sodelov- / sodeluje.
    if word.endswith(("ov", "ev")) and _acceptable(word[:-2]):
        word = word[:-2]
    # A v after a consonant, where the nominative or genitive plural has a fleeting e:
    # sredstv- / sredstev, odločitv- / odločitev.
    if word[-1] == "v" and word[-2] in _CONSONANTS and _acceptable(word[:-1]):
        word = word[:-1]
    return word
