"""load_demo with the content files: idempotent, a changed file updates its page, a broken file is
reported with its file and line and nothing is loaded."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from contentfiles import ContentError
from pages import demo
from pages.models import ArticlePage

SOURCE = Path(django_settings.BASE_DIR) / "content"


@pytest.fixture
def content(tmp_path, settings):
    """A copy of content/ that a test may change, used by the loaders."""
    root = tmp_path / "content"
    shutil.copytree(SOURCE, root)
    settings.CONTENT_DIR = root
    return root


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_loading_twice_changes_nothing(content, db):
    demo.load()
    pages = sorted(Page.objects.values_list("id", "url_path", "latest_revision_id"))
    revisions = Revision.objects.count()
    demo.load()
    assert sorted(Page.objects.values_list("id", "url_path", "latest_revision_id")) == pages
    assert Revision.objects.count() == revisions


def test_a_changed_file_updates_only_its_page(content, db):
    demo.load()
    revisions = Revision.objects.count()
    _replace(content / "pages/health/care/en.md", "title: Getting care when you are ill", "title: Care when ill")
    demo.load()
    page = ArticlePage.objects.get(slug_sv="vard-nar-du-blir-sjuk")
    assert page.title_en == "Care when ill"
    assert page.live and not page.has_unpublished_changes
    assert Revision.objects.count() == revisions + 1


def test_a_new_language_file_adds_that_language(content, db):
    demo.load()
    article = content / "pages/health/care"
    text = (article / "en.md").read_text(encoding="utf-8").replace("title: Getting care when you are ill",
                                                                   "title: Sağlık hizmeti")
    (article / "tr.md").unlink(missing_ok=True)
    (article / "tr.md").write_text(text.replace("slug: getting-care", "slug: saglik"), encoding="utf-8")
    demo.load()
    assert ArticlePage.objects.get(slug_sv="vard-nar-du-blir-sjuk").title_tr == "Sağlık hizmeti"


def test_a_broken_body_line_is_reported_with_file_and_line_and_nothing_is_loaded(content, db):
    path = content / "pages/health/care/ar.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.append("### not allowed")
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CommandError) as info:
        call_command("load_demo")
    assert f"{path}:{len(lines)}:" in str(info.value)
    assert not ArticlePage.objects.exists()
    from directory.models import Organization

    assert not Organization.objects.exists()


def test_a_mistake_in_front_matter_names_its_line(content, db):
    path = content / "pages/work/sv.md"
    _replace(path, "status: source", "status: source\ncolour: red")
    with pytest.raises(ContentError) as info:
        demo.load()
    assert info.value.path == path
    text = path.read_text(encoding="utf-8").split("\n")
    assert text[info.value.line - 1] == "colour: red"


def test_an_error_in_a_later_file_rolls_back_pages_already_written(content, db, monkeypatch):
    """Reading checks every file first; a failure while writing still leaves nothing half-written."""
    demo.load()
    before = Revision.objects.count()
    _replace(content / "pages/health/care/en.md", "title: Getting care when you are ill", "title: Changed")
    original = demo._load_folder

    def failing(folder, *args):
        if folder.path.name == "urgent-help":
            raise RuntimeError("disk full")
        return original(folder, *args)

    monkeypatch.setattr(demo, "_load_folder", failing)
    with pytest.raises(RuntimeError):
        demo.load()
    assert Revision.objects.count() == before
    assert ArticlePage.objects.get(slug_sv="vard-nar-du-blir-sjuk").title_en == "Getting care when you are ill"


@pytest.mark.parametrize(("relative", "old", "new", "words"), [
    ("pages/health/page.yml", "focus_area: health", "focus_area: weather", "focus_area"),
    ("pages/health/care/page.yml", "larmnummer: '112'", "larmnummer: 'ett ett två'", "phone"),
    ("pages/health/care/sv.md", "facts_checked: 2026-12-05", "facts_checked: soon", "date"),
    ("pages/health/care/sv.md", "url: https://www.1177.se/", "url: http://www.1177.se/", "https"),
    ("pages/health/care/en.md", "status: machine", "status: perfect", "machine or reviewed"),
    ("pages/health/care/en.md", "status: machine", "status: machine\nreview_by: 2027-01-01", "only in sv.md"),
    ("directory/organizations.yml", "category: agency", "category: bank", "category"),
    ("directory/organizations.yml", "status: active", "status: great", "status"),
])
def test_checks_of_the_files(content, relative, old, new, words):
    _replace(content / relative, old, new)
    from directory import demo as directory_demo

    with pytest.raises(ContentError) as info:
        demo.read()
        directory_demo.read()
    assert info.value.path == content / relative
    assert info.value.line
    assert words in info.value.message
