"""The reader's tools under a page or an actor: save for offline, My list, share, and "Was this helpful?"."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language, gettext
from wagtail.models import Page

from kernel import languages

register = template.Library()


def subject(context) -> dict | None:
    """What the page shows, when it is a samhällsinformation page or an actor: its kind, id and title."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    if match is None:
        return None
    if match.view_name == "wagtail_serve" and isinstance(context.get("page"), Page):
        page = context["page"]
        text = context.get("text")
        return {"kind": "page", "id": page.pk, "title": getattr(text, "title", "") or page.title,
                "is_topic": bool(getattr(page, "focus_area", ""))}
    if match.view_name == "directory:detail" and context.get("organization") is not None:
        organization = context["organization"]
        return {"kind": "actor", "id": organization.pk, "title": organization.name, "is_topic": False}
    return None


@register.inclusion_tag("reader/tools.html", takes_context=True)
def reader_tools(context):
    request = context.get("request")
    about = subject(context)
    if about is None:
        return {"subject": None}
    code = get_language() or languages.DEFAULT
    url = request.build_absolute_uri(request.path)
    share_text = f"{about['title']} – {gettext('New in Västerås')}"
    return {"subject": about, "url": url, "path": request.path, "share_text": share_text,
            "share_body": f"{share_text} {url}", "code": code}
