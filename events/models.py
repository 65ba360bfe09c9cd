"""Activities of meeting places and associations: once, or repeating by an RFC 5545 rule, in Stockholm time."""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events import recurrence
from kernel.focus_areas import FocusArea


class Audience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    WOMEN = "women", _("Women")
    MEN = "men", _("Men")
    CHILDREN = "children", _("Children")
    PARENTS = "parents", _("Parents")
    FAMILIES = "families", _("Families")
    YOUTH = "youth", _("Young people")
    SENIORS = "seniors", _("Older people")


class ActivityStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("As planned")
    CANCELLED = "cancelled", _("Cancelled")
    MOVED = "moved", _("Moved")


class ActivityQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def touching(self, first: date, last: date):
        """Activities that may have an occurrence on the days ``first``…``last``."""
        return self.filter(start_date__lte=last).filter(
            models.Q(last_date__isnull=True) | models.Q(last_date__gte=first))

    def at_meeting_place(self, page):
        return self.filter(models.Q(meeting_place=page) | models.Q(organizer__meeting_place_page=page))


class Activity(models.Model):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    organizer = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="activities", verbose_name=_("organiser"))
    meeting_place = models.ForeignKey("pages.MeetingPlacePage", on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="activities", verbose_name=_("meeting place"))
    location = models.ForeignKey("directory.Location", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="activities", verbose_name=_("place"))
    place = models.CharField(_("room or detail of the place"), max_length=200, blank=True)
    start_date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    recurrence = models.CharField(
        _("repetition rule"), max_length=recurrence.MAX_RULE_LENGTH, blank=True,
        help_text=_("Empty for a single date. Otherwise an iCalendar RRULE, e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630."))
    cancelled_dates = models.CharField(
        _("cancelled dates"), max_length=1000, blank=True,
        help_text=_("Dates on which a repeating activity does not take place: YYYY-MM-DD, separated by commas."))
    last_date = models.DateField(editable=False, null=True, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=ActivityStatus.choices,
                              default=ActivityStatus.SCHEDULED)
    previous_start = models.DateTimeField(_("previous date and time"), null=True, blank=True,
                                          help_text=_("For a moved activity: when it was planned before."))
    languages = models.ManyToManyField("directory.Language", blank=True, related_name="activities",
                                       verbose_name=_("languages spoken"))
    focus_area = models.CharField(_("focus area"), max_length=20, choices=FocusArea.choices, blank=True)
    audience = models.CharField(_("for whom"), max_length=10, choices=Audience.choices, default=Audience.EVERYONE)
    price = models.DecimalField(_("cost in kronor"), max_digits=7, decimal_places=2, null=True, blank=True,
                                help_text=_("0 for free; empty when not known."))
    registration_url = models.URLField(_("registration link"), blank=True, max_length=500)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActivityQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "start_time", "pk"]
        indexes = [models.Index(fields=["is_published", "start_date", "last_date"])]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # stored as published: UNTIL in UTC (RFC 5545); a bad rule is refused here too (clean() explains it)
        self.recurrence = recurrence.normalise(self.recurrence, self.start_date, self.start_time)
        self.last_date = recurrence.last_date(self.recurrence, self.start_date, self.start_time)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.end_time and self.start_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end time must be after the start time.")
        if self.recurrence and self.start_date and self.start_time:
            try:
                self.recurrence = recurrence.normalise(self.recurrence, self.start_date, self.start_time)
            except ValidationError as error:
                errors["recurrence"] = error.messages
        try:
            recurrence.parse_dates(self.cancelled_dates)
        except ValidationError as error:
            errors["cancelled_dates"] = error.messages
        if self.status == ActivityStatus.MOVED and not self.previous_start:
            errors["previous_start"] = _("Give the date and time the activity was planned for before it moved.")
        if errors:
            raise ValidationError(errors)

    # --- time ------------------------------------------------------------------------------------

    def cancelled_on(self) -> set[date]:
        try:
            return set(recurrence.parse_dates(self.cancelled_dates))
        except ValidationError:
            return set()

    def starts_at(self) -> datetime:
        return recurrence.aware(datetime.combine(self.start_date, self.start_time))

    def ends_at(self) -> datetime | None:
        end = recurrence.end_of(datetime.combine(self.start_date, self.start_time), self.start_time, self.end_time)
        return recurrence.aware(end) if end else None

    @property
    def is_cancelled(self) -> bool:
        return self.status == ActivityStatus.CANCELLED

    @property
    def is_moved(self) -> bool:
        return self.status == ActivityStatus.MOVED

    def spoken_languages(self) -> list:
        """The languages spoken: as read with the activity (``calendar.details_of``) or else now."""
        if "languages_read" in self.__dict__:
            return self.__dict__["languages_read"]
        return list(self.languages.all())

    @property
    def is_free(self) -> bool:
        return self.price is not None and self.price == 0

    def is_upcoming(self, today: date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.last_date is None or self.last_date >= today


class StoredOccurrence(models.Model):
    """One date of an activity, expanded from its rule when the activity is saved, for the days the
    ``OccurrenceCoverage`` names: the calendar reads a window as one indexed query instead of expanding
    every series. Whether the activity is published, cancelled as a whole or matches a filter is read
    from the activity itself (see ``events.occurrences``)."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="stored_occurrences",
                                 db_index=False)  # the unique constraint's index starts with it
    date = models.DateField()
    start = models.TimeField()  # local time in Stockholm, as the activity's rule gives it on that date
    cancelled = models.BooleanField(default=False)  # this date is one of the activity's cancelled dates

    class Meta:
        ordering = ["date", "start", "activity_id"]
        indexes = [models.Index(fields=["date", "start"], name="events_occurrence_date_start")]
        constraints = [models.UniqueConstraint(fields=["activity", "date", "start"],
                                               name="events_occurrence_unique")]

    def __str__(self):
        return f"{self.activity_id} {self.date} {self.start}"


class OccurrenceCoverage(models.Model):
    """The days ``first``…``last`` for which ``StoredOccurrence`` holds every occurrence of every
    activity (one row, moved along daily by ``manage.py store_occurrences``); a window outside them is
    expanded from the rules as it is asked for."""

    first = models.DateField()
    last = models.DateField()

    def __str__(self):
        return f"{self.first}…{self.last}"
