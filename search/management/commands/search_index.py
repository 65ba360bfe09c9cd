"""``manage.py search_index rebuild|update|status``: rebuild with progress, replay the queue, show counts."""

from django.core.management.base import BaseCommand, CommandError

from kernel import languages
from search import indexing
from search.backends import get_engine
from search.engines.base import EngineUnavailable


class Progress:
    """A one-line text progress bar on stdout."""

    def __init__(self, stdout, total: int, width: int = 30):
        self.stdout, self.total, self.width = stdout, max(total, 1), width

    def __call__(self, done: int) -> None:
        filled = min(self.width, self.width * done // self.total)
        self.stdout.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total}", ending="")
        self.stdout.flush()

    def finish(self) -> None:
        self.stdout.write("")


class Command(BaseCommand):
    help = "Rebuild the search index, write what was queued while it was down, or show its status."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"])

    def handle(self, *args, action, **options):
        try:
            getattr(self, action)()
        except EngineUnavailable as exc:
            raise CommandError(f"search engine unavailable: {exc}") from exc

    def rebuild(self):
        engine = get_engine()
        total = indexing.count_objects() * len(languages.CODES)
        self.stdout.write(f"Rebuilding the {engine.name} search index ({total} documents at most)")
        progress = Progress(self.stdout, total)
        count = indexing.rebuild(engine, progress=progress)
        progress.finish()
        self.stdout.write(self.style.SUCCESS(f"{count} documents indexed."))

    def update(self):
        from search.models import PendingIndexOperation

        engine = get_engine()
        total = PendingIndexOperation.objects.count()
        self.stdout.write(f"{total} queued changes")
        progress = Progress(self.stdout, total)
        done = indexing.replay_pending(engine, progress=progress)
        if total:
            progress.finish()
        left = PendingIndexOperation.objects.count()
        if left:
            raise CommandError(f"{done} written, {left} still queued: the search engine is not reachable")
        self.stdout.write(self.style.SUCCESS(f"{done} written, the index is up to date."))

    def status(self):
        health = indexing.status()
        self.stdout.write(f"engine: {health.get('engine')}")
        self.stdout.write(f"status: {health.get('status')}")
        if health.get("error"):
            self.stdout.write(f"error: {health['error']}")
        self.stdout.write(f"queued changes: {health.get('pending')}")
        for code, count in (health.get("languages") or {}).items():
            self.stdout.write(f"  {code:<12} {count:>7}")
        if "documents" in health:
            self.stdout.write(f"  {'total':<12} {health['documents']:>7}")
