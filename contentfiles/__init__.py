"""The portal's starter content as plain files under ``content/`` (Markdown with YAML front matter for the
pages, YAML for the directory): reading and checking them. See docs/content-format.md."""

from contentfiles.errors import ContentError

__all__ = ["ContentError"]
