"""Reading the audit trail: who may, and the entries about the directory, memberships and roles."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType

from audit import recorder

REPORT_PERMISSION = "community.change_changerequest"


def can_view(user) -> bool:
    """Superusers and moderators; not meeting-place editors or translators, nor anyone outside the admin."""
    return bool(user is not None and user.is_authenticated and user.is_active
                and (user.is_superuser or user.has_perm(REPORT_PERMISSION)))


def audited_content_types():
    from django.apps import apps
    from django.contrib.auth import get_user_model

    models = [apps.get_model(label) for label in recorder.AUDITED] + [get_user_model()]
    return ContentType.objects.get_for_models(*models, for_concrete_models=False).values()


def entries():
    from wagtail.models import ModelLogEntry

    return (ModelLogEntry.objects.filter(content_type__in=list(audited_content_types()))
            .select_related("user", "content_type").order_by("-timestamp", "-pk"))


def field_label(entry, name: str) -> str:
    model = entry.content_type.model_class() if entry.content_type_id else None
    try:
        return str(model._meta.get_field(name).verbose_name) if model else name
    except Exception:  # a field removed since
        return name
