"""A function run in a child process, its answer or its error taken back through a pipe.

Used where this process must go on meanwhile or be able to stop the work: the
build writes the snapshot, view and GraphML in a forked process while it writes
the RDF (``kg.export``), and ``kg query`` runs the engine in one it can stop at a
time limit or a memory cap (``kg.query``): a thread could not be stopped, the
engine runs in Rust until it is done.
"""
from __future__ import annotations

import multiprocessing
import traceback
from typing import Any, Callable

__all__ = ["ChildProcess", "ChildEnded"]


class ChildEnded(Exception):
    """The child ended without an answer (killed, or aborted when an allocation failed)."""

    def __init__(self, exitcode: int | None):
        super().__init__(f"exit code {exitcode}")
        self.exitcode = exitcode


class ChildProcess:
    """``function(*args)`` started at once in a child process.

    ``result`` waits for its answer: what the function returned, or the
    exception it raised when it is one of ``passed`` (raised here as it was),
    or any other as a ``RuntimeError`` that carries the child's traceback
    (``what`` names the work in its message). ``close`` stops the child if it
    still runs.

    Args:
        function, args: the work; picklable unless the start method is "fork".
        method: the start method ("fork" inherits this process's objects).
        prepare: run in the child before the function (limits, a connection of its own).
        passed: the exception types the caller handles.
        what: the work's name in the message of a bug.
        daemon: a daemon child ends with this process (it may not start processes).
    """

    def __init__(self, function: Callable[..., Any], args: tuple, *, method: str,
                 prepare: Callable[[], None] | None = None, passed: tuple[type[BaseException], ...] = (),
                 what: str = "the child process", daemon: bool = False):
        context = multiprocessing.get_context(method)
        self._what = what
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(send, function, args, prepare, passed), daemon=daemon)
        self._process.start()
        send.close()

    def ready(self, timeout: float) -> bool:
        """Whether the answer came within ``timeout`` seconds."""
        return self._receive.poll(timeout)

    def result(self) -> Any:
        """The function's answer (waiting for it); raises as the class says, or ``ChildEnded``."""
        try:
            status, value = self._receive.recv()
        except EOFError:
            self._process.join()
            raise ChildEnded(self._process.exitcode) from None
        self._process.join()
        if status == "raised":
            raise value
        if status == "bug":
            raise RuntimeError(f"{self._what} failed:\n{value}")
        return value

    def close(self) -> None:
        self._receive.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join()


def _run(send, function: Callable[..., Any], args: tuple, prepare: Callable[[], None] | None,
         passed: tuple[type[BaseException], ...]) -> None:
    """The child: send back ("ok", the answer), ("raised", a passed exception) or ("bug", the traceback)."""
    try:
        if prepare is not None:
            prepare()
        send.send(("ok", function(*args)))
    except passed as error:
        send.send(("raised", error))
    except BaseException:  # a bug: the parent raises it with this traceback
        send.send(("bug", traceback.format_exc()))
    finally:
        send.close()
