"""manage.py import_directory FILE: organisations from CSV, XLSX or HSDS JSON (docs/directory-import.md)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from directory.importers.tabular import TabularImportError, import_directory


class Command(BaseCommand):
    help = "Import the directory from CSV, XLSX or HSDS JSON in the documented layout; all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="Check and show what would change; write nothing.")

    def handle(self, *args, file, dry_run, **options):
        try:
            summary = import_directory(file, dry_run=dry_run)
        except TabularImportError as error:
            raise CommandError(_("Nothing was imported.") + "\n" + str(error)) from None
        for name in summary.created:
            self.stdout.write(_("create: %(name)s") % {"name": name})
        for name in summary.updated:
            self.stdout.write(_("update: %(name)s") % {"name": name})
        self.stdout.write(_("%(created)s created, %(updated)s updated.")
                          % {"created": len(summary.created), "updated": len(summary.updated)})
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
