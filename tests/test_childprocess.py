"""The child process the build's side writers and `kg query` run in: answers, errors, deaths."""
from __future__ import annotations

import os
import signal
import time

import pytest

from kg.childprocess import ChildEnded, ChildProcess
from kg.errors import QueryError

METHODS = [m for m in ("fork", "spawn") if m in __import__("multiprocessing").get_all_start_methods()]


def _answer(a, b):
    return {"sum": a + b}


def _refuse(message):
    raise QueryError(message)


def _fail():
    return {}["missing"]


def _die():
    os.kill(os.getpid(), signal.SIGKILL)


def _sleep():
    time.sleep(60)


def _mark(path):
    with open(path, "w") as f:
        f.write("prepared")


def _read(path):
    with open(path) as f:
        return f.read()


@pytest.mark.parametrize("method", METHODS)
def test_the_answer_comes_back(method):
    child = ChildProcess(_answer, (2, 3), method=method)
    try:
        assert child.result() == {"sum": 5}
    finally:
        child.close()


def test_a_passed_error_is_raised_as_it_was_and_any_other_as_a_bug_with_its_traceback():
    child = ChildProcess(_refuse, ("no such prefix",), method=METHODS[0], passed=(QueryError,))
    with pytest.raises(QueryError, match="no such prefix"):
        child.result()
    child.close()
    child = ChildProcess(_fail, (), method=METHODS[0], passed=(QueryError,), what="the test work")
    with pytest.raises(RuntimeError, match=r"(?s)the test work failed:.*KeyError: 'missing'"):
        child.result()
    child.close()


def test_a_child_that_dies_says_how():
    child = ChildProcess(_die, (), method=METHODS[0])
    with pytest.raises(ChildEnded) as ended:
        child.result()
    assert ended.value.exitcode == -signal.SIGKILL
    child.close()


def test_prepare_runs_in_the_child_first(tmp_path):
    import functools

    marker = tmp_path / "marker"
    child = ChildProcess(_read, (str(marker),), method=METHODS[0], prepare=functools.partial(_mark, str(marker)))
    try:
        assert child.result() == "prepared"
    finally:
        child.close()


def test_close_stops_a_child_that_still_runs():
    child = ChildProcess(_sleep, (), method=METHODS[0], daemon=True)
    assert not child.ready(0.2)
    started = time.monotonic()
    child.close()
    assert time.monotonic() - started < 5
    assert not child._process.is_alive()
