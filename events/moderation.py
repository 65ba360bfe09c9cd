"""Activities proposed by association members go through the community app's moderation queue."""

from community import services as community
from community.models import RequestKind


def _diff(change_request):
    from events import services

    return services.diff(change_request.base_snapshot, change_request.proposed)


def _apply(change_request, moderator):
    from events import services

    services.apply_proposal(change_request, moderator)


def register() -> None:
    community.register_kind(RequestKind.ACTIVITY, apply=_apply, diff=_diff)
