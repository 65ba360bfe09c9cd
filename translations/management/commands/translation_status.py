"""``manage.py translation_status``: the translation matrix as text or JSON, for CI or a cron mail."""

import json

from django.core.management.base import BaseCommand, CommandError

from kernel import languages
from translations import dashboard
from translations.models import Status

SYMBOL = {Status.MISSING: "-", Status.MACHINE: "m", Status.REVIEWED: "R", Status.OUTDATED: "!", None: " "}


class Command(BaseCommand):
    help = "Print the status of every translation of every page and listing."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument("--language", action="append", choices=languages.TRANSLATED_CODES,
                            help="only this language (repeatable)")
        parser.add_argument("--section", help="page-<id> for a page and everything under it, or an app label")
        parser.add_argument("--status", choices=Status.values)

    def handle(self, *args, **options):
        matrix = dashboard.build(None, options["language"], section=options["section"], status=options["status"])
        if options["section"] and options["section"] not in dict(matrix.sections):
            raise CommandError(f"unknown section {options['section']!r}; known: {', '.join(dict(matrix.sections))}")
        if options["format"] == "json":
            self.stdout.write(json.dumps(matrix.as_dict(), ensure_ascii=False, indent=2))
            return
        width = max([len(r.label) + 2 * r.depth for r in matrix.rows] + [20])
        width = min(width, 60)
        self.stdout.write(" " * width + "  LIX " + " ".join(f"{c:>4}" for c in matrix.codes))
        for row in matrix.rows:
            label = (" " * (2 * row.depth) + row.label)[:width].ljust(width)
            score = row.lix.get(languages.DEFAULT)
            lix_text = f"{score.score:>4.0f}" if score else "   -"
            cells = " ".join(f"{SYMBOL[row.statuses[c].status]:>4}" for c in matrix.codes)
            self.stdout.write(f"{label}  {lix_text} {cells}")
        self.stdout.write("")
        self.stdout.write("  ".join(f"{SYMBOL[s]} {s.label}" for s in Status))
        for code in matrix.codes:
            counts = ", ".join(f"{s.label}: {matrix.counts[code].get(s, 0)}" for s in Status)
            self.stdout.write(f"{code:>12}  {counts}")
