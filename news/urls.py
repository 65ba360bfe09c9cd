"""News feeds (under the language prefix); ``/<lang>/news/`` itself is the news index page."""

from django.urls import path

from news import feeds

app_name = "news"

urlpatterns = [
    path("rss/", feeds.rss, name="rss"),
    path("atom/", feeds.atom, name="atom"),
]
