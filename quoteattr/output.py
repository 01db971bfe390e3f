"""Writing output files safely: a regular file is written beside itself and renamed into place
only when complete, so an interrupted or failed run leaves the old file as it was; standard
output (``-``), devices (``/dev/null``, ``/dev/full``), FIFOs and ``/dev/stdout`` are written in
place and never replaced. A failed write is an OutputError naming the file and the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

from .errors import OutputError, UsageError

#: how standard output is named in messages
STDOUT_NAME = "<stdout>"
#: symlinks resolving here lead to a process's own descriptors (/dev/stdout → /proc/self/fd/1)
_DESCRIPTOR_DIRS = ("/proc/", "/dev/")


def write_error(exc: OSError, name: str) -> OutputError:
    """A one-line OutputError for a failed write ('No space left on device')."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        reason = "disk full (no space left on device)"
    return OutputError(f"cannot write: {reason}", source=name)


def in_place(path: str | os.PathLike) -> bool:
    """True for outputs that are written as they are: devices, FIFOs, sockets, /dev/stdout."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    except OSError:
        return True  # let opening it report the problem
    if not stat.S_ISREG(mode):
        return True
    return os.path.islink(path) and os.path.realpath(path).startswith(_DESCRIPTOR_DIRS)


@contextlib.contextmanager
def output_path(path: str | os.PathLike) -> Iterator[Path]:
    """A path to write ``path``'s new content to: a temporary file beside it, renamed over it
    when the block succeeds; ``path`` itself for devices and FIFOs. OSError → OutputError."""
    name = os.fspath(path)
    if in_place(name):
        try:
            yield Path(name)
        except OSError as exc:
            raise write_error(exc, name) from None
        return
    target = Path(os.path.realpath(name)) if os.path.islink(name) else Path(name)
    if target.is_dir():
        raise UsageError(f"--output {name} is a directory, not a file")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"--output {name}: directory {parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=parent)
        os.close(fd)
    except OSError as exc:
        raise write_error(exc, name) from None
    try:
        yield Path(tmp)
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        raise write_error(exc, name) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _mode_for(target: Path) -> int:
    """The mode the finished file gets: the old file's, else what the umask allows."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _silence(stream: IO) -> None:
    """Point a failed standard output at /dev/null: what is still buffered in it would fail
    again (and print a traceback) when Python flushes it at exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


@contextlib.contextmanager
def open_output(path: str | os.PathLike | None, *, binary: bool = False) -> Iterator[IO]:
    """A stream for ``path`` (None or ``-``: standard output), atomic for regular files.

    Text streams are UTF-8 with newlines as written. Everything written is flushed before the
    file is renamed into place, so a full disk is an OutputError, never a half file.
    """
    if path is None or os.fspath(path) == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        try:
            yield stream
            stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            _silence(stream)
            raise write_error(exc, STDOUT_NAME) from None
        return
    name = os.fspath(path)
    with output_path(name) as real:
        mode = "wb" if binary else "w"
        kwargs = {} if binary else {"encoding": "utf-8", "newline": ""}
        try:
            with open(real, mode, **kwargs) as stream:
                yield stream
        except OSError as exc:
            raise write_error(exc, name) from None
