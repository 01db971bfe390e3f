"""TEMPORARY STUB (replaced by the real engine): finds “…” quotes only, no speakers."""
from __future__ import annotations

import re

from .model import Document, Quote

_Q = re.compile(r"“([^”\n]+)”")


def attribute_document(document: Document) -> list[Quote]:
    return [Quote(doc=document.id, start=m.start(1), end=m.end(1), text=m.group(1), kind="direct")
            for m in _Q.finditer(document.text)]
