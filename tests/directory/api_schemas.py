"""Validates API output against the stored HSDS 3.0 schemas (tests/directory/schemas)."""

import json
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMAS = Path(__file__).parent / "schemas"


def _registry() -> Registry:
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8")), DRAFT202012))
        for path in SCHEMAS.glob("*.json")
    ]
    return Registry().with_resources(resources)


REGISTRY = _registry()


def validate(document: dict, schema: str) -> None:
    """Raises jsonschema.ValidationError when ``document`` does not fit ``schema`` (e.g. "service.json")."""
    contents = REGISTRY.contents(schema)
    Draft202012Validator(contents, registry=REGISTRY, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(
        document
    )
