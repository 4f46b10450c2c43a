"""The one user-error type: problems the user can fix, reported as one line."""

from typing import Sequence

__all__ = ["KgError", "InputError", "NothingReadError", "DictionaryError", "QueryError", "OutputError"]


class KgError(Exception):
    """A problem the user can fix: bad input file, dictionary, rule or query.

    The CLI prints ``Error: <message>`` and exits non-zero; anything else that
    is raised is a bug and keeps its traceback.
    """


class InputError(KgError):
    """An input path or file that cannot be read as text."""


class NothingReadError(InputError):
    """Not one input could be read. The message is one line; ``problems`` holds the
    reason for each input and ``warnings`` what else was noticed on the way (the
    CLI prints both as warnings above the error)."""

    def __init__(self, problems: Sequence[str], warnings: Sequence[str] = ()):
        self.problems = tuple(problems)
        self.warnings = tuple(warnings)
        n = len(self.problems)
        super().__init__(f"nothing could be read ({n} problem{'' if n == 1 else 's'}, above)")


class DictionaryError(KgError):
    """An entity dictionary or rule file that fails validation."""


class QueryError(KgError):
    """A SPARQL query that cannot be run."""


class OutputError(KgError):
    """An output location that cannot be written: read-only, a file, no permission, or busy."""
