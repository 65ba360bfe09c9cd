"""``manage.py review_reminders``: e-mail the owners and editors of pages whose facts are due for review."""

from django.core.management.base import BaseCommand, CommandError

from reviews import services


class Command(BaseCommand):
    help = ("E-mail the owner and editors of every page whose review date is within --days days (or past); "
            "--dry-run prints the reminders instead.")

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30, help="how many days ahead to look (default 30)")
        parser.add_argument("--dry-run", action="store_true", help="print the reminders, send nothing")

    def handle(self, *args, days, dry_run, **options):
        if not 0 <= days <= services.MAX_DAYS:
            raise CommandError(f"--days is between 0 and {services.MAX_DAYS}")
        sent, orphans = services.send_reminders(days, dry_run=dry_run)
        for reminder in sent:
            if dry_run:
                self.stdout.write(f"To: {reminder.recipient.email}\nSubject: {reminder.subject}\n\n{reminder.body}")
        for due in orphans:
            self.stdout.write(f"No editor to remind: {due.title} (review by {due.review_by.isoformat()})")
        verb = "would be sent" if dry_run else "sent"
        pages = len({d.page.pk for r in sent for d in r.pages} | {d.page.pk for d in orphans})
        self.stdout.write(f"{len(sent)} reminders {verb}; {pages} pages due within {days} days.")
