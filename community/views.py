"""Member pages under /<lang>/my/ and the public report, suggest and claim forms; permissions live in services."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from community import diff, services
from community.editing import ListingEditor, load_base
from community.forms import ClaimForm, InviteForm, ReportForm, SetPasswordForm, SuggestForm
from community.models import RequestStatus, Role
from community.ratelimit import rate_limited
from directory import snapshot
from directory.models import Organization
from kernel import params
from twofactor import services as twofactor

member_required = partial(login_required, login_url="community:login")


class LoginView(auth_views.LoginView):
    template_name = "community/login.html"
    redirect_authenticated_user = True
    next_page = reverse_lazy("community:dashboard")

    def form_valid(self, form):
        """Users with two-factor sign-in are signed in only after the code (twofactor.views.code)."""
        user = form.get_user()
        if not twofactor.is_enrolled(user):
            return super().form_valid(form)
        twofactor.begin(self.request.session, user, user.backend, self.get_redirect_url())
        return redirect("twofactor:code")


class LogoutView(auth_views.LogoutView):
    next_page = reverse_lazy("community:login")


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "community/password_reset.html"
    email_template_name = "community/email/password_reset.txt"
    subject_template_name = "community/email/password_reset_subject.txt"
    success_url = reverse_lazy("community:password_reset_done")

    def dispatch(self, request, *args, **kwargs):
        return rate_limited("password_reset", limit=5, window=3600)(super().dispatch)(request, *args, **kwargs)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "community/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "community/password_reset_confirm.html"
    success_url = reverse_lazy("community:login")

    def form_valid(self, form):
        messages.success(self.request, _("Your new password is saved. Sign in with it."))
        return super().form_valid(form)


@member_required
def dashboard(request):
    organizations = services.editable_organizations(request.user).order_by("name")
    rows = [{"organization": org, "stale": services.is_stale(org),
             "pending": org.change_requests.pending().filter(author=request.user).count()}
            for org in organizations]
    return render(request, "community/dashboard.html", {"rows": rows})


@member_required
def members(request, pk):
    """The organisation's members; owners (and moderators) also invite, remove and change roles here."""
    organization = services.get_editable_organization(request.user, pk)
    manage = services.can_manage_members(request.user, organization)
    form = InviteForm(initial={"language": get_language()})
    if request.method == "POST":
        try:
            if "remove" in request.POST or "role" in request.POST and "membership" in request.POST:
                membership = get_object_or_404(organization.memberships,
                                               pk=params.positive_int(request.POST.get("membership")) or 0)
                if "remove" in request.POST:
                    services.remove_member(membership, request.user)
                    messages.success(request, _("The member was removed."))
                else:
                    services.change_role(membership, request.POST.get("role", ""), request.user)
                    messages.success(request, _("The role was changed."))
                return redirect("community:members", pk=organization.pk)
            form = InviteForm(request.POST)
            if form.is_valid():
                c = form.cleaned_data
                services.invite(organization, c["email"], c["role"], request.user, language=c["language"])
                messages.success(request, _("The invitation was sent to %(email)s.") % {"email": c["email"]})
                return redirect("community:members", pk=organization.pk)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return render(request, "community/members.html", {
        "organization": organization, "manage": manage, "form": form if manage else None,
        "memberships": organization.memberships.select_related("user").order_by("user__email"),
        "roles": Role.choices,
    })


def accept_invitation(request, token):
    try:
        invitation = services.find_invitation(token)
    except services.InvitationError as error:
        return render(request, "community/invitation_invalid.html", {"error": error}, status=410)
    existing = services.existing_user_for(invitation)
    form = SetPasswordForm(request.POST or None)
    if request.method == "POST":
        try:
            if existing is not None:
                if request.user != existing:
                    return redirect(f"{reverse('community:login')}?next={request.path}")
                user = services.accept_invitation(token, None, user=request.user)
            elif form.is_valid():
                user = services.accept_invitation(token, form.cleaned_data["password1"])
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            else:
                user = None
        except ValidationError as error:
            form.add_error("password1", error)
            user = None
        except services.InvitationError as error:
            return render(request, "community/invitation_invalid.html", {"error": error}, status=410)
        if user is not None:
            messages.success(request, _("Welcome! You can now edit %(name)s.") % {
                "name": invitation.organization.name})
            return redirect("community:dashboard")
    return render(request, "community/accept_invitation.html",
                  {"invitation": invitation, "form": form, "existing": existing})


