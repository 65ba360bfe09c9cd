"""Demo content for the samhällsinformation pages (used by ``manage.py load_demo``).

Idempotent: pages are found again by a stable identity (a topic by its focus area, other pages by
their Swedish slug under their parent), updated in place, and only re-published when their text
changed. The texts themselves live in ``pages.demo_content``; a topic module that does not exist
yet is skipped.
"""

from __future__ import annotations

from importlib import import_module

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale, Page, Site

from kernel import languages
from pages import demo_content
from pages.models import ArticlePage, HomePage, MeetingPlacePage, StandardPage, TopicPage

HOME_TITLE = {
    "sv": "Ny i Västerås",
    "sv-x-simple": "Ny i Västerås",
    "en": "New in Västerås",
    "ar": "جديد في فستروس",
    "fa": "تازه‌وارد در وستروس",
    "prs": "تازه‌وارد در وستروس",
    "ps": "په وستروس کې نوي",
    "ckb": "نوێ لە ڤێستەرۆس",
    "so": "Ku cusub Västerås",
    "ti": "ሓድሽ ኣብ ቨስተሮስ",
    "uk": "Нові у Вестеросі",
    "ru": "Впервые в Вестеросе",
    "tr": "Västerås'ta yeni",
}

MODERATORS = "Moderators"
EDITOR_PERMISSIONS = ("add_page", "change_page", "publish_page")
MODERATOR_PERMISSIONS = ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page")
TRANSLATED_FIELDS = ("title", "slug", "intro", "body")


@transaction.atomic
def load(stdout=None) -> HomePage:
    """Create or update the home page, the topic pages and their articles, the meeting places, the
    standard pages, and the editor groups."""
    with translation.override(languages.DEFAULT):
        home = _load_home(stdout)
        counts = {"topics": 0, "articles": 0}
        for topic in _topics():
            topic_page = _upsert(TopicPage, home, topic, lookup={"focus_area": topic["focus_area"]},
                                 extra={"focus_area": topic["focus_area"]})
            counts["topics"] += 1
            for article in topic.get("articles", ()):
                _upsert(ArticlePage, topic_page, article)
                counts["articles"] += 1
        places = [
            _upsert(MeetingPlacePage, home, entry, extra={"address": entry.get("address", "")})
            for entry in _optional("meeting_places", "MEETING_PLACES")
        ]
        standard = [
            _upsert(StandardPage, home, entry, extra={"show_in_menus": entry.get("show_in_menus", True)})
            for entry in _optional("standard", "STANDARD_PAGES")
        ]
        ensure_editor_groups(places)
    if stdout:
        stdout.write(
            f"pages ready: {counts['topics']} topics, {counts['articles']} articles, "
            f"{len(places)} meeting places, {len(standard)} standard pages"
        )
    return home


@transaction.atomic
def load_home(stdout=None) -> HomePage:
    """Only the home page, as the default site's root."""
    with translation.override(languages.DEFAULT):
        return _load_home(stdout)


# --- content modules ------------------------------------------------------------------------------

def _module(name: str):
    full = f"{demo_content.__name__}.{name}"
    try:
        return import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name == full:
            return None
        raise


def _topics() -> list[dict]:
    return [module.TOPIC for module in map(_module, demo_content.TOPIC_MODULES) if module is not None]


def _optional(module_name: str, attribute: str) -> list[dict]:
    module = _module(module_name)
    return list(getattr(module, attribute, ())) if module is not None else []


# --- pages ----------------------------------------------------------------------------------------

def _load_home(stdout) -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:  # a flushed database (transactional tests) has no tree root and no locale
            Locale.objects.get_or_create(language_code=languages.DEFAULT)
            root = Page.add_root(instance=Page(title="Root", slug="root", content_type=_page_type()))
        # Wagtail's initial migration creates a placeholder welcome page; replace it.
        for child in root.get_children():
            if not isinstance(child.specific, HomePage):
                Site.objects.filter(root_page=child).delete()
                child.delete()
        home = HomePage(slug="home", title=HOME_TITLE["sv"])
        root.add_child(instance=home)
    values = {"title": HOME_TITLE, "slug": dict.fromkeys(languages.CODES, "home")}
    if _assign(home, values) or not home.live:
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                            site_name="Ny i Västerås")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    if stdout:
        stdout.write("home page ready")
    return home


def _upsert(model, parent, entry: dict, *, lookup=None, extra=None):
    lookup = lookup or {languages.field_name("slug", languages.DEFAULT): entry["slug"][languages.DEFAULT]}
    page = model.objects.child_of(parent).filter(**lookup).first()
    values = {field: entry.get(field, {}) for field in TRANSLATED_FIELDS}
    if page is None:
        page = model(title=entry["title"][languages.DEFAULT], slug=entry["slug"][languages.DEFAULT], **(extra or {}))
        _assign(page, values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    changed = _assign(page, values)
    for name, value in (extra or {}).items():
        if getattr(page, name) != value:
            setattr(page, name, value)
            changed = True
    if changed or not page.live:
        page.save_revision().publish()
    return page


def _assign(page, values: dict[str, dict]) -> bool:
    """Set every language of each field (a language missing from the data becomes empty); whether
    anything changed."""
    before = _snapshot(page, values)
    for field, per_language in values.items():
        if not hasattr(page, field):
            continue
        for code in languages.CODES:
            value = per_language.get(code) or (None if code != languages.DEFAULT else "")
            setattr(page, languages.field_name(field, code), value)
    page._clear_blank_translations()
    page._fill_missing_slugs()
    return _snapshot(page, values) != before


def _snapshot(page, fields) -> list:
    return [
        _plain(getattr(page, languages.field_name(field, code), None))
        for field in fields if hasattr(page, field)
        for code in languages.CODES
    ]


def _plain(value):
    """A comparable form of a stored value (StreamField data without block ids)."""
    raw_data = getattr(value, "raw_data", None)
    if raw_data is not None:
        return [(item["type"], _without_ids(item["value"])) for item in raw_data]
    return value or None


def _without_ids(value):
    if isinstance(value, list):
        return [_without_ids(v["value"]) if isinstance(v, dict) and "type" in v and "value" in v else _without_ids(v)
                for v in value]
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    return value


def _page_type():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(Page)


# --- editors --------------------------------------------------------------------------------------

def _permissions(codenames) -> list[Permission]:
    return list(Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames))


def _grant(group: Group, page: Page, codenames) -> None:
    for permission in _permissions(codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))


def editor_group_name(place: MeetingPlacePage) -> str:
    return f"Editors: {getattr(place, languages.field_name('title', languages.DEFAULT))}"


def ensure_editor_groups(places) -> None:
    """A group per meeting place that may edit only that place's pages, and a Moderators group that
    may edit every page."""
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    _grant(moderators, Page.get_first_root_node(), MODERATOR_PERMISSIONS)
    for place in places:
        group, _ = Group.objects.get_or_create(name=editor_group_name(place))
        _grant(group, place, EDITOR_PERMISSIONS)
