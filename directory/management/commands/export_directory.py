"""manage.py export_directory --format hsds-json|csv|xlsx [--output FILE]: the whole directory."""

import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from directory.exporters import FORMATS, export


class Command(BaseCommand):
    help = "Export every organisation with all its records and translations."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, required=True)
        parser.add_argument("--output", metavar="FILE", help="Write to FILE instead of standard output.")

    def handle(self, *args, format, output, **options):
        binary = format == "xlsx"
        if output:
            mode = "wb" if binary else "w"
            with open(output, mode, **({} if binary else {"encoding": "utf-8", "newline": ""})) as stream:
                count = export(format, stream)
            self.stderr.write(_("%(count)s organisations written to %(file)s.") % {"count": count, "file": output})
            return
        if binary and sys.stdout.isatty():
            raise CommandError(_("XLSX is binary: use --output FILE or redirect standard output."))
        if binary:
            export(format, self.stdout._out.buffer if hasattr(self.stdout._out, "buffer") else self.stdout._out)
        else:
            export(format, self.stdout._out)
