"""``manage.py import_translations``: import an XLIFF or PO file, all or nothing."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from kernel import languages
from translations import exchange
from translations.models import Status


class Command(BaseCommand):
    help = "Import translations from an XLIFF 2.0 or PO file exported by export_translations."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--language", required=True, choices=languages.TRANSLATED_CODES)
        parser.add_argument("--user", required=True, help="username of the translator (their languages apply)")
        parser.add_argument("--status", choices=(Status.MACHINE, Status.REVIEWED), default=Status.MACHINE)
        parser.add_argument("--format", choices=exchange.FORMATS, help="default: from the file name")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        try:
            user = get_user_model().objects.get(username=options["user"])
        except get_user_model().DoesNotExist:
            raise CommandError(f"no user {options['user']!r}") from None
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(str(exc)) from None
        result = exchange.import_file(
            user, data, options["format"] or exchange.guess_format(path.name), options["language"],
            options["status"], dry_run=options["dry_run"],
        )
        if not result.ok:
            for error in result.errors:
                self.stderr.write(error)
            raise CommandError(f"nothing imported: {len(result.errors)} problem(s)")
        verb = "would import" if options["dry_run"] else "imported"
        self.stdout.write(f"{verb}: {result.changed} field(s) changed in {result.objects} object(s)")
