"""Light stemmers written for pressroom, for the official languages Snowball lacks.

Each module exposes `stem(word: str) -> str`, taking one lower-cased word in Unicode NFC
and returning its stem. The rules and their published sources are given in each module."""
