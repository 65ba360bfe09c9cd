"""``manage.py load_demo``: idempotent demo content of every area (pages, directory, search index)."""

import importlib.util

from django.apps import apps
from django.core.management.base import BaseCommand

# Order matters: pages first (the directory links the meeting places), translation states after
# the content they describe, the search index last.
AREAS = ("portal", "directory", "community", "translations", "search")


class Command(BaseCommand):
    help = "Load the demo content: the focus-area pages, the kartläggning directory, the meeting places."

    def handle(self, *args, **options):
        for area in AREAS:
            if not apps.is_installed(area) or importlib.util.find_spec(f"{area}.demo") is None:
                continue
            module = importlib.import_module(f"{area}.demo")
            module.load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
