"""The light stemmers for Bulgarian, Croatian and Slovenian.

Each paradigm lists real inflected forms of one lemma; every form must stem alike, and
different lemmas must stem differently. Forms that these light suffix strippers cannot
conflate are left out rather than the assertion weakened: Bulgarian verb endings other than
-я / -и / -ите / -ят (работим, работиш) and the я / е alternation (голям / големи); Croatian
and Slovenian -iti verbs' infinitives and feminine participles, and the long adjective forms
(-oga, -omu); the Slovenian dual.
"""

import pytest

from pressroom.search.stemmers import bulgarian, croatian, slovenian

BULGARIAN = {
    # Verbal noun, neuter: the issue's own example.
    "сближаване": ["сближаване", "сближаването"],
    # Feminine in -а.
    "политика": ["политика", "политиката", "политики", "политиките"],
    "община": ["община", "общината", "общини", "общините"],
    "граница": ["граница", "границата", "граници", "границите"],
    # Feminine in -ия.
    "комисия": ["комисия", "комисията", "комисии", "комисиите"],
    # Masculine: short and full article, plural -и.
    "регион": ["регион", "региона", "регионът", "региони", "регионите"],
    "парламент": ["парламент", "парламента", "парламентът", "парламенти", "парламентите"],
    "съвет": ["съвет", "съвета", "съветът", "съвети", "съветите"],
    "анализ": ["анализ", "анализа", "анализът", "анализи", "анализите"],
    # Masculine, plural -ове.
    "град": ["град", "града", "градът", "градове", "градовете"],
    "член": ["член", "члена", "членът", "членове", "членовете"],
    # Masculine, plural with palatalisation (к / ц, г / з).
    "участник": ["участник", "участника", "участникът", "участници", "участниците"],
    "диалог": ["диалог", "диалога", "диалогът", "диалози", "диалозите"],
    # Masculine with the fleeting ъ.
    "министър": ["министър", "министъра", "министърът", "министри", "министрите"],
    # Neuter in -ие and in -ище.
    "решение": ["решение", "решението", "решения", "решенията"],
    "училище": ["училище", "училището", "училища", "училищата"],
    # Adjectives: masculine (short and full article), feminine, neuter, plural.
    "европейски": [
        "европейски",
        "европейския",
        "европейският",
        "европейска",
        "европейската",
        "европейско",
        "европейското",
        "европейските",
    ],
    # Adjective with the fleeting е.
    "основен": [
        "основен",
        "основния",
        "основният",
        "основна",
        "основната",
        "основно",
        "основното",
        "основни",
        "основните",
    ],
    # Verb, present: аз работя, той работи, вие работите, те работят.
    "работя": ["работя", "работи", "работите", "работят"],
}

CROATIAN = {
    # Feminine a-declension, with sibilarisation in the dative/locative (politici).
    "politika": [
        "politika",
        "politike",
        "politici",
        "politiku",
        "politiko",
        "politikom",
        "politikama",
    ],
    "regija": ["regija", "regije", "regiji", "regiju", "regijom", "regijama"],
    "granica": ["granica", "granice", "granici", "granicu", "granicom", "granicama"],
    # Feminine i-declension.
    "mogućnost": ["mogućnost", "mogućnosti", "mogućnošću", "mogućnostima"],
    # Masculine, with the long plural -ov-.
    "grad": [
        "grad",
        "grada",
        "gradu",
        "gradom",
        "gradovi",
        "gradova",
        "gradovima",
        "gradove",
    ],
    # Masculine with sibilarisation in the plural (zastupnici).
    "zastupnik": [
        "zastupnik",
        "zastupnika",
        "zastupniku",
        "zastupnikom",
        "zastupnici",
        "zastupnicima",
        "zastupnike",
    ],
    # Masculines whose last letters look like an ending.
    "program": ["program", "programa", "programu", "programom", "programi", "programima"],
    "razvoj": ["razvoj", "razvoja", "razvoju", "razvojem"],
    "problem": ["problem", "problema", "problemu", "problemom", "problemi", "problemima"],
    # Neuter in -je.
    "pitanje": ["pitanje", "pitanja", "pitanju", "pitanjem", "pitanjima"],
    # Adjectives.
    "kohezijski": [
        "kohezijski",
        "kohezijska",
        "kohezijsko",
        "kohezijskog",
        "kohezijskom",
        "kohezijskoj",
        "kohezijsku",
        "kohezijske",
        "kohezijskih",
        "kohezijskim",
        "kohezijskima",
    ],
    "europski": [
        "europski",
        "europska",
        "europsko",
        "europskog",
        "europskom",
        "europskoj",
        "europsku",
        "europske",
        "europskih",
        "europskim",
    ],
    # Verbs: infinitive, present, past participle.
    "financirati": [
        "financirati",
        "financiram",
        "financira",
        "financiramo",
        "financiraju",
        "financirao",
        "financirala",
        "financirali",
    ],
    "sudjelovati": [
        "sudjelovati",
        "sudjelujem",
        "sudjeluje",
        "sudjelujemo",
        "sudjeluju",
        "sudjelovao",
        "sudjelovala",
        "sudjelovali",
    ],
}

