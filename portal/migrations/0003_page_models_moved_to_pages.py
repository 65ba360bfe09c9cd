"""The page models now live in the ``pages`` app (its 0001 renamed their tables); only the state moves here."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0002_articlepage_meetingplacepage_standardpage_topicpage_and_more'),
        ('pages', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(state_operations=[
                migrations.RemoveField(
                    model_name='homepage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='meetingplaceactivity',
                    name='page',
                ),
                migrations.RemoveField(
                    model_name='meetingplacepage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='standardpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='topicpage',
                    name='page_ptr',
                ),
                migrations.DeleteModel(
                    name='ArticlePage',
                ),
                migrations.DeleteModel(
                    name='HomePage',
                ),
                migrations.DeleteModel(
                    name='MeetingPlaceActivity',
                ),
                migrations.DeleteModel(
                    name='MeetingPlacePage',
                ),
                migrations.DeleteModel(
                    name='StandardPage',
                ),
                migrations.DeleteModel(
                    name='TopicPage',
                ),
        ]),
    ]
