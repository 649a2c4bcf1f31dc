"""Options the ``gazetteer`` commands share, checked alike: ``--oblast``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def oblast_option(help: str, *, short: bool = True) -> Callable[[F], F]:
    """The ``--oblast`` option (and ``-o`` when ``short``: not where ``-o`` is the output),
    an empty one refused (:func:`oblast_hint`)."""
    names = ("--oblast", "-o") if short else ("--oblast",)
    return click.option(*names, callback=oblast_hint, help=help)


def oblast_hint(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--oblast`` as given; an empty or blank one is refused: it would read as no hint and
    say nothing, where the user meant to give one."""
    if value is not None and not value.strip():
        raise click.BadParameter(
            "empty: give an oblast ('Kherson Oblast', 'UA-65') or leave the option out"
        )
    return value


def column_name(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A column option's name (or names, for a repeatable one) as given; an empty or blank
    one is refused: ``--column "$COL"`` with ``COL`` unset would pick the header's empty
    column (a trailing delimiter's) or read as no column at all."""
    for name in value if isinstance(value, tuple) else (value,):
        if name is not None and not name.strip():
            raise click.BadParameter("empty: give a column's name, as the header writes it")
    return value
