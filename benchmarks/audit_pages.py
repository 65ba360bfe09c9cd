#!/usr/bin/env python3
"""Every public page type against the budgets (``benchmarks/budget.json``), with the audit tool
(Lighthouse mobile and axe: ``AUDIT``, default ../shared/tools/audit).

Finds one page of each type in the database the server uses (``DATABASE_URL``; the demo data of
``make run``): the home page, a topic, an article, a meeting place, a standard page, the news and a news
item, the directory and an organisation, search results, the calendar and an activity, My list, the
offline page, subscription and feedback. Each type is audited in ``--languages`` (default Swedish and
Arabic, one of each direction); ``--every-language`` adds the home page and the article in all 13.

    .venv/bin/python benchmarks/audit_pages.py --base http://127.0.0.1:8000 --runs 3

``make audit`` serves the demo data with the production settings and runs this.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AUDIT = os.environ.get("AUDIT", str(ROOT.parent / "shared" / "tools" / "audit"))


def _setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()


def page_paths(code: str) -> dict[str, str]:
    """One path per public page type, in language ``code``."""
    from django.utils import translation

    from directory.models import Organization
    from events.models import Activity
    from news.models import NewsIndexPage, NewsPage
    from pages.models import ArticlePage, HomePage, MeetingPlacePage, StandardPage, TopicPage

    def first_page(model):
        page = model.objects.live().public().order_by("path").first()
        return page.get_url() if page else None

    with translation.override(code):
        paths = {
            "home": first_page(HomePage),
            "topic": first_page(TopicPage),
            "article": first_page(ArticlePage),
            "meeting place": first_page(MeetingPlacePage),
            "standard page": first_page(StandardPage),
            "news": first_page(NewsIndexPage),
            "news item": first_page(NewsPage),
        }
        organization = Organization.objects.order_by("slug").first()
        activity = Activity.objects.published().order_by("pk").first()
        paths.update({
            "directory": f"/{code}/directory/",
            "organisation": f"/{code}/directory/{organization.slug}/" if organization else None,
            "search": f"/{code}/search/?q=vård",
            "calendar": f"/{code}/calendar/",
            "activity": f"/{code}/calendar/{activity.pk}/" if activity else None,
            "my list": f"/{code}/my-list/",
            "offline": f"/{code}/offline/",
            "subscribe": f"/{code}/subscribe/",
            "feedback": f"/{code}/feedback/",
        })
    return {kind: path for kind, path in paths.items() if path}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--languages", default="sv,ar")
    parser.add_argument("--every-language", action="store_true")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--budget", default=str(ROOT / "benchmarks" / "budget.json"))
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    _setup_django()
    from kernel import languages

    urls = []
    for code in args.languages.split(","):
        urls += [args.base + path for path in page_paths(code).values()]
    if args.every_language:
        for code in languages.CODES:
            if code not in args.languages.split(","):
                paths = page_paths(code)
                urls += [args.base + paths[kind] for kind in ("home", "article") if kind in paths]
    command = [AUDIT, "--runs", str(args.runs), "--budget", args.budget]
    if args.out:
        command += ["--out", args.out]
    return subprocess.run(command + urls, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
