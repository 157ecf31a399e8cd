from django.db import migrations


def announce_existing(apps, schema_editor):
    """Pages published before alerts existed are not news: mark them announced, so that
    republishing one does not send it to every subscriber."""
    page = apps.get_model("wagtailcore", "Page")
    announcement = apps.get_model("alerts", "Announcement")
    announcement.objects.bulk_create(
        (announcement(page_id=pk) for pk in page.objects.filter(live=True).values_list("pk", flat=True)),
        batch_size=1000,
    )


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_initial"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(announce_existing, migrations.RunPython.noop)]
