"""Public pages at the speed of static files: `/bg/cohesion/` under load, side by side.

(a) nginx serving a file holding the exact bytes of the page, (b) pressroom's one-command
server (the web program of supervisord.conf) with its store warm, (c) the same server with
the store turned off, rendering every request; beside them, what the store never holds, on
the warm server: (d) a search and (e) a 404, each rendered every time. wrk, 16 connections,
10 s each, on this machine; (a) and (b) take turns three times and each is given by its
median run, since the load of a shared machine drifts over a minute. Then the
publish-to-visible time: from an editor's publish call returning to the first request that
shows the change.
"""

import configparser
import os
import re
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[1]
URL_PATH = "/bg/cohesion/"
SEARCH_PATH = "/bg/search/?q=" + quote("сближаване")
NOT_FOUND_PATH = "/bg/no-such-page/"
CONNECTIONS = 16
SECONDS = 10
PUBLISHES = 5
ROUNDS = 3


def _tools() -> dict[str, str]:
    """nginx and wrk, from Debian's packages; installed when missing and this is root."""
    found = {
        name: shutil.which(name) or shutil.which(name, path="/usr/sbin")
        for name in ("nginx", "wrk")
    }
    missing = [name for name, path in found.items() if path is None]
    if missing and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"(installing {' '.join(missing)} from Debian's packages)")
        packages = ["nginx-light" if name == "nginx" else name for name in missing]
        subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=True)  # noqa: S603,S607
        found = {name: shutil.which(name) or shutil.which(name, path="/usr/sbin") for name in found}
    if any(path is None for path in found.values()):
        sys.exit("The delivery benchmark needs nginx and wrk: apt-get install nginx-light wrk")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port: int, process) -> None:
    for _ in range(300):
        if process.poll() is not None:
            sys.exit(f"the server on port {port} stopped at start")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing answered on port {port}")


def _pressroom(port: int, **env):
    """The web process exactly as `make run` starts it."""
    config = configparser.RawConfigParser()
    config.read(ROOT / "supervisord.conf")
    line = config.get("program:web", "command")
    line = line.replace("%(here)s", str(ROOT)).replace("%(ENV_PORT)s", str(port))
    command = shlex.split(line)
    process = subprocess.Popen(  # noqa: S603 - supervisord.conf's own command
        command, cwd=ROOT, env={**os.environ, **env}, start_new_session=True
    )
    _wait_for(port, process)
    return process


def _nginx(nginx: str, port: int, folder: Path):
    config = folder / "nginx.conf"
    config.write_text(
        f"""worker_processes 2;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {folder}; proxy_temp_path {folder}; fastcgi_temp_path {folder};
    uwsgi_temp_path {folder}; scgi_temp_path {folder};
    server {{
        listen 127.0.0.1:{port};
        root {folder}/site;
        location / {{ default_type "text/html; charset=utf-8"; index index.html; }}
    }}
}}
"""
    )
    process = subprocess.Popen([nginx, "-c", str(config)], start_new_session=True)  # noqa: S603
    _wait_for(port, process)
    return process


def _stop(process) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def _fetch(port: int, path: str = URL_PATH) -> bytes:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as response:  # noqa: S310
        return response.read()


