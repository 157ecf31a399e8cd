"""`make bench`: every benchmark, each on a fresh database of its own, figures printed."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    data = tempfile.mkdtemp(prefix="pressroom-bench-")
    os.environ["PRESSROOM_DATA_DIR"] = data
    os.environ.pop("DATABASE_URL", None)  # never into a database that holds someone's data
    os.environ["DJANGO_SETTINGS_MODULE"] = "pressroom.settings.bench"

    import django

    django.setup()

    from bench import translation_status

    translation_status.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
