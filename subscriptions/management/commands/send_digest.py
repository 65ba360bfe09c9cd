"""``manage.py send_digest``: the weekly digest to every confirmed subscriber (for cron, once a week)."""

from django.core.management.base import BaseCommand

from subscriptions.services import send_digest


class Command(BaseCommand):
    help = "E-mail each confirmed subscriber the week's news and coming activities in their language."

    def handle(self, *args, **options):
        sent = send_digest()
        self.stdout.write(f"{sent} digest(s) sent")
