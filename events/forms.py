"""The calendar's GET filter form, the form association members propose an activity with, and the admin
form staff post activities with."""

from __future__ import annotations

from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from events import permissions, recurrence
from events.calendar import DEFAULT_DAYS, MAX_DAYS, Window
from events.models import ActivityStatus, Audience
from kernel.focus_areas import FocusArea


def _attrs(attrs: dict) -> str:
    """The attributes as Django's ``attrs.html`` writes them."""
    return "".join(format_html(' {}="{}"', name, value) if value is not True else format_html(" {}", name)
                   for name, value in attrs.items() if value is not False)


class Select(forms.Select):
    """Django's ``Select``, the same HTML written without rendering a template for every option (the
    calendar's filters have some forty)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        if any(group_name for group_name, _options, _index in widget["optgroups"]):
            return super().render(name, value, attrs, renderer)
        parts = [format_html('<select name="{}"{}>', widget["name"], mark_safe(_attrs(widget["attrs"])))]  # noqa: S308
        for _group, options, _index in widget["optgroups"]:
            parts += [format_html('\n  <option value="{}"{}>{}</option>\n', str(option["value"]),
                                  mark_safe(_attrs(option["attrs"])), option["label"])  # noqa: S308
                      for option in options]
        return mark_safe("".join(parts) + "\n</select>")  # noqa: S308


class CalendarFilterForm(forms.Form):
    # "from" is a keyword: the field is renamed in __init__
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    focus = forms.ChoiceField(label=_("Focus area"), required=False, widget=Select)
    language = forms.ChoiceField(label=_("Language spoken"), required=False, widget=Select)
    area = forms.ChoiceField(label=_("Area of town"), required=False, widget=Select)
    audience = forms.ChoiceField(label=_("For whom"), required=False, widget=Select)
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1, max_value=10_000)

    def __init__(self, data, *, languages, areas, today):
        super().__init__(data)
        self.fields["from"] = self.fields.pop("start")
        self.order_fields(["from", "to", "focus", "language", "area", "audience"])
        blank = [("", _("All"))]
        self.fields["focus"].choices = blank + list(FocusArea.choices)
        self.fields["language"].choices = blank + list(languages)
        self.fields["area"].choices = blank + list(areas)
        self.fields["audience"].choices = blank + list(Audience.choices)
        self.today = today

    def clean(self):
        data = super().clean()
        first = data.get("from") or self.today
        last = data.get("to") or first + timedelta(days=DEFAULT_DAYS)
        if "from" in self.errors or "to" in self.errors:
            return data
        if last < first:
            raise ValidationError(_("The end date is before the start date."))
        if (last - first).days > MAX_DAYS:
            raise ValidationError(_("Choose at most a year at a time."))
        return data

    def window(self) -> Window:
        """The days asked for, or the default window where the dates are missing or wrong."""
        data = self.cleaned_data if self.is_valid() else {}
        first = data.get("from") or self.today
        return Window(first, data.get("to") or first + timedelta(days=DEFAULT_DAYS))

    def filters(self) -> dict:
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {k: data[k] for k in ("focus", "language", "area", "audience") if data.get(k)}

    def page_number(self) -> int:
        self.is_valid()
        return getattr(self, "cleaned_data", {}).get("page") or 1

    def error_messages(self) -> list[str]:
        self.is_valid()
        messages = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            messages += [f"{label}: {e}" if label else str(e) for e in errors]
        return messages


class ActivityProposalForm(forms.Form):
    """An activity in the member's language; the staff approve it before it is published."""

    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(label=_("Description"), max_length=5000, required=False,
                                  widget=forms.Textarea(attrs={"rows": 4}))
    start_date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start_time = forms.TimeField(label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"},
                                                                                format="%H:%M"))
    end_time = forms.TimeField(label=_("End time"), required=False,
                               widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    recurrence = forms.CharField(label=_("Repetition rule (optional)"), required=False,
                                 max_length=recurrence.MAX_RULE_LENGTH,
                                 help_text=_("Empty for a single date. Otherwise an iCalendar RRULE, e.g. "
                                             "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630."))
    location = forms.TypedChoiceField(label=_("Place"), required=False, coerce=int, empty_value=None)
    place = forms.CharField(label=_("Room or detail of the place"), max_length=200, required=False)
    languages = forms.MultipleChoiceField(label=_("Languages spoken"), required=False,
                                          widget=forms.CheckboxSelectMultiple)
    focus_area = forms.ChoiceField(label=_("Focus area"), required=False)
    audience = forms.ChoiceField(label=_("For whom"), choices=Audience.choices, initial=Audience.EVERYONE)
    price = forms.DecimalField(label=_("Cost in kronor (0 for free)"), required=False, min_value=0,
                               max_digits=7, decimal_places=2)
    registration_url = forms.URLField(label=_("Registration link"), required=False, max_length=500,
                                      assume_scheme="https")
    status = forms.ChoiceField(label=_("Status"), choices=ActivityStatus.choices, initial=ActivityStatus.SCHEDULED)
    message = forms.CharField(label=_("Message to the moderator (optional)"), required=False, max_length=2000,
                              widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, locations, languages, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not editing:  # a new activity is planned; cancelling and moving concern existing ones
            del self.fields["status"]
        self.fields["location"].choices = [("", "–"), *locations]
        self.fields["languages"].choices = list(languages)
        self.fields["focus_area"].choices = [("", "–"), *FocusArea.choices]

    def clean(self):
        data = super().clean()
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("The end time must be after the start time."))
        if data.get("recurrence") and data.get("start_date") and start:
            try:
                data["recurrence"] = recurrence.normalise(data["recurrence"], data["start_date"], start)
            except ValidationError as error:
                self.add_error("recurrence", error)
        return data


PLACE_REQUIRED = _("Choose the meeting place this activity belongs to.")
PLACE_NOT_OWN = _("Choose one of your own meeting places: you may post activities only for the meeting places "
                  "whose pages you may edit.")
ORGANIZER_NOT_OWN = _("This organiser is based at a meeting place whose activities you may not post. "
                      "Choose another organiser or none.")


class ActivityAdminForm(WagtailAdminModelForm):
    """The admin's activity form. A user who keeps only some meeting places (events.permissions) chooses
    one of them as the meeting place, may not name an organiser based at another, and the activity must
    stay at one of their places: a tampered request gets a form error and nothing is saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reach = permissions.reach(self.for_user)
        self.stored_place_id = self.instance.meeting_place_id
        self.stored_organizer_id = self.instance.organizer_id
        if not self.reach.every_place and "meeting_place" in self.fields:
            self._limit_meeting_places()

    def _limit_meeting_places(self):
        field = self.fields["meeting_place"]
        field.widget = forms.Select()
        field.queryset = permissions.own_meeting_places(self.for_user)  # also gives the widget its choices
        field.required = True
        field.error_messages = {**field.error_messages, "required": PLACE_REQUIRED, "invalid_choice": PLACE_NOT_OWN}
        if self.stored_place_id is None and not self.is_bound:
            suggested = [pk for pk in self._organizer_place_ids() if self.reach.includes(pk)]
            if not suggested and len(self.reach.place_ids) == 1:
                suggested = list(self.reach.place_ids)
            if suggested:
                self.initial["meeting_place"] = suggested[0]

    def _organizer_place_ids(self) -> list[int]:
        organizer = self.instance.organizer if self.stored_organizer_id else None
        return [organizer.meeting_place_page_id] if organizer and organizer.meeting_place_page_id else []

    def clean_meeting_place(self):
        place = self.cleaned_data.get("meeting_place")
        if place is None and not self.reach.every_place:
            raise ValidationError(PLACE_REQUIRED, code="required")
        if not permissions.may_post_at(self.for_user, place):
            raise ValidationError(PLACE_NOT_OWN, code="invalid_choice")
        return place

    def clean_organizer(self):
        organizer = self.cleaned_data.get("organizer")
        changed = (organizer.pk if organizer else None) != self.stored_organizer_id
        if changed and not permissions.may_choose_organizer(self.for_user, organizer):
            raise ValidationError(ORGANIZER_NOT_OWN, code="invalid_choice")
        return organizer
