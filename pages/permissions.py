"""What a translator may do to a page beyond editing its text: nothing.

The Translators group holds change and publish permission on the whole tree so that a translator can
open the page editor and publish their translation. Publish permission would also let them unpublish,
reorder, restrict, move or unschedule pages; this tester takes those away from translator-only users.
"""

from __future__ import annotations

from wagtail.models import Page, PagePermissionTester

from kernel.roles import changes_text_only


class TranslatorPagePermissionTester(PagePermissionTester):
    def __init__(self, user, page):
        super().__init__(user, page)
        self.translator_only = changes_text_only(user, Page)

    def _allowed(self, check) -> bool:
        return not self.translator_only and check()

    def can_unpublish(self):
        return self._allowed(super().can_unpublish)

    def can_unschedule(self):
        return self._allowed(super().can_unschedule)

    def can_set_view_restrictions(self):
        return self._allowed(super().can_set_view_restrictions)

    def can_reorder_children(self):
        return self._allowed(super().can_reorder_children)

    def can_move(self):
        return self._allowed(super().can_move)

    def can_copy(self):
        return self._allowed(super().can_copy)

    def can_delete(self, ignore_bulk=False):
        return not self.translator_only and super().can_delete(ignore_bulk=ignore_bulk)


def permissions_for_user(page, user):
    return TranslatorPagePermissionTester(user, page)
