"""Writing many rows at once: unsaved model instances inserted with one PostgreSQL COPY."""

from __future__ import annotations

from django.db import connection
from django.db.models import Field, Model

# Fields whose Python value psycopg writes as Django would have prepared it.
PLAIN_FIELD_TYPES = {
    "AutoField",
    "BigAutoField",
    "BigIntegerField",
    "BooleanField",
    "CharField",
    "DateField",
    "FloatField",
    "ForeignKey",
    "IntegerField",
    "PositiveIntegerField",
    "SlugField",
    "TextField",
}


def copy_insert(model: type[Model], objects: list[Model], *, ids: bool = False) -> None:
    """Insert unsaved model instances with one COPY, as ``bulk_create`` would (same defaults,
    timestamps and constraints), at a fraction of its cost: bulk_create sends the batch as
    arrays psycopg escapes in Python, value by value, and PostgreSQL parses back; COPY rows
    are formatted in C. ``ids``: take the primary keys from the table's sequence first, so
    rows pointing at these objects can be written next (COPY returns nothing). The figures
    behind the choice are in docs/PERFORMANCE.md.
    """
    if not objects:
        return
    meta = model._meta
    if ids:
        _take_ids(model, objects)
    fields = [f for f in meta.concrete_fields if not f.generated and (ids or not f.primary_key)]
    # Rows built against a meeting or source not saved then: take its id now (what
    # bulk_create's _prepare_related_fields_for_save does).
    relations = [f for f in fields if f.is_relation]
    # Django's value preparation (three calls a value) only matters for JSON, arrays and
    # timestamps set on save; other values go to psycopg as they are.
    prepared_by_django = [None if _sent_as_is(f) else f for f in fields]
    quote = connection.ops.quote_name
    statement = (
        f"COPY {quote(meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) FROM STDIN"
    )
    # COPY goes around Django's cursor wrapper: wrap its errors as Django's, as execute does.
    with (
        connection.wrap_database_errors,
        connection.cursor() as cursor,
        cursor.copy(statement) as copy,
    ):
        for obj in objects:
            for relation in relations:
                if getattr(obj, relation.attname) is None and relation.is_cached(obj):
                    related = relation.get_cached_value(obj)
                    if related is not None:
                        setattr(obj, relation.name, related)
            copy.write_row(
                [
                    getattr(obj, f.attname)
                    if django_field is None
                    else f.get_db_prep_save(f.pre_save(obj, True), connection)
                    for f, django_field in zip(fields, prepared_by_django, strict=True)
                ]
            )
    if ids:
        for obj in objects:
            obj._state.adding = False
            obj._state.db = connection.alias


def _take_ids(model: type[Model], objects: list[Model]) -> None:
    """Primary keys for ``objects`` from the table's sequence, as an INSERT would take them."""
    meta = model._meta
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objects)],
        )
        for obj, (pk,) in zip(objects, cursor.fetchall(), strict=True):
            obj.pk = pk


def _sent_as_is(field: Field) -> bool:
    """A field whose Python value psycopg writes as Django would have prepared it."""
    return field.get_internal_type() in PLAIN_FIELD_TYPES and not (
        getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    )