def _status(port: int, path: str) -> int:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}") as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _load(wrk: str, port: int, path: str = URL_PATH) -> dict:
    output = subprocess.run(  # noqa: S603
        [
            wrk,
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{SECONDS}s",
            "--latency",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    requests = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": requests,
        "p50": _milliseconds(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": _milliseconds(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


def _median(rows: list[dict]) -> dict:
    """The run with the median requests per second."""
    return sorted(rows, key=lambda row: row["rps"])[len(rows) // 2] | {
        "all": [row["rps"] for row in rows]
    }


def _milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def _publish_to_visible(port: int) -> list[tuple[float, int]]:
    """Seconds from the publish call returning to the first response showing the change,
    and how many requests that took (1: the very next one)."""
    from pressroom.campaigns.models import CampaignPage

    page = CampaignPage.objects.get(locale__language_code="bg")
    original = page.title
    timings = []
    for number in range(1, PUBLISHES + 1):
        _fetch(port)  # stored
        page.title = f"{original} ({number})"
        page.save_revision().publish()
        published = time.perf_counter()
        requests = 0
        while True:
            requests += 1
            if f"{original} ({number})".encode() in _fetch(port):
                break
        timings.append((time.perf_counter() - published, requests))
    page.title = original
    page.save_revision().publish()
    return timings


def _front_cost(port: int, hits: int = 50_000) -> float:
    """Microseconds of Python the front spends on a hit, in this process, with no server
    around it: what the store adds to the app server's own cost per request."""
    from pressroom.delivery.front import Front

    def django(environ, start_response):
        raise RuntimeError("a hit reached Django")

    front = Front(django)
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": URL_PATH,
        "QUERY_STRING": "",
        "HTTP_HOST": f"127.0.0.1:{port}",
        "wsgi.url_scheme": "http",
    }
    front(environ, lambda status, headers: None)
    started = time.perf_counter()
    for _ in range(hits):
        front(environ, lambda status, headers: None)
    return (time.perf_counter() - started) / hits * 1e6


def run():
    tools = _tools()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    call_command("load_demo", verbosity=0)
    env = {
        "DJANGO_SETTINGS_MODULE": "pressroom.settings.bench",
        "PRESSROOM_DATA_DIR": os.environ["PRESSROOM_DATA_DIR"],
    }
    folder = Path(tempfile.mkdtemp(prefix="pressroom-bench-nginx-"))
    ports = {name: _free_port() for name in ("nginx", "warm", "cold")}
    # Searches are counted as in production, with a limit one client cannot reach here.
    warm = _pressroom(ports["warm"], **env, PRESSROOM_SEARCH_RATE="1000000000")
    cold = _pressroom(ports["cold"], **env, PRESSROOM_STORE="off")
    try:
        page = _fetch(ports["warm"])
        if _fetch(ports["cold"]) != page:
            sys.exit("the stored and the rendered page differ")
        (folder / "site" / URL_PATH.strip("/")).mkdir(parents=True)
        (folder / "site" / URL_PATH.strip("/") / "index.html").write_bytes(page)
        nginx = _nginx(tools["nginx"], ports["nginx"], folder)
        try:
            if _fetch(ports["nginx"]) != page:
                sys.exit("nginx does not serve the same bytes")
            runs = {"nginx": [], "warm": []}
            for _round in range(ROUNDS):
                for name in runs:
                    runs[name].append(_load(tools["wrk"], ports[name]))
            results = {name: _median(rows) for name, rows in runs.items()}
            results["cold"] = _load(tools["wrk"], ports["cold"])
            if _status(ports["warm"], SEARCH_PATH) != 200:
                sys.exit("the search does not answer 200")
            if _status(ports["warm"], NOT_FOUND_PATH) != 404:
                sys.exit("the missing address does not answer 404")
            results["search"] = _load(tools["wrk"], ports["warm"], SEARCH_PATH)
            results["not_found"] = _load(tools["wrk"], ports["warm"], NOT_FOUND_PATH)
        finally:
            _stop(nginx)
        timings = _publish_to_visible(ports["warm"])
        _fetch(ports["warm"])  # stored again after the last publish
        per_hit = _front_cost(ports["warm"])
    finally:
        _stop(warm)
        _stop(cold)
        shutil.rmtree(folder, ignore_errors=True)

    print(
        f"== Delivery: GET {URL_PATH} ({len(page):,} bytes), wrk {CONNECTIONS} connections, "
        f"{SECONDS} s a run =="
    )
    labels = {
        "nginx": "(a) nginx, a file of the same bytes",
        "warm": "(b) pressroom, make run's server, warm",
        "cold": "(c) pressroom, store off (render each)",
        "search": "(d) search, warm server (never stored)",
        "not_found": "(e) 404, warm server (never stored)",
    }
    print(f"{'':42}{'requests/s':>12}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}  runs")
    for name, label in labels.items():
        row = results[name]
        runs = ", ".join(f"{rps:,.0f}" for rps in row.get("all", [row["rps"]]))
        print(
            f"{label:42}{row['rps']:12,.0f}{row['p50']:10.2f}{row['p99']:10.2f}"
            f"{row['errors']:8}  {runs}"
        )
    ratio_file = results["warm"]["rps"] / results["nginx"]["rps"]
    ratio_render = results["warm"]["rps"] / results["cold"]["rps"]
    verdict = "met" if ratio_file >= 0.5 else "MISSED"
    print(f"ratio b/a (pressroom warm / nginx):      {ratio_file:.2f}  (target >= 0.5: {verdict})")
    print(f"ratio b/c (pressroom warm / store off):  {ratio_render:.0f}")
    warm = results["warm"]["rps"]
    print(f"ratio b/d (stored page / search):        {warm / results['search']['rps']:.0f}")
    print(f"ratio b/e (stored page / 404):           {warm / results['not_found']['rps']:.0f}")
    print(f"(d) is {SEARCH_PATH}; (e) is {NOT_FOUND_PATH}, whose 404s wrk counts as non-2xx")
    seconds = [seconds for seconds, _requests in timings]
    print(
        f"publish to visible ({PUBLISHES} publishes of the page itself): median "
        f"{statistics.median(seconds) * 1000:.1f} ms, slowest {max(seconds) * 1000:.1f} ms; "
        f"requests until visible: {', '.join(str(requests) for _s, requests in timings)}"
    )
    print(f"front, in this process: {per_hit:.1f} µs of Python per hit (50,000 hits)")
