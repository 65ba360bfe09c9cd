"""Backups of the database and the uploaded media that restore: one folder with a database dump
(``pg_dump`` custom format on PostgreSQL, SQLite's online backup on SQLite), a tar of MEDIA_ROOT and a
manifest (time, versions, applied migrations, SHA-256 of every file). Restoring checks the manifest,
refuses a database that is not empty, and rebuilds the search index, which is derived from the database."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from importlib import metadata
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.db import connections
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media.tar.gz"
DUMPS = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """A backup or restore that cannot be done; nothing was changed."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _vendor(alias: str) -> str:
    vendor = connections[alias].vendor
    if vendor not in DUMPS:
        raise BackupError(f"backups support PostgreSQL and SQLite, not {vendor}")
    return vendor


def _pg_env(alias: str) -> dict:
    """libpq settings from Django's, passed in the environment so that the password is never an argument."""
    s = connections[alias].settings_dict
    env = dict(os.environ)
    for name, value in (("PGHOST", s.get("HOST")), ("PGPORT", s.get("PORT")), ("PGUSER", s.get("USER")),
                        ("PGPASSWORD", s.get("PASSWORD")), ("PGDATABASE", s.get("NAME"))):
        if value:
            env[name] = str(value)
    return env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian package postgresql-client, installed by `make setup`)")
    return path


def _run(args: list[str], env: dict) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{Path(args[0]).name} failed: {result.stderr.strip()[-2000:]}")


def _migrations(alias: str) -> dict[str, str]:
    from django.db.migrations.recorder import MigrationRecorder

    latest: dict[str, str] = {}
    for app, name in MigrationRecorder(connections[alias]).migration_qs.order_by("app", "name").values_list(
            "app", "name"):
        latest[app] = name
    return latest


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def _dump_database(alias: str, target: Path) -> None:
    connection = connections[alias]
    if connection.vendor == "postgresql":
        _run([_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"],
             _pg_env(alias))
        return
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)  # consistent even while others write
    finally:
        destination.close()


def _media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def create(output: Path, *, alias: str = "default") -> dict:
    """Write a backup into the new or empty folder ``output``; returns the manifest."""
    output = Path(output)
    if output.exists() and any(output.iterdir()):
        raise BackupError(f"{output} is not empty")
    vendor = _vendor(alias)
    output.mkdir(parents=True, exist_ok=True)
    dump = output / DUMPS[vendor]
    _dump_database(alias, dump)
    media = _media_root()
    with tarfile.open(output / MEDIA, "w:gz") as tar:
        if media.is_dir():
            for child in sorted(media.iterdir()):
                tar.add(child, arcname=child.name)
    manifest = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "database": {"vendor": vendor, "file": dump.name, "migrations": _migrations(alias)},
        "media": {"file": MEDIA},
        "versions": {"project": _version("ny-i-vasteras"), "django": django.get_version(),
                     "wagtail": wagtail.__version__, "python": ".".join(map(str, sys.version_info[:3]))},
        "files": {p.name: {"sha256": _sha256(p), "bytes": p.stat().st_size} for p in (dump, output / MEDIA)},
    }
    (output / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def verify(source: Path) -> dict:
    """The manifest of the backup in ``source``, after checking every file against its checksum."""
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError(f"no readable {MANIFEST} in {source}: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"unknown backup format {manifest.get('format')!r}")
    for name, expected in manifest.get("files", {}).items():
        path = source / name
        if Path(name).name != name or not path.is_file():
            raise BackupError(f"{name} is missing")
        if _sha256(path) != expected["sha256"]:
            raise BackupError(f"{name} is damaged: its checksum does not match the manifest")
    return manifest


def _is_empty(alias: str) -> bool:
    connection = connections[alias]
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def _restore_database(alias: str, dump: Path) -> None:
    connection = connections[alias]
    if connection.vendor == "postgresql":
        connection.close()
        _run([_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
              f"--dbname={connection.settings_dict['NAME']}", str(dump)], _pg_env(alias))
        return
    connection.ensure_connection()
    source = sqlite3.connect(f"file:{dump}?mode=ro", uri=True)
    try:
        source.backup(connection.connection)
    finally:
        source.close()
    connection.close()


def _check_media(archive: Path) -> None:
    """Refuse, before anything is written, an archive with unsafe members or files already in MEDIA_ROOT."""
    media = _media_root()
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar.getmembers():
            try:
                tarfile.data_filter(member, str(media))  # absolute paths, links out, special files
            except tarfile.FilterError as exc:
                raise BackupError(f"unsafe file in the media archive: {exc}") from exc
            if member.isfile() and (media / member.name).exists():
                raise BackupError(f"{media / member.name} exists already; restore media into an empty folder")


def _restore_media(archive: Path) -> int:
    media = _media_root()
    media.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(media, filter="data")
        return sum(1 for m in tar.getmembers() if m.isfile())


def restore(source: Path, *, alias: str = "default") -> dict:
    """Restore the backup in ``source`` into the configured, empty database and MEDIA_ROOT."""
    source = Path(source)
    manifest = verify(source)
    vendor = _vendor(alias)
    if manifest["database"]["vendor"] != vendor:
        raise BackupError(f"this is a {manifest['database']['vendor']} backup; the database is {vendor}")
    if not _is_empty(alias):
        raise BackupError("the database is not empty: restore into a new, empty database")
    _check_media(source / manifest["media"]["file"])
    _restore_database(alias, source / manifest["database"]["file"])
    manifest["restored_media_files"] = _restore_media(source / manifest["media"]["file"])
    return manifest
