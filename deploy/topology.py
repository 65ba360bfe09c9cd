#!/usr/bin/env python3
"""The production topology on one machine's loopback, and the nginx configuration for a real one.

    deploy/topology.py start          nginx -> two app hosts (gunicorn) -> PostgreSQL + Redis, all on 127.0.0.1
    deploy/topology.py stop           stops what start started (the database stays)
    deploy/topology.py status         what runs, with process ids
    deploy/topology.py kill HOST      SIGKILL an app host (a, b), as a crash would
    deploy/topology.py stop-redis     stops the topology's Redis (start brings it back)
    deploy/topology.py manage HOST -- ARGS   manage.py with that host's environment
    deploy/topology.py env HOST       that host's environment, one VAR=value a line
    deploy/topology.py render-nginx   deploy/nginx/ny-i-vasteras.conf filled from the environment

Each app host has its own working directory and temporary directory and shares nothing local with the
other: the database, Redis, the collected static files and the uploads (a shared path standing in for a
shared mount) are what all hosts share, as on separate machines. Settings: TOPOLOGY_DIR, TOPOLOGY_PORT
(nginx; the purge listener is the next port), TOPOLOGY_HOST_PORTS, TOPOLOGY_REDIS_PORT,
TOPOLOGY_DATABASE_URL, TOPOLOGY_WORKERS. Only the standard library and the project's virtualenv are used.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
PYTHON = Path(os.environ.get("TOPOLOGY_PYTHON", REPO / ".venv" / "bin" / "python"))
if not PYTHON.exists():
    PYTHON = Path(sys.executable)
GUNICORN = PYTHON.parent / "gunicorn"

STATE = Path(os.environ.get("TOPOLOGY_DIR", "/tmp/ny-i-vasteras-topology"))
NGINX_PORT = int(os.environ.get("TOPOLOGY_PORT", "8090"))
PURGE_PORT = NGINX_PORT + 1
HOST_PORTS = [int(p) for p in os.environ.get("TOPOLOGY_HOST_PORTS", "8001,8002").split(",")]
HOSTS = dict(zip("abcdefgh", HOST_PORTS, strict=False))
REDIS_PORT = int(os.environ.get("TOPOLOGY_REDIS_PORT", "6390"))
DATABASE_URL = os.environ.get("TOPOLOGY_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/topology")
WORKERS = os.environ.get("TOPOLOGY_WORKERS", "2")
# nginx connects to the app hosts from this address: the one proxy they trust. Any 127/8 address is
# the loopback on Linux, so a direct client (127.0.0.1) is told apart from the proxy.
PROXY_ADDRESS = "127.0.0.10"
NGINX_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")

SHARED = STATE / "shared"
STATIC_ROOT = SHARED / "static"
MEDIA_ROOT = SHARED / "media"


def log(message: str) -> None:
    print(f"topology: {message}", file=sys.stderr, flush=True)


# --- environment ---------------------------------------------------------------------------------------

def _secret_key() -> str:
    path = STATE / "secret_key"
    if not path.exists():
        STATE.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(60))
        path.chmod(0o600)
    return path.read_text().strip()


def search_backend() -> str:
    """postgres where the project has that engine; until then each host's own embedded index."""
    configured = os.environ.get("TOPOLOGY_SEARCH_BACKEND")
    if configured:
        return configured
    engines = REPO / "search" / "engines"
    known = any("postgres" in path.name for path in engines.iterdir()) or \
        '"postgres"' in (engines / "__init__.py").read_text()
    return "postgres" if known else "embedded"


def host_env(name: str) -> dict[str, str]:
    """The environment of app host ``name``: the one in deploy/env.example, on loopback."""
    port = HOSTS[name]
    home = STATE / f"host-{name}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(home),
        "TMPDIR": str(home / "tmp"),
        # the checkout's code, not another one installed in the virtualenv
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": _secret_key(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{NGINX_PORT}",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "SEARCH_BACKEND": search_backend(),
        "TRUSTED_PROXIES": PROXY_ADDRESS,
        "FRONTEND_CACHE_PURGE_URLS": f"http://127.0.0.1:{PURGE_PORT}",
        "MEDIA_STORAGE": "filesystem",
        "MEDIA_ROOT": str(MEDIA_ROOT),
        "STATIC_ROOT": str(STATIC_ROOT),
        # plain HTTP on loopback; in production nginx terminates TLS and these stay on
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "SECURE_HSTS_SECONDS": "0",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": WORKERS,
        "GUNICORN_THREADS": os.environ.get("TOPOLOGY_THREADS", "4"),
        "GUNICORN_PIDFILE": str(home / "gunicorn.pid"),
        "GUNICORN_PROC_NAME": f"ny-i-vasteras-{name}",
        "GUNICORN_WORKER_TMP_DIR": str(home / "tmp"),
        "GUNICORN_ACCESS_LOG": str(home / "access.log"),
        "GUNICORN_ERROR_LOG": str(home / "error.log"),
    }
    if env["SEARCH_BACKEND"] == "embedded":
        env["SEARCH_INDEX_PATH"] = str(home / "search_index.sqlite3")
    return env


