"""The samhällsinformation pages of ``content/pages/`` put into Wagtail (used by ``manage.py load_demo``).

The files are read and checked first (contentfiles.pages; an error names the file and line and nothing
is written), then the pages are written in one transaction. Idempotent: pages are found again by a
stable identity (a topic by its focus area, other pages by their Swedish slug under their parent),
updated in place, and only re-published when something changed. See docs/content-format.md.
"""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale, Page, Site

from contentfiles import pages as content_pages
from kernel import languages
from pages.models import ArticlePage, HomePage, MeetingPlacePage, StandardPage, TopicPage

MODERATORS = "Moderators"
EDITOR_PERMISSIONS = ("add_page", "change_page", "publish_page")
MODERATOR_PERMISSIONS = ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page")
TRANSLATED_FIELDS = ("title", "slug", "intro", "seo_title", "search_description", "body")
MODELS = {"topic": TopicPage, "article": ArticlePage, "meeting_place": MeetingPlacePage, "standard": StandardPage}


def content_root() -> Path:
    return Path(getattr(settings, "CONTENT_DIR", Path(settings.BASE_DIR) / "content")) / "pages"


def read(root: Path | None = None) -> content_pages.PageFolder:
    """The checked page tree of the content files (raises contentfiles.ContentError)."""
    return content_pages.read_tree(root or content_root())


def load(stdout=None, root: Path | None = None) -> HomePage:
    """Create or update the home page and every page below it in the content files, and the editor groups.
    A mistake in any file raises ContentError before anything is written."""
    tree = read(root)
    return _load(tree, stdout)


@transaction.atomic
def _load(tree: content_pages.PageFolder, stdout) -> HomePage:
    with translation.override(languages.DEFAULT):
        home = _load_home(stdout, tree)
        counts = dict.fromkeys(MODELS, 0)
        places = []
        loaded = {}
        for folder in tree.children:
            _load_folder(folder, home, counts, places, loaded)
        _link_emergency_page(home, tree, loaded)
        ensure_editor_groups(places)
    if stdout:
        stdout.write(
            f"pages ready: {counts['topic']} topics, {counts['article']} articles, "
            f"{counts['meeting_place']} meeting places, {counts['standard']} standard pages"
        )
    return home


@transaction.atomic
def load_home(stdout=None) -> HomePage:
    """Only the home page, as the default site's root."""
    with translation.override(languages.DEFAULT):
        return _load_home(stdout, read())


def reviewed_translations(root: Path | None = None) -> list[tuple[Page, str]]:
    """The loaded pages and the languages whose content file says ``status: reviewed``."""
    result = []

    def walk(folder, parent):
        page = _find(folder, parent)
        if page is None:
            return
        result.extend((page, code) for code, text in folder.texts.items() if text.status == "reviewed")
        for child in folder.children:
            walk(child, page)

    tree = read(root)
    home = HomePage.objects.first()
    if home is not None:
        result.extend((home, code) for code, text in tree.texts.items() if text.status == "reviewed")
        for folder in tree.children:
            walk(folder, home)
    return result


def _find(folder: content_pages.PageFolder, parent):
    model = MODELS[folder.type]
    if folder.type == "topic":
        lookup = {"focus_area": folder.settings["focus_area"]}
    else:
        lookup = {languages.field_name("slug", languages.DEFAULT): folder.source.slug}
    return model.objects.child_of(parent).filter(**lookup).first()


def _link_emergency_page(home: HomePage, tree: content_pages.PageFolder, loaded: dict) -> None:
    """The page named by the home page's ``emergency_page`` is linked from the top of every home page."""
    folder = tree.find(tree.settings["emergency_page"]) if tree.settings.get("emergency_page") else None
    page = loaded.get(folder.path) if folder is not None else None
    if home.emergency_page_id != (page.pk if page else None):
        home.emergency_page = page
        home.save_revision().publish()


def _load_folder(folder: content_pages.PageFolder, parent, counts: dict, places: list, loaded: dict) -> None:
    model = MODELS[folder.type]
    settings_ = folder.settings
    extra, lookup = {}, None
    if folder.type == "topic":
        extra["focus_area"] = settings_["focus_area"]
        lookup = {"focus_area": settings_["focus_area"]}
    elif folder.type == "meeting_place":
        extra["address"] = settings_.get("address", "")
    elif folder.type == "standard":
        extra["show_in_menus"] = settings_.get("show_in_menus", True)
    if folder.type in ("article", "standard"):
        extra["sources"] = [("source", {"title": s.title, "url": s.url, "publisher": s.publisher})
                            for s in folder.sources]
        extra["facts_checked"] = folder.facts_checked
        extra["review_by"] = folder.review_by
    page = _upsert(model, parent, folder.values(), lookup=lookup, extra=extra)
    loaded[folder.path] = page
    counts[folder.type] += 1
    if folder.type == "meeting_place":
        places.append(page)
    for child in folder.children:
        _load_folder(child, page, counts, places, loaded)


# --- pages ----------------------------------------------------------------------------------------

def _load_home(stdout, tree: content_pages.PageFolder) -> HomePage:
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
        home = HomePage(slug=tree.source.slug, title=tree.source.title)
        root.add_child(instance=home)
    values = tree.values()
    values = {"title": values["title"], "slug": values["slug"]}
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


def _upsert(model, parent, values: dict[str, dict], *, lookup=None, extra=None):
    lookup = lookup or {languages.field_name("slug", languages.DEFAULT): values["slug"][languages.DEFAULT]}
    page = model.objects.child_of(parent).filter(**lookup).first()
    values = {field: values.get(field, {}) for field in TRANSLATED_FIELDS}
    if page is None:
        page = model(title=values["title"][languages.DEFAULT], slug=values["slug"][languages.DEFAULT], **(extra or {}))
        _assign(page, values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    changed = _assign(page, values)
    for name, value in (extra or {}).items():
        if _plain(getattr(page, name)) != _plain(value):
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
    if isinstance(value, list):  # blocks as the content files give them: (type, value) pairs
        return [tuple(item) for item in value]
    return value if value not in ("", None, []) else None


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


def editor_groups() -> list[Group]:
    """The editor groups of the meeting places there are (apps that give editors more rights use them)."""
    names = [editor_group_name(place) for place in MeetingPlacePage.objects.all()]
    return list(Group.objects.filter(name__in=names).order_by("name"))


def ensure_editor_groups(places) -> None:
    """A group per meeting place that may edit only that place's pages, and a Moderators group that
    may edit every page."""
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    _grant(moderators, Page.get_first_root_node(), MODERATOR_PERMISSIONS)
    for place in places:
        group, _ = Group.objects.get_or_create(name=editor_group_name(place))
        _grant(group, place, EDITOR_PERMISSIONS)
