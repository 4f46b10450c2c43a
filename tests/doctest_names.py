"""A pytest plugin (``-p doctest_names`` in pyproject): the names the doctests in kg/ use.

Doctests in the package show a call on a real graph; ``graph`` is the small
hand-made graph of the tests (``make_tiny_graph``) and ``folder`` an empty
scratch folder, so every example runs instead of being skipped.
"""
from __future__ import annotations

import pytest
from _pytest.doctest import DoctestItem

from conftest import make_tiny_graph


@pytest.fixture(autouse=True)
def _doctest_names(request: pytest.FixtureRequest) -> None:
    if isinstance(request.node, DoctestItem):
        request.getfixturevalue("doctest_namespace").update(
            graph=make_tiny_graph(), folder=request.getfixturevalue("tmp_path"))
