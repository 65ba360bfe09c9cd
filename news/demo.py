"""Demo news (used by ``manage.py load_demo``): the news index and items about the portal itself only.

Idempotent: the index is found by its type, an item by its Swedish slug.
"""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import translation

from kernel import languages
from news.models import NewsIndexPage, NewsPage
from pages.models import HomePage

INDEX_TITLE = {
    "sv": "Nyheter", "sv-x-simple": "Nyheter", "en": "News", "ar": "الأخبار", "fa": "اخبار", "prs": "اخبار",
    "ps": "خبرونه", "ckb": "هەواڵەکان", "so": "Warar", "ti": "ዜናታት", "uk": "Новини", "ru": "Новости",
    "tr": "Haberler",
}

ITEMS = [
    {
        "slug": "kalender-och-nyheter",
        "date": date(2026, 12, 5),
        "title": {
            "sv": "Kalender och nyheter på webbplatsen",
            "en": "A calendar and news on the site",
            "ar": "تقويم وأخبار على الموقع",
        },
        "intro": {
            "sv": "Nu finns en kalender med aktiviteter på mötesplatser och i föreningar, och nyheter som du kan "
                  "följa med RSS eller Atom.",
            "en": "The site now has a calendar of activities at meeting places and associations, and news you "
                  "can follow with RSS or Atom.",
            "ar": "يضم الموقع الآن تقويمًا للأنشطة في أماكن اللقاء والجمعيات، وأخبارًا يمكنك متابعتها عبر RSS أو "
                  "Atom.",
        },
        "body": {
            "sv": [("paragraph", "<p>Kalendern visar kommande aktiviteter. Du kan välja datum, ämne, språk, "
                                 "stadsdel och för vem aktiviteten är. Du kan också lägga till kalendern i "
                                 "telefonens kalender.</p>")],
            "en": [("paragraph", "<p>The calendar shows coming activities. You can choose dates, topic, "
                                 "language, area of town and who the activity is for. You can also add the "
                                 "calendar to your phone's calendar.</p>")],
            "ar": [("paragraph", "<p>يعرض التقويم الأنشطة القادمة. يمكنك اختيار التاريخ والموضوع واللغة والحي "
                                 "والفئة التي يستهدفها النشاط. ويمكنك أيضًا إضافة التقويم إلى تقويم هاتفك.</p>")],
        },
    },
]


@transaction.atomic
def load(stdout=None) -> NewsIndexPage | None:
    home = HomePage.objects.first()
    if home is None:
        return None
    with translation.override(languages.DEFAULT):
        index = NewsIndexPage.objects.child_of(home).first()
        if index is None:
            index = NewsIndexPage(title=INDEX_TITLE["sv"], slug="news")
            _texts(index, {"title": INDEX_TITLE, "slug": dict.fromkeys(languages.CODES, "news")})
            home.add_child(instance=index)
            index.save_revision().publish()
        for item in ITEMS:
            lookup = {languages.field_name("slug", languages.DEFAULT): item["slug"]}
            if NewsPage.objects.child_of(index).filter(**lookup).exists():
                continue
            page = NewsPage(title=item["title"]["sv"], slug=item["slug"], date=item["date"])
            _texts(page, {f: item[f] for f in ("title", "intro", "body")}
                   | {"slug": {code: item["slug"] for code in item["title"]}})
            index.add_child(instance=page)
            page.save_revision().publish()
    if stdout:
        stdout.write(f"news ready: {NewsPage.objects.child_of(index).count()} items")
    return index


def _texts(page, values: dict) -> None:
    for field, per_language in values.items():
        for code, value in per_language.items():
            setattr(page, languages.field_name(field, code), value)
