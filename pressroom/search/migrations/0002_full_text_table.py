from django.db import migrations

from pressroom.search.backends import backend


def create(apps, schema_editor):
    for statement in backend(schema_editor.connection).create:
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    for statement in backend(schema_editor.connection).drop:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("pressroom_search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
