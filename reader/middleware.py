"""Pages shown to a signed-in user are marked private, so that neither the service worker nor a shared cache
keeps them: a member who edits a listing sees it as it is, not a copy kept from before."""

from django.conf import settings
from django.utils.cache import patch_cache_control


class PrivateForSignedInMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.SESSION_COOKIE_NAME in request.COOKIES and getattr(request, "user", None) is not None \
                and request.user.is_authenticated:
            patch_cache_control(response, private=True)
        return response