def nginx_env() -> dict[str, str]:
    return {
        "NGINX_LISTEN": f"127.0.0.1:{NGINX_PORT}",
        "NGINX_SERVER_NAME": "127.0.0.1 localhost",
        "NGINX_SERVER_EXTRA": "",
        "NGINX_UPSTREAMS": ",".join(f"127.0.0.1:{port}" for port in HOSTS.values()),
        "NGINX_PURGE_LISTEN": f"127.0.0.1:{PURGE_PORT}",
        "NGINX_PURGE_ALLOW": "127.0.0.1",
        "NGINX_CACHE_DIR": str(STATE / "nginx" / "cache"),
        "NGINX_ACCESS_LOG": str(STATE / "nginx" / "access.log"),
        "NGINX_PROXY_BIND": PROXY_ADDRESS,
        "STATIC_ROOT": str(STATIC_ROOT),
        "MEDIA_ROOT": str(MEDIA_ROOT),
    }


# --- nginx configuration -------------------------------------------------------------------------------

def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


def render_nginx(env: dict[str, str]) -> str:
    """deploy/nginx/ny-i-vasteras.conf with its @{NAME}s filled in; a missing variable is an error."""
    required = ["NGINX_LISTEN", "NGINX_SERVER_NAME", "NGINX_UPSTREAMS", "NGINX_PURGE_LISTEN", "NGINX_PURGE_ALLOW",
                "NGINX_CACHE_DIR", "NGINX_ACCESS_LOG", "STATIC_ROOT", "MEDIA_ROOT"]
    missing = [name for name in required if not env.get(name)]
    if missing:
        raise SystemExit(f"render-nginx: set {', '.join(missing)} (see deploy/env.example)")
    values = {
        "NGINX_LISTEN": "\n    ".join(f"listen {value};" for value in _split(env["NGINX_LISTEN"])),
        "NGINX_SERVER_NAME": env["NGINX_SERVER_NAME"],
        "NGINX_SERVER_EXTRA": env.get("NGINX_SERVER_EXTRA", ""),
        "NGINX_UPSTREAM_SERVERS": "\n    ".join(
            f"server {address} max_fails=1 fail_timeout=5s;" for address in _split(env["NGINX_UPSTREAMS"])),
        "NGINX_PURGE_LISTEN": "\n    ".join(f"listen {value};" for value in _split(env["NGINX_PURGE_LISTEN"])),
        "NGINX_PURGE_ALLOW": "\n        ".join(f"allow {value};" for value in _split(env["NGINX_PURGE_ALLOW"])),
        "NGINX_CACHE_DIR": env["NGINX_CACHE_DIR"],
        "NGINX_ACCESS_LOG": env["NGINX_ACCESS_LOG"],
        "NGINX_PROXY_BIND": f"proxy_bind {env['NGINX_PROXY_BIND']};" if env.get("NGINX_PROXY_BIND") else "",
        "STATIC_ROOT": env["STATIC_ROOT"].rstrip("/"),
        "MEDIA_ROOT": env["MEDIA_ROOT"].rstrip("/"),
    }
    template = (DEPLOY / "nginx" / "ny-i-vasteras.conf").read_text()
    unknown = set(re.findall(r"@\{(\w+)\}", template)) - set(values)
    if unknown:
        raise SystemExit(f"render-nginx: the template names unknown values {sorted(unknown)}")
    return re.sub(r"@\{(\w+)\}", lambda match: values[match.group(1)], template)


