"""Staff reach the Wagtail admin only with two-factor sign-in set up and confirmed in this session.

Runs after django-otp's OTPMiddleware (``request.user.is_verified()``). A session of a user who uses
two-factor sign-in but has not given a code in it (one signed in before the authenticator was set up,
elsewhere) is signed out of the admin and the member pages.
"""

import re
from urllib.parse import urlencode

from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse

from twofactor import services

ADMIN = "/admin/"
ADMIN_OPEN = ("/admin/login/", "/admin/logout/", "/admin/password_reset/")
MEMBER_AREA = re.compile(r"^/[^/]+/my/")
MEMBER_OPEN = re.compile(r"^/[^/]+/my/(login|logout|password|two-factor/code)/")


def _protected(path: str) -> bool:
    if path.startswith(ADMIN):
        return not path.startswith(ADMIN_OPEN)
    return bool(MEMBER_AREA.match(path)) and not MEMBER_OPEN.match(path)


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and _protected(path) and not user.is_verified():
            enrolled = services.is_enrolled(user)
            if enrolled:
                logout(request)
                return redirect(f"{reverse('community:login')}?{urlencode({'next': request.get_full_path()})}")
            if path.startswith(ADMIN) and services.is_staff(user):
                return redirect(f"{reverse('twofactor:setup')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
