"""Template context every page needs: the language table and the current language's facts."""

from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from portal import languages


def site(request):
    code = get_language() or languages.DEFAULT
    current = languages.BY_CODE.get(code, languages.BY_CODE[languages.DEFAULT])
    return {"portal_languages": languages.TABLE, "current_language": current}


def footer_links(request):
    """Links to the standard pages shown in menus (about, accessibility), in the current language."""

    def links():
        from portal.models import StandardPage

        pages = StandardPage.objects.live().public().filter(show_in_menus=True).order_by("path")
        return [{"url": page.get_url(request=request), "title": page.title} for page in pages]

    return {"footer_links": SimpleLazyObject(links)}
