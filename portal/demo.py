"""Demo content for the samhällsinformation pages (used by ``manage.py load_demo``)."""

from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page, Site

from portal import languages
from portal.models import HomePage

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


@transaction.atomic
def load(stdout=None) -> HomePage:
    """Create (or bring up to date) the home page and make it the default site's root."""
    with translation.override(languages.DEFAULT):
        return _load_home(stdout)


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
    for code in languages.CODES:
        setattr(home, languages.field_name("title", code), HOME_TITLE[code])
        setattr(home, languages.field_name("slug", code), "home")
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


def _page_type():
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(Page)
