"""What the suffix-stripping stemmers share: protected words, longest-ending-first rules."""

from collections.abc import Callable, Iterable


def protected_lemma(word: str, lemmas: Iterable[str], endings: frozenset[str]) -> str | None:
    """The protected lemma the word is a form of (the lemma, or the lemma plus one of the
    plain case endings), if any: such words keep their whole lemma as stem."""
    for lemma in lemmas:
        if word.startswith(lemma) and (len(word) == len(lemma) or word[len(lemma) :] in endings):
            return lemma
    return None


def strip_ending(
    word: str, rules: Iterable[tuple[str, str]], acceptable: Callable[[str], bool]
) -> str:
    """The word with the first (longest) ending of `rules` replaced, where what remains is
    an acceptable stem; the word itself if no rule applies."""
    for ending, replacement in rules:
        if word.endswith(ending):
            candidate = word[: -len(ending)] + replacement
            if acceptable(candidate):
                return candidate
    return word
