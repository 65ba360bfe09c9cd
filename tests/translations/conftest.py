"""Fixtures: a home page and an organisation with translations, staff and a Tigrinya translator."""

import pytest
from django.utils import translation

from translations import services


@pytest.fixture(autouse=True)
def swedish():
    """The site's default language, whatever an earlier test left active (model fields without a
    language suffix are the active language's)."""
    with translation.override("sv"):
        yield


@pytest.fixture
def page(home):
    home.intro_sv = "Välkommen till Västerås. Här finns information om samhället."
    home.intro_en = "Welcome to Västerås. Here is information about society."
    home.intro_ar = "مرحبا بكم في فستروس. هنا معلومات عن المجتمع."
    home.intro_ti = "እንቋዕ ናብ ቨስተሮስ ብደሓን መጻእኩም።"
    home.save_revision().publish()
    home.refresh_from_db()
    return home


@pytest.fixture
def organization(db):
    from directory.models import Organization, Service

    org = Organization.objects.create(
        slug="exempel", name="Exempelföreningen",
        description_sv="En förening för nyanlända.", description_ar="جمعية للقادمين الجدد.",
    )
    Service.objects.create(organization=org, name_sv="Läxhjälp", name_ar="مساعدة في الواجبات",
                           description_sv="Hjälp med läxor varje tisdag.")
    return org


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("staff", "staff@example.org", "a-long-password-1")


@pytest.fixture
def translator_ti(django_user_model):
    user = django_user_model.objects.create_user("tigrinya", "ti@example.org", "a-long-password-1")
    services.assign_languages(user, ["ti"])
    return user


@pytest.fixture
def article(page):
    from pages.models import ArticlePage, TopicPage

    topic = TopicPage(title="Arbete", slug="arbete", focus_area="work", intro="Om att arbeta i Sverige.",
                      intro_ar="عن العمل في السويد.")
    page.add_child(instance=topic)
    article = ArticlePage(
        title="Söka jobb", slug="soka-jobb", title_ar="البحث عن عمل",
        intro="Så söker du jobb.", intro_ar="كيف تبحث عن عمل.",
        body=[("heading", "Arbetsförmedlingen"),
              ("paragraph", '<p data-block-key="a1">Registrera dig hos <b>Arbetsförmedlingen</b>.</p>'),
              ("bullets", ["Skriv ett CV", "Sök jobb"]),
              ("phone", {"label": "Nödnummer", "number": "112"})],
        body_ar=[("heading", "Arbetsförmedlingen"),
                 ("paragraph", '<p data-block-key="b1">سجل في <b>Arbetsförmedlingen</b>.</p>'),
                 ("bullets", ["اكتب سيرة ذاتية", "ابحث عن عمل"]),
                 ("phone", {"label": "رقم الطوارئ", "number": "112"})],
    )
    topic.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    return article
