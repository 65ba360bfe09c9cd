"""The admin report of pages due for review, soonest first."""

from django.contrib import messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from reviews import services

DEFAULT_DAYS = 60


def due_for_review(request):
    days = DEFAULT_DAYS
    raw = request.GET.get("days")
    if raw not in (None, ""):
        try:
            days = int(raw)
            if not 0 <= days <= services.MAX_DAYS:
                raise ValueError(days)
        except ValueError:
            messages.error(request, _("Enter a number of days between 0 and %(max)s.") % {"max": services.MAX_DAYS})
            days = DEFAULT_DAYS
    return TemplateResponse(request, "reviews/due_for_review.html", {
        "page_title": _("Due for review"),
        "header_icon": "date",
        "days": days,
        "due": services.due_pages(days, user=request.user),
    })
