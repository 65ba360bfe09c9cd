from tests.community.conftest import (  # noqa: F401  (fixtures shared with the community tests)
    _clear_cache,
    member,
    moderator,
    organization,
)