def _nginx_main_conf(site: Path) -> str:
    """The main configuration of the topology's own nginx (on a host, Debian's /etc/nginx/nginx.conf)."""
    nginx_dir = STATE / "nginx"
    user = "user www-data;" if os.geteuid() == 0 else ""
    return f"""# written by deploy/topology.py
load_module {NGINX_MODULE};
{user}
worker_processes auto;
pid {nginx_dir}/nginx.pid;
error_log {nginx_dir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 100000;
    open_file_cache max=1000 inactive=20s;
    client_body_temp_path {nginx_dir}/client_body;
    proxy_temp_path {nginx_dir}/proxy;
    fastcgi_temp_path {nginx_dir}/fastcgi;
    uwsgi_temp_path {nginx_dir}/uwsgi;
    scgi_temp_path {nginx_dir}/scgi;
    include {site};
}}
"""


# --- processes -----------------------------------------------------------------------------------------

def _pid(path: Path) -> int | None:
    try:
        pid = int(path.read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def _wait_for(url: str, seconds: float, what: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    last = ""
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"topology: {what} exited ({process.returncode}); see {STATE}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback only)
                if response.status < 500:
                    return
        except urllib.error.HTTPError as error:
            last = f"HTTP {error.code}"
            if error.code < 500:
                return
        except OSError as error:
            last = str(error)
        time.sleep(0.2)
    raise SystemExit(f"topology: {what} did not answer {url} within {seconds:.0f} s ({last}); see {STATE}")


def _run(args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
    subprocess.run(args, env=env, cwd=cwd, check=True)


def manage(name: str, *args: str, capture: bool = False) -> subprocess.CompletedProcess:
    env = host_env(name)
    Path(env["TMPDIR"]).mkdir(parents=True, exist_ok=True)
    return subprocess.run([str(PYTHON), str(REPO / "manage.py"), *args], env=env, cwd=env["HOME"],
                          check=True, text=True, capture_output=capture)


def start_redis() -> None:
    redis_dir = STATE / "redis"
    redis_dir.mkdir(parents=True, exist_ok=True)
    if _pid(redis_dir / "redis.pid"):
        return
    log(f"Redis on 127.0.0.1:{REDIS_PORT}")
    _run(["redis-server", "--bind", "127.0.0.1", "--port", str(REDIS_PORT), "--daemonize", "yes",
          "--pidfile", str(redis_dir / "redis.pid"), "--logfile", str(redis_dir / "redis.log"),
          "--dir", str(redis_dir), "--save", "", "--appendonly", "no",
          "--maxmemory", "128mb", "--maxmemory-policy", "allkeys-lru"])
    deadline = time.monotonic() + 10
    while subprocess.run(["redis-cli", "-p", str(REDIS_PORT), "ping"], capture_output=True).stdout.strip() != b"PONG":
        if time.monotonic() > deadline:
            raise SystemExit("topology: Redis did not start; see its log in " + str(redis_dir))
        time.sleep(0.1)


def stop_redis() -> None:
    pid = _pid(STATE / "redis" / "redis.pid")
    if pid:
        os.kill(pid, signal.SIGTERM)
        _wait_gone(pid)


def ensure_database() -> None:
    import psycopg

    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    if not name.startswith("topo"):
        raise SystemExit("topology: the database's name must start with 'topo' (it is the topology's own)")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            log(f"database {name}")
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare() -> None:
    """Migrations, demo content and collected static files, as a release step on one host does."""
    for directory in (STATIC_ROOT, MEDIA_ROOT):
        directory.mkdir(parents=True, exist_ok=True)
        directory.chmod(0o755)
    first = next(iter(HOSTS))
    log("migrate, collectstatic")
    manage(first, "migrate", "--noinput", "-v", "0")
    manage(first, "collectstatic", "--noinput", "-v", "0")
    marker = STATE / "demo-loaded"
    if not marker.exists():
        log("demo content")
        manage(first, "load_demo")
        marker.touch()
    if search_backend() == "embedded":
        for name in HOSTS:
            if name != first:
                manage(name, "search_index", "rebuild")


def start_host(name: str) -> None:
    env = host_env(name)
    home = Path(env["HOME"])
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    if _pid(home / "gunicorn.pid"):
        return
    log(f"app host {name} on {env['GUNICORN_BIND']}")
    with open(home / "stdout.log", "ab") as output:
        process = subprocess.Popen(
            [str(GUNICORN), "-c", str(DEPLOY / "gunicorn.conf.py"), "portal.wsgi"],
            env=env, cwd=home, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    _wait_for(f"http://{env['GUNICORN_BIND']}/healthz", 60, f"app host {name}", process)


def kill_host(name: str) -> None:
    """SIGKILL the host's master and workers at once, as a crashed machine stops answering."""
    pid = _pid(STATE / f"host-{name}" / "gunicorn.pid")
    if pid:
        os.killpg(os.getpgid(pid), signal.SIGKILL)
        _wait_gone(pid)
        (STATE / f"host-{name}" / "gunicorn.pid").unlink(missing_ok=True)


def stop_host(name: str) -> None:
    pid = _pid(STATE / f"host-{name}" / "gunicorn.pid")
    if pid:
        os.kill(pid, signal.SIGTERM)
        _wait_gone(pid, 40)


def start_nginx() -> None:
    if not shutil.which("nginx") or not NGINX_MODULE.exists():
        raise SystemExit("topology: needs nginx and its cache-purge module: "
                         "apt-get install nginx libnginx-mod-http-cache-purge")
    nginx_dir = STATE / "nginx"
    (nginx_dir / "cache").mkdir(parents=True, exist_ok=True)
    site = nginx_dir / "ny-i-vasteras.conf"
    site.write_text(render_nginx(nginx_env()))
    main = nginx_dir / "nginx.conf"
    main.write_text(_nginx_main_conf(site))
    _run(["nginx", "-q", "-t", "-p", str(nginx_dir), "-c", str(main)])
    pid = _pid(nginx_dir / "nginx.pid")
    if pid:
        os.kill(pid, signal.SIGHUP)  # reload the configuration just written
        return
    log(f"nginx on 127.0.0.1:{NGINX_PORT} (purge on {PURGE_PORT})")
    _run(["nginx", "-p", str(nginx_dir), "-c", str(main)])
    _wait_for(f"http://127.0.0.1:{PURGE_PORT}/", 20, "nginx")


def stop_nginx() -> None:
    pid = _pid(STATE / "nginx" / "nginx.pid")
    if pid:
        os.kill(pid, signal.SIGQUIT)  # graceful: running requests finish
        _wait_gone(pid, 20)


def _wait_gone(pid: int, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except OSError:
            return
        try:  # reap it if it is our own child
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)


def start() -> None:
    STATE.mkdir(parents=True, exist_ok=True)
    start_redis()
    ensure_database()
    start_nginx()  # first, so that the purges of the pages the demo content publishes reach it
    if not (STATE / "prepared").exists() or os.environ.get("TOPOLOGY_PREPARE") == "1":
        prepare()
        (STATE / "prepared").touch()
    for name in HOSTS:
        start_host(name)
    log(f"ready: http://127.0.0.1:{NGINX_PORT}/ (hosts {', '.join(f'{n}={p}' for n, p in HOSTS.items())})")


def stop() -> None:
    stop_nginx()
    for name in HOSTS:
        stop_host(name)
    stop_redis()
    (STATE / "prepared").unlink(missing_ok=True)  # the next start migrates and collects again
    log("stopped")


def status() -> int:
    running = {
        "nginx": _pid(STATE / "nginx" / "nginx.pid"),
        "redis": _pid(STATE / "redis" / "redis.pid"),
        **{f"host-{name}": _pid(STATE / f"host-{name}" / "gunicorn.pid") for name in HOSTS},
    }
    for what, pid in running.items():
        print(f"{what:8} {'running, pid ' + str(pid) if pid else 'stopped'}")
    return 0 if all(running.values()) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["start", "stop", "status", "kill", "stop-redis", "manage", "env",
                                            "render-nginx"])
    parser.add_argument("host", nargs="?", choices=list(HOSTS))
    parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args(argv)
    if options.command in ("kill", "manage", "env") and not options.host:
        parser.error(f"{options.command} needs a host: {', '.join(HOSTS)}")
    if options.command == "start":
        start()
    elif options.command == "stop":
        stop()
    elif options.command == "status":
        return status()
    elif options.command == "kill":
        kill_host(options.host)
    elif options.command == "stop-redis":
        stop_redis()
    elif options.command == "manage":
        args = options.args[1:] if options.args[:1] == ["--"] else options.args
        return manage(options.host, *args).returncode
    elif options.command == "env":
        for key, value in host_env(options.host).items():
            print(f"{key}={value}")
    elif options.command == "render-nginx":
        print(render_nginx(dict(os.environ)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
