"""`quoteattr check`: the versions quoteattr runs with, and the health of a quote database.

Each finding is a (check, value, ok) row; a database is unhealthy when one of its rows is not ok.
Reading a database here writes nothing (it is opened read-only) unless an upgrade is asked for.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
import importlib
from importlib import metadata
from pathlib import Path

from . import __version__
from .errors import DatabaseError

#: the distribution whose requirements are listed
DISTRIBUTION = "quoteattr"
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9._-]+)")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the report."""

    check: str
    value: str
    ok: bool = True

    def to_dict(self) -> dict[str, str]:
        return {"check": self.check, "value": self.value, "status": "ok" if self.ok else "PROBLEM"}


def environment() -> list[Finding]:
    """Python, quoteattr, every dependency and every optional extra with installed versions."""
    found = [
        Finding("python", f"{platform.python_version()} ({platform.python_implementation()})"),
        Finding("quoteattr", __version__),
    ]
    core, extras = requirements()
    for name in core:
        version = installed(name)
        found.append(Finding(f"dependency {name}", version or "missing", version is not None))
    for extra, names in sorted(extras.items()):
        if extra in ("all", "test"):
            continue
        versions = [f"{name} {installed(name) or 'not installed'}" for name in names]
        found.append(Finding(f"extra [{extra}]", ", ".join(versions)))
    return found


def requirements() -> tuple[list[str], dict[str, list[str]]]:
    """(core dependency names, extra → names) from the installed distribution's metadata."""
    try:
        lines = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return [], {}
    core: list[str] = []
    extras: dict[str, list[str]] = {}
    for line in lines:
        match = _REQUIREMENT_NAME.match(line)
        if not match:
            continue
        extra = _EXTRA.search(line)
        if extra:
            extras.setdefault(extra.group(1), []).append(match.group(1))
        else:
            core.append(match.group(1))
    return core, extras


def installed(name: str) -> str | None:
    """The installed version of a distribution, or None. When its metadata cannot be read (a
    user who may not list the folder it sits in), the module it provides answers instead."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        pass
    try:
        module = importlib.import_module(name.lower().replace("-", "_"))
    except ImportError:
        return None
    try:
        return str(getattr(module, "__version__", "") or "installed")
    except metadata.PackageNotFoundError:
        return "installed"  # (click looks its own version up in the metadata)


def database(path: str | Path, *, upgrade: bool = False) -> list[Finding]:
    """Health of a quote database: integrity, schema version, counts, WAL state, runs.

    Opened read-only (nothing written) unless ``upgrade``, which applies pending migrations.
    """
    from .store import SCHEMA_VERSION, QuoteDB

    path = Path(path)
    found = [Finding("database", str(path) if path.is_file() else f"{path}: no such file", path.is_file())]
    if not path.is_file():
        return found
    try:
        if upgrade:
            QuoteDB(path, create=False).close()
        with QuoteDB(path, create=False, readonly=True) as db:
            found.append(Finding("schema version", f"{db.version} (this quoteattr: {SCHEMA_VERSION})"))
            found.append(_integrity(db))
            counts = db.counts()
            found.append(Finding("contents", ", ".join(f"{n:,} {table}" for table, n in counts.items())))
            found.extend(_journal(db, path))
    except DatabaseError as exc:
        found.append(Finding("opens", exc.message, False))
    return found


def _integrity(db) -> Finding:
    try:
        return Finding("integrity", db.check())
    except DatabaseError as exc:
        return Finding("integrity", exc.message, False)


def _journal(db, path: Path) -> list[Finding]:
    mode = db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    wal = path.with_name(path.name + "-wal")
    pending = wal.stat().st_size if wal.exists() else 0
    state = f"journal {mode}; " + (f"{wal.name} holds {pending:,} bytes not yet checkpointed" if pending else "no pending -wal")
    running = db.conn.execute("SELECT COUNT(*) FROM runs WHERE status = 'running'").fetchone()[0]
    return [
        Finding("WAL", state),
        Finding("ingest runs", f"{running} marked running (a live ingest, or one that was killed)" if running else "none running"),
    ]


def healthy(findings: list[Finding]) -> bool:
    """True when every finding is ok."""
    return all(f.ok for f in findings)
