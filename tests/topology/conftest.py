"""The production topology of deploy/topology.py, started for real: nginx, two app hosts, PostgreSQL, Redis.

It has its own ports, directory, database and Redis, so a topology started by hand keeps running. The
tests only run with TOPOLOGY_TESTS=1 (``make topology-test``, run by .ci/run): starting it takes a while.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from requests.adapters import HTTPAdapter

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "deploy" / "topology.py"
DEFAULTS = {
    "TOPOLOGY_DIR": "/tmp/ny-i-vasteras-topology-test",
    "TOPOLOGY_PORT": "8190",
    "TOPOLOGY_HOST_PORTS": "8101,8102",
    "TOPOLOGY_REDIS_PORT": "6391",
    "TOPOLOGY_DATABASE_URL": "postgres://postgres@127.0.0.1:5432/topology_test",
}
ENV = {**os.environ, **{k: os.environ.get(k, v) for k, v in DEFAULTS.items()}, "TOPOLOGY_PYTHON": sys.executable}
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def pytest_collection_modifyitems(config, items):
    if os.environ.get("TOPOLOGY_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="starts nginx, two app hosts, PostgreSQL and Redis: `make topology-test` "
                                   "(TOPOLOGY_TESTS=1) runs it, as .ci/run does")
    for item in items:
        if "topology" in item.keywords:
            item.add_marker(skip)


class _SourceAddress(HTTPAdapter):
    """Connections from one loopback address of our choosing (all of 127/8 is loopback on Linux)."""

    def __init__(self, address: str):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


_addresses = itertools.count(random.randrange(20, 120))


def new_client_address() -> str:
    """A client address no other test has used (the rate limits count per address)."""
    return f"127.0.0.{next(_addresses)}"


def client(address: str = "127.0.0.1") -> requests.Session:
    session = requests.Session()
    session.mount("http://", _SourceAddress(address))
    return session


def csrf_token(html: str) -> str:
    match = CSRF.search(html)
    assert match, "the form has no CSRF token"
    return match.group(1)


class Topology:
    def __init__(self, env: dict[str, str]):
        self.env = env
        ports = env["TOPOLOGY_HOST_PORTS"].split(",")
        self.nginx = f"http://127.0.0.1:{env['TOPOLOGY_PORT']}"
        self.a = f"http://127.0.0.1:{ports[0]}"
        self.b = f"http://127.0.0.1:{ports[1]}"
        self.state = Path(env["TOPOLOGY_DIR"])

    def run(self, *args: str, timeout: int = 900) -> str:
        done = subprocess.run([sys.executable, str(SCRIPT), *args], env=self.env, text=True,
                              capture_output=True, timeout=timeout)
        assert done.returncode == 0, f"topology {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    def start(self) -> None:
        self.run("start")

    def shell(self, host: str, code: str) -> dict:
        """Run ``code`` in ``manage.py shell`` with ``host``'s environment; its last line of output is JSON."""
        output = self.run("manage", host, "--", "shell", "-c", code, timeout=180)
        return json.loads(output.strip().splitlines()[-1])

    recovery_codes: list[str] = []

    def admin(self, base: str, username: str, password: str, address: str = "127.0.0.1") -> requests.Session:
        """A staff member signed in to the Wagtail admin at ``base``: the password, then one of the editor's
        single-use recovery codes (staff reach the admin only with a second factor)."""
        session = client(address)
        login = f"{base}/sv/my/login/?next=/admin/"
        response = session.post(login, timeout=30, allow_redirects=False, data={
            "username": username, "password": password, "next": "/admin/",
            "csrfmiddlewaretoken": csrf_token(session.get(login, timeout=30).text)})
        assert response.status_code == 302, f"sign-in failed: {response.status_code}"
        code = f"{base}/sv/my/two-factor/code/"
        response = session.post(code, timeout=30, allow_redirects=False, data={
            "code": self.recovery_codes.pop(), "csrfmiddlewaretoken": csrf_token(session.get(code, timeout=30).text)})
        assert response.status_code == 302, f"second factor refused: {response.status_code}"
        return session


EDITOR = r"""
import json, secrets
from django.contrib.auth import get_user_model
password = secrets.token_urlsafe(18)
user, _ = get_user_model().objects.get_or_create(username="topology-editor",
                                                 defaults={"email": "editor@example.org"})
user.is_staff = user.is_superuser = True
user.set_password(password)
user.save()
# enrolled for two-factor sign-in (an authenticator), signing in with recovery codes
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
TOTPDevice.objects.get_or_create(user=user, name="authenticator", defaults={"confirmed": True})
device, _ = StaticDevice.objects.get_or_create(user=user, name="recovery codes", defaults={"confirmed": True})
codes = [f"topology{secrets.token_hex(4)}" for _ in range(30)]
for code in codes:
    device.token_set.create(token=code)
print(json.dumps({"username": user.username, "password": password, "codes": codes}))
"""


@pytest.fixture(scope="session")
def topology():
    topology = Topology(ENV)
    topology.start()
    yield topology
    if os.environ.get("TOPOLOGY_KEEP") != "1":
        topology.run("stop")


@pytest.fixture(scope="session")
def editor(topology) -> dict:
    data = topology.shell("a", EDITOR)
    topology.recovery_codes = data.pop("codes")
    return data
