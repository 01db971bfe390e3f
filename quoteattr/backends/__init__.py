"""Optional attribution backends, looked up by name and imported lazily.

A backend refines the rules pass: ``get_backend(name).refine(document, quotes) -> list[Quote]``.
The quote spans always come from our own pass 1; a backend may change speakers only.
"""
from __future__ import annotations

from typing import Protocol

from ..errors import UsageError
from ..model import Document, Quote

BACKENDS = ("rules", "stanza")


class Backend(Protocol):
    name: str

    def refine(self, document: Document, quotes: list[Quote]) -> list[Quote]: ...


class RulesBackend:
    """The default: the rules pass alone (nothing to refine)."""

    name = "rules"

    def refine(self, document: Document, quotes: list[Quote]) -> list[Quote]:
        return quotes


_CACHE: dict[str, Backend] = {}


def get_backend(name: str, **options) -> Backend:
    """Return the backend called ``name``; raises BackendUnavailable when its extra is missing."""
    if name not in BACKENDS:
        raise UsageError(f"unknown backend {name!r}; choose one of: {', '.join(BACKENDS)}")
    key = name + repr(sorted(options.items()))
    if key not in _CACHE:
        if name == "rules":
            _CACHE[key] = RulesBackend()
        else:
            from .stanza import StanzaBackend  # lazy: stanza is an optional extra

            _CACHE[key] = StanzaBackend(**options)
    return _CACHE[key]
