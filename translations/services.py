"""Every write about translation state: recording translations, outdating them, reviewing, permissions."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kernel import languages
from kernel.cache import purge
from translations import content
from translations.models import FieldTranslationState, Status, TranslatorProfile
from translations.status import STATES

TRANSLATORS_GROUP = "Translators"


# --- who may edit which language -------------------------------------------------------------------

def editable_languages(user) -> tuple[str, ...]:
    """Translators edit their assigned languages; other staff with the right permission edit all."""
    if user is None or not user.is_authenticated or not user.is_active:
        return ()
    if user.is_superuser:
        return languages.TRANSLATED_CODES
    profile = TranslatorProfile.objects.filter(user=user).first()
    if profile is not None:
        return tuple(c for c in languages.TRANSLATED_CODES if c in profile.language_codes)
    if user.has_perm("translations.change_fieldtranslationstate"):
        return languages.TRANSLATED_CODES
    return ()


def restricted_languages(user) -> set[str]:
    """Languages (Swedish included) whose text ``user`` may not change: everything but a translator's
    own languages; nothing for other staff, whose page and listing permissions apply as usual."""
    if user is None or not user.is_authenticated:
        return set(languages.CODES)
    if user.is_superuser:
        return set()
    profile = TranslatorProfile.objects.filter(user=user).first()
    if profile is None:
        return set()
    return set(languages.CODES) - set(profile.language_codes)


def is_translator_only(user, model) -> bool:
    """True when ``user`` may change ``model`` only as a translator: the Translators group gives its
    members the change permission to open the editors, and nothing beyond their languages' text."""
    if user is None or not user.is_authenticated or user.is_superuser:
        return False
    if not TranslatorProfile.objects.filter(user=user).exists():
        return False
    if content.is_page_model(model):
        from wagtail.models import GroupPagePermission

        return not GroupPagePermission.objects.filter(
            group__user=user, permission__codename="change_page").exclude(group__name=TRANSLATORS_GROUP).exists()
    ct = ContentType.objects.get_for_model(model)
    codename = f"change_{model._meta.model_name}"
    own = Permission.objects.filter(content_type=ct, codename=codename, user=user).exists()
    other_groups = Permission.objects.filter(
        content_type=ct, codename=codename, group__user=user).exclude(group__name=TRANSLATORS_GROUP).exists()
    return not (own or other_groups)


def translation_columns(user, model) -> frozenset[str]:
    """The form fields a translator may change on ``model``: the translated fields (and a page's
    per-language slug) in their own languages."""
    own = editable_languages(user)
    names = content.translatable_fields(model) + tuple(content.NOT_CONTENT)
    return frozenset(languages.field_name(name, code) for name in names for code in own)


def check_can_edit(user, code: str) -> None:
    if code not in languages.TRANSLATED_CODES:
        raise PermissionDenied(_("Unknown language: %(code)s") % {"code": code})
    if code not in editable_languages(user):
        raise PermissionDenied(
            _("You may not edit translations into %(language)s.") % {"language": languages.get(code).name}
        )


def assign_languages(user, codes) -> TranslatorProfile:
    unknown = [c for c in codes if c not in languages.TRANSLATED_CODES]
    if unknown:
        raise ValueError(f"not translation languages: {unknown}")
    profile, _created = TranslatorProfile.objects.update_or_create(
        user=user, defaults={"language_codes": list(dict.fromkeys(codes))}
    )
    group = ensure_translators_group()
    user.groups.add(group)
    return profile


def ensure_translators_group() -> Group:
    """The "Translators" group: admin access, edit pages and the translatable listings."""
    group, _created = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    wanted = list(Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
    for model in content.translatable_models():
        if content.is_page_model(model):
            continue
        ct = ContentType.objects.get_for_model(model)
        wanted += list(Permission.objects.filter(content_type=ct, codename__startswith="change_"))
    group.permissions.add(*wanted)
    from wagtail.models import GroupPagePermission, Page

    root = Page.get_first_root_node()
    if root is not None:
        # publishing a translation is part of translating; the page editor keeps them to their languages
        for perm in Permission.objects.filter(content_type__app_label="wagtailcore",
                                              codename__in=("change_page", "publish_page")):
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=perm)
    return group


# --- recording states ------------------------------------------------------------------------------

def _content_type(obj):
    return ContentType.objects.get_for_model(type(obj))


