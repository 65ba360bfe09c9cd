"""``manage.py load_demo``: idempotent demo content of every area (pages, directory, search index)."""

from django.core.management.base import BaseCommand, CommandError

from contentfiles import ContentError
from directory import demo as directory_demo
from events import demo as events_demo
from news import demo as news_demo
from pages import demo as pages_demo
from search import demo as search_demo
from translations import demo as translations_demo

# Every content file is read and checked before anything is written.
CHECKS = (pages_demo.read, directory_demo.read)
# Order matters: pages first (the directory links the meeting places), translation states after
# the content they describe, the search index last.
STEPS = (pages_demo.load, directory_demo.load, events_demo.load, news_demo.load, translations_demo.load, search_demo.load)


class Command(BaseCommand):
    help = "Load the demo content of content/: the focus-area pages, the kartläggning directory, the meeting places."

    def handle(self, *args, **options):
        try:
            for check in CHECKS:
                check()
            for load in STEPS:
                load(stdout=self.stdout)
        except ContentError as exc:
            raise CommandError(f"{exc}\nNothing was loaded from the content files.") from exc
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
