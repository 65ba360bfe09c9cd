"""E-mail the members of every listing not verified for 12 months, asking them to confirm or update it."""

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from community.services import send_verification_reminders


class Command(BaseCommand):
    help = "E-mail members of listings not verified for 12 months (run daily or weekly from cron)."

    def handle(self, *args, **options):
        sent = send_verification_reminders()
        self.stdout.write(ngettext("%(count)d reminder sent", "%(count)d reminders sent", sent) % {"count": sent})
