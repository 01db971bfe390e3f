"""Speakers across documents: conservative, explainable merging, and the user gazetteer.

Rules, in order, for a person name the engine gave (each merge records its reason):

1. gazetteer: the name's key equals an alias key of exactly one pinned (gazetteer) speaker;
2. same name: the key equals the name key or a name alias key of exactly one speaker —
   keys fold case, diacritics and transliteration ("Volodymyr Zelensky" = "Volodimir Zelenski");
3. surname: a one-token name ("Zelenski", or "M. Rutte") attaches to a full name only when
   exactly one known full-name speaker has that surname (and that initial);
4. otherwise a new speaker. A new full name absorbs earlier surname-only speakers when it is
   the only full name with that surname.

Two different first names with the same surname never merge. Descriptions ("een woordvoerder")
get no speaker row: they are not identities.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .names import looks_like_name, split_name

#: separators between aliases in a gazetteer CSV cell
_ALIAS_SEPARATORS = ("|", ";")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One pinned identity: canonical name, aliases, optional Wikidata QID and roles."""

    name: str
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    roles: tuple[str, ...] = ()
    kind: str = "person"


@dataclass(slots=True)
class Resolution:
    """Which speaker row a quote's speaker went to, and why."""

    speaker_id: int | None
    reason: str | None


@dataclass(slots=True)
class SpeakerResolver:
    """Maps engine speaker names to speaker rows inside the caller's transaction."""

    conn: sqlite3.Connection
    _cache: dict[tuple[str, str], Resolution] = field(default_factory=dict)

    def reset(self) -> None:
        """Forget cached resolutions (call at each document and after merges)."""
        self._cache.clear()

    def resolve(
        self, name: str | None, kind: str | None, mention: str | None, role: str | None
    ) -> Resolution:
        """The speaker row for ``name`` (created if needed), with aliases and roles recorded."""
        if not name or not name.strip():
            return Resolution(None, None)
        kind = kind or "person"
        if kind == "description":
            return Resolution(None, "description: not merged across documents")
        name = " ".join(name.split())
        cached = self._cache.get((name, kind))
        res = cached or self._find_or_create(name, kind)
        self._cache[(name, kind)] = res
        if res.speaker_id is not None:
            self._add_alias(res.speaker_id, name, True, res.reason or "name")
            if mention and mention.strip() and mention != name:
                self._add_mention(res.speaker_id, name, " ".join(mention.split()))
            if role and role.strip():
                self.conn.execute(
                    "INSERT OR IGNORE INTO roles(speaker_id, role) VALUES (?, ?)",
                    (res.speaker_id, role.strip()),
                )
        return res

    # -- lookup -------------------------------------------------------------------------------

    def _find_or_create(self, name: str, kind: str) -> Resolution:
        parts = split_name(name)
        if not parts.key:
            return Resolution(None, None)
        pinned = self._ids(
            "SELECT DISTINCT a.speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.alias_key = ? AND a.matchable AND s.pinned AND s.kind = ?",
            (parts.key, kind),
        )
        if len(pinned) == 1:
            return Resolution(pinned[0], "gazetteer alias")
        same = self._ids(
            "SELECT id FROM speakers WHERE name_key = ? AND kind = ? UNION "
            "SELECT a.speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.alias_key = ? AND a.matchable AND s.kind = ?",
            (parts.key, kind, parts.key, kind),
        )
        if len(same) == 1:
            sid = same[0]
            exact = (
                self.conn.execute(
                    "SELECT 1 FROM aliases WHERE speaker_id = ? AND alias = ?", (sid, name)
                ).fetchone()
                or self.conn.execute(
                    "SELECT 1 FROM speakers WHERE id = ? AND name = ?", (sid, name)
                ).fetchone()
            )
            if exact:
                return Resolution(sid, "same name")
            canonical = self.conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()[0]
            return Resolution(sid, f"same name key as {canonical!r} (case, diacritics, transliteration)")
        if len(same) > 1:
            # ambiguous (e.g. two pinned namesakes): keep it apart on an unpinned row of this name
            loose = self._ids(
                "SELECT id FROM speakers WHERE name_key = ? AND kind = ? AND NOT pinned ORDER BY id",
                (parts.key, kind),
            )
            if loose:
                return Resolution(loose[0], f"same name; {len(same)} candidates, none chosen")
            return self._create(
                name, kind, parts, f"new: {len(same)} speakers share this name, none chosen"
            )
        if kind == "person" and parts.surname_only:
            full = self._full_names(parts.surname, parts.initial)
            if len(full) == 1:
                canonical = self.conn.execute(
                    "SELECT name FROM speakers WHERE id = ?", (full[0],)
                ).fetchone()[0]
                return Resolution(full[0], f"surname of the only known {canonical!r}")
            note = "new: surname only" + (f"; {len(full)} full names share it, none chosen" if full else "")
            return self._create(name, kind, parts, note)
        res = self._create(name, kind, parts, "new name")
        if kind == "person" and not parts.surname_only:
            self._absorb_surname_only(res.speaker_id, name, parts)
        return res

    def _ids(self, sql: str, params: tuple) -> list[int]:
        return [r[0] for r in self.conn.execute(sql, params)]

    def _full_names(self, surname: str, initial: str | None) -> list[int]:
        rows = self.conn.execute(
            "SELECT id, first_key FROM speakers WHERE surname_key = ? AND kind = 'person' AND NOT "
            "surname_only",
            (surname,),
        ).fetchall()
        return [r[0] for r in rows if initial is None or (r[1] or "").startswith(initial)]

    def _create(self, name: str, kind: str, parts, note: str) -> Resolution:
        cur = self.conn.execute(
            "INSERT INTO speakers(name, kind, name_key, first_key, surname_key, surname_only, initial, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                kind,
                parts.key,
                parts.first,
                parts.surname,
                int(parts.surname_only),
                parts.initial,
                note,
            ),
        )
        return Resolution(cur.lastrowid, note)

    def _absorb_surname_only(self, new_id: int, name: str, parts) -> None:
        """Merge earlier surname-only speakers into ``new_id`` if it is their only full name."""
        full = self._full_names(parts.surname, None)
        if full != [new_id]:
            return
        rows = self.conn.execute(
            "SELECT id, name, initial FROM speakers WHERE surname_key = ? AND kind = 'person' "
            "AND surname_only AND NOT pinned AND id != ?",
            (parts.surname, new_id),
        ).fetchall()
        for row in rows:
            if row["initial"] and not (parts.first or "").startswith(row["initial"]):
                continue
            merge_speakers(
                self.conn, row["id"], new_id, f"surname of the only known {name!r} (merged later)"
            )
        if rows:
            self.reset()

    def _add_mention(self, speaker_id: int, name: str, mention: str) -> None:
        """Record a surface form: a name variant (matchable) or a description; pronouns are skipped."""
        if looks_like_name(mention) and split_name(mention).surname == split_name(name).surname:
            self._add_alias(speaker_id, mention, True, "mention: name variant")
        elif len(mention.split()) >= 2:  # "de Oekraïense president"; one word is a pronoun
            self._add_alias(speaker_id, mention, False, "mention: description")

    def _add_alias(self, speaker_id: int, alias: str, matchable: bool, reason: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO aliases(speaker_id, alias, alias_key, matchable, reason) VALUES "
            "(?, ?, ?, ?, ?)",
            (speaker_id, alias, split_name(alias).key, int(matchable), reason),
        )


