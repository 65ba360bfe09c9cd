"""Every rule about who may do what with a listing, and every write: invitations, change requests,
moderation, history, rollback and verification. Views only call these."""

from __future__ import annotations

import secrets
from datetime import timedelta
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import OperationalError, transaction
from django.db.models import Max, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from audit.recorder import acting_as
from community import diff
from community.models import (
    ChangeRequest,
    Invitation,
    ListingVersion,
    Membership,
    OrganizationLogo,
    RequestKind,
    RequestStatus,
    Role,
    hash_token,
)
from directory import services as directory_services
from directory import snapshot
from directory.freshness import VERIFICATION_MONTHS, verification_is_stale
from directory.models import Organization
from kernel import languages

INVITATION_DAYS = 14
MODERATE_PERMISSION = "community.change_changerequest"


# Other apps moderate their own kinds of request through this queue: ``apply`` publishes an approved
# request inside the approval's transaction, ``diff`` shows the moderator what it changes.
KIND_HANDLERS: dict[str, SimpleNamespace] = {}


def register_kind(kind: str, *, apply, diff) -> None:
    KIND_HANDLERS[kind] = SimpleNamespace(apply=apply, diff=diff)


def member_kinds() -> list[str]:
    """Kinds of request members make about their organisations (and may read back)."""
    return [RequestKind.EDIT, *KIND_HANDLERS]


class ConflictError(Exception):
    """The listing changed after the request was made: approving it would overwrite someone's change."""


class InvitationError(Exception):
    pass


# --- permissions -----------------------------------------------------------------------------------

