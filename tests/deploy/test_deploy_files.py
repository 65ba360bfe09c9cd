"""The files in deploy/ hold together: the nginx template renders, gunicorn and systemd start real things."""

import configparser
import os
import re
import runpy
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import get_commands

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
sys.path.insert(0, str(DEPLOY))
import topology  # noqa: E402


def _env_example() -> dict[str, str]:
    values = {}
    for line in (DEPLOY / "env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    return values


def test_the_nginx_template_renders_from_the_example_environment():
    config = topology.render_nginx(_env_example())
    assert "@{" not in config
    assert "server 10.0.0.11:8000 max_fails=1 fail_timeout=5s;" in config
    assert "server 10.0.0.12:8000 max_fails=1 fail_timeout=5s;" in config
    assert "listen 443 ssl http2;" in config and "listen 80;" in config
    assert "allow 10.0.0.11;" in config
    assert "alias /srv/ny-i-vasteras-static/;" in config


def test_rendering_without_a_required_variable_names_it():
    env = _env_example()
    del env["NGINX_UPSTREAMS"]
    with pytest.raises(SystemExit, match="NGINX_UPSTREAMS"):
        topology.render_nginx(env)


def test_gunicorn_takes_its_address_and_size_from_the_environment(monkeypatch):
    monkeypatch.setenv("GUNICORN_BIND", "10.0.0.11:8000")
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    monkeypatch.setenv("TRUSTED_PROXIES", "10.0.0.10")
    config = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    assert (config["bind"], config["workers"], config["forwarded_allow_ips"]) == ("10.0.0.11:8000", 3, "10.0.0.10")
    assert "%(h)s" not in config["access_log_format"]  # no client address in the log


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read_string((DEPLOY / "systemd" / name).read_text())
    return parser


def _exec_starts(name: str) -> list[str]:
    text = (DEPLOY / "systemd" / name).read_text()
    return re.findall(r"^ExecStart=(.+)$", text, re.M)


def test_the_periodic_service_runs_management_commands_that_exist():
    commands = [line.split("manage.py", 1)[1].split()[0] for line in _exec_starts("ny-i-vasteras-periodic.service")]
    assert commands and set(commands) <= set(get_commands())


def test_the_timer_starts_the_periodic_service():
    unit = _unit("ny-i-vasteras-periodic.timer")["Timer"]["Unit"]
    assert (DEPLOY / "systemd" / unit).exists()


def test_the_app_service_starts_gunicorn_with_the_deploy_configuration():
    [command] = _exec_starts("ny-i-vasteras.service")
    assert "-c deploy/gunicorn.conf.py portal.wsgi" in command
    assert _unit("ny-i-vasteras.service")["Service"]["PrivateTmp"] == "yes"


def _settings(env: dict[str, str], expression: str) -> subprocess.CompletedProcess:
    code = f"import json; from django.conf import settings; print(json.dumps({expression}))"
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                          env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "portal.settings.test", **env})


def test_media_storage_s3_configures_django_storages_from_the_environment():
    done = _settings({"MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "media-bucket",
                      "AWS_S3_ENDPOINT_URL": "https://s3.example.se"}, "settings.STORAGES['default']")
    assert done.returncode == 0, done.stderr
    assert '"storages.backends.s3.S3Storage"' in done.stdout
    assert '"bucket_name": "media-bucket"' in done.stdout and '"endpoint_url": "https://s3.example.se"' in done.stdout


def test_an_unknown_media_storage_stops_the_start():
    done = _settings({"MEDIA_STORAGE": "ftp"}, "settings.STORAGES")
    assert done.returncode != 0 and "MEDIA_STORAGE must be 'filesystem' or 's3'" in done.stderr


def test_the_example_environment_passes_the_deployment_checks():
    env = {**_env_example(), "SECRET_KEY": secrets.token_urlsafe(60), "PATH": os.environ["PATH"]}
    env["SEARCH_BACKEND"] = topology.search_backend()  # postgres once the project has that engine
    done = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=REPO,
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
