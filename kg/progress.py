"""One progress helper: a bar on stderr when wanted and stderr is a terminal, else nothing."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterable, Iterator, TypeVar

import click

__all__ = ["progress"]

T = TypeVar("T")


@contextmanager
def progress(items: Iterable[T], label: str, enabled: bool = True, length: int | None = None) -> Iterator[Iterable[T]]:
    """Yield ``items`` wrapped in a progress bar, or unchanged when quiet or not a TTY."""
    if not enabled or not sys.stderr.isatty():
        yield items
        return
    with click.progressbar(items, label=label, length=length, file=sys.stderr,
                           show_pos=True, item_show_func=lambda _: None) as bar:
        yield bar
