"""Who changed what: every save, delete and many-to-many change of an audited model made by a known user
becomes an entry in Wagtail's ModelLogEntry (so it shows in the admin's "Site history" too) with the
fields that changed, old and new. No IP address or user agent is stored.

The user is the one of Wagtail's active log context: the admin sets it for every admin view; services
that change the directory, memberships or roles outside the admin use ``acting_as(user)``. Changes made
without a user (imports, demo data, migrations) are not recorded here; their commands log themselves.
When the admin already logged the same action on the same object in the same request, the field changes
are added to that entry instead of a second one.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import timezone
from wagtail.log_actions import LogContext, get_active_log_context

CREATE, EDIT, DELETE = "wagtail.create", "wagtail.edit", "wagtail.delete"
MAX_VALUE = 300

# model label -> fields never recorded (secrets, bookkeeping, derived values)
AUDITED = {
    "directory.Organization": set(),
    "directory.Service": set(),
    "directory.Location": set(),
    "directory.ServiceAtLocation": set(),
    "directory.Schedule": set(),
    "directory.ScheduleException": set(),
    "directory.Phone": set(),
    "community.Membership": {"created_at", "reminded_at"},
    "community.Invitation": {"token_hash", "created_at", "used_at", "used_by"},
    "translations.TranslatorProfile": set(),
}
# for users only what decides what they may do; never the password or the last login
USER_FIELDS = ("is_active", "is_staff", "is_superuser")


@contextmanager
def acting_as(user):
    """Attribute the changes made inside the block to ``user`` (unless a log context already names one)."""
    if get_active_log_context().user is not None:
        yield
        return
    with LogContext(user=user):
        yield


def _user():
    user = get_active_log_context().user
    return user if user is not None and getattr(user, "is_authenticated", False) else None


def _translated_originals(model) -> set[str]:
    from modeltranslation.translator import NotRegistered, translator

    try:
        return set(translator.get_options_for_model(model).get_field_names())
    except NotRegistered:
        return set()


_fields_cache: dict[type, list] = {}


def _fields(model) -> list:
    """Concrete fields recorded for ``model``: per-language columns, not modeltranslation's original."""
    if model not in _fields_cache:
        if model._meta.label == _user_label():
            _fields_cache[model] = [model._meta.get_field(name) for name in USER_FIELDS]
        else:
            skip = AUDITED[model._meta.label] | _translated_originals(model)
            _fields_cache[model] = [f for f in model._meta.concrete_fields
                                    if not f.primary_key and f.name not in skip and f.attname not in skip
                                    and not getattr(f, "auto_now", False) and not getattr(f, "auto_now_add", False)]
    return _fields_cache[model]


def _user_label() -> str:
    from django.contrib.auth import get_user_model

    return get_user_model()._meta.label


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "–"
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    text = str(value)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1] + "…"


def _values(instance) -> dict[str, str]:
    return {f.name: _text(f.value_from_object(instance)) for f in _fields(type(instance))}


def _record(instance, action: str, changes: list[dict]) -> None:
    """Write the entry when the transaction commits (nothing is logged for a change rolled back)."""
    context = get_active_log_context()
    user, uuid = context.user, context.uuid
    content_type = ContentType.objects.get_for_model(type(instance), for_concrete_model=False)
    object_id, label = str(instance.pk), _text(str(instance))[:255]

    def write():
        from wagtail.models import ModelLogEntry

        existing = None
        if uuid is not None:
            existing = (ModelLogEntry.objects.filter(uuid=uuid, content_type=content_type, object_id=object_id,
                                                     action=action).order_by("-pk").first())
        if existing is not None:
            existing.data = {**(existing.data or {}),
                             "changes": [*(existing.data or {}).get("changes", []), *changes]}
            existing.save(update_fields=["data"])
            return
        ModelLogEntry.objects.create(content_type=content_type, object_id=object_id, label=label, action=action,
                                     user=user, uuid=uuid, timestamp=timezone.now(), content_changed=True,
                                     data={"changes": changes})

    transaction.on_commit(write)


def _pre_save(sender, instance, raw=False, **kwargs):
    if raw or _user() is None or instance.pk is None:
        return
    old = type(instance)._base_manager.filter(pk=instance.pk).first()
    instance._audit_before = _values(old) if old is not None else None


def _post_save(sender, instance, created=False, raw=False, **kwargs):
    if raw or _user() is None:
        return
    before = None if created else getattr(instance, "_audit_before", None)
    after = _values(instance)
    if before is None:
        changes = [{"field": name, "old": "", "new": value} for name, value in after.items() if value != ""]
        action = CREATE
    else:
        changes = [{"field": name, "old": before.get(name, ""), "new": value}
                   for name, value in after.items() if before.get(name, "") != value]
        action = EDIT
    instance._audit_before = after
    if changes or action == CREATE:
        _record(instance, action, changes)


def _post_delete(sender, instance, **kwargs):
    if _user() is None:
        return
    _record(instance, DELETE, [{"field": n, "old": v, "new": ""} for n, v in _values(instance).items() if v])


def _m2m_changed(field_name):
    def handler(sender, instance, action, reverse, model, pk_set, **kwargs):
        if reverse or _user() is None:
            return
        if action in ("pre_add", "pre_remove", "pre_clear"):
            instance.__dict__.setdefault("_audit_m2m", {})[field_name] = sorted(
                map(str, getattr(instance, field_name).all()))
        elif action in ("post_add", "post_remove", "post_clear"):
            before = instance.__dict__.get("_audit_m2m", {}).pop(field_name, [])
            after = sorted(map(str, getattr(instance, field_name).all()))
            if before != after:
                _record(instance, EDIT, [{"field": field_name, "old": _text(before), "new": _text(after)}])

    return handler


_handlers = []


def connect() -> None:
    from django.contrib.auth import get_user_model

    models = [apps.get_model(label) for label in AUDITED] + [get_user_model()]
    for model in models:
        pre_save.connect(_pre_save, sender=model, dispatch_uid=f"audit-pre-{model._meta.label}")
        post_save.connect(_post_save, sender=model, dispatch_uid=f"audit-post-{model._meta.label}")
        post_delete.connect(_post_delete, sender=model, dispatch_uid=f"audit-delete-{model._meta.label}")
        m2m_fields = [f for f in model._meta.many_to_many
                      if model is not get_user_model() or f.name == "groups"]
        for field in m2m_fields:
            handler = _m2m_changed(field.name)
            _handlers.append(handler)  # signals keep weak references
            m2m_changed.connect(handler, sender=field.remote_field.through,
                                dispatch_uid=f"audit-m2m-{model._meta.label}-{field.name}")