def merge_speakers(conn: sqlite3.Connection, old: int, new: int, reason: str) -> None:
    """Move quotes, aliases and roles of speaker ``old`` to ``new`` and delete ``old``."""
    conn.execute(
        "UPDATE quotes SET speaker_id = ?, speaker_reason = ? WHERE speaker_id = ?", (new, reason, old)
    )
    conn.execute(
        "INSERT OR IGNORE INTO aliases(speaker_id, alias, alias_key, matchable, reason) "
        "SELECT ?, alias, alias_key, matchable, ? FROM aliases WHERE speaker_id = ?",
        (new, reason, old),
    )
    conn.execute(
        "INSERT OR IGNORE INTO roles(speaker_id, role) SELECT ?, role FROM roles WHERE speaker_id = ?",
        (new, old),
    )
    conn.execute("DELETE FROM speakers WHERE id = ?", (old,))


def drop_orphans(conn: sqlite3.Connection) -> int:
    """Delete unpinned speakers no quote refers to any more (after a document was replaced)."""
    cur = conn.execute(
        "DELETE FROM speakers WHERE NOT pinned AND NOT EXISTS (SELECT 1 FROM quotes q WHERE "
        "q.speaker_id = speakers.id)"
    )
    return cur.rowcount


# -- gazetteer ---------------------------------------------------------------------------------


