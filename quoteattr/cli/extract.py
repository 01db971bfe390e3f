"""Commands: extract (registered on quoteattr.cli.main)."""
from __future__ import annotations
