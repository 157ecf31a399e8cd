"""Light stemmer for Croatian (hr).

Algorithm
    The rule-based stemmer of Nikola Ljubešić, Damir Boras and Ozren Kubelka, "Retrieving
    information in Croatian: building a simple and efficient rule-based stemmer", INFuture
    2007: Digital Information and Heritage, Zagreb, 2007, pp. 313-320, and its later, simpler
    form by Nikola Ljubešić and Ivan Pandžić ("Simple stemmer for Croatian", 2012). The word is
    first rewritten where a sound alternation would hide its stem, then one inflectional
    ending is removed, the longest that leaves a stem with at least one vowel (a, e, i, o, u)
    or a syllabic r (trg, prst). Endings are tied to what precedes them where that keeps them
    from cutting into stems.

What pressroom keeps
    * Noun case endings of the three genders (grad, regija, pitanje) and of the feminine
      i-declension (mogućnost, mogućnošću), adjective endings (kohezijski, kohezijskoj,
      kohezijskog, kohezijskih ...), with -em and -eg only after the palatal consonants that
      take them (pitanjem, našeg), so that problem and sistem keep their stem.
    * Verb endings of the productive -irati, -ovati / -uje-, -ivati and -avati verbs
      (financirati, financiraju, financirala; sudjelovati, sudjeluje, sudjelovao), the
      -ao / -io past participle, the present -im / -iš / -imo.
    * The -ov- / -ev- of the long plural of one-syllable masculines (grad / gradovi / gradova,
      kralj / kraljevi): a stem-final -ov or -ev is dropped after the ending, which also evens
      out nouns whose stem ends in -ov (naslov / naslova).
    * Sibilarisation (k / c, g / z, h / s before -i: politika / politici, zastupnik /
      zastupnici, noga / nozi): a stem-final k, g, h is mapped to c, z, s in every form, so
      the two stems meet without breaking nouns in -ica (granica / granici).
    * A short list of lemmas whose last letters look like an ending (razvoj, program,
      dijalog ...), kept whole with any ending after them.

What pressroom leaves out
    * The infinitive -ti of -iti / -eti / -ati verbs outside the families above, and the
      feminine and plural l-participle of -iti verbs (radila): their endings would cut the
      plural of nouns in -it / -et / -at (krediti, budžeti, rezultati) and of nouns in -il
      (pravila, profila). The long adjective forms (-oga, -omu, -ome, -ega, -emu), aorist and
      imperfect, the comparative -iji, and the fleeting a (stranac / stranca, podatak /
      podatka) are not handled.

Minimum stem length
    3 characters after stripping, with a vowel or a syllabic r. Shorter words are returned
    unchanged by the stripping rules; words with digits or letters outside the Croatian Latin
    alphabet are returned unchanged.
"""

from ._rules import protected_lemma, strip_ending

MIN_STEM = 3

_LETTERS = frozenset("abcčćdđefghijklmnopqrsštuvwxyzž")
_VOWELS = frozenset("aeiou")
_PALATALS = "cčćđjšž"

