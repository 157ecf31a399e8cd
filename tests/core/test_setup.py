import pytest
from django.core.management import call_command
from django.db import connection, connections

from pressroom.settings import environment


def test_secret_key_is_generated_once_and_kept_private(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setattr(environment, "DATA_DIR", tmp_path)
    first = environment.secret_key()
    assert len(first) >= 50
    assert environment.secret_key() == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_secret_key_from_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "from-the-environment")
    monkeypatch.setattr(environment, "DATA_DIR", tmp_path)
    assert environment.secret_key() == "from-the-environment"
    assert not (tmp_path / "secret_key").exists()


@pytest.mark.django_db
def test_sqlite_database_file_runs_in_wal_mode(tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the database is PostgreSQL")
    database = connections["default"]
    wrapper = database.__class__({**database.settings_dict, "NAME": str(tmp_path / "db")})
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
    finally:
        wrapper.close()


@pytest.mark.django_db
def test_first_admin_gets_a_generated_password_shown_once(capsys, django_user_model):
    django_user_model.objects.filter(is_superuser=True).delete()
    call_command("ensure_admin")
    first = capsys.readouterr().out
    assert "Password:" in first
    password = first.split("Password:")[1].split()[0]
    assert django_user_model.objects.get(username="admin").check_password(password)
    call_command("ensure_admin")
    second = capsys.readouterr().out
    assert password not in second
    assert django_user_model.objects.get(username="admin").check_password(password)
