"""QR codes for posters at meeting places: each page's address in one language as a safe SVG image."""

import qrcode
import qrcode.image.svg
from django.http import Http404, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Page

from kernel import cache as page_cache

# An SVG made only of a path; it is served with a CSP that forbids everything, so that even a
# tampered file could not run a script in the site's origin.
SVG_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
    "Content-Disposition": "inline",
    "Cache-Control": "public, max-age=3600",
}


def page_qr_data(page, request) -> str:
    """What the QR code encodes: the absolute URL of ``page`` in the current language."""
    url = page.get_url(request=request)
    if not url:
        raise Http404("The page has no URL on this site.")
    return request.build_absolute_uri(url)


def qr_svg(data: str) -> bytes:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, border=2)
    return image.to_string(encoding="utf-8")


@require_safe
def page_qr(request, page_id: int):
    try:
        page = Page.objects.live().public().get(pk=page_id, depth__gt=1)
    except Page.DoesNotExist as exc:
        raise Http404 from exc
    data = page_qr_data(page, request)
    key = page_cache.key("qr", translation.get_language(), data, depends_on=())
    body = page_cache.get_or_compute(key, lambda: qr_svg(data))
    response = HttpResponse(body, content_type="image/svg+xml")
    for name, value in SVG_HEADERS.items():
        response[name] = value
    return response
