"""``manage.py store_occurrences [--rebuild]``: move the stored occurrences of the calendar along to
today (a year back, 400 days ahead); run it daily or more often (the periodic service does)."""

from django.core.management.base import BaseCommand

from events import occurrences


class Command(BaseCommand):
    help = ("Store the occurrences of the activities for the days from a year back to 400 days ahead "
            "(adds the days that came since the last run); --rebuild expands every activity anew.")

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true",
                            help="delete every stored occurrence and expand all activities again")

    def handle(self, *args, rebuild=False, **options):
        span, added = (occurrences.rebuild if rebuild else occurrences.extend)()
        self.stdout.write(f"occurrences stored for {span.first}…{span.last}: {added} added")
