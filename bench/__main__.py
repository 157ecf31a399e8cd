"""`make bench`: every benchmark, each in a process of its own on a fresh database, figures
printed. `python -m bench NAME` runs one (translation_status, alert_fanout, search,
delivery).

The search benchmark runs twice, on SQLite and, when a PostgreSQL server is reachable
(PRESSROOM_BENCH_POSTGRES_URL, by default the local server), on a throwaway PostgreSQL
database created for the run and dropped after it; the two are then printed side by side."""

import json
import os
import subprocess
import sys
import tempfile
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ["translation_status", "alert_fanout", "search", "delivery"]
POSTGRES = os.environ.get(
    "PRESSROOM_BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)


def run_one(name: str) -> int:
    sys.path.insert(0, str(ROOT))
    os.environ["PRESSROOM_DATA_DIR"] = tempfile.mkdtemp(prefix="pressroom-bench-")
    # Never into a database that holds someone's data: SQLite in the throwaway folder, or the
    # throwaway PostgreSQL database this script made.
    os.environ.pop("DATABASE_URL", None)
    if throwaway := os.environ.get("PRESSROOM_BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = throwaway
    os.environ.pop("EMAIL_URL", None)  # nor to a real mail server
    os.environ["DJANGO_SETTINGS_MODULE"] = "pressroom.settings.bench"

    import django

    django.setup()
    import_module(f"bench.{name}").run()
    return 0


def _child(name: str, **env) -> int:
    return subprocess.run(  # noqa: S603 - this script, one benchmark
        [sys.executable, "-m", "bench", name], cwd=ROOT, env={**os.environ, **env}
    ).returncode


def _throwaway_postgres():
    """A new database on the PostgreSQL server, or None when there is none to reach."""
    try:
        import psycopg

        admin = psycopg.connect(POSTGRES, autocommit=True, connect_timeout=3)
    except Exception as error:  # no server: the SQLite figures stand alone
        print(f"(PostgreSQL not reachable at {POSTGRES}: {type(error).__name__}; skipped)")
        return None, None
    name = f"pressroom_bench_{os.getpid()}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = POSTGRES.rsplit("/", 1)[0] + f"/{name}"
    return admin, (name, url)


def _search_side_by_side() -> int:
    summary = Path(tempfile.mkstemp(prefix="pressroom-bench-", suffix=".jsonl")[1])
    code = _child("search", PRESSROOM_BENCH_SUMMARY=str(summary))
    if code:
        return code
    print()
    admin, database = _throwaway_postgres()
    if database:
        name, url = database
        try:
            code = _child(
                "search", PRESSROOM_BENCH_SUMMARY=str(summary), PRESSROOM_BENCH_DATABASE_URL=url
            )
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()
        if code:
            return code
    rows = [json.loads(line) for line in summary.read_text().splitlines()]
    summary.unlink()
    print("\n== Search, side by side ==")
    print(f"{'':22}" + "".join(f"{row['backend']:>14}" for row in rows))
    for key, label in [
        ("build_s", "index build (s)"),
        ("size_mb", "index size (MB)"),
        ("p50_ms", "query p50 (ms)"),
        ("p95_ms", "query p95 (ms)"),
        ("p99_ms", "query p99 (ms)"),
    ]:
        print(f"{label:22}" + "".join(f"{row[key]:14.1f}" for row in rows))
    if len(rows) == 2:
        print(f"ratio p95 postgresql / sqlite: {rows[1]['p95_ms'] / rows[0]['p95_ms']:.2f}")
    target = rows[0]["p95_ms"] < 50
    print(f"target p95 < 50 ms on the default backend (SQLite): {'met' if target else 'MISSED'}")
    return 0


def main(names: list[str]) -> int:
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"no such benchmark: {', '.join(unknown)}; there are: {', '.join(BENCHMARKS)}")
        return 2
    if len(names) == 1 and (names[0] != "search" or os.environ.get("PRESSROOM_BENCH_SUMMARY")):
        return run_one(names[0])
    for name in names or BENCHMARKS:
        code = _search_side_by_side() if name == "search" else _child(name)
        if code:
            return code
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
