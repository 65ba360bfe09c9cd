"""Staff views in the Wagtail admin: the moderation queue, review with diff, listings, members, history."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from community import services
from community.forms import InviteForm, ReviewForm
from community.models import ChangeRequest, ListingVersion, Membership, RequestStatus, Role
from directory.models import Organization


def _moderator(request):
    services.require_can_moderate(request.user)
    return request.user


def queue(request):
    _moderator(request)
    status = request.GET.get("status", RequestStatus.PENDING)
    if status not in RequestStatus.values:
        status = RequestStatus.PENDING
    requests = (ChangeRequest.objects.filter(status=status)
                .select_related("organization", "author").order_by("created_at"))
    pending_per_org: dict[int, int] = {}
    for r in ChangeRequest.objects.pending().filter(kind="edit").values_list("organization_id", flat=True):
        pending_per_org[r] = pending_per_org.get(r, 0) + 1
    rows = [{"request": r, "conflict": r.organization_id is not None and pending_per_org.get(r.organization_id, 0) > 1}
            for r in requests[:500]]
    return render(request, "community/admin/queue.html",
                  {"rows": rows, "status": status, "statuses": RequestStatus.choices})


def review(request, pk):
    moderator = _moderator(request)
    change_request = get_object_or_404(ChangeRequest.objects.select_related("organization", "author"), pk=pk)
    form = ReviewForm(request.POST or None)
    conflict = services.conflicts(change_request)
    if request.method == "POST" and form.is_valid() and change_request.status == RequestStatus.PENDING:
        message = form.cleaned_data["message"]
        try:
            if "reject" in request.POST:
                services.reject(change_request, moderator, message=message)
                messages.success(request, _("The request was rejected."))
            else:
                services.approve(change_request, moderator, message=message,
                                 override_conflict=form.cleaned_data["override_conflict"])
                messages.success(request, _("The request was approved and published."))
            return redirect("community_admin:queue")
        except services.ConflictError:
            form.add_error("override_conflict", _("The listing changed after this request was made. Compare the "
                                                  "changes and confirm."))
        except ValidationError as error:
            form.add_error(None, error)
    changes = services.review_diff(change_request) if change_request.organization_id and \
        change_request.kind in services.member_kinds() else []
    return render(request, "community/admin/review.html",
                  {"request_obj": change_request, "form": form, "conflict": conflict, "changes": changes,
                   "subject": change_request.organization.name if change_request.organization_id
                   else change_request.proposed.get("name", "")})


def listings(request):
    _moderator(request)
    only_stale = request.GET.get("stale") == "1"
    today = timezone.localdate()
    organizations = services.stale_organizations(today) if only_stale else Organization.objects.all()
    rows = [{"organization": org, "stale": services.is_stale(org, today)}
            for org in organizations.order_by("name")[:1000]]
    return render(request, "community/admin/listings.html", {"rows": rows, "only_stale": only_stale})


def organization(request, pk):
    moderator = _moderator(request)
    org = get_object_or_404(Organization, pk=pk)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        c = form.cleaned_data
        services.invite(org, c["email"], c["role"], moderator, language=c["language"])
        messages.success(request, _("The invitation was sent to %(email)s.") % {"email": c["email"]})
        return redirect("community_admin:organization", pk=org.pk)
    return render(request, "community/admin/organization.html", {
        "organization": org, "form": form, "stale": services.is_stale(org),
        "members": org.memberships.select_related("user"), "roles": Role.choices,
        "invitations": org.invitations.filter(used_at=None, expires_at__gt=timezone.now()),
        "versions": org.listing_versions.select_related("created_by", "change_request", "rolled_back_to"),
        "claimable": services.is_claimable(org),
    })


@require_POST
def rollback(request, pk):
    moderator = _moderator(request)
    version = get_object_or_404(ListingVersion, pk=pk)
    services.rollback(version, moderator)
    messages.success(request, _("Version %(number)s is live again.") % {"number": version.number})
    return redirect("community_admin:organization", pk=version.organization_id)


@require_POST
def member(request, pk):
    """Change a member's role, or remove the member."""
    moderator = _moderator(request)
    membership = get_object_or_404(Membership, pk=pk)
    try:
        if "remove" in request.POST:
            services.remove_member(membership, moderator)
            messages.success(request, _("%(email)s can no longer edit this listing.") % {"email": membership.user.email})
        else:
            services.change_role(membership, request.POST.get("role", ""), moderator)
            messages.success(request, _("The role of %(email)s was changed.") % {"email": membership.user.email})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("community_admin:organization", pk=membership.organization_id)
