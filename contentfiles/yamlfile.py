"""YAML with line numbers: every mapping read remembers the line it starts on (for error messages)."""

from __future__ import annotations

from pathlib import Path

import yaml

from contentfiles.errors import ContentError


class Mapping(dict):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _mapping(loader, node):
    loader.flatten_mapping(node)
    value = Mapping(loader.construct_pairs(node, deep=True))
    keys = [loader.construct_object(k, deep=True) for k, _v in node.value]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise yaml.MarkedYAMLError(problem=f"key {sorted(map(str, duplicates))[0]!r} appears twice",
                                   problem_mark=node.start_mark)
    value.line = node.start_mark.line + 1
    return value


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def loads(text: str, path: Path, first_line: int = 1):
    """Parsed YAML; ``first_line`` is the file line of the text's first line. Lines of mappings are file lines."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        raise ContentError(path, line, f"not valid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise ContentError(path, None, f"not valid YAML: {exc}") from None
    _shift(data, first_line - 1)
    return data


def _shift(data, offset: int) -> None:
    if isinstance(data, Mapping):
        data.line += offset
        for value in data.values():
            _shift(value, offset)
    elif isinstance(data, list):
        for value in data:
            _shift(value, offset)


def load(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ContentError(path, None, "not UTF-8 text") from None
    return loads(text, path)


def line_of(data, default: int = 1) -> int:
    return getattr(data, "line", default) or default
