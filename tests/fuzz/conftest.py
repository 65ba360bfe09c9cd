from tests.community.conftest import _clear_cache, member, organization  # noqa: F401  (shared fixtures)
