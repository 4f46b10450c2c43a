"""The one user-error type: problems the user can fix, reported as one line."""

__all__ = ["KgError", "InputError", "DictionaryError", "QueryError", "OutputError"]


class KgError(Exception):
    """A problem the user can fix: bad input file, dictionary, rule or query.

    The CLI prints ``Error: <message>`` and exits non-zero; anything else that
    is raised is a bug and keeps its traceback.
    """


class InputError(KgError):
    """An input path or file that cannot be read as text."""


class DictionaryError(KgError):
    """An entity dictionary or rule file that fails validation."""


class QueryError(KgError):
    """A SPARQL query that cannot be run."""


class OutputError(KgError):
    """An output location that cannot be written: read-only, a file, no permission, or busy."""
