"""The light stemmers for Latvian, Slovak and Maltese, and the stop-word lists.

Each paradigm lists real inflected forms of one lemma; every form must stem alike, and
different lemmas must stem differently. Forms that a light suffix stripper cannot conflate
(vowel lengthening, broken plurals, ambiguous consonant alternations) are left out.
"""

import unicodedata
from pathlib import Path

import pytest

from pressroom.search.stemmers import latvian, maltese, slovak

LATVIAN = {
    # Feminine, 4th declension.
    "politika": [
        "politika",
        "politikas",
        "politikai",
        "politiku",
        "politikā",
        "politikām",
        "politikās",
    ],
    "pašvaldība": [
        "pašvaldība",
        "pašvaldības",
        "pašvaldībai",
        "pašvaldību",
        "pašvaldībā",
        "pašvaldībām",
        "pašvaldībās",
    ],
    # Masculine, 1st declension.
    "reģions": [
        "reģions",
        "reģiona",
        "reģionam",
        "reģionu",
        "reģionā",
        "reģioni",
        "reģioniem",
        "reģionus",
        "reģionos",
    ],
    # Masculine, 2nd declension, with the l/ļ alternation.
    "brālis": [
        "brālis",
        "brāļa",
        "brālim",
        "brāli",
        "brālī",
        "brāļi",
        "brāļu",
        "brāļiem",
        "brāļus",
        "brāļos",
    ],
    # Feminine, 5th declension (the genitive plural "māšu" has the ambiguous t/š alternation).
    "māte": ["māte", "mātes", "mātei", "māti", "mātē", "mātēm", "mātēs"],
    # Feminine, 6th declension, with the epenthetic j after a labial.
    "zivs": ["zivs", "zivij", "zivi", "zivī", "zivis", "zivju", "zivīm", "zivīs"],
    # Adjective, indefinite and definite forms, masculine and feminine.
    "jauns": [
        "jauns",
        "jauna",
        "jaunam",
        "jaunu",
        "jaunā",
        "jauni",
        "jauniem",
        "jaunus",
        "jaunos",
        "jaunas",
        "jaunai",
        "jaunām",
        "jaunās",
        "jaunais",
        "jaunajam",
        "jaunajā",
        "jaunie",
        "jaunajiem",
        "jaunajos",
        "jaunajai",
        "jaunajām",
        "jaunajās",
        "jauno",
    ],
    # Adjective whose masculine nominative has the palatal ļ.
    "zaļš": ["zaļš", "zaļa", "zaļam", "zaļu", "zaļā", "zaļi", "zaļie", "zaļajam", "zaļās"],
}

SLOVAK = {
    # Feminine, hard (žena); the genitive plural "politík" lengthens the vowel.
    "politika": [
        "politika",
        "politiky",
        "politike",
        "politiku",
        "politikou",
        "politikám",
        "politikách",
        "politikami",
    ],
    # Masculine inanimate (dub).
    "región": [
        "región",
        "regiónu",
        "regióne",
        "regiónom",
        "regióny",
        "regiónov",
        "regiónoch",
        "regiónmi",
    ],
    # Adjective with forms shortened by the rhythmic law.
    "kohézny": [
        "kohézny",
        "kohézneho",
        "kohéznemu",
        "kohéznom",
        "kohéznym",
        "kohézna",
        "kohéznej",
        "kohéznu",
        "kohéznou",
        "kohézne",
        "kohézni",
        "kohéznych",
        "kohéznymi",
    ],
    # Hard adjective.
    "slovenský": [
        "slovenský",
        "slovenského",
        "slovenskému",
        "slovenskom",
        "slovenským",
        "slovenská",
        "slovenskej",
        "slovenskú",
        "slovenskou",
        "slovenské",
        "slovenskí",
        "slovenských",
        "slovenskými",
    ],
    # Neuter (mesto); the genitive plural "miest" has the ie diphthong.
    "mesto": [
        "mesto",
        "mesta",
        "mestu",
        "meste",
        "mestom",
        "mestá",
        "mestám",
        "mestách",
        "mestami",
    ],
    # Feminine -ia loan.
    "komisia": [
        "komisia",
        "komisie",
        "komisii",
        "komisiu",
        "komisiou",
        "komisií",
        "komisiám",
        "komisiách",
        "komisiami",
    ],
    # Neuter -ie (vysvedčenie).
    "rozhodnutie": [
        "rozhodnutie",
        "rozhodnutia",
        "rozhodnutiu",
        "rozhodnutí",
        "rozhodnutím",
        "rozhodnutiam",
        "rozhodnutiach",
        "rozhodnutiami",
    ],
    # Feminine (kosť), with the ť/t alternation.
    "oblasť": [
        "oblasť",
        "oblasti",
        "oblasťou",
        "oblastí",
        "oblastiam",
        "oblastiach",
        "oblasťami",
    ],
    # Masculine animate (chlap).
    "občan": [
        "občan",
        "občana",
        "občanovi",
        "občanom",
        "občania",
        "občanov",
        "občanoch",
        "občanmi",
    ],
    # Masculine inanimate with the stem ending in -ov.
    "ostrov": ["ostrov", "ostrova", "ostrove", "ostrovom", "ostrovy", "ostrovov"],
}

