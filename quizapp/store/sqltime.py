"""Date arithmetic in SQL on both engines: SQLite's date functions, PostgreSQL's operators.

The bank's datetimes are UTC: SQLite stores them as text ("2026-01-12 10:00:00.000000"),
PostgreSQL as ``timestamp with time zone``. These few constructs compile to each
engine's own words, so the services' queries stay the same on both.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Float, String, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement, FunctionElement
from sqlmodel.sql.sqltypes import UTCDateTime


class day_number(FunctionElement[float]):
    """A datetime column as a number of days (fractional): differences are in days."""

    type = Float()
    inherit_cache = True


class greatest(FunctionElement[Any]):
    """The larger of two values (SQLite's two-argument ``max``)."""

    inherit_cache = True


class least(FunctionElement[Any]):
    """The smaller of two values (SQLite's two-argument ``min``)."""

    inherit_cache = True


class shifted_day(FunctionElement[str]):
    """The ISO date (text) of a UTC datetime column moved by a number of minutes.

    ``shifted_day(column, minutes)``: the minutes are an integer, bound as a parameter.
    """

    type = String()
    inherit_cache = True


def at(when: datetime) -> ColumnElement[float]:
    """``when`` in days, comparable with :class:`day_number` of a column."""
    if when.tzinfo is None:
        raise ValueError("naive datetime: pass an aware UTC datetime")
    return day_number(bindparam(None, when.astimezone(UTC), type_=UTCDateTime()))


def _arguments(element: FunctionElement[Any]) -> list[Any]:
    return list(element.clauses)


@compiles(day_number)
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"julianday({compiler.process(_arguments(element)[0], **kw)})"


@compiles(day_number, "postgresql")
def _day_number_pg(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(EXTRACT(EPOCH FROM {compiler.process(_arguments(element)[0], **kw)}) / 86400.0)"


@compiles(greatest)
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "postgresql")
def _greatest_pg(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"GREATEST({compiler.process(element.clauses, **kw)})"


@compiles(least)
def _least_sqlite(element: least, compiler: SQLCompiler, **kw: Any) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


@compiles(least, "postgresql")
def _least_pg(element: least, compiler: SQLCompiler, **kw: Any) -> str:
    return f"LEAST({compiler.process(element.clauses, **kw)})"


@compiles(shifted_day)
def _shifted_day_sqlite(element: shifted_day, compiler: SQLCompiler, **kw: Any) -> str:
    column, minutes = (compiler.process(arg, **kw) for arg in _arguments(element))
    return f"date({column}, CAST({minutes} AS TEXT) || ' minutes')"


@compiles(shifted_day, "postgresql")
def _shifted_day_pg(element: shifted_day, compiler: SQLCompiler, **kw: Any) -> str:
    column, minutes = (compiler.process(arg, **kw) for arg in _arguments(element))
    local = f"(({column}) AT TIME ZONE 'UTC') + make_interval(mins => {minutes})"
    return f"to_char({local}, 'YYYY-MM-DD')"
