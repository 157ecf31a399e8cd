"""Words as the search sees them: normalised, stop words dropped, stemmed in their language.

Every document is analysed in its own language and every query in the language of the
documents it is matched against, so that "сближаването" finds "сближаване" and
"polityki spójności" finds "polityka spójności". Snowball (PyStemmer) stems the languages
it has; pressroom's light stemmers (`stemmers/`) the six it lacks.

Normalisation: Unicode NFKC and case folding for every language. Accents are then removed
where the language treats accented and plain letters as the same letter when searching
(Greek tonos and dialytika, the French, Spanish, Portuguese, Italian, Dutch and Irish
accent marks; German umlauts are handled by its stemmer), and kept where they make other
letters (č, ł, ő, ā, ș …)."""

import re
import unicodedata
from functools import cache
from importlib import import_module
from pathlib import Path

import Stemmer

SNOWBALL = {
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "sv": "swedish",
}
PRESSROOM_STEMMERS = {
    "bg": "bulgarian",
    "hr": "croatian",
    "lv": "latvian",
    "mt": "maltese",
    "sk": "slovak",
    "sl": "slovenian",
}
ACCENTS_EQUAL = {"el", "es", "fr", "ga", "it", "nl", "pt"}
LONGEST_WORD = 60
WORD = re.compile(r"\w+")
STOPWORDS_DIR = Path(__file__).with_name("stopwords")


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def fold_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if not unicodedata.combining(char))
    )


def words(text: str) -> list[str]:
    """The words of a text, normalised, in order (numbers included, over-long runs not)."""
    return [word for word in WORD.findall(normalise(text)) if len(word) <= LONGEST_WORD]


@cache
def stop_words(language: str) -> frozenset[str]:
    path = STOPWORDS_DIR / f"{language}.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        normalise(line.strip()) for line in lines if line.strip() and not line.startswith("#")
    )


class Analyser:
    """The analysis of one language; `Analyser.of(code)` keeps one per language."""

    def __init__(self, language: str):
        self.language = language
        self.stop_words = stop_words(language)
        self.fold = language in ACCENTS_EQUAL
        if language in SNOWBALL:
            self._stem = Stemmer.Stemmer(SNOWBALL[language]).stemWord
        elif language in PRESSROOM_STEMMERS:
            module = import_module(f"{__package__}.stemmers.{PRESSROOM_STEMMERS[language]}")
            self._stem = module.stem
        else:
            self._stem = str
        self._cache: dict[str, str] = {}

    @classmethod
    @cache
    def of(cls, language: str) -> "Analyser":
        return cls(language)

    def stem(self, word: str) -> str:
        """The term of a normalised word (memoised: a corpus repeats its words)."""
        term = self._cache.get(word)
        if term is None:
            term = word if word.isdigit() else self._stem(word)
            if self.fold:
                term = fold_accents(term)
            if len(self._cache) < 200_000:
                self._cache[word] = term
        return term

    def terms(self, text: str, keep_stop_words: bool = False) -> list[str]:
        """The index terms of a text, in order."""
        return [
            self.stem(word)
            for word in words(text)
            if keep_stop_words or word not in self.stop_words
        ]

    def index_terms(self, text: str) -> str:
        """The terms as the full-text table holds them: each marked with the language (the
        two letters of its code in front), space-separated."""
        return " ".join(self.language + term for term in self.terms(text))

    def query_terms(self, text: str) -> list[str]:
        """The terms of a query: its stop words too when it has nothing else."""
        terms = self.terms(text)
        return list(dict.fromkeys(terms or self.terms(text, keep_stop_words=True)))
