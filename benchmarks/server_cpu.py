#!/usr/bin/env python3
"""Requests/s and the server's CPU time per request under load, for gunicorn servers on this machine.

Requests/s depend on whatever else the machine is doing; the CPU time the server's processes spend per
request hardly does, so two versions can be compared on a shared machine. For each URL, the load tool
(``LOAD``, default ../shared/tools/load: wrk on loopback) runs for ``--duration`` seconds at
``--connections``, and the user and system time of the gunicorn processes serving that URL's port
(found by their command line, ``-b 127.0.0.1:PORT``) is read from /proc before and after.

    .venv/bin/python benchmarks/server_cpu.py http://127.0.0.1:8000/ar/sakan/bahth-an-sakan/?fresh=1

A query string keeps a page out of the page cache, so that every request renders it afresh.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

LOAD = os.environ.get("LOAD", str(Path(__file__).resolve().parents[2] / "shared" / "tools" / "load"))


def server_processes(port: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\x00", b" ").decode()
        except OSError:
            continue
        if "gunicorn" in command and f"127.0.0.1:{port}" in command:
            found.add(int(entry.name))
    return found


def cpu_seconds(pids: set[int]) -> float:
    ticks = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime and stime, in clock ticks
    return ticks / os.sysconf("SC_CLK_TCK")


def measure(url: str, duration: int, connections: int) -> dict:
    port = urlsplit(url).port or 80
    pids = server_processes(port)
    if not pids:
        raise SystemExit(f"no gunicorn serving 127.0.0.1:{port}")
    before = cpu_seconds(pids)
    with tempfile.TemporaryDirectory() as tmp:
        figures = Path(tmp) / "load.json"
        subprocess.run([LOAD, "--duration", str(duration), "--connections", str(connections), "--json",
                        str(figures), url], check=True, capture_output=True)
        result = json.loads(figures.read_text())["results"][0]
    spent = cpu_seconds(pids) - before
    return {"url": url, "requests_per_s": result["requests_per_s"], "requests": result["requests"],
            "errors": result["non_2xx_3xx"], "cpu_ms_per_request": spent / max(result["requests"], 1) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    for url in args.urls:
        row = measure(url, args.duration, args.connections)
        print(f"{row['url']}: {row['requests_per_s']:.1f} req/s, server CPU {row['cpu_ms_per_request']:.2f} ms "
              f"per request ({row['requests']} requests, {row['errors']} not 2xx/3xx)")


if __name__ == "__main__":
    main()
