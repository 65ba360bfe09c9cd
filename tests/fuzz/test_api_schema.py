"""Schemathesis against the HSDS API's own OpenAPI document, through Django's WSGI application:
generated paths, query parameters and headers never give a server error, and every response conforms
to the document (status codes, content types, bodies). An empty filter (``?organization_id=``) counts as
no filter, so requests the document calls invalid may be answered 200: that check is left out."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from portal.wsgi import application
from tests.directory.api_fixtures import full_organization

EXAMPLES_PER_OPERATION = 100  # 11 operations: 1,100 examples

schema = schemathesis.openapi.from_wsgi("/api/hsds/v3/openapi.json", application)


@pytest.fixture
def directory(db):
    """Records for the detail operations to find: an organisation with services, places and phones.

    The WSGI application is called directly, so Django would close the database connection at the end of
    each request, test transaction and all; Django's own test client leaves it open in the same way."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield full_organization()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_api_conforms_to_its_openapi_document(case, directory):
    # identity: the WSGI transport would hand the checks gzip-compressed bytes (GZipMiddleware)
    case.call_and_validate(headers={"Accept-Encoding": "identity"}, excluded_checks=[negative_data_rejection])