def read_gazetteer(path: str | Path) -> list[GazetteerEntry]:
    """Parse a gazetteer: CSV (name, aliases, qid, role[, kind]) or JSONL with the same keys."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gazetteer: {exc}", source=str(path)) from exc
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return _read_gazetteer_jsonl(text, path)
    return _read_gazetteer_csv(text, path)


def _split_list(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if str(v).strip())
    text = str(value)
    for sep in _ALIAS_SEPARATORS:
        text = text.replace(sep, "\x00")
    return tuple(v.strip() for v in text.split("\x00") if v.strip())


def _entry(data: dict, where: str) -> GazetteerEntry:
    name = str(data.get("name") or "").strip()
    if not name:
        raise InputError("gazetteer entry has no name", source=where)
    kind = str(data.get("kind") or "person").strip()
    if kind not in ("person", "organisation"):
        raise InputError(f"kind must be person or organisation, not {kind!r}", source=where)
    qid = str(data.get("qid") or "").strip() or None
    if qid is not None and not (qid[:1] in "Qq" and qid[1:].isdigit()):
        raise InputError(f"not a Wikidata QID: {qid!r}", source=where)
    roles = _split_list(data.get("roles", data.get("role")))
    return GazetteerEntry(name, _split_list(data.get("aliases")), qid.upper() if qid else None, roles, kind)


def _read_gazetteer_csv(text: str, path: Path) -> list[GazetteerEntry]:
    reader = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    if not reader.fieldnames or "name" not in [f.strip() for f in reader.fieldnames]:
        raise InputError(
            "gazetteer CSV needs a header with at least 'name' (and aliases, qid, role)", source=str(path)
        )
    entries = []
    for n, row in enumerate(reader, 2):
        entries.append(_entry({(k or "").strip(): v for k, v in row.items()}, f"{path}:{n}"))
    return entries


def _read_gazetteer_jsonl(text: str, path: Path) -> list[GazetteerEntry]:
    entries = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"bad JSON: {exc.msg}", source=f"{path}:{n}") from exc
        if not isinstance(data, dict):
            raise InputError("each line must be a JSON object", source=f"{path}:{n}")
        entries.append(_entry(data, f"{path}:{n}"))
    return entries


def apply_gazetteer(conn: sqlite3.Connection, entries: list[GazetteerEntry]) -> int:
    """Pin each entry as a speaker (inside the caller's transaction); returns entries applied.

    An entry is found by QID, else by name key among pinned rows; unpinned speakers whose
    name matches the entry's name or aliases are merged into it (reason: gazetteer).
    """
    for entry in entries:
        parts = split_name(entry.name)
        row = None
        if entry.qid:
            row = conn.execute("SELECT id FROM speakers WHERE qid = ?", (entry.qid,)).fetchone()
        if row is None:
            row = conn.execute(
                "SELECT id FROM speakers WHERE pinned AND name_key = ? AND kind = ? AND (qid IS NULL "
                "OR qid = ?)",
                (parts.key, entry.kind, entry.qid),
            ).fetchone()
        values = (entry.name, entry.kind, entry.qid, parts.key, parts.first, parts.surname,
                  int(parts.surname_only), parts.initial)
        if row is None:
            cur = conn.execute(
                "INSERT INTO speakers(name, kind, qid, name_key, first_key, surname_key, surname_only, initial, "
                "pinned, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 'gazetteer')",
                values,
            )
            sid = cur.lastrowid
        else:
            sid = row[0]
            conn.execute(
                "UPDATE speakers SET name = ?, kind = ?, qid = ?, name_key = ?, first_key = ?, surname_key = ?, "
                "surname_only = ?, initial = ?, pinned = 1, note = 'gazetteer' WHERE id = ?",
                (*values, sid),
            )
        keys = set()
        for alias in (entry.name, *entry.aliases):
            key = split_name(alias).key
            keys.add(key)
            conn.execute(
                "INSERT INTO aliases(speaker_id, alias, alias_key, matchable, reason) VALUES (?, ?, "
                "?, 1, 'gazetteer') "
                "ON CONFLICT(speaker_id, alias) DO UPDATE SET matchable = 1, reason = 'gazetteer'",
                (sid, alias, key),
            )
        for role in entry.roles:
            conn.execute("INSERT OR IGNORE INTO roles(speaker_id, role) VALUES (?, ?)", (sid, role))
        marks = ",".join("?" * len(keys))
        loose = [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM speakers WHERE NOT pinned AND kind = ? AND name_key IN ({marks})",
                (entry.kind, *keys),
            )
        ]
        for old in loose:
            merge_speakers(conn, old, sid, f"gazetteer: {entry.name}")
    return len(entries)
