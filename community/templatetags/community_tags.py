"""Template tags for public directory pages: an organisation's approved logo and its claim link."""

from django import template
from django.urls import reverse

from community import services

register = template.Library()


@register.inclusion_tag("community/components/logo.html")
def organization_logo(organization):
    logo = getattr(organization, "logo", None)  # absent reverse one-to-one raises AttributeError
    return {"organization": organization, "logo": logo}


@register.simple_tag
def claim_url(organization) -> str:
    """The claim form's URL while nobody keeps the listing up to date, otherwise an empty string."""
    if not services.is_claimable(organization):
        return ""
    return reverse("community_public:claim", kwargs={"slug": organization.slug})