def states_changed() -> None:
    """Drop the cached states (``translations.status.public_states``), now and when the transaction
    that wrote them commits (a reader in between would cache what it saw before)."""
    purge(STATES)
    transaction.on_commit(lambda: purge(STATES))


def sync_object(obj, new_status: str = Status.MACHINE) -> None:
    """Bring the stored states of ``obj`` in line with its text.

    A translation whose text changed is recorded afresh (``new_status``, against the current Swedish
    text); one whose Swedish source changed but whose text did not becomes ``outdated``; an emptied
    translation loses its state.
    """
    model = type(obj)
    if not content.is_translatable(model):
        return
    ct = _content_type(obj)
    existing = {
        (s.field, s.language): s for s in FieldTranslationState.objects.filter(content_type=ct, object_id=obj.pk)
    }
    create, update, delete = [], [], []
    for name in content.translatable_fields(model):
        if content.is_empty(obj, name, languages.DEFAULT):
            continue
        source_hash = content.field_hash(obj, name, languages.DEFAULT)
        for code in languages.TRANSLATED_CODES:
            state = existing.get((name, code))
            if content.is_empty(obj, name, code):
                if state is not None:
                    delete.append(state.pk)
                continue
            target_hash = content.field_hash(obj, name, code)
            if state is None:
                create.append(FieldTranslationState(
                    content_type=ct, object_id=obj.pk, field=name, language=code, status=new_status,
                    source_hash=source_hash, target_hash=target_hash,
                ))
            elif state.target_hash != target_hash:
                state.status, state.source_hash, state.target_hash = new_status, source_hash, target_hash
                state.reviewed_by, state.reviewed_at = None, None
                update.append(state)
            elif state.source_hash != source_hash and state.status != Status.OUTDATED:
                state.status = Status.OUTDATED
                update.append(state)
    now = timezone.now()
    for state in update:
        state.updated_at = now
    with transaction.atomic():
        if delete:
            FieldTranslationState.objects.filter(pk__in=delete).delete()
        FieldTranslationState.objects.bulk_create(create)
        FieldTranslationState.objects.bulk_update(
            update, ["status", "source_hash", "target_hash", "reviewed_by", "reviewed_at", "updated_at"]
        )
        if create or update:  # bulk writes send no signals (``translations.signals`` purges the rest)
            states_changed()


def record_all(new_status: str = Status.MACHINE) -> int:
    """Record every existing translation that has no state yet; returns the number of objects seen."""
    seen = 0
    for model in content.translatable_models():
        for obj in model._default_manager.all().iterator(chunk_size=200):
            sync_object(obj, new_status)
            seen += 1
    return seen


@transaction.atomic
def set_status(user, obj, code: str, status: str, fields=None) -> int:
    """Mark the translations of ``obj`` into ``code`` machine or reviewed (reviewed against the current
    Swedish text); returns how many fields changed. Only for languages ``user`` may edit."""
    check_can_edit(user, code)
    if status not in (Status.MACHINE, Status.REVIEWED):
        raise ValueError(status)
    sync_object(obj)
    ct = _content_type(obj)
    names = [n for n in content.translatable_fields(type(obj)) if fields is None or n in fields]
    now = timezone.now()
    changed = 0
    for state in FieldTranslationState.objects.select_for_update().filter(
        content_type=ct, object_id=obj.pk, language=code, field__in=names
    ):
        state.status = status
        state.source_hash = content.field_hash(obj, state.field, languages.DEFAULT)
        state.target_hash = content.field_hash(obj, state.field, code)
        state.reviewed_by = user if status == Status.REVIEWED else None
        state.reviewed_at = now if status == Status.REVIEWED else None
        state.save()
        changed += 1
    return changed


@transaction.atomic
def mark_reviewed_from_content(obj, code: str) -> int:
    """Mark the translations of ``obj`` into ``code`` reviewed because its content file says a person
    reviewed them (``status: reviewed``); returns how many fields changed. Only ``load_demo`` calls this:
    the reviewer is the person who edited the file, not a user of the site."""
    sync_object(obj)
    changed = 0
    for state in FieldTranslationState.objects.select_for_update().filter(
        content_type=_content_type(obj), object_id=obj.pk, language=code
    ).exclude(status=Status.REVIEWED):
        state.status = Status.REVIEWED
        state.source_hash = content.field_hash(obj, state.field, languages.DEFAULT)
        state.target_hash = content.field_hash(obj, state.field, code)
        state.reviewed_at = timezone.now()
        state.save()
        changed += 1
    return changed

