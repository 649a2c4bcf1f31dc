"""Options the ``gazetteer`` commands share, checked alike: ``--oblast``."""

from __future__ import annotations

import click


def oblast_hint(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--oblast`` as given; an empty or blank one is refused: it would read as no hint and
    say nothing, where the user meant to give one."""
    if value is not None and not value.strip():
        raise click.BadParameter(
            "empty: give an oblast ('Kherson Oblast', 'UA-65') or leave the option out"
        )
    return value
