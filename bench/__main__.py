"""`make bench`: every benchmark, each in a process of its own on a fresh database, figures
printed. `python -m bench NAME` runs one (translation_status, alert_fanout)."""

import os
import subprocess
import sys
import tempfile
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ["translation_status", "alert_fanout"]


def run_one(name: str) -> int:
    sys.path.insert(0, str(ROOT))
    os.environ["PRESSROOM_DATA_DIR"] = tempfile.mkdtemp(prefix="pressroom-bench-")
    os.environ.pop("DATABASE_URL", None)  # never into a database that holds someone's data
    os.environ.pop("EMAIL_URL", None)  # nor to a real mail server
    os.environ["DJANGO_SETTINGS_MODULE"] = "pressroom.settings.bench"

    import django

    django.setup()
    import_module(f"bench.{name}").run()
    return 0


def main(names: list[str]) -> int:
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"no such benchmark: {', '.join(unknown)}; there are: {', '.join(BENCHMARKS)}")
        return 2
    if len(names) == 1:
        return run_one(names[0])
    for name in names or BENCHMARKS:
        result = subprocess.run([sys.executable, "-m", "bench", name], cwd=ROOT)  # noqa: S603
        if result.returncode:
            return result.returncode
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
