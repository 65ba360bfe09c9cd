"""``manage.py restore DIR``: a backup into a new, empty database and MEDIA_ROOT; then the search index."""

from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from backups import archive
from kernel import cache


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty database, then rebuild the search index."

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path, help="the folder written by `manage.py backup`")
        parser.add_argument("--database", default="default")
        parser.add_argument("--no-search-index", action="store_true",
                            help="do not rebuild the search index (run `search_index rebuild` later)")

    def handle(self, *args, source, database, no_search_index, **options):
        try:
            manifest = archive.restore(source, alias=database)
        except archive.BackupError as exc:
            raise CommandError(str(exc)) from exc
        # pages and directory lists cached from whatever was served before
        cache.purge(cache.PAGES)
        cache.purge(cache.DIRECTORY)
        self.stdout.write(f"Restored the backup of {manifest['created_at']} "
                          f"({manifest['restored_media_files']} media files)")
        if not no_search_index:
            call_command("search_index", "rebuild", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Restore complete."))
