"""``manage.py backup --output DIR``: the database and the uploaded media, with a manifest of checksums."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups import archive


class Command(BaseCommand):
    help = "Back up the database and MEDIA_ROOT into a new folder (see README, Backup)."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, type=Path, help="a new or empty folder")
        parser.add_argument("--database", default="default")

    def handle(self, *args, output, database, **options):
        try:
            manifest = archive.create(output, alias=database)
        except archive.BackupError as exc:
            raise CommandError(str(exc)) from exc
        for name, info in sorted(manifest["files"].items()):
            self.stdout.write(f"{name}  {info['bytes']} bytes  sha256 {info['sha256']}")
        self.stdout.write(self.style.SUCCESS(f"Backup written to {output}"))
