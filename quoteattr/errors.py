"""Error classes. The CLI prints ``Error: <message>`` and exits with the class's ``exit_code``.

Exit codes scripts can rely on:
  0  all well
  1  some inputs failed (unreadable, binary, empty, malformed) while the rest went through
  2  usage error (bad option, bad path pattern, bad query)
  3  database error (locked, corrupt, wrong schema)
  4  optional backend unavailable (extra not installed, models missing)
  5  broken language data shipped with the package
  6  output cannot be written (disk full, no permission, a device error); nothing is replaced
  7  the web server cannot start (port in use, address not available)
"""
from __future__ import annotations


class QuoteattrError(Exception):
    """Base class: every error the user can cause or fix."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(QuoteattrError):
    """An input file or record could not be read (missing, binary, empty, undecodable, malformed)."""

    exit_code = 1


class UsageError(QuoteattrError):
    """Bad option values or arguments."""

    exit_code = 2


class QueryError(UsageError):
    """A search query the full-text engine cannot parse."""


class DatabaseError(QuoteattrError):
    """The database is locked, corrupt, or from an unknown schema version."""

    exit_code = 3


class BackendUnavailable(QuoteattrError):
    """An optional backend (stanza, spark, datasette) is not installed or has no models."""

    exit_code = 4


class LanguageDataError(QuoteattrError):
    """A shipped language data file is malformed (named with file:line)."""

    exit_code = 5


class OutputError(QuoteattrError):
    """An output file or standard output cannot be written (the old file is left as it was)."""

    exit_code = 6


class ServeError(QuoteattrError):
    """The web server cannot listen on the address asked for (port in use, no such address)."""

    exit_code = 7


class DocumentTooLarge(InputError):
    """A document exceeds the per-document size limit."""


class ExtractionFailed(QuoteattrError):
    """Extracting one document raised an unexpected exception (a bug); the rest went on."""

    exit_code = 1


class WorkerCrashed(ExtractionFailed):
    """A worker process died while extracting this document (crash, killed, out of memory)."""
