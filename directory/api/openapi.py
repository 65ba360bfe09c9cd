"""The OpenAPI 3.1 document of the HSDS read API, built from the constants the API itself uses."""

from __future__ import annotations

from directory.api.pagination import DEFAULT_PER_PAGE, MAX_PER_PAGE
from directory.api.params import LARGEST
from directory.api.serializers import HSDS_VERSION
from kernel import languages

SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

_PARAMETERS = {
    "lang": {
        "name": "lang", "in": "query", "required": False,
        "description": "Language of translated text. Without it the Accept-Language header decides; "
                       "text missing in a language falls back along the language's chain, ending in Swedish.",
        "schema": {"type": "string", "enum": list(languages.CODES), "default": languages.DEFAULT},
    },
    "page": {
        "name": "page", "in": "query", "required": False, "description": "Page number, from 1.",
        "schema": {"type": "integer", "minimum": 1, "maximum": LARGEST, "default": 1},
    },
    "per_page": {
        "name": "per_page", "in": "query", "required": False, "description": "Items per page.",
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "default": DEFAULT_PER_PAGE},
    },
    "format": {
        "name": "format", "in": "query", "required": False, "description": "Only `json` is available.",
        "schema": {"type": "string", "enum": ["json"]},
    },
    "search": {
        "name": "search", "in": "query", "required": False,
        "description": "Text contained in the name (or, for organisations, the description).",
        "schema": {"type": "string"},
    },
    "organization_id": {
        "name": "organization_id", "in": "query", "required": False,
        "description": "Only records of this organisation.", "schema": {"type": "string", "format": "uuid"},
    },
    "taxonomy_term_id": {
        "name": "taxonomy_term_id", "in": "query", "required": False,
        "description": "Only organisations with this category or focus area.",
        "schema": {"type": "string", "format": "uuid"},
    },
    "taxonomy_id": {
        "name": "taxonomy_id", "in": "query", "required": False,
        "description": "Only terms of this taxonomy.", "schema": {"type": "string", "format": "uuid"},
    },
    "parent_id": {
        "name": "parent_id", "in": "query", "required": False,
        "description": "Only terms whose parent is this term.", "schema": {"type": "string", "format": "uuid"},
    },
}

# path segment -> (HSDS schema of one item, list filters, summary)
_ENDPOINTS = {
    "organizations": ("organization.json", ["search", "taxonomy_term_id"], "Published organisations"),
    "services": ("service.json", ["search", "organization_id"], "Services of published organisations"),
    "service_at_locations": ("service_at_location.json", ["organization_id"],
                             "Where each service is offered"),
    "taxonomies": ("taxonomy.json", [], "Taxonomies (category, focus area)"),
    "taxonomy_terms": ("taxonomy_term.json", ["taxonomy_id", "parent_id"], "Terms of the taxonomies"),
}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/{name}"}


def document(base_url: str) -> dict:
    paths: dict = {
        "/": {"get": {
            "operationId": "getAPIMetaInformation", "summary": "Information about this API",
            "parameters": [_ref("parameters/lang")],
            "responses": {"200": {"description": "HSDS version and the address of this document.",
                                  "content": {"application/json": {"schema": {"type": "object"}}}},
                          "400": _ref("responses/BadRequest")},
        }},
    }
    for segment, (schema, filters, summary) in _ENDPOINTS.items():
        item_schema = {"$ref": SCHEMA_BASE + schema}
        paths[f"/{segment}"] = {"get": {
            "operationId": f"list_{segment}",
            "summary": summary,
            "parameters": [_ref(f"parameters/{name}") for name in ["lang", "page", "per_page", "format", *filters]],
            "responses": {
                "200": {"description": "One page.", "content": {"application/json": {"schema": {
                    "allOf": [_ref("schemas/Page")],
                    "properties": {"contents": {"type": "array", "items": item_schema}},
                }}}},
                "400": _ref("responses/BadRequest"),
            },
        }}
        paths[f"/{segment}/{{id}}"] = {"get": {
            "operationId": f"get_{segment}",
            "summary": summary + " (one, by id)",
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string", "format": "uuid"}},
                _ref("parameters/lang"),
            ],
            "responses": {
                "200": {"description": "The record.", "content": {"application/json": {"schema": item_schema}}},
                "400": _ref("responses/BadRequest"),
                "404": _ref("responses/NotFound"),
            },
        }}
    error = {"application/json": {"schema": _ref("schemas/Error")}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Ny i Västerås: actor directory (Open Referral HSDS)",
            "version": "1.0.0",
            "description": f"Read-only HSDS {HSDS_VERSION} API of the published actor directory. "
                           "Open data: every origin may read it (CORS).",
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "servers": [{"url": base_url.rstrip("/")}],
        "paths": paths,
        "components": {
            "parameters": _PARAMETERS,
            "schemas": {
                "Page": {
                    "type": "object",
                    "properties": {
                        "total_items": {"type": "integer"},
                        "total_pages": {"type": "integer"},
                        "page_number": {"type": "integer"},
                        "size": {"type": "integer", "description": "Items on this page."},
                        "first_page": {"type": "boolean"},
                        "last_page": {"type": "boolean"},
                        "empty": {"type": "boolean"},
                    },
                    "required": ["total_items", "total_pages", "page_number", "size", "first_page",
                                 "last_page", "empty", "contents"],
                },
                "Error": {
                    "type": "object",
                    "properties": {"error": {"type": "string", "description": "In the request's language."}},
                    "required": ["error"],
                },
            },
            "responses": {
                "BadRequest": {"description": "A parameter is invalid.", "content": error},
                "NotFound": {"description": "No published record has this id.", "content": error},
            },
        },
    }
