"""Demo translation states: a translation is a machine translation unless its content file says a person
reviewed it (``status: reviewed`` in the front matter, docs/content-format.md)."""

from pages import demo as pages_demo
from translations import services
from translations.models import Status


def load(stdout=None):
    services.ensure_translators_group()
    seen = services.record_all(Status.MACHINE)
    reviewed = 0
    for page, code in pages_demo.reviewed_translations():
        services.mark_reviewed_from_content(page, code)
        reviewed += 1
    if stdout:
        stdout.write(f"translation states recorded for {seen} objects; {reviewed} page translations reviewed")
