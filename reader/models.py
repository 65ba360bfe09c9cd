"""Lists handed over at the counter: actors and pages that staff pick for a visitor, in the visitor's language,
reached by an unguessable short link until the list expires."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable

from kernel import languages
from reader import tokens


def _language_choices():
    return [(lang.code, f"{lang.name_local} ({lang.code})") for lang in languages.TABLE]


class CounterList(ClusterableModel):
    label = models.CharField(_("label for staff"), max_length=100, blank=True,
                             help_text=_("Only staff see it. Write no name or other personal data."))
    language = models.CharField(_("language of the visitor"), max_length=20, choices=_language_choices,
                                default=languages.DEFAULT)
    token = models.CharField(max_length=64, unique=True, default=tokens.new_token, editable=False)
    expires_on = models.DateField(_("expires on"), default=tokens.default_expiry)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
                                   on_delete=models.SET_NULL, related_name="+")

    panels = [
        FieldPanel("label"),
        FieldPanel("language"),
        FieldPanel("expires_on"),
        InlinePanel("actors", label=_("organisations")),
        InlinePanel("pages", label=_("pages")),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("list for a visitor")
        verbose_name_plural = _("lists for visitors")

    def __str__(self):
        return self.label or f"{self.get_language_display()} · {self.expires_on}"

    def get_absolute_url(self):
        return tokens.reverse_in("reader:counter_list", self.language, token=self.token)


class CounterListActor(Orderable):
    counter_list = ParentalKey(CounterList, on_delete=models.CASCADE, related_name="actors")
    organization = models.ForeignKey("directory.Organization", on_delete=models.CASCADE, related_name="+",
                                     verbose_name=_("organisation"))

    panels = [FieldPanel("organization")]


class CounterListPage(Orderable):
    counter_list = ParentalKey(CounterList, on_delete=models.CASCADE, related_name="pages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+",
                             verbose_name=_("page"))

    panels = [PageChooserPanel("page")]
