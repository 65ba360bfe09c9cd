"""Projects funded by the European Social Fund (ESF), as printed on their project cards."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Project(models.Model):
    organization = models.ForeignKey(
        "directory.Organization", on_delete=models.SET_NULL, null=True, blank=True, related_name="projects",
        verbose_name=_("project owner"))
    name = models.CharField(_("name"), max_length=255)
    # the ESF council's case number (diarienummer); older cards print none
    case_number = models.CharField(_("case number"), max_length=30, blank=True)
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    budget = models.DecimalField(_("total budget (SEK)"), max_digits=14, decimal_places=2, null=True, blank=True)
    esf_support = models.DecimalField(_("ESF support (SEK)"), max_digits=14, decimal_places=2, null=True,
                                      blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    owner_unit = models.CharField(_("unit of the project owner"), max_length=255, blank=True)
    owner_org_number = models.CharField(_("organisation number"), max_length=11, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    source = models.CharField(_("source"), max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start", "name"]
        constraints = [
            models.UniqueConstraint(fields=["case_number"], condition=~Q(case_number=""),
                                    name="unique_project_case_number"),
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="project_ends_after_start"),
        ]
        verbose_name = _("ESF project")
        verbose_name_plural = _("ESF projects")

    def __str__(self):
        return f"{self.case_number} {self.name}".strip()
