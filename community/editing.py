"""The member's edit form as a whole: forms filled from a snapshot, and a proposed snapshot built from them."""

from __future__ import annotations

import copy

from django.core import signing

from community import forms as f
from kernel import languages

BASE_SALT = "community.edit.base"


class ListingEditor:
    """The listing form, its phone/service/location formsets and each location's opening hours."""

    def __init__(self, organization_pk: int, base: dict, language: str, data=None, files=None, *,
                 shown: dict | None = None):
        # ``base``: the live listing the edit is made against; ``shown``: what the form starts from
        # (the same, or a saved draft of this edit)
        self.base, self.language, self.bound = base, language, data is not None
        shown = self.shown = shown or base
        initial = {
            "email": shown["email"], "website": shown["website"], "languages": shown["languages"],
            **{f"description_{lang.field_suffix}": shown["description"].get(lang.code, "")
               for lang in languages.TABLE},
        }
        self.listing = f.ListingForm(data, files, initial=initial)
        self.phones = f.PhoneFormSet(data, prefix="phones", initial=[
            {"id": p["id"], "number": p["number"], "type": p["type"]} for p in shown["phones"]])
        self.services = f.ServiceFormSet(data, prefix="services", initial=[
            {"id": s["id"], "name": s["name"].get(language, ""), "description": s["description"].get(language, ""),
             "url": s["url"]} for s in shown["services"]])
        self.locations = f.LocationFormSet(data, prefix="locations", initial=[
            {"id": loc["id"], **{k: loc[k] for k in ("name", "address_1", "postal_code", "city")}}
            for loc in shown["locations"]])
        for n, form in enumerate(self.locations):
            hours = shown["locations"][n]["hours"] if n < len(shown["locations"]) else []
            form.hours = f.HoursFormSet(data, prefix=f"{form.prefix}-hours", initial=hours)
        self.signed_base = signing.dumps({"org": organization_pk, "base": base, "shown": shown},
                                         salt=BASE_SALT, compress=True)

    def is_valid(self) -> bool:
        parts = [self.listing, self.phones, self.services, self.locations]
        parts += [form.hours for form in self.locations]
        return all([part.is_valid() for part in parts])

    @property
    def logo(self):
        return self.listing.cleaned_data.get("logo")

    @property
    def message(self) -> str:
        return self.listing.cleaned_data.get("message", "")

    def proposed(self) -> dict:
        """The snapshot shown with this form's edits; texts in other languages stay as they were."""
        data = copy.deepcopy(self.shown)
        cleaned = self.listing.cleaned_data
        for lang in languages.TABLE:
            data["description"][lang.code] = cleaned[f"description_{lang.field_suffix}"]
        data["email"], data["website"] = cleaned["email"], cleaned["website"]
        data["languages"] = sorted(cleaned["languages"])

        def rows(formset, base_items):
            by_id = {item["id"]: item for item in base_items if item["id"] is not None}
            for form in formset:
                c = form.cleaned_data
                if not c or c.get("DELETE"):
                    continue
                # an id that is not part of this listing is treated as a new row, never as someone else's
                yield form, c, copy.deepcopy(by_id.get(c.get("id"))) if c.get("id") in by_id else None

        data["phones"] = [
            {"id": item["id"] if item else None, "number": c["number"], "type": c["type"]}
            for form, c, item in rows(self.phones, self.shown["phones"]) if c.get("number")
        ]
        services = []
        for _form, c, item in rows(self.services, self.shown["services"]):
            if item is None:
                if not c.get("name"):
                    continue
                item = {"id": None, "name": {}, "description": {}, "url": ""}
            item["name"][self.language] = c.get("name", "")
            item["description"][self.language] = c.get("description", "")
            item["url"] = c.get("url", "")
            services.append(item)
        data["services"] = services
        locations = []
        for form, c, item in rows(self.locations, self.shown["locations"]):
            fields = {k: c.get(k, "") for k in ("name", "address_1", "postal_code", "city")}
            hours = [{"weekday": h["weekday"], "opens": h["opens"].strftime("%H:%M"),
                      "closes": h["closes"].strftime("%H:%M")}
                     for h in (hf.cleaned_data for hf in form.hours) if h and h.get("weekday") is not None]
            if item is None and not any(fields.values()) and not hours:
                continue
            hours.sort(key=lambda h: (h["weekday"], h["opens"]))
            locations.append({"id": item["id"] if item else None, **fields, "hours": hours})
        data["locations"] = locations
        return data


def load_base(signed: str, organization_pk: int) -> tuple[dict, dict] | None:
    """(base, shown) of the form as it was sent, if the signature is ours and it belongs to this listing."""
    try:
        payload = signing.loads(signed or "", salt=BASE_SALT)
    except signing.BadSignature:
        return None
    if payload.get("org") != organization_pk:
        return None
    return payload["base"], payload["shown"]