MALTESE = {
    # Feminine noun, with and without the article.
    "politika": ["politika", "il-politika", "politiki", "il-politiki", "tal-politika"],
    # Masculine noun, sound plural in -i.
    "reġjun": ["reġjun", "ir-reġjun", "reġjuni", "ir-reġjuni", "fir-reġjun", "tar-reġjuni"],
    # Masculine noun in -at, sound plural in -i.
    "kumitat": ["kumitat", "il-kumitat", "kumitati", "il-kumitati", "tal-kumitat"],
    # Feminine noun with a broken plural (bliet): only the article forms.
    "belt": ["belt", "il-belt", "fil-belt", "tal-belt", "mill-belt", "għall-belt"],
    # Sound plural in -ijiet.
    "deċiżjoni": ["deċiżjoni", "id-deċiżjoni", "deċiżjonijiet", "id-deċiżjonijiet"],
    "liġi": ["liġi", "il-liġi", "liġijiet", "il-liġijiet"],
    # Stressed final vowel, plural in -ajiet.
    "soċjetà": ["soċjetà", "is-soċjetà", "soċjetajiet", "tas-soċjetajiet"],
    # Romance loan, masculine -u, plural -i.
    "ministru": ["ministru", "il-ministru", "ministri", "il-ministri"],
    # Gentilic adjective.
    "ewropew": ["ewropew", "ewropea", "ewropej", "l-ewropej"],
    # Feminine -ija with plural -ijiet.
    "mistoqsija": ["mistoqsija", "il-mistoqsija", "mistoqsijiet"],
    # Assimilated articles before sun letters.
    "ċentru": ["ċentru", "iċ-ċentru", "ċentri", "fiċ-ċentru"],
    "żona": ["żona", "iż-żona", "żoni"],
    "xogħol": ["xogħol", "ix-xogħol", "bix-xogħol"],
}

STOPWORD_CODES = [
    "bg",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fi",
    "fr",
    "ga",
    "hr",
    "hu",
    "it",
    "lt",
    "lv",
    "mt",
    "nl",
    "pl",
    "pt",
    "ro",
    "sk",
    "sl",
    "sv",
]
STOPWORD_DIR = Path(__file__).resolve().parents[2] / "pressroom" / "search" / "stopwords"

CASES = [
    pytest.param(latvian, LATVIAN, id="latvian"),
    pytest.param(slovak, SLOVAK, id="slovak"),
    pytest.param(maltese, MALTESE, id="maltese"),
]


@pytest.mark.parametrize(("module", "paradigms"), CASES)
def test_all_forms_of_a_lemma_share_a_stem(module, paradigms):
    for lemma, forms in paradigms.items():
        stems = {form: module.stem(form) for form in forms}
        assert len(set(stems.values())) == 1, (lemma, stems)


@pytest.mark.parametrize(("module", "paradigms"), CASES)
def test_different_lemmas_stem_differently(module, paradigms):
    stems = {lemma: module.stem(forms[0]) for lemma, forms in paradigms.items()}
    assert len(set(stems.values())) == len(stems), stems


@pytest.mark.parametrize(("module", "paradigms"), CASES)
def test_stems_are_never_longer_than_the_word(module, paradigms):
    """A light stemmer shortens words; it never produces a stem longer than its input."""
    for forms in paradigms.values():
        for form in forms:
            assert len(module.stem(form)) <= len(form)


@pytest.mark.parametrize("module", [latvian, slovak, maltese])
def test_short_words_and_words_with_digits_are_left_alone(module):
    for word in ("un", "ir", "tas", "sa", "je", "u", "li", "2024", "covid19", "a4"):
        assert module.stem(word) == word


def test_latvian_examples():
    assert latvian.stem("politikām") == "politik"
    assert latvian.stem("reģioniem") == "reģion"
    assert latvian.stem("brāļu") == "brāl"
    assert latvian.stem("zivju") == "ziv"


def test_slovak_examples():
    assert slovak.stem("regiónoch") == "región"
    assert slovak.stem("kohéznej") == "kohézn"
    assert slovak.stem("oblasť") == "oblast"
    assert slovak.stem("stôl") == slovak.stem("stola") == "stol"


def test_maltese_examples():
    assert maltese.stem("il-politika") == "politik"
    assert maltese.stem("politiċi") == maltese.stem("politiku") == "politik"
    assert maltese.stem("ir-reġjuni") == "reġjun"
    # An unhyphenated word is never stripped at the front: "ilma" (water) is not "il-" + "ma".
    assert maltese.stem("ilma") == "ilm"
    # The article is only removed when it is one.
    assert maltese.stem("ko-operazzjoni") == "ko-operazzjon"


@pytest.mark.parametrize("code", STOPWORD_CODES)
def test_stopword_file(code):
    path = STOPWORD_DIR / f"{code}.txt"
    assert path.is_file(), path
    text = path.read_bytes().decode("utf-8")
    lines = [line.strip() for line in text.splitlines()]
    words = [line for line in lines if line and not line.startswith("#")]
    assert all(not line.startswith("#") for line in lines[1:] if line), "comment after line 1"
    assert len(words) >= 40
    assert len(words) == len(set(words)), "duplicates"
    for word in words:
        assert word == word.lower(), word
        assert unicodedata.normalize("NFC", word) == word, word
        assert " " not in word, word
