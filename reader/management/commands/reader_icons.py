"""Draw the manifest's app icons into reader/static/reader/icons/ (run after changing reader/icons.py)."""

from django.core.management.base import BaseCommand

from reader import icons


class Command(BaseCommand):
    help = "Draw the web app manifest's icons (PNG, plain and maskable) into reader/static/reader/icons/."

    def handle(self, *args, **options):
        for path in icons.write_all():
            self.stdout.write(str(path))
