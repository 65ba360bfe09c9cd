"""``manage.py load_demo``: idempotent demo content of every area (pages, directory, search index)."""

from django.core.management.base import BaseCommand

from directory import demo as directory_demo
from pages import demo as pages_demo
from search import demo as search_demo
from translations import demo as translations_demo

# Order matters: pages first (the directory links the meeting places), translation states after
# the content they describe, the search index last.
STEPS = (pages_demo.load, directory_demo.load, translations_demo.load, search_demo.load)


class Command(BaseCommand):
    help = "Load the demo content: the focus-area pages, the kartläggning directory, the meeting places."

    def handle(self, *args, **options):
        for load in STEPS:
            load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
