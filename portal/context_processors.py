"""Template context every page needs: the language table and the current language's facts."""

from django.utils.translation import get_language

from portal import languages


def site(request):
    code = get_language() or languages.DEFAULT
    current = languages.BY_CODE.get(code, languages.BY_CODE[languages.DEFAULT])
    return {"portal_languages": languages.TABLE, "current_language": current}
