"""The reading statistics report in the admin, each table also as CSV."""

from __future__ import annotations

import csv

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from kernel import languages
from readership import services

PERIODS = (7, 30, 90, 365)


def _days(request) -> int:
    value = request.GET.get("days", "")
    return int(value) if value.isdigit() and int(value) in PERIODS else 30


def _csv(name: str, header: list[str], rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.write("\ufeff")  # spreadsheet programs then read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        # a cell that a spreadsheet would run as a formula is written as text
        writer.writerow([f"'{cell}" if isinstance(cell, str) and cell[:1] in "=+-@" else cell for cell in row])
    return response


def report(request):
    services.require_can_view(request.user)
    days = _days(request)
    start, end = services.period(days)
    table = request.GET.get("export")
    if table == "most-read":
        rows = [(code, row["path"], row["total"]) for code, entries in services.most_read(start, end, 1000).items()
                for row in entries]
        return _csv(f"most-read-{start}-{end}", [_("Language"), _("address"), _("views")], rows)
    if table == "languages":
        codes, by_day = services.languages_by_day(start, end)
        return _csv(f"languages-{start}-{end}", [_("Day"), *codes, _("total")],
                    [(d["day"].isoformat(), *d["counts"], d["total"]) for d in by_day])
    if table == "not-helpful":
        rows = [(r["language"], r["path"], r["title"], r["yes_total"], r["no_total"], r["share_no"])
                for r in services.not_helpful(start, end)]
        return _csv(f"not-helpful-{start}-{end}", [_("Language"), _("address"), _("title"), _("helpful"),
                                                    _("not helpful"), _("not helpful, per cent")], rows)
    if table == "zero-results":
        rows = [(q.language, q.query, q.count, q.last_seen.isoformat()) for q in services.zero_result_searches(1000)]
        return _csv("searches-without-results", [_("Language"), _("search"), _("times"), _("last searched")], rows)
    codes, by_day = services.languages_by_day(start, end)
    most_read = [(languages.get(code), entries) for code, entries in services.most_read(start, end).items()]
    return render(request, "readership/admin/report.html", {
        "days": days, "periods": PERIODS, "start": start, "end": end, "most_read": most_read,
        "codes": codes, "by_day": by_day, "not_helpful": services.not_helpful(start, end),
        "zero_results": services.zero_result_searches(),
    })
