"""Template tags shared by every public page."""

from django import template

from kernel.i18n import alternates_for

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Per-language URLs of the current page, computed once per request."""
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_portal_alternates", None)
    if cached is None:
        cached = alternates_for(request, context.get("page"))
        request._portal_alternates = cached
    return cached


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def page_href(context, page):
    """``page``'s URL in the current language: Wagtail's ``pageurl``, worked out from the stored paths."""
    from django.utils.translation import get_language

    from kernel import languages
    from pages.links import page_url

    code = get_language()
    return page_url(page, code if code in languages.BY_CODE else languages.DEFAULT, context.get("request")) or ""
