"""StreamField blocks of samhällsinformation pages; their names match the content file format
(docs/content-format.md, contentfiles.markdown)."""

import re

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

PHONE_NUMBER = RegexValidator(r"^\+?[0-9][0-9 \-]{1,24}$", _("Enter a phone number: digits, spaces and an optional +."))
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class CalloutTone(blocks.ChoiceBlock):
    choices = [("info", _("Good to know")), ("warning", _("Warning")), ("emergency", _("Emergency"))]

    def __init__(self, **kwargs):
        super().__init__(choices=self.choices, default="info", **kwargs)


class CalloutBlock(blocks.StructBlock):
    tone = CalloutTone()
    text = blocks.TextBlock()

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["tone_label"] = dict(CalloutTone.choices).get(value.get("tone"), CalloutTone.choices[0][1])
        return context

    class Meta:
        template = "blocks/callout.html"
        icon = "warning"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    url = blocks.URLBlock()
    description = blocks.TextBlock(required=False)

    class Meta:
        template = "blocks/link.html"
        icon = "link"


class PhoneBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=200)
    number = blocks.CharBlock(max_length=30, validators=[PHONE_NUMBER])

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["href"] = tel_href(value.get("number"))
        return context

    class Meta:
        template = "blocks/phone.html"
        icon = "mobile-alt"


def tel_href(number: str) -> str:
    """``tel:`` URI of a number as written on the page (``116 111`` → ``tel:116111``)."""
    return "tel:" + re.sub(r"[^0-9+]", "", number or "")


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(max_length=200, template="blocks/heading.html", icon="title")
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/paragraph.html")
    bullets = blocks.ListBlock(blocks.CharBlock(), template="blocks/bullets.html", icon="list-ul")
    callout = CalloutBlock()
    link = LinkBlock()
    phone = PhoneBlock()


class SourceBlock(blocks.StructBlock):
    """An official page the facts of a page rest on."""

    title = blocks.CharBlock(max_length=200, label=_("title"))
    url = blocks.URLBlock(label=_("web address"))
    publisher = blocks.CharBlock(max_length=200, label=_("publisher"))

    class Meta:
        icon = "doc-full"
        label = _("source")
