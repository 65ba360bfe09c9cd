"""Every query-parameter parser (directory filters, search, the HSDS API) answers any value with a page
or a clear 4xx, never a server error."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.directory.api_fixtures import full_organization
from tests.fuzz.strategies import FUZZ, anything, rolled_back

pytestmark = pytest.mark.django_db

DIRECTORY = ["q", "category", "focus", "language", "area", "open_now", "page"]
API_LISTS = ["organizations", "services", "service_at_locations", "taxonomies", "taxonomy_terms"]
API_PARAMETERS = ["lang", "search", "format", "organization_id", "taxonomy_term_id", "taxonomy_id", "parent_id"]
ASCII_NUMBER = st.one_of(st.integers(min_value=-5, max_value=10**6).map(str), st.text("0123456789", max_size=4))


@pytest.fixture
def directory(db):
    return full_organization()


def _get(client, url, params):
    with rolled_back():
        response = client.get(url, params)
    assert response.status_code < 500, (url, params)
    return response


@FUZZ
@given(params=st.dictionaries(st.sampled_from(DIRECTORY), anything, max_size=4))
def test_directory_list_filters(client, directory, params):
    _get(client, "/sv/directory/", params)


@FUZZ
@given(params=st.dictionaries(st.sampled_from(DIRECTORY), st.lists(anything, max_size=3), max_size=3))
def test_directory_list_repeated_filters(client, directory, params):
    _get(client, "/ar/directory/", params)


@FUZZ
@given(q=anything, page=anything, type_=anything)
def test_search(client, directory, q, page, type_):
    _get(client, "/sv/search/", {"q": q, "page": page, "type": type_})


@FUZZ
@given(q=anything)
def test_search_suggestions(client, directory, q):
    _get(client, "/en/search/suggest/", {"q": q})


@FUZZ
@given(endpoint=st.sampled_from(API_LISTS),
       params=st.dictionaries(st.sampled_from(API_PARAMETERS), anything, max_size=4),
       page=ASCII_NUMBER, per_page=ASCII_NUMBER)
def test_api_parameters(client, directory, endpoint, params, page, per_page):
    _get(client, f"/api/hsds/v3/{endpoint}", {**params, "page": page, "per_page": per_page})


@FUZZ
@given(endpoint=st.sampled_from(API_LISTS), record_id=anything)
def test_api_record_ids(client, directory, endpoint, record_id):
    from urllib.parse import quote

    with rolled_back():
        response = client.get(f"/api/hsds/v3/{endpoint}/{quote(record_id, safe='')}")
    assert response.status_code < 500


@FUZZ
@given(endpoint=st.sampled_from(API_LISTS), name=st.sampled_from(["page", "per_page"]), value=anything)
@example(endpoint="organizations", name="page", value="²")
def test_api_page_numbers(client, directory, endpoint, name, value):
    _get(client, f"/api/hsds/v3/{endpoint}", {name: value})
