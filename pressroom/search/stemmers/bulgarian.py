"""Light stemmer for Bulgarian (bg).

Algorithm
    The light stemmer of Jacques Savoy, "Searching strategies for the Bulgarian language",
    Information Retrieval 10(6), 2007. Bulgarian has lost its noun cases, so a word carries at
    most a plural ending and a postponed definite article. Savoy's stemmer removes, in order:
    the definite article (-ът, -ят, -та, -то, -те, -ия, -ият), the plural ending (-ове, -еве,
    -овци, -ища, -та, -и), one final vowel (-а, -о, -е, -я), and then undoes two vowel
    alternations of the last syllable: the fleeting е (основен / основна) and the fleeting ъ
    (министър / министри). Every rule applies only when the word is long enough, so that at
    least three letters remain.

What pressroom keeps
    * The article, plural and final-vowel steps with Savoy's order and length conditions:
      сближаване / сближаването, политика / политиката / политики / политиките, регион /
      региона / регионът / региони / регионите, град / градове / градовете, европейски /
      европейския / европейският / европейска / европейската / европейско / европейските.
    * The -овци plural (дядо / дядовци) keeps its о before the final vowel goes; -еве becomes
      й (the plural of nouns in -й); -ища is removed.
    * The fleeting-vowel rules: -ен -> -н at the end of the stem, and ъ dropped before the last
      consonant (министър -> министр).

What pressroom changes, and why
    * Palatalisation. Savoy rewrites the plural endings -ци, -зи, -си as -к, -г, -х
      (участници -> участник). That breaks every noun whose stem really ends in ц, з or с:
      граници -> граник, but граница -> границ; анализи -> аналиг; процеси -> процех. Pressroom
      conflates the same pairs the other way round: it removes the plural -и like any other,
      and maps a stem-final к, г, х to ц, з, с in every form. участник / участници, диалог /
      диалози, монах / монаси stem alike, and граница / граници, анализ / анализи, процес /
      процеси stay whole.
    * Final т. The articles -та, -то, -те begin with т, so a noun whose stem ends in т loses it
      with the article: парламента -> парламен, but парламент, парламентът, парламенти keep
      it. The same holds for съвет, бюджет, проект, регламент, резултат, and for работа /
      работи. Pressroom drops a stem-final т and the final vowel it uncovers, as long as a т
      comes back (съвет / съвета -> съв, резултат / резултата -> резул), so all these forms
      meet.
    * Savoy's plural -та (момчета) is kept only after е, у, ю, where neuter plurals have it;
      elsewhere the т belongs to the stem and is left to the final-т rule.
    * The plural -и needs a word of four letters, like the final vowels (идея / идеи), where
      Savoy asks for five.
    * Feminine nouns in -ия and neuters in -ие. Savoy's article rule -ия (for the short
      article of adjectives, европейския) also cuts the indefinite of комисия, енергия,
      стратегия (комис), while комисията and комисии give комиси. Pressroom also removes
      -ия, -ие, -ий as final vowels and -ии as a plural, so комисия / комисията / комисии /
      комисиите, решение / решението / решения / решенията and критерий / критерии stem
      alike.
    * -ище, the singular of the -ища plural (училище / училища, летище / летища), is removed
      like the plural.

What pressroom leaves out
    * Savoy's е...и -> я rule (големи -> голям): it also turns съвети into съвят, бюджети into
      бюджят, комитети into комитят, splitting these nouns from their singulars.
    * Verb endings beyond the ones the noun rules happen to share (работя / работи / работите /
      работят meet; работим, работиш do not), and the я / е alternation (място / места).
    * Known collisions of the final-т rule: част (part) and час (hour), пакет and пак,
      сенат and сено share a stem.

Minimum stem length
    Words of fewer than four letters are returned unchanged, and every rule needs the word to
    be longer than the ending plus two or three letters (Savoy's conditions), so a stem keeps
    at least three letters. Words with anything other than Bulgarian Cyrillic letters
    (digits, Latin letters, hyphens) are returned unchanged.
"""

_LETTERS = frozenset("абвгдежзийклмнопрстуфхцчшщъьюяѝ")

# Rules are (ending, replacement, n): the ending is replaced when the word is longer than n.
# Within a step the first rule that applies wins; each table is ordered longest ending first.

# Step 1, the definite article: -ият (masculine full article after -и), -ът (masculine full),
# -та (feminine), -то (neuter), -те (plural), -ия (masculine short article after -и), -ят
# (masculine full article after a soft consonant).
_ARTICLE = (
    ("ият", "", 6),
    ("ът", "", 5),
    ("то", "", 5),
    ("те", "", 5),
    ("та", "", 5),
    ("ия", "", 5),
    ("ят", "", 4),
)

# Step 2, the plural: -овци (дядо / дядовци) keeps the о, -ове (градове), -еве (краеве, the
# plural of nouns in -й) gives back й, -ища / -ище (пътища, училище), -ии (комисии, критерии;
# pressroom's), -та of neuter plurals after е, у, ю (момчета, менюта), -и (the general plural).
_PLURAL = (
    ("овци", "о", 6),
    ("ове", "", 6),
    ("еве", "й", 6),
    ("ища", "", 5),
    ("ище", "", 5),
    ("ета", "е", 5),
    ("ута", "у", 5),
    ("юта", "ю", 5),
    ("ии", "", 4),
    ("и", "", 3),
)

# Step 3, one final vowel: -ия / -ие / -ий of комисия, решение, критерий (pressroom's), then
# the single vowels -я, -а, -о, -е of the singular and of the short masculine article.
_FINAL_VOWEL = (
    ("ия", "", 4),
    ("ие", "", 4),
    ("ий", "", 4),
    ("я", "", 3),
    ("а", "", 3),
    ("о", "", 3),
    ("е", "", 3),
)

# Step 5, palatalisation: stem-final velars are mapped to the consonant of the plural.
_VELAR = {"к": "ц", "г": "з", "х": "с"}


def _apply(word: str, rules: tuple[tuple[str, str, int], ...]) -> str:
    for ending, replacement, longer_than in rules:
        if len(word) > longer_than and word.endswith(ending):
            return word[: -len(ending)] + replacement
    return word


def _fleeting_vowels(word: str) -> str:
    # Fleeting е: основен / основна -> основн.
    if len(word) > 4 and word.endswith("ен"):
        word = word[:-2] + "н"
    # Fleeting ъ before the last consonant: министър / министри -> министр.
    if len(word) > 5 and word[-2] == "ъ":
        word = word[:-2] + word[-1]
    return word


def stem(word: str) -> str:
    """Return the stem of one lower-cased, NFC-normalised Bulgarian word."""
    if len(word) < 4 or not _LETTERS.issuperset(word):
        return word
    word = _apply(word, _ARTICLE)
    word = _apply(word, _PLURAL)
    word = _apply(word, _FINAL_VOWEL)
    # Step 4, final т (pressroom's): парламент / парламента, съвет / съвета. The т goes, and
    # with it the vowel it may uncover, as the article would have left it (съве -> съв).
    # Before the fleeting vowels, so that both forms go on to the same "-ен" rule.
    # Repeated, since a т may come back: резултат -> резулта -> резулт -> резул, as
    # резултата -> резулта (article) -> резулт (final vowel) -> резул.
    while len(word) >= 4 and word[-1] == "т":
        word = _apply(word[:-1], _FINAL_VOWEL)
    word = _fleeting_vowels(word)
    # Step 5, palatalisation (pressroom's form): участник / участници -> участниц.
    if len(word) >= 4 and word[-1] in _VELAR:
        word = word[:-1] + _VELAR[word[-1]]
    return word
