"""The page view's two queries, compiled once instead of on every fresh render.

A page type here has about 130 columns (every translatable field in 13 languages); Django builds and
compiles a query for them on every ``Model.objects.get(pk=…)``, which costs ten times what the database
needs to answer it. Here a query is compiled once per name and database; each call runs the same SQL
with new parameters, converts the values as Django's model iterator does
(``SQLCompiler.get_converters``, ``apply_converters``) and builds the instances with ``Model.from_db``:
the same instances as the queryset gives (the tests compare every field of every page type).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connections, models


@dataclass(frozen=True)
class _Prepared:
    sql: str
    model: type
    field_names: tuple[str, ...]
    converters: tuple[tuple[int, tuple, object], ...]  # (position, converter functions, expression)


_PREPARED: dict[tuple, _Prepared] = {}


def _prepare(queryset, placeholders) -> _Prepared:
    compiler = queryset.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    if list(params) != list(placeholders):  # the placeholders must be the query's only parameters
        raise ValueError(f"cannot prepare {queryset.query}: parameters {params!r}")
    klass_info = compiler.klass_info
    start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
    if (start, end) != (0, len(compiler.select)) or klass_info.get("related_klass_infos"):
        raise ValueError(f"cannot prepare {queryset.query}: it selects more than one model's columns")
    converters = compiler.get_converters([column for column, _sql, _alias in compiler.select])
    return _Prepared(
        sql=sql,
        model=klass_info["model"],
        field_names=tuple(column.target.attname for column, _sql, _alias in compiler.select),
        converters=tuple((position, tuple(functions), expression)
                         for position, (functions, expression) in converters.items()),
    )


def fetch(name, build, placeholders, params, using: str = "default") -> list:
    """The instances of the query that ``build()`` returns, with ``params`` in place of ``placeholders``
    (the values ``build`` used); the query is compiled once per ``name`` and database."""
    prepared = _PREPARED.get((name, using))
    if prepared is None:
        prepared = _PREPARED[(name, using)] = _prepare(build().using(using), placeholders)
    connection = connections[using]
    with connection.cursor() as cursor:
        cursor.execute(prepared.sql, list(params))
        rows = cursor.fetchall()
    result = []
    for row in rows:
        values = list(row)
        for position, functions, expression in prepared.converters:
            value = values[position]
            for function in functions:
                value = function(value, expression, connection)
            values[position] = value
        result.append(prepared.model.from_db(using, prepared.field_names, values))
    return result


def get_by_pk(model, pk: int, using: str = "default"):
    """``model._default_manager.get(pk=pk)`` for a page type; raises ``model.DoesNotExist``."""
    found = fetch((model, "pk"), lambda: models.QuerySet(model).filter(pk=0), [0], [pk], using)
    if not found:
        raise model.DoesNotExist(f"{model.__name__} matching query does not exist.")
    return found[0]
