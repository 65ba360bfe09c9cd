"""Small views of the project itself: health, robots.txt, the root redirect."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from kernel import languages
from search.indexing import status


@require_GET
def root_redirect(request):
    """``/`` → ``/<lang>/``: the language cookie, then Accept-Language, then Swedish."""
    code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if code not in languages.BY_CODE:
        code = translation.get_language_from_request(request, check_path=False)
    if code not in languages.BY_CODE:
        code = languages.DEFAULT
    response = HttpResponseRedirect(f"/{code}/")
    response["Vary"] = "Cookie, Accept-Language"
    return response


def _search_status():
    try:
        return status()
    except Exception as exc:  # the engine being down must not take /healthz down with it
        return {"status": "down", "error": exc.__class__.__name__}


@never_cache
@require_GET
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        database = {"status": "ok"}
    except DatabaseError as exc:
        database = {"status": "down", "error": exc.__class__.__name__}
    status = 200 if database["status"] == "ok" else 503
    body = {"status": "ok" if status == 200 else "unavailable", "database": database, "search": _search_status()}
    return JsonResponse(body, status=status)


@cache_control(max_age=3600, public=True)
@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        *[f"Disallow: /{code}/my/" for code in languages.CODES],
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
