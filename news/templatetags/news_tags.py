"""The newest news items on the home page and on topic pages."""

from django import template
from django.utils import translation

from news.models import NewsIndexPage, published_news

register = template.Library()


@register.inclusion_tag("news/components/latest.html")
def latest_news(topic: str = "", limit: int = 3):
    code = translation.get_language()
    items = [(item, item.text_in(code)) for item in published_news(topic)[:limit]]
    index = NewsIndexPage.objects.live().public().first()
    return {"items": items, "index": index, "topic": topic}
