"""Small views of the project itself: health, robots.txt, the root redirect."""

import functools
import os

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe

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


@functools.cache
def _latest_migrations() -> frozenset[tuple[str, str]]:
    """The last migration of every app, read from the migration files once per process."""
    from django.db.migrations.loader import MigrationLoader

    return frozenset(MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes())


def database_status(conn) -> dict:
    """Whether ``conn`` holds this project's schema: reachable, migrated and up to date.

    An SQLite file that is not there is reported missing without being opened (opening it would
    create an empty database, on which ``SELECT 1`` succeeds while every page fails)."""
    if conn.vendor == "sqlite" and not conn.is_in_memory_db():
        name = str(conn.settings_dict["NAME"])
        if not os.path.exists(name.removeprefix("file:").split("?", 1)[0]):
            return {"status": "down", "error": "database file missing"}
    try:
        with conn.cursor() as cursor:
            if "django_migrations" not in conn.introspection.table_names(cursor):
                return {"status": "down", "error": "schema missing"}
            cursor.execute("SELECT app, name FROM django_migrations")
            applied = set(cursor.fetchall())
    except DatabaseError as exc:
        return {"status": "down", "error": exc.__class__.__name__}
    pending = sorted(f"{app}.{name}" for app, name in _latest_migrations() - applied)
    if pending:
        return {"status": "down", "error": "migrations not applied", "pending": pending[:10]}
    return {"status": "ok"}


@never_cache
@require_safe
def healthz(request):
    database = database_status(connection)
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
