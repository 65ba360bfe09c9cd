"""Open Referral HSDS 3 read API URLs (under /api/)."""

from django.urls import path

from directory.api import views as api

app_name = "hsds"

urlpatterns = [
    path("hsds/v3/", api.index, name="index"),
    path("hsds/v3/openapi.json", api.openapi, name="openapi"),
    path("hsds/v3/organizations", api.organization_list, name="organizations"),
    path("hsds/v3/organizations/<str:id>", api.organization_detail, name="organization"),
    path("hsds/v3/services", api.service_list, name="services"),
    path("hsds/v3/services/<str:id>", api.service_detail, name="service"),
    path("hsds/v3/service_at_locations", api.service_at_location_list, name="service_at_locations"),
    path("hsds/v3/service_at_locations/<str:id>", api.service_at_location_detail, name="service_at_location"),
    path("hsds/v3/taxonomies", api.taxonomy_list, name="taxonomies"),
    path("hsds/v3/taxonomies/<str:id>", api.taxonomy_detail, name="taxonomy"),
    path("hsds/v3/taxonomy_terms", api.taxonomy_term_list, name="taxonomy_terms"),
    path("hsds/v3/taxonomy_terms/<str:id>", api.taxonomy_term_detail, name="taxonomy_term"),
]
