#!/usr/bin/env python3
"""Soak test of a running topology (``make soak``): 16 connections for SOAK_SECONDS (600) across it.

The time is shared between four addresses (through nginx's cache, through nginx past it, and straight to
each app host), each loaded in turn by the wrk wrapper LOAD (shared/tools/load). Passes when no request
failed and the app hosts' resident memory, measured after a warm-up and at the end, grew by less than 10 %.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import topology  # noqa: E402

LOAD = os.environ.get("LOAD", "/work/shared/tools/load")
SECONDS = int(os.environ.get("SOAK_SECONDS", "600"))
CONNECTIONS = os.environ.get("SOAK_CONNECTIONS", "16")


def resident_kb() -> dict[str, int]:
    """Resident memory of each app host: its gunicorn master and workers together."""
    sizes = {}
    for name in topology.HOSTS:
        master = topology._pid(topology.STATE / f"host-{name}" / "gunicorn.pid")
        if not master:
            raise SystemExit(f"soak: app host {name} is not running (make topology)")
        pids = [master] + [int(p) for p in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
        total = 0
        for pid in pids:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        sizes[name] = total
    return sizes


def load(urls: list[str], seconds: int) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        figures = Path(tmp) / "load.json"
        subprocess.run([LOAD, "--duration", str(seconds), "--connections", CONNECTIONS, "--json", str(figures),
                        *urls], check=False)
        return json.loads(figures.read_text())["results"]


def main() -> int:
    if not Path(LOAD).exists():
        raise SystemExit(f"soak: no load tool at {LOAD} (set LOAD)")
    nginx = f"http://127.0.0.1:{topology.NGINX_PORT}"
    hosts = [f"http://127.0.0.1:{port}" for port in topology.HOSTS.values()]
    article = topology.manage(next(iter(topology.HOSTS)), "shell", "-c", (
        "from django.apps import apps\nfrom django.utils import translation\n"
        "ArticlePage = next(m for m in apps.get_models() if m.__name__ == 'ArticlePage')\n"
        "with translation.override('ar'):\n    print(ArticlePage.objects.live().order_by('pk').first().get_url())"
    ), capture=True).stdout.strip().splitlines()[-1]
    # nginx's cache; nginx to a host (a form sets a CSRF cookie, which nginx never caches); each host
    urls = [nginx + article, nginx + "/sv/feedback/", hosts[0] + article, hosts[-1] + "/sv/directory/?focus=work"]
    per_url = max(1, min(300, SECONDS // len(urls)))

    print("soak: warming up", file=sys.stderr)
    load(urls, 5)
    before = resident_kb()
    print(f"soak: {len(urls)} addresses, {per_url} s each, {CONNECTIONS} connections", file=sys.stderr)
    results = load(urls, per_url)
    after = resident_kb()

    failed = 0
    for result in results:
        if not result.get("ok"):
            print(f"soak: {result['url']}: {result.get('error')}")
            failed += 1
            continue
        errors = result["non_2xx_3xx"] + sum(result["socket_errors"].values())
        failed += errors
        print(f"soak: {result['url']}: {result['requests']} requests, {result['requests_per_s']} req/s, "
              f"p99 {result['latency_ms']['p99']} ms, {errors} errors")
    worst = 0.0
    for name in topology.HOSTS:
        growth = (after[name] - before[name]) / before[name] * 100
        worst = max(worst, growth)
        print(f"soak: host {name} resident memory {before[name] / 1024:.0f} MB -> {after[name] / 1024:.0f} MB "
              f"({growth:+.1f} %)")
    ok = failed == 0 and worst < 10
    print(f"soak: {'passed' if ok else 'FAILED'}: {failed} errors, resident memory growth {worst:.1f} % (< 10 %)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
