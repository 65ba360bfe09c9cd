"""The dashboard: a matrix of pages and listings × languages, filters, counts, links, constant queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from translations import dashboard
from translations.models import Status


def _row(matrix, obj):
    return next(r for r in matrix.rows if r.obj.pk == obj.pk and type(r.obj) is type(obj))


def test_matrix_lists_pages_and_listings_with_statuses(page, article, organization, staff):
    article.intro_sv = "Så söker du ett jobb i Västerås."
    article.save_revision().publish()
    matrix = dashboard.build(staff)
    assert _row(matrix, article).statuses["ar"].status == Status.OUTDATED
    assert _row(matrix, article).statuses["so"].status == Status.MISSING
    assert _row(matrix, page).statuses["ar"].status == Status.MACHINE
    org_row = _row(matrix, organization)
    # the service's fields are part of its organisation's row
    assert {(f.obj.__class__.__name__, f.field) for f in org_row.statuses["ar"].fields} >= {
        ("Organization", "description"), ("Service", "name"), ("Service", "description")}
    assert org_row.section == "directory"
    assert matrix.counts["ar"][Status.OUTDATED] >= 1


def test_filters_by_section_status_and_language(page, article, organization, staff):
    topic = article.get_parent()
    matrix = dashboard.build(staff, ["ar"], section=f"page-{topic.pk}")
    assert {r.obj.pk for r in matrix.rows} == {topic.pk, article.pk}
    assert matrix.codes == ("ar",)
    matrix = dashboard.build(staff, ["so"], status=Status.MISSING)
    assert all(r.statuses["so"].has(Status.MISSING) for r in matrix.rows)
    assert page.pk not in {r.obj.pk for r in dashboard.build(staff, ["so"], status=Status.OUTDATED).rows}


def test_links_go_to_the_field_in_the_edit_form(page, article, staff):
    matrix = dashboard.build(staff, ["so"])
    row = _row(matrix, article)
    missing = next(f for f in row.statuses["so"].problems if f.field == "intro")
    assert row.field_url(missing) == reverse("wagtailadmin_pages:edit", args=[article.pk]) + "#id_intro_so"


def test_directory_rows_link_to_their_admin_edit_view(organization, staff):
    matrix = dashboard.build(staff, ["so"], section="directory")
    row = _row(matrix, organization)
    from wagtail.admin.admin_url_finder import AdminURLFinder

    assert row.edit_url == AdminURLFinder(staff).get_edit_url(organization)


def test_lix_per_page(article, staff):
    row = _row(dashboard.build(staff, ["ar"]), article)
    assert row.lix["sv"] is not None and row.lix["sv"].words > 0


def test_dashboard_page_renders(client, page, article, organization, staff):
    client.force_login(staff)
    response = client.get(reverse("translations:index"), {"language": "ar"})
    assert response.status_code == 200
    html = response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[article.pk]) in html
    assert "Exempelföreningen" in html


def _queries(client, params):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("translations:index"), params).status_code == 200
    return len(ctx.captured_queries)


def test_constant_number_of_queries(client, page, article, organization, staff):
    from directory.models import Organization, Service

    client.force_login(staff)
    params = {"language": ["ar", "ti"]}
    _queries(client, params)  # warm caches (content types, site)
    before = _queries(client, params)
    topic = article.get_parent()
    for i in range(5):
        topic.add_child(instance=type(article)(title=f"Sida {i}", slug=f"sida-{i}", intro=f"Text {i}.",
                                               intro_ar=f"نص {i}."))
        org = Organization.objects.create(slug=f"org-{i}", name=f"Förening {i}", description_sv="Om oss.",
                                          description_ar="عنا.")
        Service.objects.create(organization=org, name_sv="Tjänst", name_ar="خدمة")
    assert _queries(client, params) == before