SLOVENIAN = {
    # Feminine a-declension (the genitive plural has no ending).
    "politika": [
        "politika",
        "politike",
        "politiki",
        "politiko",
        "politik",
        "politikam",
        "politikah",
        "politikami",
    ],
    "regija": [
        "regija",
        "regije",
        "regiji",
        "regijo",
        "regij",
        "regijam",
        "regijah",
        "regijami",
    ],
    "občina": [
        "občina",
        "občine",
        "občini",
        "občino",
        "občin",
        "občinam",
        "občinah",
        "občinami",
    ],
    # Feminine i-declension, and a noun with the fleeting e before v.
    "možnost": ["možnost", "možnosti", "možnostjo", "možnostim", "možnostih", "možnostmi"],
    "odločitev": [
        "odločitev",
        "odločitve",
        "odločitvi",
        "odločitvijo",
        "odločitvam",
        "odločitvah",
        "odločitvami",
    ],
    # Masculine.
    "zakon": [
        "zakon",
        "zakona",
        "zakonu",
        "zakonom",
        "zakoni",
        "zakonov",
        "zakonih",
        "zakone",
    ],
    "program": ["program", "programa", "programu", "programom", "programi", "programov"],
    # Neuter, one with the fleeting e in the genitive plural (sredstev).
    "mesto": ["mesto", "mesta", "mestu", "mestom", "mest", "mestih"],
    "sredstvo": [
        "sredstvo",
        "sredstva",
        "sredstvu",
        "sredstvom",
        "sredstev",
        "sredstvih",
        "sredstvi",
    ],
    # Adjectives.
    "kohezijski": [
        "kohezijski",
        "kohezijska",
        "kohezijsko",
        "kohezijske",
        "kohezijskega",
        "kohezijskemu",
        "kohezijskem",
        "kohezijskim",
        "kohezijskih",
        "kohezijskimi",
    ],
    "evropski": [
        "evropski",
        "evropska",
        "evropsko",
        "evropske",
        "evropskega",
        "evropskemu",
        "evropskem",
        "evropskim",
        "evropskih",
        "evropskimi",
    ],
    # Verbs: infinitive, present, l-participle.
    "financirati": [
        "financirati",
        "financiram",
        "financiraš",
        "financira",
        "financiramo",
        "financirate",
        "financirajo",
        "financiral",
        "financirala",
        "financirali",
    ],
    "sodelovati": [
        "sodelovati",
        "sodelujem",
        "sodeluje",
        "sodelujemo",
        "sodelujejo",
        "sodeloval",
        "sodelovala",
        "sodelovali",
    ],
}

LANGUAGES = {
    "bg": (bulgarian.stem, BULGARIAN),
    "hr": (croatian.stem, CROATIAN),
    "sl": (slovenian.stem, SLOVENIAN),
}
PARADIGMS = [
    pytest.param(stem, forms, id=f"{code}-{lemma}")
    for code, (stem, paradigms) in LANGUAGES.items()
    for lemma, forms in paradigms.items()
]


@pytest.mark.parametrize(("stem", "forms"), PARADIGMS)
def test_all_forms_of_a_lemma_stem_alike(stem, forms):
    stems = {form: stem(form) for form in forms}
    assert len(set(stems.values())) == 1, stems


@pytest.mark.parametrize(("stem", "forms"), PARADIGMS)
def test_stems_keep_three_letters(stem, forms):
    assert all(len(stem(form)) >= 3 for form in forms)


@pytest.mark.parametrize("code", LANGUAGES)
def test_different_lemmas_stem_differently(code):
    stem, paradigms = LANGUAGES[code]
    stems = {lemma: stem(forms[0]) for lemma, forms in paradigms.items()}
    assert len(set(stems.values())) == len(stems), stems


def test_bulgarian_acceptance_example():
    assert bulgarian.stem("сближаване") == bulgarian.stem("сближаването")
    policy = ["политика", "на", "сближаване"]
    assert [bulgarian.stem(word) for word in ["политиката", "на", "сближаването"]] == [
        bulgarian.stem(word) for word in policy
    ]


def test_bulgarian_stem_nouns_of_a_real_c_z_s_stay_apart_from_k_g_h():
    # Savoy's rewrite of -ци, -зи as -к, -г would turn граници into граник and анализи into
    # аналиг; pressroom's mapping keeps them with their singulars and apart from the velars.
    assert bulgarian.stem("граници") == bulgarian.stem("граница")
    assert bulgarian.stem("анализи") == bulgarian.stem("анализ")
    assert bulgarian.stem("процеси") == bulgarian.stem("процес")
    assert bulgarian.stem("анализ") != bulgarian.stem("аналог")


@pytest.mark.parametrize(
    ("stem", "words"),
    [
        pytest.param(bulgarian.stem, ["и", "на", "от", "за", "път", "ще"], id="bg"),
        pytest.param(croatian.stem, ["i", "u", "na", "je", "ili", "kao", "ovo"], id="hr"),
        pytest.param(slovenian.stem, ["v", "in", "na", "je", "od", "ali", "pri"], id="sl"),
    ],
)
def test_short_words_are_unchanged(stem, words):
    assert [stem(word) for word in words] == words


@pytest.mark.parametrize(
    ("stem", "words"),
    [
        pytest.param(
            bulgarian.stem,
            ["2027", "covid19", "кохезия2021", "eu", "regija", "сближаване-то"],
            id="bg",
        ),
        pytest.param(croatian.stem, ["2027", "covid19", "regija2021", "политика", "ue27"], id="hr"),
        pytest.param(
            slovenian.stem, ["2027", "covid19", "regija2021", "политика", "eu27"], id="sl"
        ),
    ],
)
def test_digits_and_other_scripts_are_unchanged(stem, words):
    assert [stem(word) for word in words] == words
