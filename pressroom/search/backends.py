"""The full-text table of the index, in whichever database pressroom runs on.

Terms arrive analysed (`analysis.py`) and marked with their language (`bg` + stem): the
database only has to find documents holding all of a query's terms and rank them, with no
language rules of its own, and a term of one language never matches a document of another.
So the same search runs on SQLite's FTS5 (the embedded default, no extra service) and on
PostgreSQL's full text (`tsvector`, 'simple' configuration, GIN index). The query is never
text the reader typed: only analysed words, quoted, so no reader can write FTS syntax."""

# The SQL below is put together from the constant table names only; every value is a
# query parameter.
# ruff: noqa: S608

from django.db import connection

TABLE = "pressroom_search_text"
ENTRY_TABLE = "pressroom_search_entry"
TITLE_WEIGHT = 4.0
# The documents with no version in the reader's language: the originals a reader gets.
UNTRANSLATED = (
    f" AND NOT EXISTS (SELECT 1 FROM {ENTRY_TABLE} other WHERE "
    "other.translation_key = e.translation_key AND other.language = %s)"
)
# What a match brings of its entry, for the facets and the results.
MATCH_COLUMNS = "e.kind, e.language, e.topics, e.year, e.translation_key, e.page_id, e.video_id"


class SQLiteFTS5:
    create = [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 0')"
    ]
    drop = [f"DROP TABLE IF EXISTS {TABLE}"]

    def write(self, cursor, rows):
        ids = [(entry_id,) for entry_id, _title, _body in rows]
        cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", ids)
        cursor.executemany(f"INSERT INTO {TABLE} (rowid, title, body) VALUES (%s, %s, %s)", rows)

    def delete(self, cursor, entry_ids):
        cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(i,) for i in entry_ids])

    def match(self, cursor, terms, untranslated_into=None):
        expression = " ".join('"{}"'.format(term.replace('"', '""')) for term in terms)
        # CROSS JOIN keeps the full-text match the outer loop: SQLite would otherwise walk
        # the entries and probe the full-text table for each.
        cursor.execute(
            f"SELECT e.id, -bm25({TABLE}, {TITLE_WEIGHT}, 1.0), {MATCH_COLUMNS} FROM {TABLE} "
            f"CROSS JOIN {ENTRY_TABLE} e ON e.id = {TABLE}.rowid WHERE {TABLE} MATCH %s"
            + (UNTRANSLATED if untranslated_into else ""),
            [expression, *([untranslated_into] if untranslated_into else [])],
        )
        return cursor.fetchall()


class PostgreSQLText:
    create = [
        f"CREATE TABLE IF NOT EXISTS {TABLE} ("
        f"entry_id bigint PRIMARY KEY REFERENCES {ENTRY_TABLE} (id) "
        "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, document tsvector NOT NULL)",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_document ON {TABLE} USING GIN (document)",
    ]
    drop = [f"DROP TABLE IF EXISTS {TABLE}"]

    def write(self, cursor, rows):
        cursor.executemany(
            f"INSERT INTO {TABLE} (entry_id, document) VALUES (%s, "
            "setweight(to_tsvector('simple', %s), 'A') || "
            "setweight(to_tsvector('simple', %s), 'B')) "
            "ON CONFLICT (entry_id) DO UPDATE SET document = EXCLUDED.document",
            rows,
        )

    def delete(self, cursor, entry_ids):
        cursor.execute(f"DELETE FROM {TABLE} WHERE entry_id = ANY(%s)", [list(entry_ids)])

    def match(self, cursor, terms, untranslated_into=None):
        cursor.execute(
            f"SELECT e.id, ts_rank_cd(t.document, q), {MATCH_COLUMNS} FROM {TABLE} t "
            f"JOIN {ENTRY_TABLE} e ON e.id = t.entry_id, plainto_tsquery('simple', %s) q "
            "WHERE t.document @@ q" + (UNTRANSLATED if untranslated_into else ""),
            [" ".join(terms), *([untranslated_into] if untranslated_into else [])],
        )
        return cursor.fetchall()


def backend(using=None):
    vendor = (using or connection).vendor
    if vendor == "sqlite":
        return SQLiteFTS5()
    if vendor == "postgresql":
        return PostgreSQLText()
    raise NotImplementedError(f"pressroom's search runs on SQLite or PostgreSQL, not {vendor}")
