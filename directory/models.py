"""The actors of the directory in the shape of Open Referral HSDS 3: organisations, services, locations,
schedules, phones, languages and the taxonomies that classify them."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from directory.freshness import VERIFICATION_MONTHS, verification_cutoff
from kernel import languages as portal_languages

CATEGORY_TAXONOMY = "category"
FOCUS_AREA_TAXONOMY = "focus-area"


class Category:
    """Codes of the terms of the category taxonomy (one category per organisation); names are in the
    database, translated (see directory.vocabulary)."""

    AGENCY = "agency"
    MUNICIPAL_SERVICE = "municipal-service"
    STUDY_ASSOCIATION = "study-association"
    FAITH_COMMUNITY = "faith-community"
    POLITICAL = "political-association"
    MUNICIPALITY = "municipality-region"
    ASSOCIATION = "association"
    MEETING_PLACE = "meeting-place"


class Status(models.TextChoices):
    # Contexts: "Closed" is said of an organisation, a service and a day differently in many languages.
    ACTIVE = "active", pgettext_lazy("organisation status", "Active")
    INACTIVE = "inactive", pgettext_lazy("organisation status", "Inactive")
    CLOSED = "closed", pgettext_lazy("organisation status", "Closed")
    UNKNOWN = "unknown", pgettext_lazy("organisation status", "Unknown")


class ServiceStatus(models.TextChoices):
    """HSDS 3 ``service.status`` values."""

    ACTIVE = "active", pgettext_lazy("service status", "Active")
    INACTIVE = "inactive", pgettext_lazy("service status", "Inactive")
    DEFUNCT = "defunct", pgettext_lazy("service status", "Closed")
    TEMPORARILY_CLOSED = "temporarily closed", pgettext_lazy("service status", "Temporarily closed")


class LocationType(models.TextChoices):
    PHYSICAL = "physical", _("Visiting address")
    POSTAL = "postal", _("Postal address")
    VIRTUAL = "virtual", _("Online")


class PhoneType(models.TextChoices):
    """HSDS 3 ``phone.type`` values."""

    VOICE = "voice", _("Phone")
    TEXT = "text", _("Text message")
    CELL = "cell", _("Mobile")
    FAX = "fax", _("Fax")
    VIDEO = "video", _("Video call")
    PAGER = "pager", _("Pager")
    TEXTPHONE = "textphone", _("Text phone")


class Weekday(models.IntegerChoices):
    """ISO weekday numbers (``date.isoweekday()``); HSDS ``byday`` uses MO…SU."""

    MONDAY = 1, _("Monday")
    TUESDAY = 2, _("Tuesday")
    WEDNESDAY = 3, _("Wednesday")
    THURSDAY = 4, _("Thursday")
    FRIDAY = 5, _("Friday")
    SATURDAY = 6, _("Saturday")
    SUNDAY = 7, _("Sunday")

    @property
    def hsds_byday(self) -> str:
        return ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[self.value - 1]


class UnicodeJSONEncoder(DjangoJSONEncoder):
    """Stores text as written (not ``\\u00e4``), so that ``icontains`` finds "Västerås" on SQLite too."""

    def __init__(self, *args, **kwargs):
        kwargs["ensure_ascii"] = False
        super().__init__(*args, **kwargs)


class HSDSModel(models.Model):
    """Every HSDS object has a stable string id; ours is a UUID separate from the database key."""

    uuid = models.UUIDField(_("HSDS id"), default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        abstract = True


# --- vocabularies ----------------------------------------------------------------------------------


class Taxonomy(HSDSModel):
    slug = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    uri = models.URLField(_("URI"), blank=True)
    version = models.CharField(_("version"), max_length=50, blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("taxonomy")
        verbose_name_plural = _("taxonomies")

    def __str__(self):
        return self.name


class TaxonomyTerm(HSDSModel):
    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.CASCADE, related_name="terms",
                                 verbose_name=_("taxonomy"))
    code = models.SlugField(_("code"), max_length=50)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="children", verbose_name=_("parent"))
    term_uri = models.URLField(_("term URI"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["taxonomy__slug", "sort_order", "code"]
        constraints = [models.UniqueConstraint(fields=["taxonomy", "code"], name="unique_term_code")]
        verbose_name = _("taxonomy term")
        verbose_name_plural = _("taxonomy terms")

    def __str__(self):
        return self.name


def language_display_name(code: str, name: str = "") -> str:
    """``Language.display_name`` of a language with this code and stored name (none for one not stored)."""
    known = portal_languages.BY_CODE.get(code)
    if known is not None:
        return str(_(known.name))
    return name or code


class Language(models.Model):
    """A language an actor serves in, by BCP-47 code; the portal's own languages and any other."""

    code = models.CharField(
        _("language code (BCP-47)"), max_length=35, unique=True,
        validators=[RegexValidator(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", _("Enter a language code such as ar or sv-x-simple."))])
    name = models.CharField(_("name"), max_length=100)
    name_local = models.CharField(_("name in the language"), max_length=100, blank=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        """The portal's translated name for its own languages, the stored name for the others."""
        return language_display_name(self.code, self.name)

    @property
    def local_name(self) -> str:
        known = portal_languages.BY_CODE.get(self.code)
        return known.name_local if known is not None else self.name_local


class Area(models.Model):
    """An area of town (stadsdel) of Västerås."""

    slug = models.SlugField(_("code"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("area of town")
        verbose_name_plural = _("areas of town")

    def __str__(self):
        return self.name


# --- organisations ---------------------------------------------------------------------------------


class OrganizationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def matching(self, text: str):
        """Plain text filter over names, other names, the slug (so "forsakringskassan" finds
        Försäkringskassan) and the description in the active language."""
        from django.utils.text import slugify

        condition = (Q(name__icontains=text) | Q(alternate_names__icontains=text)
                     | Q(description__icontains=text))
        folded = slugify(text)
        if folded:
            condition |= Q(slug__contains=folded)
        return self.filter(condition)

    # Uncorrelated ``IN (subquery)`` filters: both SQLite and PostgreSQL evaluate them once, where a
    # correlated EXISTS made SQLite scan an index per organisation.
    def serving_language(self, code: str):
        """Actors that serve in ``code`` (the organisation's languages cover those of its services)."""
        return self.filter(pk__in=Organization.languages.through.objects.filter(
            language__code=code).values("organization_id"))

    def in_focus_area(self, code: str):
        return self.filter(pk__in=Organization.focus_areas.through.objects.filter(
            taxonomyterm__code=code, taxonomyterm__taxonomy__slug=FOCUS_AREA_TAXONOMY).values("organization_id"))

    def in_category(self, code: str):
        return self.filter(category__code=code, category__taxonomy__slug=CATEGORY_TAXONOMY)

    def in_area(self, slug: str):
        return self.filter(pk__in=Location.objects.filter(area__slug=slug).values("organization_id"))

    def needing_verification(self, today, months: int = VERIFICATION_MONTHS):
        return self.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=verification_cutoff(today, months)))


class Organization(HSDSModel):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    # a proper name is written the same in every language: not translated
    name = models.CharField(_("name"), max_length=200)
    alternate_names = models.JSONField(
        _("alternate names"), default=list, blank=True, encoder=UnicodeJSONEncoder,
        help_text=_("Other names and spellings, e.g. a former name or an abbreviation."))
    description = models.TextField(_("description"), blank=True)
    email = models.EmailField(_("e-mail"), null=True, blank=True)
    website = models.URLField(_("website"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UNKNOWN)
    is_published = models.BooleanField(_("published"), default=True)
    parent = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="units", verbose_name=_("part of"))
    category = models.ForeignKey(
        TaxonomyTerm, on_delete=models.PROTECT, null=True, blank=True, related_name="category_organizations",
        limit_choices_to={"taxonomy__slug": CATEGORY_TAXONOMY}, verbose_name=_("category"))
    focus_areas = models.ManyToManyField(
        TaxonomyTerm, blank=True, related_name="focus_area_organizations",
        limit_choices_to={"taxonomy__slug": FOCUS_AREA_TAXONOMY}, verbose_name=_("focus areas"))
    languages = models.ManyToManyField(Language, blank=True, related_name="organizations",
                                       verbose_name=_("languages"))
    meeting_place_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("meeting place page"))
    source = models.CharField(_("source"), max_length=255, blank=True)
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("verified by"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["is_published", "name"])]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("directory:detail", kwargs={"slug": self.slug})


class Service(HSDSModel):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="services",
                                     verbose_name=_("organisation"))
    # service names describe what is offered ("Parental benefit"), so they are translated
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("web page"), null=True, blank=True)
    email = models.EmailField(_("e-mail"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=ServiceStatus.choices,
                              default=ServiceStatus.ACTIVE)
    application_process = models.TextField(_("how to apply"), blank=True)
    fees_description = models.TextField(_("fees"), blank=True)
    eligibility_description = models.TextField(_("who can use it"), blank=True)
    languages = models.ManyToManyField(Language, blank=True, related_name="services",
                                       verbose_name=_("languages"))
    locations = models.ManyToManyField("Location", through="ServiceAtLocation", blank=True,
                                       related_name="services", verbose_name=_("locations"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    # Where the facts of this service (name, description, web page, phone) were checked, and when.
    source_url = models.URLField(_("source"), blank=True,
                                 help_text=_("The official page the facts of this service were checked against."))
    checked_on = models.DateField(_("checked on"), null=True, blank=True)
    # The stable key of a service that comes from the content files (content/directory/organizations.yml).
    content_key = models.SlugField(_("content key"), max_length=50, blank=True, editable=False)

    class Meta:
        ordering = ["organization", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "content_key"], condition=~Q(content_key=""),
                                    name="one_service_per_content_key"),
        ]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.name


class Location(ClusterableModel, HSDSModel):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="locations",
                                     verbose_name=_("organisation"))
    location_type = models.CharField(_("type"), max_length=10, choices=LocationType.choices,
                                     default=LocationType.PHYSICAL)
    name = models.CharField(_("name"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    transportation = models.TextField(_("how to get there"), blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    address_1 = models.CharField(_("street address"), max_length=200, blank=True)
    address_2 = models.CharField(_("address line 2"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    region = models.CharField(_("region"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, default="SE")
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    area = models.ForeignKey(Area, on_delete=models.SET_NULL, null=True, blank=True, related_name="locations",
                             verbose_name=_("area of town"))
    url = models.URLField(_("web address"), null=True, blank=True, help_text=_("For online locations."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["organization", "sort_order", "pk"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return self.name or self.address_1 or str(self.organization)

    @property
    def has_address(self) -> bool:
        return bool(self.address_1 or self.postal_code or self.city)

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class ServiceAtLocation(HSDSModel):
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="service_at_locations",
                                verbose_name=_("service"))
    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="service_at_locations",
                                 verbose_name=_("location"))
    description = models.TextField(_("description"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["service", "location"], name="unique_service_at_location")]
        verbose_name = _("service at location")
        verbose_name_plural = _("services at locations")

    def __str__(self):
        return f"{self.service} @ {self.location}"


class Schedule(HSDSModel):
    """Regular weekly opening hours of a location (optionally of one service there).

    ``closes_at`` at or before ``opens_at`` means the period ends on the next day (open across midnight).
    """

    # a parental key, so that the hours are edited on the location's form
    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="schedules",
                                 verbose_name=_("location"))
    service = models.ForeignKey(Service, on_delete=models.CASCADE, null=True, blank=True,
                                related_name="schedules", verbose_name=_("service"))
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens_at = models.TimeField(_("opens"))
    closes_at = models.TimeField(_("closes"))
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid until"), null=True, blank=True)
    description = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        ordering = ["location", "weekday", "opens_at"]
        indexes = [models.Index(fields=["weekday", "location"])]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"

    @property
    def crosses_midnight(self) -> bool:
        return self.closes_at <= self.opens_at


class ScheduleException(HSDSModel):
    """Hours that replace the regular ones on one date (a holiday): closed, or special hours."""

    location = ParentalKey(Location, on_delete=models.CASCADE, related_name="schedule_exceptions",
                                 verbose_name=_("location"))
    date = models.DateField(_("date"))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens_at = models.TimeField(_("opens"), null=True, blank=True)
    closes_at = models.TimeField(_("closes"), null=True, blank=True)
    description = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        ordering = ["location", "date", "opens_at"]
        indexes = [models.Index(fields=["date", "location"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(closed=True) | (Q(opens_at__isnull=False) & Q(closes_at__isnull=False)),
                name="exception_closed_or_hours",
            )
        ]
        verbose_name = _("changed opening hours")
        verbose_name_plural = _("changed opening hours")

    def __str__(self):
        return f"{self.date}"

    @property
    def crosses_midnight(self) -> bool:
        return not self.closed and self.closes_at <= self.opens_at


class Phone(HSDSModel):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, null=True, blank=True,
                                     related_name="phones", verbose_name=_("organisation"))
    service = models.ForeignKey(Service, on_delete=models.CASCADE, null=True, blank=True,
                                related_name="phones", verbose_name=_("service"))
    location = models.ForeignKey(Location, on_delete=models.CASCADE, null=True, blank=True,
                                 related_name="phones", verbose_name=_("location"))
    number = models.CharField(_("number"), max_length=40)
    extension = models.CharField(_("extension"), max_length=20, blank=True)
    type = models.CharField(_("type"), max_length=10, choices=PhoneType.choices, default=PhoneType.VOICE)
    description = models.CharField(_("note"), max_length=255, blank=True)
    languages = models.ManyToManyField(Language, blank=True, related_name="phones", verbose_name=_("languages"))

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(organization__isnull=False) | Q(service__isnull=False) | Q(location__isnull=False),
                name="phone_belongs_somewhere",
            )
        ]
        verbose_name = _("phone number")
        verbose_name_plural = _("phone numbers")

    def __str__(self):
        return self.number

    @property
    def tel_uri(self) -> str:
        """``tel:`` URI in international form for Swedish numbers written nationally (08-123 45 → +46812345)."""
        digits = "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
        if digits.startswith("00"):
            digits = "+" + digits[2:]
        elif digits.startswith("0"):
            digits = "+46" + digits[1:]
        return f"tel:{digits}"


from directory.models_projects import Project  # noqa: E402,F401  (ESF projects, see models_projects.py)
