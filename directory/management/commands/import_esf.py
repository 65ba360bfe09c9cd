"""manage.py import_esf FILE…: ESF project cards into projects and their owner organisations."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from directory.importers.esf import CardError, import_cards


class Command(BaseCommand):
    help = "Import ESF project cards (plain text) as projects of their owner organisations; all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="Show what would be done; write nothing.")

    def handle(self, *args, files, dry_run, **options):
        try:
            outcomes = import_cards(files, dry_run=dry_run)
        except CardError as error:
            raise CommandError(_("Nothing was imported. %(error)s") % {"error": error}) from None
        except OSError as error:
            raise CommandError(_("Nothing was imported. %(error)s") % {"error": error}) from None
        for outcome in outcomes:
            self.stdout.write(outcome.describe())
        if dry_run:
            self.stdout.write(_("Dry run: nothing was written."))