# Rules are (ending, replacement): the ending is replaced when the rest is an acceptable stem.
_RULES = [
    # Verbs in -irati (financirati): infinitive, present, l-participle; the -ir stays.
    ("irati", "ir"),
    ("iram", "ir"),
    ("iraš", "ir"),
    ("iramo", "ir"),
    ("irate", "ir"),
    ("iraju", "ir"),
    ("irala", "ir"),
    ("iralo", "ir"),
    ("irali", "ir"),
    ("irale", "ir"),
    # Verbs in -ovati (sudjelovati): -ov- in the infinitive and participle, -uj- in the
    # present; both go, the -ov through the stem-final -ov rule below.
    ("ovati", "ov"),
    ("ovala", "ov"),
    ("ovalo", "ov"),
    ("ovali", "ov"),
    ("ovale", "ov"),
    ("ujem", ""),
    ("uješ", ""),
    ("uje", ""),
    ("ujemo", ""),
    ("ujete", ""),
    ("uju", ""),
    # Verbs in -ivati and -avati (zapošljavati): infinitive and present. Their l-participle
    # -ivala is left alone: it is also the genitive of festival.
    ("ivati", "iv"),
    ("ivam", "iv"),
    ("ivaš", "iv"),
    ("ivamo", "iv"),
    ("ivate", "iv"),
    ("ivaju", "iv"),
    ("avati", "av"),
    ("avam", "av"),
    ("avaš", "av"),
    ("avamo", "av"),
    ("avate", "av"),
    ("avaju", "av"),
    # Masculine l-participle (financirao, provodio) and the present of -iti verbs.
    ("ao", ""),
    ("io", ""),
    ("im", ""),
    ("iš", ""),
    ("imo", ""),
    # Feminine i-declension: instrumental -šću of nouns in -ost (mogućnošću).
    ("ošću", "ost"),
    # Plural dative, locative, instrumental: -ama (feminine), -ima (masculine and neuter;
    # also the adjective).
    ("ama", ""),
    ("ima", ""),
    # Adjectives: genitive -og, dative/locative/instrumental -om (also the noun
    # instrumental), feminine dative/locative -oj, plural -ih, instrumental -im (above).
    ("og", ""),
    ("om", ""),
    ("oj", ""),
    ("ih", ""),
    # Guard: nouns in -olog (psiholog, sociolog, monolog) keep their -og.
    ("olog", "olog"),
    # Single vowels: nominative, genitive, dative, accusative, vocative, locative.
    ("a", ""),
    ("e", ""),
    ("i", ""),
    ("o", ""),
    ("u", ""),
]
# Instrumental -em and soft adjective -eg, -em, -emu only after a palatal (pitanjem, ciljem,
# našeg, vrućem), so that problem, sistem and bijeg keep their stems.
_RULES += [(palatal + ending, palatal) for palatal in _PALATALS for ending in ("em", "eg", "emu")]
# Longest first; endings of one length cannot both match.
_RULES = tuple(sorted(_RULES, key=lambda rule: len(rule[0]), reverse=True))

# Endings that may follow a protected lemma (razvoja, programima, dijalogom).
_ENDINGS = frozenset(("a", "e", "i", "o", "u", "om", "em", "ima", "ama", "og", "oj", "ih"))

# Lemmas whose last letters look like an ending: masculines in -oj, -am, -im, -om, -og.
_PROTECTED = (
    "razvoj",
    "stroj",
    "heroj",
    "odgoj",
    "ustroj",
    "zastoj",
    "program",
    "islam",
    "režim",
    "aerodrom",
    "sindrom",
    "simptom",
    "atom",
    "dijalog",
    "katalog",
    "analog",
    "pedagog",
)

# Sibilarisation: the stem-final velar is mapped to the sibilant it alternates with.
_VELAR = {"k": "c", "g": "z", "h": "s"}


def _acceptable(candidate: str) -> bool:
    """At least MIN_STEM letters, and a vowel or a syllabic r (r not next to a vowel)."""
    if len(candidate) < MIN_STEM:
        return False
    for i, char in enumerate(candidate):
        if char in _VOWELS:
            return True
        if char == "r":
            before = candidate[i - 1] if i else ""
            after = candidate[i + 1] if i + 1 < len(candidate) else ""
            if before not in _VOWELS and after not in _VOWELS:
                return True
    return False


def stem(word: str) -> str:
    """Return the stem of one lower-cased, NFC-normalised Croatian word."""
    if len(word) < MIN_STEM or not _LETTERS.issuperset(word):
        return word
    word = protected_lemma(word, _PROTECTED, _ENDINGS) or strip_ending(word, _RULES, _acceptable)
    # The -ov- / -ev- of the long plural (gradovi, kraljevi) and of -ovati verbs.
    if word.endswith(("ov", "ev")) and _acceptable(word[:-2]):
        word = word[:-2]
    last = word[-1]
    if last in _VELAR:
        word = word[:-1] + _VELAR[last]
    return word
