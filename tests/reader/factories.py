"""A topic with two articles and two actors of its focus area, in Swedish, English and Arabic."""

from kernel.focus_areas import FocusArea
from pages.models import ArticlePage, TopicPage
from tests.directory.factories import OrganizationFactory
from tests.pages.conftest import make_page


def health_topic(home):
    topic = make_page(home, TopicPage, focus_area=FocusArea.HEALTH,
                      title={"sv": "Hälsa", "en": "Health", "ar": "الصحة"},
                      slug={"sv": "halsa", "en": "health", "ar": "alsiha"},
                      intro={"sv": "Om vården.", "en": "About care.", "ar": "عن الرعاية."})
    make_page(topic, ArticlePage, title={"sv": "Vårdcentralen", "en": "The health centre", "ar": "المركز الصحي"},
              slug={"sv": "vardcentralen", "en": "health-centre", "ar": "markaz"},
              body={"sv": [("paragraph", "<p>Ring vårdcentralen.</p>")], "en": [("paragraph", "<p>Call.</p>")],
                    "ar": [("paragraph", "<p>اتصل بالمركز الصحي.</p>")]})
    make_page(topic, ArticlePage, title={"sv": "Tandvård", "ar": "طب الأسنان"},
              slug={"sv": "tandvard", "ar": "asnan"},
              body={"sv": [("paragraph", "<p>Tänder.</p>")], "ar": [("paragraph", "<p>الأسنان.</p>")]})
    OrganizationFactory(name="Vårdcentralen Bäckby", slug="vardcentralen-backby", focus=["health"])
    OrganizationFactory(name="Barnavårdscentralen", slug="bvc", focus=["health", "parenting"])
    OrganizationFactory(name="Dold förening", slug="dold", focus=["health"], is_published=False)
    return topic


def housing_topic(home):
    return make_page(home, TopicPage, focus_area=FocusArea.HOUSING,
                     title={"sv": "Bostad", "ar": "السكن"}, slug={"sv": "bostad", "ar": "sakan"},
                     intro={"sv": "Om bostad.", "ar": "عن السكن."})
