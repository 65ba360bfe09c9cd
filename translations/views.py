"""Admin views: the translation dashboard, reviewing, export and import."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kernel import languages
from translations import content, dashboard, exchange, machine, services
from translations.forms import ExportForm, ImportForm, MachineDraftForm, ReviewForm, language_choices
from translations.models import Status


def _codes_or_403(request):
    codes = services.editable_languages(request.user)
    if not codes:
        raise PermissionDenied
    return codes


def index(request):
    codes = _codes_or_403(request)
    chosen = [c for c in request.GET.getlist("language") if c in codes] or list(codes)
    status = request.GET.get("status") or None
    if status not in (None, *Status.values):
        status = None
    section = request.GET.get("section") or None
    matrix = dashboard.build(request.user, chosen, section=section, status=status)
    return TemplateResponse(request, "translations/dashboard.html", {
        "page_title": _("Translations"),
        "header_icon": "globe",
        "matrix": matrix,
        "rows": [(row, [_cell(row, code, cell) for code, cell in row.cells(matrix.codes)]) for row in matrix.rows],
        "can_review": len(matrix.codes) <= 3,
        "counts": [(code, [matrix.counts[code].get(value, 0) for value in Status.values]) for code in matrix.codes],
        "language_choices": language_choices(codes),
        "chosen": chosen,
        "status": status,
        "section": section,
        "statuses": Status.choices,
        "languages_by_code": languages.BY_CODE,
    })


STATUS_LABELS = dict(Status.choices)


def _cell(row, code, cell) -> dict:
    review = cell.last_review if cell.status == Status.REVIEWED else None
    return {
        "code": code,
        "status": cell.status,
        "label": STATUS_LABELS.get(cell.status, ""),
        "review": review,
        "problems": [(fs.field, STATUS_LABELS[fs.status], row.field_url(fs)) for fs in cell.problems[:5]],
        "reviewable": cell.status in (Status.MACHINE, Status.OUTDATED),
    }


@require_POST
def review(request):
    codes = _codes_or_403(request)
    if request.POST.get("language") not in codes:
        raise PermissionDenied
    form = ReviewForm(request.POST, codes=codes)
    if not form.is_valid():
        raise Http404
    try:
        model = ContentType.objects.get_for_id(form.cleaned_data["content_type"]).model_class()
        obj = model._default_manager.get(pk=form.cleaned_data["object_id"])
    except Exception:
        raise Http404 from None
    if not content.is_translatable(type(obj)):
        raise Http404
    code = form.cleaned_data["language"]
    services.set_status(request.user, obj, code, Status.REVIEWED)
    messages.success(request, _("Marked as reviewed: %(object)s (%(language)s)") % {"object": obj, "language": code})
    return redirect(request.POST.get("next") if request.POST.get("next", "").startswith("/admin/")
                    else "translations:index")


def export_view(request):
    codes = _codes_or_403(request)
    form = ExportForm(request.GET or None, codes=codes)
    if form.is_bound and form.is_valid():
        try:
            name, data = exchange.export(form.cleaned_data["scope"], form.cleaned_data["language"],
                                         form.cleaned_data["format"])
        except exchange.ExchangeError as exc:
            form.add_error(None, str(exc))
        else:
            types = {"xliff": "application/xliff+xml", "po": "text/x-gettext-translation"}
            response = HttpResponse(data, content_type=f"{types[form.cleaned_data['format']]}; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
    return TemplateResponse(request, "translations/export.html", {
        "page_title": _("Export translations"), "header_icon": "download", "form": form,
    })


def import_view(request):
    codes = _codes_or_403(request)
    result = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES, codes=codes)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            result = exchange.import_file(
                request.user, upload.read(), exchange.guess_format(upload.name),
                form.cleaned_data["language"], form.cleaned_data["status"],
            )
            if result.ok:
                messages.success(request, _("Imported: %(changed)s fields changed in %(objects)s objects.")
                                 % {"changed": result.changed, "objects": result.objects})
                return redirect("translations:index")
    else:
        form = ImportForm(codes=codes)
    return TemplateResponse(request, "translations/import.html", {
        "page_title": _("Import translations"), "header_icon": "upload", "form": form, "result": result,
    })


def machine_draft_view(request):
    codes = _codes_or_403(request)
    provider = machine.configured_provider()
    form = MachineDraftForm(request.POST or None, codes=codes)
    if request.method == "POST" and form.is_valid():
        try:
            result = machine.draft(request.user, form.cleaned_data["scope"], form.cleaned_data["language"],
                                   provider)
        except machine.MachineTranslationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Machine draft saved: %(changed)s fields changed in %(objects)s objects; "
                                        "%(reviewed)s reviewed texts were kept as they are.")
                             % {"changed": result.changed, "objects": result.objects,
                                "reviewed": result.skipped_reviewed})
            return redirect("translations:index")
    return TemplateResponse(request, "translations/machine_draft.html", {
        "page_title": _("Machine draft"), "header_icon": "globe", "form": form, "provider": provider,
    })
