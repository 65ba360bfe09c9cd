"""Keep translation states current whenever a translatable object is saved or a page is published."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from translations import content, services


def on_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not content.is_translatable(sender):
        return
    # Wagtail saves only bookkeeping columns of a live page when a draft is saved; content is
    # written (and checked here) when the revision is published.
    if update_fields is not None and not set(update_fields) & content.content_columns(sender):
        return
    services.sync_object(instance)


def on_publish(sender, instance, **kwargs):
    services.sync_object(instance.specific if hasattr(instance, "specific") else instance)


def on_delete(sender, instance, **kwargs):
    if content.is_translatable(sender):
        from django.contrib.contenttypes.models import ContentType

        from translations.models import FieldTranslationState

        FieldTranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
        ).delete()


def on_state_change(sender, **kwargs):
    services.states_changed()


def connect():
    from translations.models import FieldTranslationState

    post_save.connect(on_state_change, sender=FieldTranslationState, dispatch_uid="translations_state_saved")
    post_delete.connect(on_state_change, sender=FieldTranslationState, dispatch_uid="translations_state_deleted")
    post_save.connect(on_save, dispatch_uid="translations_sync_on_save")
    post_delete.connect(on_delete, dispatch_uid="translations_forget_on_delete")
    page_published.connect(on_publish, dispatch_uid="translations_sync_on_publish")
