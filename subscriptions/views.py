"""Subscribe, confirm (a button, so that link checkers in mail programs confirm nothing), unsubscribe."""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt

from community.ratelimit import rate_limited
from subscriptions import services
from subscriptions.forms import SubscribeForm


@rate_limited("subscribe", limit=5, window=3600)
def subscribe(request):
    form = SubscribeForm(request.POST or None, initial={"topic": request.GET.get("topic", "")})
    if request.method == "POST" and form.is_valid():
        if not form.is_spam:
            services.subscribe(form.cleaned_data["email"], get_language(), form.cleaned_data["topic"])
        return render(request, "subscriptions/check_mail.html")
    return render(request, "subscriptions/subscribe.html", {"form": form},
                  status=400 if form.errors else 200)


def confirm(request, token):
    if request.method == "POST":
        try:
            services.confirm(token)
        except services.InvalidToken:
            return render(request, "subscriptions/invalid.html", status=410)
        return render(request, "subscriptions/done.html", {"confirmed": True})
    return render(request, "subscriptions/confirm.html")


@csrf_exempt  # RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click"; the signed token is the proof
def unsubscribe(request, token):
    try:
        if request.method == "POST":
            services.unsubscribe(token)
            return render(request, "subscriptions/done.html", {"confirmed": False})
        services.check_unsubscribe(token)
    except services.InvalidToken:
        return render(request, "subscriptions/invalid.html", status=410)
    return render(request, "subscriptions/unsubscribe.html")
