"""Template tags that show directory actors on any page (e.g. the actors of a topic's focus area)."""

from django import template

from directory.models import Organization

register = template.Library()


@register.simple_tag
def actors_for_focus_area(focus_area, limit=None):
    """Published actors of a focus area (a ``kernel.focus_areas.FocusArea`` value), by name."""
    if not focus_area:
        return Organization.objects.none()
    actors = (
        Organization.objects.published().in_focus_area(str(focus_area))
        .select_related("category").only("name", "slug", "category__code", "category__name")
        .order_by("name")
    )
    return actors[: int(limit)] if limit else actors
