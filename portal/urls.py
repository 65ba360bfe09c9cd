"""URL configuration: language-prefixed public pages, the admin, the API and the machine-readable files."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from community import views as community_views
from pages import cache as page_cache
from pages import posters
from portal import views
from portal.sitemaps import sitemaps
from reader import views as reader_views
from twofactor import views as twofactor_views

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sw.js", reader_views.service_worker, name="service_worker"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps()}, name="sitemap"),
    # staff sign in like members (password, then the two-factor code), in their own language
    path("admin/login/", twofactor_views.admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

urlpatterns += [path("api/", include("directory.api.urls"))]

urlpatterns += i18n_patterns(
    path("directory/", include("community.directory_urls")),
    path("feedback/", community_views.feedback, name="feedback"),
    path("directory/", include("directory.urls")),
    path("my/two-factor/", include("twofactor.urls")),
    path("my/", include("community.urls")),
    path("search/", include("search.urls")),
    path("calendar/", include("events.urls")),
    path("my/", include("events.member_urls")),
    path("news/", include("news.urls")),
    path("subscribe/", include("subscriptions.urls")),
    path("qr/<int:page_id>.svg", posters.page_qr, name="page_qr"),
    path("", include("reader.urls")),
    path("", include("readership.urls")),
    # Wagtail's page view with the anonymous page cache in front (Wagtail's own _util/ views excepted)
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", page_cache.serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
