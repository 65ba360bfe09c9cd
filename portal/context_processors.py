"""Template context every page needs: the language table and the current language's facts."""

from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from kernel import cache as page_cache
from kernel import languages


def site(request):
    code = get_language() or languages.DEFAULT
    current = languages.BY_CODE.get(code, languages.BY_CODE[languages.DEFAULT])
    return {"portal_languages": languages.TABLE, "current_language": current}


def footer_links(request):
    """Links to the standard pages shown in menus (about, accessibility), in the current language."""

    def compute():
        from django.db.models import Exists, OuterRef
        from django.db.models.functions import Length, Substr
        from wagtail.models import Page, PageViewRestriction

        from pages.models import StandardPage, link_fields

        # plain pages: the links need titles and paths, not the bodies in every language. Private
        # sections (a page with a view restriction and what lies below it, whose tree path starts with
        # the restricted page's) are left out, as Wagtail's ``public()`` does, in the same query.
        private = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
        pages = (Page.objects.type(StandardPage).live().filter(show_in_menus=True).exclude(Exists(private))
                 .only(*link_fields()).order_by("path"))
        return [{"url": page.get_url(request=request), "title": page.title} for page in pages]

    def links():
        from pages.generations import NAVIGATION, SITES

        # kept until a page that can change the links is published, moved or deleted (pages.cache)
        key = page_cache.key("footer", get_language() or "", request.get_host(), depends_on=(SITES, NAVIGATION))
        return page_cache.get_or_compute(key, compute)

    return {"footer_links": SimpleLazyObject(links)}