@member_required
def edit(request, pk):
    organization = services.get_editable_organization(request.user, pk)
    language = get_language()
    draft = services.draft_of(request.user, organization)
    if request.method == "POST":
        loaded = load_base(request.POST.get("base", ""), organization.pk)
        if loaded is None:
            return HttpResponseBadRequest(_("The form is out of date. Open it again."))
        base, shown = loaded
        editor = ListingEditor(organization.pk, base, language, request.POST, request.FILES, shown=shown)
        if editor.is_valid():
            proposed = editor.proposed()
            as_draft = "draft" in request.POST
            if proposed == base and editor.logo is None and draft is None:
                messages.info(request, _("You did not change anything."))
                return redirect("community:edit", pk=organization.pk)
            services.submit_change(request.user, organization, proposed, base_snapshot=base,
                                   message=editor.message, logo=editor.logo, language=language, draft=as_draft)
            if as_draft:
                messages.success(request, _("Your draft was saved. Send it for approval when it is ready."))
                return redirect("community:edit", pk=organization.pk)
            messages.success(request, _("Thank you! Your change will be published when it has been approved."))
            return redirect("community:requests", pk=organization.pk)
    elif draft is not None:
        editor = ListingEditor(organization.pk, draft.base_snapshot, language, shown=draft.proposed)
    else:
        editor = ListingEditor(organization.pk, snapshot.serialize(organization), language)
    pending = organization.change_requests.pending().filter(kind="edit").count()
    return render(request, "community/edit.html",
                  {"organization": organization, "editor": editor, "pending": pending, "draft": draft,
                   "stale": services.is_stale(organization)})


@member_required
@require_POST
def verify(request, pk):
    organization = services.get_editable_organization(request.user, pk)
    services.confirm_still_correct(request.user, organization)
    messages.success(request, _("Thank you for confirming that the information is correct."))
    return redirect("community:dashboard")


@member_required
def organization_requests(request, pk):
    organization = services.get_editable_organization(request.user, pk)
    requests = services.requests_visible_to(request.user).filter(organization=organization)
    return render(request, "community/requests.html", {"organization": organization, "requests": requests})


@member_required
@require_POST
def send_draft(request, pk):
    change_request = services.send_draft(request.user, pk)
    messages.success(request, _("Thank you! Your change will be published when it has been approved."))
    return redirect("community:requests", pk=change_request.organization_id)


@member_required
def request_detail(request, pk):
    change_request = services.get_visible_request(request.user, pk)
    handler = services.KIND_HANDLERS.get(change_request.kind)
    changes = (handler.diff(change_request) if handler
               else diff.diff(change_request.base_snapshot, change_request.proposed))
    return render(request, "community/request_detail.html",
                  {"request_obj": change_request, "changes": changes, "statuses": RequestStatus})


# --- public forms ----------------------------------------------------------------------------------

def _thanks(request, organization=None):
    return render(request, "community/thanks.html", {"organization": organization})


@rate_limited("report", limit=5, window=3600)
def report(request, slug):
    organization = get_object_or_404(Organization.objects.published(), slug=slug)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_spam:
            services.create_report(organization, message=form.cleaned_data["message"],
                                   email=form.cleaned_data["email"], language=get_language())
        return _thanks(request, organization)
    return render(request, "community/report.html", {"organization": organization, "form": form})


def _feedback_page(value):
    """The live, public page that feedback is about, from the ``page`` parameter (None if there is none)."""
    from wagtail.models import Page

    pk = params.positive_int(value)
    if pk is None:
        return None
    return Page.objects.live().public().filter(pk=pk, depth__gt=1).first()


@rate_limited("feedback", limit=5, window=3600)
def feedback(request):
    """Feedback to the editors: on one page (``?page=<id>``, as the footer links) or on the site."""
    page = _feedback_page(request.POST.get("page") or request.GET.get("page"))
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_spam:
            services.create_feedback(page, url=page.get_url(request=request) if page else "",
                                     message=form.cleaned_data["message"], email=form.cleaned_data["email"],
                                     language=get_language())
        return render(request, "community/thanks.html", {"page": page})
    return render(request, "community/feedback.html", {"form": form, "about": page})


@rate_limited("suggest", limit=5, window=3600)
def suggest(request):
    form = SuggestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_spam:
            c = form.cleaned_data
            services.create_suggestion(name=c["name"], website=c["website"], message=c["message"],
                                       email=c["email"], language=get_language())
        return _thanks(request)
    return render(request, "community/suggest.html", {"form": form})


@rate_limited("claim", limit=5, window=3600)
def claim(request, slug):
    organization = get_object_or_404(Organization.objects.published(), slug=slug)
    if not services.is_claimable(organization):
        return render(request, "community/claim.html", {"organization": organization, "claimed": True})
    form = ClaimForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_spam:
            services.create_claim(organization, email=form.cleaned_data["email"],
                                  message=form.cleaned_data["message"], language=get_language())
        return _thanks(request, organization)
    return render(request, "community/claim.html", {"organization": organization, "form": form})
