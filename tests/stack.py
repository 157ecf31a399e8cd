"""The site as `make run` serves it, for tests that kill and stop its parts: a prepared
database, the real supervisord with the real supervisord.conf on a free port; and a private
PostgreSQL cluster that a test may stop and start again."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import xmlrpc.client
from pathlib import Path

from supervisor.xmlrpc import SupervisorTransport

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
POSTGRES_BIN = Path(os.environ.get("PRESSROOM_POSTGRES_BIN", "/usr/lib/postgresql/15/bin"))
PROGRAMS = ("web", "worker", "scheduler")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so read after its closing ")"
        if int(stat.rpartition(")")[2].split()[1]) == pid:
            found.append(int(entry.name))
    return sorted(found)


def wait_until(condition, seconds: float, step: float = 0.2):
    """Polls until the condition gives something true; that, or None past the bound."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(step)
    return None


class Stack:
    """supervisord and its programs on a database of their own (SQLite in the data folder,
    or `database_url`)."""

    def __init__(self, folder: Path, database_url: str | None = None, scheduler_interval=None):
        self.folder = Path(folder)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.run_dir = self.folder / "run"
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.log = self.folder / "supervisord.log"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "pressroom.settings.production",
            "PRESSROOM_DATA_DIR": str(self.folder / "data"),
            "PRESSROOM_RUN_DIR": str(self.run_dir),
            "PRESSROOM_BASE_URL": self.url,
            "PORT": str(self.port),
            "PRESSROOM_SCHEDULER_INTERVAL": str(scheduler_interval or 60),
        }
        self.env.pop("DATABASE_URL", None)
        if database_url:
            self.env["DATABASE_URL"] = database_url
        self.process = None

    def prepare(self) -> "Stack":
        """Set up as `make run` does; what it printed is kept in `prepared`."""
        self.prepared = subprocess.run(  # noqa: S603 - our own manage.py, as make run calls it
            [sys.executable, str(ROOT / "manage.py"), "prepare_site"],
            env=self.env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return self

    def start(self) -> "Stack":
        self.process = subprocess.Popen(  # noqa: S603 - the supervisor of make run
            [str(BIN / "supervisord"), "--nodaemon", "--configuration", "supervisord.conf"],
            env=self.env,
            cwd=ROOT,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        answered = wait_until(
            lambda: self.process.poll() is not None or self.status("/en/") == 200, 120
        )
        if not answered or self.process.poll() is not None:
            self.stop()
            raise RuntimeError(f"the stack did not start:\n{self.log.read_text()[-3000:]}")
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        pids = []
        with contextlib.suppress(Exception):
            pids = [pid for pid in self.pids().values() if pid]
            pids += [child for pid in pids for child in children(pid)]
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for pid in pids:  # nothing outlives the test, whatever state supervisord left
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def supervisor(self):
        transport = SupervisorTransport(None, None, f"unix://{self.run_dir}/supervisord.sock")
        return xmlrpc.client.ServerProxy("http://127.0.0.1", transport=transport).supervisor

    def pids(self) -> dict[str, int]:
        """The pid of each program, 0 while it is not running."""
        return {info["name"]: info["pid"] for info in self.supervisor.getAllProcessInfo()}

    def request(self, path: str, timeout: float = 5.0, headers=None):
        """(status, headers, body); status 0 when the connection failed."""
        request = urllib.request.Request(self.url + path, headers=headers or {})  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()
        except (OSError, urllib.error.URLError):
            return 0, {}, b""

    def status(self, path: str) -> int:
        return self.request(path, timeout=2.0)[0]


class Probe:
    """Asks for a page again and again in a thread, counting the answers that were not 200."""

    def __init__(self, stack: Stack, path: str):
        self.stack = stack
        self.path = path
        self.sent = 0
        self.failed = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            status = self.stack.status(self.path)
            self.sent += 1
            if status != 200:
                self.failed += 1
            self._stop.wait(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=10)


class PostgresCluster:
    """A PostgreSQL cluster of its own on a free port, in a temporary folder."""

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="pressroom-pg-"))
        self.data = self.folder / "data"
        self.as_owner = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
            self.as_owner = ["runuser", "-u", "postgres", "--"]
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        self._initialised = False

    @staticmethod
    def available() -> bool:
        return (POSTGRES_BIN / "initdb").exists() and (POSTGRES_BIN / "pg_ctl").exists()

    def _run(self, *command):
        subprocess.run(  # noqa: S603 - PostgreSQL's own tools
            [*self.as_owner, *command], check=True, capture_output=True, cwd=self.folder
        )

    def start(self) -> "PostgresCluster":
        if not self._initialised:
            self._run(
                str(POSTGRES_BIN / "initdb"), "-D", str(self.data), "-U", "postgres",
                "--auth=trust",
            )  # fmt: skip
            self._initialised = True
        self._run(
            str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"),
            "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1", "-w",
            "start",
        )  # fmt: skip
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(
                str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"
            )

    def remove(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
