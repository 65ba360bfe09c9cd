"""'Was this helpful?': the vote (an anonymous counter, CSRF-exempt, checked by origin instead) and the
optional comment (an ordinary CSRF-protected form, into the editors' feedback queue)."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from community import ratelimit
from kernel import languages
from readership import services
from readership.forms import CommentForm, VoteForm

VOTES_PER_HOUR = 30
COMMENTS_PER_HOUR = 5


def is_same_origin(request) -> bool:
    """A cross-site form post carries ``Sec-Fetch-Site: cross-site`` (every current browser) or a foreign
    ``Origin``; either one refuses it. Clients that send neither are not browsers tricked by another site,
    which is all that CSRF protection guards against."""
    site = request.META.get("HTTP_SEC_FETCH_SITE")
    if site and site not in ("same-origin", "none"):
        return False
    origin = request.META.get("HTTP_ORIGIN")
    if origin and origin != "null":
        parts = urlsplit(origin)
        return parts.netloc == request.get_host() and parts.scheme == request.scheme
    return origin != "null"


def _code() -> str:
    code = get_language() or languages.DEFAULT
    return code if code in languages.BY_CODE else languages.DEFAULT


def _refused(request, status: int, reason: str):
    return render(request, "readership/helpful.html", {"refused": reason}, status=status)


@csrf_exempt  # the page with the form stays cacheable (no per-visitor token); the origin check replaces it
@require_POST
@never_cache
def vote(request):
    if not is_same_origin(request):
        return _refused(request, 403, "origin")
    if not ratelimit.hit(request, "helpful", VOTES_PER_HOUR, 3600):
        response = render(request, "community/rate_limited.html", status=429)
        response["Retry-After"] = "3600"
        return response
    form = VoteForm(request.POST)
    code = _code()
    subject = form.is_valid() and services.find_subject(form.cleaned_data["kind"], form.cleaned_data["id"], code)
    if not subject:
        return _refused(request, 400, "unknown")
    helpful = form.cleaned_data["answer"] == "yes"
    services.record_vote(subject, helpful, code)
    comment = CommentForm(initial={"kind": subject.kind, "id": subject.object.pk,
                                   "answer": form.cleaned_data["answer"]})
    return render(request, "readership/helpful.html", {"subject": subject, "helpful": helpful, "form": comment})


@require_POST
@never_cache
@ratelimit.rate_limited("helpful-comment", limit=COMMENTS_PER_HOUR, window=3600)
def comment(request):
    form = CommentForm(request.POST)
    code = _code()
    subject = form.is_valid() and services.find_subject(form.cleaned_data["kind"], form.cleaned_data["id"], code)
    if not form.is_valid():
        subject = services.find_subject(request.POST.get("kind", ""), request.POST.get("id", ""), code)
        if subject is None:
            return _refused(request, 400, "unknown")
        return render(request, "readership/helpful.html", {"subject": subject, "form": form}, status=400)
    if not subject:
        return _refused(request, 400, "unknown")
    if not form.is_spam:
        answer = form.cleaned_data["answer"]
        services.send_comment(subject, helpful={"yes": True, "no": False}.get(answer),
                              message=form.cleaned_data["message"], code=code)
    return render(request, "readership/helpful.html", {"subject": subject, "sent": True})
