"""The code step of signing in, setting up an authenticator app, and recovery codes (/<lang>/my/two-factor/)."""

from __future__ import annotations

import base64
from functools import partial
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from twofactor import services
from twofactor.forms import CodeForm

member_required = partial(login_required, login_url="community:login")


def safe_next(request, url: str) -> str:
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()},
                                               require_https=request.is_secure()):
        return url
    return ""


def _wrong_code(request, user, form) -> None:
    # counted by django-axes like a wrong password: five in a row lock the account out
    user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=request)
    form.add_error("code", _("This code is not right. Try again."))


@never_cache
def code(request):
    """After the password: the code from the app, or a recovery code. Signs the user in only then.
    Guessing is slowed by django-otp's throttling per device and stopped by the django-axes lockout."""
    pending = services.pending(request.session)
    if pending is None:
        return redirect("community:login")
    user, backend, next_url = pending
    credentials = {"username": user.get_username()}
    if AxesProxyHandler.is_locked(request, credentials):
        services.end(request.session)
        return get_lockout_response(request, None, credentials)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = services.check_code(user, form.cleaned_data["code"])
        if device is None:
            _wrong_code(request, user, form)
        else:
            services.end(request.session)
            login(request, user, backend=backend)
            otp_login(request, device)
            if device.persistent_id.startswith("otp_static"):
                left = services.recovery_codes_left(user)
                messages.warning(request, _("You signed in with a recovery code. %(count)s are left.")
                                 % {"count": left})
            return redirect(safe_next(request, next_url) or reverse("community:dashboard"))
    return render(request, "twofactor/code.html", {"form": form})


def _qr_data_uri(text: str) -> str:
    svg = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, border=2).to_string(encoding="utf-8")
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


def _grouped(secret: str) -> str:
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def _show_codes(request, codes, next_url=""):
    response = render(request, "twofactor/recovery_codes.html",
                      {"codes": codes, "next": safe_next(request, next_url) or reverse("twofactor:overview")})
    return response


@never_cache
@member_required
def setup(request):
    """Set up an authenticator app: a QR code and the secret as text, confirmed with a first code."""
    if services.is_enrolled(request.user):
        return redirect("twofactor:overview")
    next_url = request.POST.get("next") or request.GET.get("next", "")
    device = services.start_enrolment(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        confirmed = services.confirm_enrolment(request.user, form.cleaned_data["code"])
        if confirmed is None:
            form.add_error("code", _("This code is not right. Try again."))
        else:
            device, codes = confirmed
            otp_login(request, device)
            return _show_codes(request, codes, next_url)
    secret = base64.b32encode(device.bin_key).decode()
    return render(request, "twofactor/setup.html", {
        "form": form, "qr": _qr_data_uri(device.config_url), "secret": _grouped(secret),
        "next": safe_next(request, next_url), "required": services.is_staff(request.user),
    })


@member_required
def overview(request):
    user = request.user
    return render(request, "twofactor/overview.html", {
        "enrolled": services.is_enrolled(user), "required": services.is_staff(user),
        "codes_left": services.recovery_codes_left(user),
    })


@never_cache
@member_required
@require_POST
def recovery_codes(request):
    return _show_codes(request, services.replace_recovery_codes(request.user))


@member_required
@require_POST
def turn_off(request):
    services.turn_off(request.user)
    messages.success(request, _("Two-factor sign-in is turned off."))
    return redirect("twofactor:overview")


def admin_login(request):
    """The admin's sign-in is the site's: password, then the code (or setting up an authenticator app)."""
    next_url = safe_next(request, request.GET.get("next", "")) or "/admin/"
    return redirect(f"{reverse('community:login')}?{urlencode({'next': next_url})}")
