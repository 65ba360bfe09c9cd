"""Alert fixtures."""

from tests.pages.conftest import meeting_place  # noqa: F401  (a meeting place page)