def _signed_in(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def can_moderate(user) -> bool:
    return _signed_in(user) and (user.is_superuser or user.has_perm(MODERATE_PERMISSION))


def require_can_moderate(user) -> None:
    if not can_moderate(user):
        raise PermissionDenied


def editable_organizations(user):
    if not _signed_in(user):
        return Organization.objects.none()
    return Organization.objects.filter(memberships__user=user).distinct()


def can_edit(user, organization) -> bool:
    return _signed_in(user) and Membership.objects.filter(user=user, organization=organization).exists()


def require_can_edit(user, organization) -> None:
    if not can_edit(user, organization):
        raise PermissionDenied


def get_editable_organization(user, pk) -> Organization:
    """The organisation ``pk`` if ``user`` may edit it; ``PermissionDenied`` otherwise (existing or not)."""
    organization = editable_organizations(user).filter(pk=pk).first()
    if organization is None:
        raise PermissionDenied
    return organization


def requests_visible_to(user):
    """Change requests a member may read: those on organisations they belong to, except other
    members' unsent drafts (a draft is its author's until it is sent; moderators see them all)."""
    requests = ChangeRequest.objects.filter(organization__in=editable_organizations(user), kind__in=member_kinds())
    if can_moderate(user):
        return requests
    return requests.exclude(Q(status=RequestStatus.DRAFT) & ~Q(author=user))


def get_visible_request(user, pk) -> ChangeRequest:
    request = requests_visible_to(user).filter(pk=pk).first()
    if request is None:
        raise PermissionDenied
    return request


# --- invitations and membership --------------------------------------------------------------------

def _absolute(path: str) -> str:
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def is_owner(user, organization) -> bool:
    return _signed_in(user) and Membership.objects.filter(user=user, organization=organization,
                                                          role=Role.OWNER).exists()


def can_manage_members(user, organization) -> bool:
    """Inviting and removing members and changing their roles: the organisation's owners and moderators;
    editors edit the listing only."""
    return can_moderate(user) or is_owner(user, organization)


def require_can_manage_members(user, organization) -> None:
    if not can_manage_members(user, organization):
        raise PermissionDenied


LAST_OWNER = _("An organisation keeps at least one owner. Make someone else owner first.")


def _would_leave_no_owner(membership, new_role: str | None) -> bool:
    if membership.role != Role.OWNER or new_role == Role.OWNER:
        return False
    return not Membership.objects.filter(organization=membership.organization_id, role=Role.OWNER).exclude(
        pk=membership.pk).exists()


@transaction.atomic
def remove_member(membership, by) -> None:
    require_can_manage_members(by, membership.organization)
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if _would_leave_no_owner(membership, None):
        raise ValidationError(LAST_OWNER)
    with acting_as(by):
        membership.delete()


@transaction.atomic
def change_role(membership, role: str, by) -> Membership:
    require_can_manage_members(by, membership.organization)
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if _would_leave_no_owner(membership, role):
        raise ValidationError(LAST_OWNER)
    with acting_as(by):
        membership.role = role
        membership.save(update_fields=["role"])
    return membership


def invite(organization, email: str, role: str, invited_by, *, language: str = languages.DEFAULT) -> Invitation:
    """Create an invitation and e-mail its link; returns the invitation (the token exists only in the mail)."""
    require_can_manage_members(invited_by, organization)
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    token = secrets.token_urlsafe(32)
    with acting_as(invited_by):
        invitation = Invitation.objects.create(
            email=email.strip().lower(), organization=organization, role=role, invited_by=invited_by,
            token_hash=hash_token(token), expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
        )
    with translation.override(language):
        link = _absolute(reverse("community:accept_invitation", kwargs={"token": token}))
        body = render_to_string("community/email/invitation.txt",
                                {"organization": organization, "link": link, "days": INVITATION_DAYS})
        send_mail(str(_("Invitation to keep your listing up to date")), body, None, [invitation.email])
    invitation.token = token  # for the caller (tests, admin message); never stored
    return invitation


def find_invitation(token: str) -> Invitation:
    invitation = Invitation.objects.select_related("organization").filter(token_hash=hash_token(token)).first()
    if invitation is None or not invitation.is_usable:
        raise InvitationError(_("This invitation link is not valid any more. Ask for a new invitation."))
    return invitation


def existing_user_for(invitation):
    return get_user_model().objects.filter(email__iexact=invitation.email).first()


@transaction.atomic
def accept_invitation(token: str, password: str | None, *, user=None):
    """Use the invitation once: create the account (or use ``user``) and the membership; returns the user.

    A new account's password is checked with the configured validators (``ValidationError``).
    """
    invitation = (Invitation.objects.select_for_update().select_related("organization")
                  .filter(token_hash=hash_token(token)).first())
    if invitation is None or not invitation.is_usable:
        raise InvitationError(_("This invitation link is not valid any more. Ask for a new invitation."))
    if user is None:
        if existing_user_for(invitation) is not None:
            raise InvitationError(_("You already have an account. Sign in to accept the invitation."))
        User = get_user_model()
        user = User(username=invitation.email, email=invitation.email)
        validate_password(password, user)
        user.set_password(password)
        user.save()
    elif user.email.lower() != invitation.email:
        raise InvitationError(_("This invitation was sent to another e-mail address."))
    with acting_as(user):
        Membership.objects.update_or_create(user=user, organization=invitation.organization,
                                            defaults={"role": invitation.role})
    invitation.used_at = timezone.now()
    invitation.used_by = user
    invitation.save(update_fields=["used_at", "used_by"])
    return user


def is_claimable(organization) -> bool:
    return not organization.memberships.exists()


def create_claim(organization, *, email: str, message: str, language: str) -> ChangeRequest:
    if not is_claimable(organization):
        raise PermissionDenied
    return ChangeRequest.objects.create(kind=RequestKind.CLAIM, organization=organization, contact_email=email,
                                        message=message, language=language)


# --- versions and change requests ------------------------------------------------------------------

def current_version(organization) -> ListingVersion | None:
    return organization.listing_versions.order_by("-number").first()


def _record_version(organization, user, *, change_request=None, rolled_back_to=None) -> ListingVersion:
    number = (organization.listing_versions.aggregate(n=Max("number"))["n"] or 0) + 1
    return ListingVersion.objects.create(
        organization=organization, number=number, snapshot=snapshot.serialize(organization),
        change_request=change_request, rolled_back_to=rolled_back_to, created_by=user,
    )


def ensure_baseline(organization) -> ListingVersion:
    """The first version of a listing is the listing as it was before anyone edited it here."""
    version = current_version(organization)
    if version is None:
        version = _record_version(organization, None)
    return version


def draft_of(user, organization) -> ChangeRequest | None:
    """The member's unsent draft for this listing, if any."""
    require_can_edit(user, organization)
    return (ChangeRequest.objects.filter(organization=organization, author=user, kind=RequestKind.EDIT,
                                         status=RequestStatus.DRAFT).order_by("-pk").first())


@transaction.atomic
def submit_change(user, organization, proposed: dict, *, base_snapshot: dict, message: str = "",
                  logo=None, language: str = languages.DEFAULT, draft: bool = False) -> ChangeRequest:
    """A member proposes ``proposed`` (a full snapshot) made against ``base_snapshot``; nothing goes live.

    ``draft`` keeps it with the member (one draft per member and listing, updated in place) instead of
    sending it to the moderators.
    """
    require_can_edit(user, organization)
    version = ensure_baseline(organization)
    request = draft_of(user, organization) or ChangeRequest(kind=RequestKind.EDIT, organization=organization,
                                                            author=user)
    request.proposed, request.base_snapshot, request.base_version = proposed, base_snapshot, version
    request.message, request.language = message, language
    request.status = RequestStatus.DRAFT if draft else RequestStatus.PENDING
    if logo is not None:
        _discard_pending_logo(request)  # the draft's earlier logo, replaced by this one
        # an unguessable name: the file is in MEDIA_ROOT before anyone has approved it
        request.logo.save(f"{secrets.token_hex(16)}.png", logo, save=False)
    request.save()
    return request


def _discard_pending_logo(change_request) -> None:
    """Remove a logo that was never approved from storage once the transaction commits (an approved
    logo stays: the listing's history and rollback refer to it)."""
    name = change_request.logo.name if change_request.logo else ""
    if not name or OrganizationLogo.objects.filter(image=name).exists():
        return
    storage = change_request.logo.storage
    change_request.logo = None
    transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def send_draft(user, pk) -> ChangeRequest:
    request = get_visible_request(user, pk)
    if request.author_id != user.pk or request.status != RequestStatus.DRAFT:
        raise PermissionDenied
    request.status = RequestStatus.PENDING
    request.save(update_fields=["status"])
    return request


def create_report(organization, *, message: str, email: str = "", language: str) -> ChangeRequest:
    return ChangeRequest.objects.create(kind=RequestKind.REPORT, organization=organization, message=message,
                                        contact_email=email, language=language)


def create_feedback(page, *, url: str, message: str, email: str, language: str,
                    about: dict | None = None) -> ChangeRequest:
    """Feedback on the site, on ``page`` (a samhällsinformation page, or None for the site as a whole).

    ``about`` adds what else the feedback concerns (an actor's page, the reader's "helpful" answer)."""
    extra = dict(about or {})
    if page is not None:
        about = {"page_id": page.pk, "title": page.title, "url": url, **extra}
    else:
        about = {**extra, "url": url} if (extra or url) else {}
    return ChangeRequest.objects.create(kind=RequestKind.FEEDBACK, proposed=about, message=message,
                                        contact_email=email, language=language)


def create_suggestion(*, name: str, website: str, message: str, email: str, language: str) -> ChangeRequest:
    return ChangeRequest.objects.create(kind=RequestKind.SUGGEST, proposed={"name": name, "website": website},
                                        message=message, contact_email=email, language=language)


def conflicts(change_request) -> dict:
    """What stands in the way of approving ``change_request`` without overwriting anything.

    ``stale``: the live listing no longer matches what the request was based on.
    ``others``: other requests pending on the same listing.
    """
    result = {"stale": False, "others": []}
    if change_request.organization_id is None or change_request.kind != RequestKind.EDIT:
        return result
    org = Organization.objects.get(pk=change_request.organization_id)  # as live now, not as cached
    result["stale"] = snapshot.serialize(org) != change_request.base_snapshot
    result["others"] = list(org.change_requests.pending().filter(kind=RequestKind.EDIT)
                            .exclude(pk=change_request.pk))
    return result


def review_diff(change_request) -> list[dict]:
    """The proposal against the live listing, field by field."""
    if change_request.kind in KIND_HANDLERS:
        return KIND_HANDLERS[change_request.kind].diff(change_request)
    live = Organization.objects.get(pk=change_request.organization_id)
    changes = diff.diff(snapshot.serialize(live), change_request.proposed)
    if change_request.logo:
        changes.append({"key": ("logo",), "label": diff.label(("logo",)), "old": "",
                        "new": change_request.logo.name})
    return changes


def _notify_author(change_request) -> None:
    address = change_request.author.email if change_request.author else change_request.contact_email
    if not address:
        return
    with translation.override(change_request.language or languages.DEFAULT):
        body = render_to_string("community/email/reviewed.txt", {"request": change_request})
        subject = (_("Your change was approved") if change_request.status == RequestStatus.APPROVED
                   else _("Your change was not approved"))
        send_mail(str(subject), body, None, [address])


def _set_logo(organization, name: str) -> None:
    if name:
        OrganizationLogo.objects.update_or_create(organization=organization, defaults={"image": name})
    else:
        OrganizationLogo.objects.filter(organization=organization).delete()


BUSY = _("Another moderator is saving a change right now. Nothing was saved; try again in a moment.")


def _is_locked(error: OperationalError) -> bool:
    return "database is locked" in str(error)


def approve(change_request, moderator, *, message: str = "", override_conflict: bool = False) -> ListingVersion | None:
    """Apply every proposed field in one transaction and record the new version; e-mail the author."""
    require_can_moderate(moderator)
    try:
        return _approve(change_request, moderator, message=message, override_conflict=override_conflict)
    except OperationalError as error:
        if _is_locked(error):  # SQLite, when the wait for another writer ran out
            raise ValidationError(BUSY) from None
        raise


def _approve(change_request, moderator, *, message: str, override_conflict: bool) -> ListingVersion | None:
    with acting_as(moderator), transaction.atomic():
        change_request = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
        if change_request.status != RequestStatus.PENDING:
            raise ValidationError(_("This request has already been handled."))
        version = None
        if change_request.kind == RequestKind.EDIT:
            org = Organization.objects.select_for_update().get(pk=change_request.organization_id)
            if conflicts(change_request)["stale"] and not override_conflict:
                raise ConflictError
            ensure_baseline(org)
            data = dict(change_request.proposed)
            if change_request.logo:
                data["logo"] = change_request.logo.name
            directory_services.apply_snapshot(org, data)
            _set_logo(org, data.get("logo", ""))
            org.refresh_from_db()
            version = _record_version(org, moderator, change_request=change_request)
        elif change_request.kind in KIND_HANDLERS:
            KIND_HANDLERS[change_request.kind].apply(change_request, moderator)
        elif change_request.kind == RequestKind.SUGGEST:
            # an unpublished listing for staff to complete and publish in the directory admin
            name = change_request.proposed.get("name", "")[:200] or str(change_request)
            created = directory_services.create_organization(
                name=name, website=change_request.proposed.get("website"), source=str(_("Suggested by a visitor")))
            change_request.organization = created
        elif change_request.kind == RequestKind.CLAIM and change_request.contact_email:
            transaction.on_commit(lambda: invite(change_request.organization, change_request.contact_email,
                                                 Role.OWNER, moderator, language=change_request.language
                                                 or languages.DEFAULT))
        change_request.status = RequestStatus.APPROVED
        change_request.reviewed_by, change_request.reviewed_at = moderator, timezone.now()
        change_request.review_message = message
        change_request.save()
        transaction.on_commit(lambda: _notify_author(change_request))
    return version


def reject(change_request, moderator, *, message: str = "") -> ChangeRequest:
    require_can_moderate(moderator)
    try:
        return _reject(change_request, moderator, message=message)
    except OperationalError as error:
        if _is_locked(error):
            raise ValidationError(BUSY) from None
        raise


@transaction.atomic
def _reject(change_request, moderator, *, message: str) -> ChangeRequest:
    change_request = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
    if change_request.status != RequestStatus.PENDING:
        raise ValidationError(_("This request has already been handled."))
    change_request.status = RequestStatus.REJECTED
    _discard_pending_logo(change_request)
    change_request.reviewed_by, change_request.reviewed_at = moderator, timezone.now()
    change_request.review_message = message
    change_request.save()
    transaction.on_commit(lambda: _notify_author(change_request))
    return change_request


@transaction.atomic
def rollback(version: ListingVersion, moderator) -> ListingVersion:
    """Make ``version`` live again; recorded as a new version so that the rollback itself can be undone."""
    require_can_moderate(moderator)
    with acting_as(moderator):
        org = Organization.objects.select_for_update().get(pk=version.organization_id)
        directory_services.apply_snapshot(org, version.snapshot)
        _set_logo(org, version.snapshot.get("logo", ""))
        org.refresh_from_db()
        return _record_version(org, moderator, rolled_back_to=version)


# --- freshness -------------------------------------------------------------------------------------

@transaction.atomic
def confirm_still_correct(user, organization) -> None:
    """A member confirms the listing is correct: the same verification staff record (directory.services)."""
    require_can_edit(user, organization)
    directory_services.record_verification([organization], user)


def stale_organizations(today=None):
    today = today or timezone.localdate()
    return Organization.objects.published().needing_verification(today, VERIFICATION_MONTHS)


def is_stale(organization, today=None) -> bool:
    return verification_is_stale(organization.last_verified, today or timezone.localdate())


REMINDER_INTERVAL = timedelta(days=30)


def send_verification_reminders(today=None) -> int:
    """E-mail every member of a listing not verified for a year, at most once per ``REMINDER_INTERVAL``
    (so the command can run daily); returns how many e-mails were sent."""
    sent = 0
    now = timezone.now()
    for org in stale_organizations(today).prefetch_related("memberships__user"):
        for membership in org.memberships.all():
            user = membership.user
            if not (user.is_active and user.email):
                continue
            if membership.reminded_at and membership.reminded_at > now - REMINDER_INTERVAL:
                continue
            link = _absolute(reverse("community:edit", kwargs={"pk": org.pk}))
            body = render_to_string("community/email/reminder.txt", {"organization": org, "link": link})
            send_mail(str(_("Is your listing still correct?")), body, None, [user.email])
            membership.reminded_at = now
            membership.save(update_fields=["reminded_at"])
            sent += 1
    return sent
