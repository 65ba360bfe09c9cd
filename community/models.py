"""Who may edit which listing, invitations, change requests awaiting moderation and the history of listings."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OWNER = "owner", _("Owner")
    EDITOR = "editor", _("Editor")


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships",
                             verbose_name=_("user"))
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE,
                                     related_name="memberships", verbose_name=_("organisation"))
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created_at = models.DateTimeField(auto_now_add=True)
    reminded_at = models.DateTimeField(_("last reminded"), null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "organization"], name="unique_membership")]
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return f"{self.user} – {self.organization}"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """An e-mailed, single-use, expiring invitation; only the hash of its token is stored."""

    email = models.EmailField(_("e-mail"))
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE,
                                      related_name="invitations", verbose_name=_("organisation"))
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("invited by"))
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    used_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} – {self.organization}"

    @property
    def is_usable(self) -> bool:
        return self.used_at is None and self.expires_at > timezone.now()


class RequestKind(models.TextChoices):
    EDIT = "edit", _("Change by a member")
    REPORT = "report", _("Reported error")
    SUGGEST = "suggest", _("Suggested organisation")
    CLAIM = "claim", _("Claim of a listing")
    FEEDBACK = "feedback", _("Feedback on a page")
    ACTIVITY = "activity", _("Activity proposed by a member")


class RequestStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ChangeRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=RequestStatus.PENDING)


class ChangeRequest(models.Model):
    """A proposed change to a listing, a public report or suggestion; nothing is public until approved."""

    kind = models.CharField(_("kind"), max_length=10, choices=RequestKind.choices, default=RequestKind.EDIT)
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, null=True, blank=True,
                                     related_name="change_requests", verbose_name=_("organisation"))
    status = models.CharField(_("status"), max_length=10, choices=RequestStatus.choices,
                              default=RequestStatus.PENDING)
    # the listing as proposed and the listing as it was when the proposal was made (see directory.snapshot)
    proposed = models.JSONField(_("proposed data"), default=dict, blank=True)
    base_snapshot = models.JSONField(default=dict, blank=True)
    base_version = models.ForeignKey("ListingVersion", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    message = models.TextField(_("message"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    logo = models.FileField(_("logo"), upload_to="community/pending-logos/", blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="change_requests", verbose_name=_("author"))
    language = models.CharField(max_length=15, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("reviewed by"))
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    review_message = models.TextField(_("message from the moderator"), blank=True)

    objects = ChangeRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("change request")
        verbose_name_plural = _("change requests")

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"


class ListingVersion(models.Model):
    """A snapshot of a listing after each approved change or rollback: the history staff can restore."""

    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE,
                                     related_name="listing_versions", verbose_name=_("organisation"))
    number = models.PositiveIntegerField(_("version"))
    snapshot = models.JSONField(default=dict)
    change_request = models.ForeignKey(ChangeRequest, on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="versions")
    rolled_back_to = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("by"))
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["organization", "-number"]
        constraints = [models.UniqueConstraint(fields=["organization", "number"], name="unique_listing_version")]
        verbose_name = _("listing version")
        verbose_name_plural = _("listing versions")

    def __str__(self):
        return f"{self.organization} v{self.number}"


class OrganizationLogo(models.Model):
    """The approved logo of an organisation, re-encoded on upload (see community.uploads)."""

    organization = models.OneToOneField("directory.Organization", on_delete=models.CASCADE, related_name="logo",
                                        verbose_name=_("organisation"))
    image = models.FileField(_("logo"), upload_to="community/logos/")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("logo")
        verbose_name_plural = _("logos")

    def __str__(self):
        return self.image.name
