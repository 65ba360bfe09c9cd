"""``manage.py export_translations``: translations of a page, a section or the directory as XLIFF or PO."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from kernel import languages
from translations import exchange


class Command(BaseCommand):
    help = "Export translations into one language as XLIFF 2.0 or PO."

    def add_arguments(self, parser):
        parser.add_argument("language", choices=languages.TRANSLATED_CODES)
        parser.add_argument("--format", choices=exchange.FORMATS, default="xliff")
        parser.add_argument("--scope", default="all",
                            help="all (default), directory, page:<id> or section:<id> (the page and below)")
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args, **options):
        try:
            name, data = exchange.export(options["scope"], options["language"], options["format"])
        except exchange.ExchangeError as exc:
            raise CommandError(str(exc)) from None
        if options["output"]:
            Path(options["output"]).write_bytes(data)
            self.stderr.write(f"wrote {options['output']}")
        else:
            self.stdout.write(data.decode(), ending="")
