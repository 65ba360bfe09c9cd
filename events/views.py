"""The calendar page, its iCalendar feed, one activity's page, and the members' activity proposals."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from community import services as community
from directory import listing
from events import calendar, ical, jsonld, services
from events.forms import ActivityProposalForm, CalendarFilterForm
from events.models import Activity, ActivityStatus
from kernel import cache as portal_cache

member_required = partial(login_required, login_url="community:login")


def _filter_form(request) -> CalendarFilterForm:
    vocabularies = listing.vocabularies()
    return CalendarFilterForm(request.GET, languages=vocabularies.languages, areas=vocabularies.areas,
                              today=timezone.localdate())


def _detail_url(request, activity) -> str:
    return request.build_absolute_uri(reverse("events:detail", kwargs={"pk": activity.pk}))


def _cached(request, kind: str, form: CalendarFilterForm, compute):
    """``compute()`` for this window, these filters, language and host, cached until activities or the
    directory (organisers, places) change; the window's dates are part of the key, so it rolls daily."""
    window, filters = form.window(), form.filters()
    parts = [get_language() or "", request.get_host(), window.first.isoformat(), window.last.isoformat(),
             str(form.page_number()), *(f"{k}={v}" for k, v in sorted(filters.items()))]
    key = portal_cache.key(f"events-{kind}", *parts, depends_on=(calendar.EVENTS, portal_cache.DIRECTORY))
    return portal_cache.get_or_compute(key, compute)


@require_GET
def calendar_page(request):
    form = _filter_form(request)
    window, filters = form.window(), form.filters()

    def listing():
        rows = calendar.occurrence_rows(window, filters)
        page = Paginator(rows, calendar.PAGE_SIZE).get_page(form.page_number())
        occurrences = calendar.occurrences_of(page.object_list)
        html = render_to_string("events/components/calendar_list.html", {"occurrences": occurrences}, request)
        return {"html": mark_safe(html), "count": page.paginator.count, "number": page.number,  # noqa: S308
                "pages": page.paginator.num_pages,
                "jsonld": jsonld.dump_events(occurrences, partial(_detail_url, request))}

    result = _cached(request, "page", form, listing)
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "events/calendar.html", {
        "form": form, "errors": form.error_messages(), "window": window, "listing": result,
        "previous_page": result["number"] - 1 if result["number"] > 1 else None,
        "next_page": result["number"] + 1 if result["number"] < result["pages"] else None,
        "query": query.urlencode(),
        "ics_url": reverse("events:ics") + (f"?{query.urlencode()}" if query else ""),
    }, status=400 if form.errors else 200)


@require_GET
def calendar_ics(request):
    form = _filter_form(request)
    if form.errors:
        return HttpResponse("\n".join(form.error_messages()), status=400, content_type="text/plain; charset=utf-8")

    def feed():
        activities = calendar.details_of(calendar.activities_in(form.window(), form.filters()))
        return ical.build(activities, name=_("Activities in Västerås"), host=request.get_host().split(":")[0],
                          url_for=partial(_detail_url, request))

    response = HttpResponse(_cached(request, "ics", form, feed), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    return response


@require_GET
def detail(request, pk):
    activity = get_object_or_404(calendar.with_details(Activity.objects.published()), pk=pk)
    today = timezone.localdate()
    upcoming = calendar.upcoming_for(Activity.objects.filter(pk=pk), today=today, days=calendar.MAX_DAYS,
                                     limit=10)
    return render(request, "events/activity_detail.html", {
        "activity": activity, "occurrences": upcoming, "object": activity,
        "jsonld": jsonld.dump_events(upcoming[:1], partial(_detail_url, request)) if upcoming else "",
    })


def meeting_place_ics(request, page):
    """The iCalendar feed of one meeting place's activities (its page's ``ical/`` route)."""
    activities = calendar.details_of(Activity.objects.published().at_meeting_place(page))
    body = ical.build(activities, name=page.text_in(get_language()).title, host=request.get_host().split(":")[0],
                      url_for=partial(_detail_url, request))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{page.slug}.ics"'
    return response


# --- members ---------------------------------------------------------------------------------------

@member_required
def member_activities(request, pk):
    organization = community.get_editable_organization(request.user, pk)
    activities = services.editable_activities(request.user, organization)
    pending = community.requests_visible_to(request.user).filter(organization=organization, kind="activity",
                                                                  status="pending")
    return render(request, "events/member_activities.html",
                  {"organization": organization, "activities": activities, "pending": pending})


def _initial(activity, language: str) -> dict:
    if activity is None:
        return {}
    return {
        "title": getattr(activity, f"title_{language.replace('-', '_')}") or "",
        "description": getattr(activity, f"description_{language.replace('-', '_')}") or "",
        "place": getattr(activity, f"place_{language.replace('-', '_')}") or "",
        "start_date": activity.start_date, "start_time": activity.start_time, "end_time": activity.end_time,
        "recurrence": activity.recurrence, "location": activity.location_id,
        "languages": list(activity.languages.values_list("code", flat=True)), "focus_area": activity.focus_area,
        "audience": activity.audience, "price": activity.price, "registration_url": activity.registration_url,
        "status": activity.status,
    }


@member_required
def propose(request, pk, activity_pk=None):
    organization = community.get_editable_organization(request.user, pk)
    activity = None
    if activity_pk is not None:
        activity = get_object_or_404(services.editable_activities(request.user, organization), pk=activity_pk)
    language = get_language()
    vocabularies = listing.vocabularies()
    locations = [(loc.pk, str(loc)) for loc in services.organization_locations(organization)]
    form = ActivityProposalForm(request.POST or None, initial=_initial(activity, language), locations=locations,
                                languages=vocabularies.languages, editing=activity is not None)
    if request.method == "POST" and form.is_valid():
        proposed = services.proposal_from_form(form.cleaned_data, language, services.serialize(activity))
        services.propose(request.user, organization, proposed, activity=activity,
                         message=form.cleaned_data["message"], language=language)
        messages.success(request, _("Thank you! The activity will be published when it has been approved."))
        return redirect("events_member:list", pk=organization.pk)
    return render(request, "events/member_propose.html",
                  {"organization": organization, "form": form, "activity": activity,
                   "statuses": ActivityStatus})
