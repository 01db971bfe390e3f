"""The README blocks that scripts write: the lines between ``<!-- name -->`` and
``<!-- /name -->``, replaced by ``write`` and read back by ``read`` (the tests check that the
README holds what the script wrote). Used by bench.py, db_bench.py and evaluation/scoreboard.py."""
from __future__ import annotations

from pathlib import Path


def write(path: Path, markers: tuple[str, str], text: str) -> None:
    """Replace the lines between ``markers`` in ``path`` with ``text`` (nothing else changes)."""
    readme = path.read_text(encoding="utf-8")
    start, end = markers
    if start not in readme or end not in readme:
        raise SystemExit(f"{path}: no {start} … {end} markers")
    head, rest = readme.split(start, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")


def read(readme: str, markers: tuple[str, str]) -> str:
    """The text between ``markers`` as ``write`` left it."""
    start, end = markers
    return readme.split(start + "\n", 1)[1].split("\n" + end, 1)[0]
