"""Speakers across documents: conservative, explainable merging, and the user gazetteer.

Before anything is merged, the record is read as evidence inside its own article:

* a person name is cut free of glued words ("Eer Dekker" → "Dekker", "Minister Koolmees" →
  "Koolmees", "Trump het Witte Huis" → "Trump"); an acronym ("OM", "AIVD") or a one-word name with
  a capital inside ("GroenLinks") is an organisation; a country, town, paper or platform that
  speaks keeps its kind, place or medium ("Oekraïne meldt", "schrijft de Volkskrant"), and is one
  identity across articles however common its name is as a word ("Nederland", "Polen");
* a mention that names a different bearer of the surname ("Ewout van den Berg" for the engine's
  "Niels van den Berg") or a different body ("Eerste Kamer" for "Tweede Kamer") wins over the
  engine's name; a surname-only name takes the full name the mention or the article gives;
* a role or mention that describes someone acting for the name ("de woordvoerder van May", a role
  "directeur van" before the name) is not attributed to that name;
* a generic body ("de gemeente", "het bedrijf", "de politie") is the named body of the same article
  whose name has that noun ("politie Drenthe"), else a speaker of that article only
  (document-scoped), never one identity across articles.

Rules, in order, for a person name (each merge records its reason):

1. gazetteer: the name's key equals an alias key of exactly one pinned (gazetteer) speaker;
2. same name: a full name whose key equals the name key or a name alias key of exactly one
   speaker — keys fold case, diacritics and transliteration ("Volodymyr Zelensky" = "Volodimir
   Zelenski");
3. surname: a one-token name ("Zelenski", or "M. Rutte") attaches to a full name with that surname
   (and initial) when it is the only one, or when the evidence picks one bearer: the article writes
   out exactly one of their full names, exactly one has the record's role, or one has at least
   ``DOMINANCE`` of the articles that name a full-name bearer of the surname;
4. otherwise a new speaker. After each batch, surname-only speakers are settled again by the same
   evidence, so a full name that arrives later absorbs them (reason "... (merged later)").

Two different first names with the same surname never merge. Descriptions ("een woordvoerder")
get no speaker row: they are not identities. Roles are stored only as short noun phrases with a
function as their head (``names.clean_role``).
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from .names import (
    ArticleWords,
    _is_nationality,
    CleanName,
    acronym_of,
    acting_for,
    bodies_differ,
    clean_person_name,
    clean_role,
    fold,
    is_acronym,
    is_camel_organisation,
    is_generic_organisation,
    is_org_acronym,
    looks_like_name,
    lower_sentence_start,
    organisation_in_person_name,
    organisation_tokens,
    role_head,
    split_name,
)

#: separators between aliases in a gazetteer CSV cell
_ALIAS_SEPARATORS = ("|", ";")
#: share of the articles naming a full-name bearer of a surname that one bearer needs to take
#: the surname-only mentions
DOMINANCE = 0.8
#: how the note of a given name kept inside its article begins (``settle_surnames`` looks for it)
_GIVEN_NAME_SCOPED = "document-scoped: the given name"
#: words before a mention that make it the object of a relation ("advocaat van Stanley")
_RELATION_BEFORE = ("van ", "van de ", "van het ", "namens ")


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
class Target:
    """The identity a record asks for after reading it in its article."""

    name: str
    kind: str
    scoped: bool = False
    note: str | None = None


@dataclass(slots=True)
class DocumentContext:
    """What the resolver knows about the article being stored: its words, and the full names and
    named bodies its records give (evidence for surnames and generic bodies)."""

    id: int | None = None
    key: str | None = None
    text: str = ""
    words: "frozenset[str] | ArticleWords" = frozenset()
    full_names: dict[str, set[str]] = field(default_factory=dict)
    bodies: list[str] = field(default_factory=list)
    _clean: dict[str, CleanName] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        doc_id: int | None,
        key: str | None,
        text: str,
        records: Iterable[tuple[str | None, str | None, str | None]],
    ) -> "DocumentContext":
        """Context for one article from its (speaker, kind, mention) records."""
        ctx = cls(doc_id, key, text or "", ArticleWords(text or ""))
        for name, kind, mention in records:
            kind = kind or "person"
            for form in (name, mention):
                if not form:
                    continue
                if kind == "person" and looks_like_name(form):
                    cleaned = ctx.clean(form).name
                    parts = split_name(cleaned) if cleaned else None
                    if parts and parts.key and not parts.surname_only:
                        ctx.full_names.setdefault(parts.surname, set()).add(cleaned)
                elif kind == "organisation":
                    body = _strip_determiners(form)
                    if body and not is_generic_organisation(body) and body not in ctx.bodies:
                        ctx.bodies.append(body)
        return ctx

    def clean(self, name: str) -> CleanName:
        """``clean_person_name`` with this article's words, cached per article."""
        got = self._clean.get(name)
        if got is None:
            got = self._clean[name] = clean_person_name(name, self.words)
        return got

    def after_relation(self, start: int | None) -> bool:
        """True when the text just before offset ``start`` is 'van ' / 'namens ' (a relation's object)."""
        if start is None or start <= 0 or not self.text:
            return False
        before = self.text[max(0, start - 10) : start].casefold()
        return before.endswith(_RELATION_BEFORE)


def _strip_determiners(name: str) -> str:
    words = [w.strip(".,;:!?\"“”„‘’«»()") for w in name.split()]
    words = [w for w in words if w]
    while len(words) > 1 and fold(words[0]) in ("de", "het", "een", "'t"):
        words = words[1:]
    return " ".join(words)


def _named_after_determiner(mention: str | None) -> bool:
    """'de Kamer', 'het Rijk': a capital after a determiner marks a name, not a sentence start."""
    words = (mention or "").split()
    return len(words) >= 2 and fold(words[0]) in ("de", "het") and words[1][:1].isupper()


def _indefinite(mention: str | None, name: str) -> bool:
    """'een Kamercommissie' for 'Kamercommissie': an indefinite article makes the word a common
    noun, not a name."""
    words = (mention or "").split()
    return len(words) >= 2 and fold(words[0]) in ("een", "één") and " ".join(words[1:]) == name


def _description(mention: str) -> str:
    """A description alias with its sentence-start capital lowered ('De Franse president')."""
    words = mention.split()
    words[0] = lower_sentence_start(words[0])
    return " ".join(words)


def _trailing_acronym(name: str) -> str | None:
    """'van CDA' (left of 'Kamerleden van CDA'): a name ending in an acronym names that body."""
    words = name.split()
    if words and is_org_acronym(words[-1]) and all(w[:1].islower() for w in words[:-1]):
        return words[-1]
    return None


def _organisation_word(name: str) -> str | None:
    """The bare word when ``name`` is one acronym or camel-case word ('het OM.' → 'OM')."""
    bare = _strip_determiners(name)
    if " " not in bare and (is_acronym(bare) or is_camel_organisation(bare)):
        return bare
    return None


def _compatible_first(a, b) -> bool:
    """Two name parts that may be one person: same first name, or an initial that fits."""
    if a.first and b.first:
        return a.first == b.first
    initial = a.initial or b.initial
    first = a.first or b.first
    return not (initial and first and not first.startswith(initial))


@dataclass(slots=True)
class SpeakerResolver:
    """Maps engine speaker names to speaker rows inside the caller's transaction."""

    conn: sqlite3.Connection
    doc: DocumentContext = field(default_factory=DocumentContext)
    #: surname keys of person speakers touched since the last ``settle``
    touched: set[str] = field(default_factory=set)
    _cache: dict[tuple, Resolution] = field(default_factory=dict)

    def reset(self) -> None:
        """Forget cached resolutions (call at each document and after merges)."""
        self._cache.clear()

    def begin_document(self, ctx: DocumentContext) -> None:
        """Resolve the following records inside this article."""
        self.doc = ctx
        self.reset()

    def settle(self) -> int:
        """Settle the surname-only speakers and misspelt first names of the surnames touched
        since the last call."""
        merged = settle_misspellings(self.conn, self.touched) + settle_surnames(self.conn, self.touched)
        self.touched.clear()
        if merged:
            self.reset()
        return merged

    def resolve(
        self,
        name: str | None,
        kind: str | None,
        mention: str | None,
        role: str | None,
        start: int | None = None,
    ) -> Resolution:
        """The speaker row for ``name`` (created if needed), with aliases and roles recorded.

        ``mention`` and ``role`` are the engine's evidence at the attribution site and ``start``
        the mention's offset in the article."""
        if not name or not name.strip():
            return Resolution(None, None)
        kind = kind or "person"
        if kind == "description":
            return Resolution(None, "description: not merged across documents")
        name = " ".join(name.split())
        mention = " ".join(mention.split()) if mention and mention.strip() else None
        key = (name, kind, mention, role, self.doc.after_relation(start))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        target = self._target(name, kind, mention, role, key[-1])
        if isinstance(target, Resolution):
            self._cache[key] = target
            return target
        res = self._find_or_create(target, role)
        if target.note and res.speaker_id is not None:
            res = Resolution(res.speaker_id, f"{res.reason}; {target.note}")
        self._cache[key] = res
        if res.speaker_id is not None:
            self._add_alias(res.speaker_id, target.name, True, res.reason or "name")
            if mention and mention != target.name:
                self._add_mention(res.speaker_id, target, mention)
            cleaned = clean_role(role)
            if cleaned and (target.kind == "person" or not person_function(cleaned)):
                self.conn.execute(
                    "INSERT OR IGNORE INTO roles(speaker_id, role) VALUES (?, ?)", (res.speaker_id, cleaned)
                )
            if target.kind == "person" and not target.scoped:
                self.touched.add(split_name(target.name).surname)
        return res

    # -- reading the record in its article ----------------------------------------------------

    def _target(
        self, name: str, kind: str, mention: str | None, role: str | None, after_relation: bool
    ) -> Target | Resolution:
        if kind == "person":
            word = _organisation_word(name)
            if word:
                return self._organisation(word, mention, f"{word!r} is an organisation name, not a person")
            return self._person(name, mention, role, after_relation)
        return self._organisation(_strip_determiners(name) or name, mention, None, kind)

    def _organisation(
        self, name: str, mention: str | None, note: str | None, kind: str | None = None
    ) -> Target | Resolution:
        """A body: an organisation, or a place or medium that speaks ('Oekraïne meldt', 'schrijft
        de Volkskrant'), kept as that kind (``body_kind``)."""
        target = self._body(name, mention, note)
        if isinstance(target, Target):
            target.kind = body_kind(target.name, kind)
        return target

    def _body(self, name: str, mention: str | None, note: str | None) -> Target | Resolution:
        if _indefinite(mention, name):
            return Resolution(None, f"{mention!r}: an indefinite noun phrase, not a name")
        word = _organisation_word(name)
        if word:
            name = word
        if mention and looks_like_name(_strip_determiners(mention)):
            other = _strip_determiners(mention)
            if bodies_differ(other, name):
                note = f"the mention {mention!r} names another body than {name!r}"
                name = other
        if not is_generic_organisation(name) or _named_after_determiner(mention) or (
                name[:1].isupper() and body_kind(name) != "organisation"):
            # (a country, town or paper named so is one place or medium everywhere, however
            # common its name is as a word: "Nederland", "Polen"; "de krant" is no name)
            return Target(name, "organisation", False, note)
        head = organisation_tokens(name)[-1]
        if mention:
            named = _strip_determiners(mention)
            if not is_generic_organisation(named) and head in organisation_tokens(named):
                return Target(named, "organisation", False, f"{name!r} named by the mention {mention!r}")
        bodies = [b for b in self.doc.bodies if head in organisation_tokens(b)]
        if len(bodies) == 1:
            return Target(bodies[0], "organisation", False, f"{name!r} is {bodies[0]!r} in this article")
        where = f" in {self.doc.key}" if self.doc.key else ""
        if self.doc.id is None:
            return Target(name, "organisation", False, note)
        return Target(name, "organisation", True, f"document-scoped: generic {name!r}{where}")

    def _person(
        self, name: str, mention: str | None, role: str | None, after_relation: bool
    ) -> Target | Resolution:
        ctx = self.doc
        for evidence in (mention, role):
            if acting_for(evidence, name) and (evidence is mention or (evidence or "").split()[-1:] != ["van"]):
                return Resolution(None, f"{evidence!r}: someone acting for {name!r} (not attributed to it)")
        dangling = bool(role) and clean_role(role) is None and fold(role.split()[-1]) in ("van", "namens")
        if dangling and (not mention or not looks_like_name(mention) or after_relation):
            return Resolution(None, f"role {role!r}: someone related to {name!r} (not attributed to it)")
        if _indefinite(mention, name):
            return Resolution(None, f"{mention!r}: an indefinite noun phrase, not a name")
        body = organisation_in_person_name(name, ctx.words)
        if body:
            return self._organisation(body, mention, f"{body!r} is the name of a body, not a person")
        cleaned = ctx.clean(name)
        note = None
        if not cleaned.name and mention and looks_like_name(mention):
            cleaned = ctx.clean(mention)
        if not cleaned.name:
            return Resolution(None, f"not a name: {name!r}")
        pname = cleaned.name
        if pname != name:
            note = f"name cleaned from {name!r}"
        word = _organisation_word(pname) or _trailing_acronym(pname)
        if word:
            return self._organisation(word, mention, f"{word!r} is an organisation name, not a person")
        typed = _not_a_person(pname)
        if typed == "body":
            return self._organisation(pname, mention, f"{pname!r} is a body, place or medium, not a person")
        if typed:
            return Resolution(None, f"not a speaker: {pname!r} is {typed}")
        if _nationals(pname):
            # "Amerikanen", "de Nederlander": people of a country or town, described, not named;
            # like other descriptions they are no identity across articles
            return Resolution(None, f"description: {pname!r} names people of a place, no one person")
        parts = split_name(pname)
        if mention and looks_like_name(mention):
            other = ctx.clean(mention).name
            if other:
                mparts = split_name(other)
                if mparts.surname == parts.surname and mparts.key != parts.key:
                    if parts.surname_only and not mparts.surname_only and _compatible_first(parts, mparts):
                        note = f"full name from the mention {mention!r}"
                        pname, parts = other, mparts
                    elif not parts.surname_only and not mparts.surname_only and not _compatible_first(parts, mparts):
                        note = f"the mention {mention!r} names another bearer than {pname!r}"
                        pname, parts = other, mparts
        if parts.surname_only:
            fulls = [
                f for f in ctx.full_names.get(parts.surname, ())
                if _compatible_first(parts, split_name(f))
            ]
            keys = {split_name(f).key for f in fulls}
            if len(keys) == 1:
                full = sorted(fulls)[0]
                return Target(full, "person", False, f"surname of {full!r} named in the same article")
            if not fulls:
                written = full_names_in_text(ctx.text, pname)
                if len({split_name(f).key for f in written}) == 1:
                    full = sorted(written)[0]
                    first = split_name(full).first or ""
                    known = [split_name(_name_of(self.conn, sid)).first or ""
                             for sid in full_name_ids(self.conn, parts.surname, None)]
                    # a known bearer (or one letter away: "Thiery Baudet") is left to the evidence
                    if not any(k == first or _one_edit(k, first) for k in known):
                        # (a known bearer one letter away is that bearer misspelt: "Thiery Baudet")
                        return Target(full, "person", False, f"surname of {full!r}, written out in the same article")
            if not fulls and parts.initial is None and not full_name_ids(self.conn, parts.surname, None):
                given = {f for names in ctx.full_names.values() for f in names
                         if split_name(f).first == parts.key and _given_name_of(pname, f, ctx.text)}
                if len({split_name(f).key for f in given}) == 1:
                    # "zegt Söner" in an article on the brothers Söner and Son Tekin Atasoy, "Kevin"
                    # in a portrait of Kevin Wevers: a given name alone is the one person of the
                    # article with that given name
                    full = sorted(given)[0]
                    return Target(full, "person", False, f"given name of {full!r} named in the same article")
            if _given_name_alone(pname) and not full_name_ids(self.conn, parts.surname, parts.initial) \
                    and self.doc.id is not None:
                where = f" in {ctx.key}" if ctx.key else ""
                return Target(pname, "person", True, f"{_GIVEN_NAME_SCOPED} {pname!r} alone{where}")
        return Target(pname, "person", False, note)

    # -- lookup -------------------------------------------------------------------------------

    def _find_or_create(self, target: Target, role: str | None) -> Resolution:
        name, kind = target.name, target.kind
        parts = split_name(name)
        if not parts.key:
            return Resolution(None, None)
        if target.scoped:
            row = self.conn.execute(
                "SELECT id FROM speakers WHERE document_id = ? AND kind = ? AND name_key = ?",
                (self.doc.id, kind, parts.key),
            ).fetchone()
            if row:
                return Resolution(row[0], "same generic name in this article")
            return self._create(name, kind, parts, target.note or "document-scoped", self.doc.id)
        kinds = BODY_KINDS if kind in BODY_KINDS else (kind,)
        same_kind = f"IN ({','.join('?' * len(kinds))})"  # a body typed otherwise elsewhere is one body
        pinned = self._ids(
            "SELECT DISTINCT a.speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
            f"WHERE a.alias_key = ? AND a.matchable AND s.pinned AND s.kind {same_kind}",
            (parts.key, *kinds),
        )
        if len(pinned) == 1:
            return Resolution(pinned[0], "gazetteer alias")
        if kind == "person" and parts.surname_only:
            return self._surname(name, parts, role)
        same = self._ids(
            f"SELECT id FROM speakers WHERE name_key = ? AND kind {same_kind} AND document_id IS NULL UNION "
            "SELECT a.speaker_id FROM aliases a JOIN speakers s ON s.id = a.speaker_id "
            f"WHERE a.alias_key = ? AND a.matchable AND s.kind {same_kind} AND s.document_id IS NULL",
            (parts.key, *kinds, parts.key, *kinds),
        )
        if len(same) == 1:
            return self._same(same[0], name)
        if len(same) > 1:
            # ambiguous (e.g. two pinned namesakes): keep it apart on an unpinned row of this name
            loose = self._ids(
                f"SELECT id FROM speakers WHERE name_key = ? AND kind {same_kind} AND NOT pinned "
                "AND document_id IS NULL ORDER BY id",
                (parts.key, *kinds),
            )
            if loose:
                return Resolution(loose[0], f"same name; {len(same)} candidates, none chosen")
            return self._create(name, kind, parts, f"new: {len(same)} speakers share this name, none chosen")
        if kind == "person" and parts.first:
            misspelt = self._misspelt_first(name, parts)
            if misspelt is not None:
                return misspelt
        return self._create(name, kind, parts, "new name")

    def _misspelt_first(self, name: str, parts) -> Resolution | None:
        """'Thiery Baudet' for 'Thierry Baudet': a first name no name data knows, one letter from
        the known first name of the only such bearer of the surname, is that name misspelt. Two
        known first names ('Mark', 'Marc') stay two people."""
        sid = misspelt_bearer(self.conn, name, parts.surname)
        if sid is None:
            return None
        return Resolution(sid, f"first name {name.split()[0]!r} misspelt: {_name_of(self.conn, sid)!r}")

    def _same(self, sid: int, name: str) -> Resolution:
        exact = self.conn.execute(
            "SELECT 1 FROM aliases WHERE speaker_id = ? AND alias = ?", (sid, name)
        ).fetchone() or self.conn.execute(
            "SELECT 1 FROM speakers WHERE id = ? AND name = ?", (sid, name)
        ).fetchone()
        if exact:
            return Resolution(sid, "same name")
        canonical = self.conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()[0]
        return Resolution(sid, f"same name key as {canonical!r} (case, diacritics, transliteration)")

    def _surname(self, name: str, parts, role: str | None) -> Resolution:
        """A one-token name: the bearer the evidence picks, else its own surname-only row."""
        own = self._ids(
            "SELECT id FROM speakers WHERE name_key = ? AND kind = 'person' AND surname_only "
            "AND document_id IS NULL ORDER BY pinned DESC, id",
            (parts.key,),
        )
        full = full_name_ids(self.conn, parts.surname, parts.initial)
        if full:
            head = role_head(clean_role(role))
            chosen = choose_bearer(self.conn, full, {head} if head else set(), self.doc.text)
            if chosen:
                return Resolution(*chosen)
        note = "surname only" + (f"; {len(full)} full names share it, none chosen" if full else "")
        if own:
            return Resolution(own[0], "same name" if not full else note)
        return self._create(name, "person", parts, "new: " + note)

    def _ids(self, sql: str, params: tuple) -> list[int]:
        return [r[0] for r in self.conn.execute(sql, params)]

    def _create(self, name: str, kind: str, parts, note: str, document_id: int | None = None) -> Resolution:
        cur = self.conn.execute(
            "INSERT INTO speakers(name, kind, name_key, first_key, surname_key, surname_only, initial, note, "
            "document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                name,
                kind,
                parts.key,
                parts.first,
                parts.surname,
                int(parts.surname_only),
                parts.initial,
                note,
                document_id,
            ),
        )
        return Resolution(cur.lastrowid, note)

    def _add_mention(self, speaker_id: int, target: Target, mention: str) -> None:
        """Record a surface form: a name variant (matchable) or a description; pronouns, glued
        words and other bearers' names are not aliases."""
        words = mention.split()
        if fold(words[0]) in ("een", "één"):
            return  # "een dolblije Netanyahu": an indefinite phrase identifies no one
        if fold(words[0]) in _POSSESSIVES:
            return  # "haar eigen CDA", "zijn moeder": who that is depends on the owner in the article
        if target.kind in BODY_KINDS:
            bare = _strip_determiners(mention)
            if person_function(clean_role(mention)):
                return  # "de woordvoerder van het OM": someone speaking for the body, not its name
            if looks_like_name(bare) or _organisation_word(mention):
                if organisation_tokens(bare) == organisation_tokens(target.name):
                    self._add_alias(speaker_id, bare, True, "mention: name variant")
                    return
                if acronym_of(target.name, bare) or acronym_of(bare, target.name):
                    reason = "mention: acronym and full name in one article"
                    self._add_alias(speaker_id, bare, True, reason)
                    for other in self._ids(
                        "SELECT id FROM speakers WHERE name_key = ? AND kind = 'organisation' AND NOT pinned "
                        "AND document_id IS NULL AND id != ?",
                        (split_name(bare).key, speaker_id),
                    ):  # a row that the other form made earlier is the same body
                        merge_speakers(self.conn, other, speaker_id, f"{reason}: {bare!r} is {target.name!r}")
                        self.reset()
                    return
                if bodies_differ(bare, target.name):
                    return
            if looks_like_name(bare) and not _is_nationality(bare.split()[0]):
                # "Milieudefensie Shell": another name glued on, no description of the body (but
                # "het Nederlandse Openbaar Ministerie" is one)
                return
            if len(words) >= 2 and not self.doc.clean(mention).garbage:
                self._add_alias(speaker_id, _description(mention), False, "mention: description")
            return
        if looks_like_name(mention):
            cleaned = self.doc.clean(mention)
            if sum(c.isalpha() for c in cleaned.name) >= 2:  # not "I" for "Wang Yi"
                mine, theirs = split_name(target.name), split_name(cleaned.name)
                if mine.surname == theirs.surname and _compatible_first(mine, theirs):
                    self._add_alias(speaker_id, cleaned.name, True, "mention: name variant")
                if cleaned.dropped and not cleaned.garbage and len(words) >= 2:
                    self._add_alias(speaker_id, _description(mention), False, "mention: description")
            return
        bare = _strip_determiners(mention)
        if _organisation_word(bare) or looks_like_name(bare):
            return  # "de EVP", "het Witte Huis" for a person: a body, not a description of them
        if len(words) >= 2 and not self.doc.clean(mention).garbage:  # "de Oekraïense president"
            self._add_alias(speaker_id, _description(mention), False, "mention: description")

    def _add_alias(self, speaker_id: int, alias: str, matchable: bool, reason: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO aliases(speaker_id, alias, alias_key, matchable, reason) VALUES "
            "(?, ?, ?, ?, ?)",
            (speaker_id, alias, split_name(alias).key, int(matchable), reason),
        )


#: possessive determiners: a mention opening with one describes the speaker through someone
#: else of the article ("zijn moeder", "haar eigen partij")
_POSSESSIVES = frozenset({"zijn", "haar", "hun", "mijn", "onze", "ons", "jullie", "diens", "wiens"})


def person_function(role: str | None) -> bool:
    """Is the head of ``role`` a function a person holds ('woordvoerder van het OM',
    'AAGG-woordvoerder', 'rechter'), not a noun for a body ('toezichthouder', 'vervoerder')? Such a
    role or description names someone speaking for a body, never the body itself."""
    from .names import _lang

    head = role_head(role)
    return bool(head) and _lang().title_head(head) is not None


#: the kinds of speaker that are no person: an organisation, or a place or medium that speaks
BODY_KINDS = ("organisation", "place", "medium")


def body_kind(name: str, engine_kind: str | None = None) -> str:
    """'place' for a country or town ('Oekraïne', 'Verenigd Koninkrijk'), 'medium' for a paper,
    broadcaster or platform ('de Volkskrant', 'NOS', 'Twitter'), by the entity data; else the
    engine's kind when it is one of those; else 'organisation'."""
    from ..entities import EntityType, entity_type

    etype = entity_type(name)
    if etype is EntityType.PLACE:
        return "place"
    if etype is EntityType.MEDIUM:
        return "medium"
    return engine_kind if engine_kind in ("place", "medium") else "organisation"


def _not_a_person(name: str) -> str | None:
    """'body' for a place or medium typed as a person ("Verenigd Koninkrijk", "The Guardian": the
    country or paper that speaks) or a body the name data lists ("Uber", "Human Rights Watch"),
    the type for a name that cannot speak (an event or work, or one word that names nothing:
    "Boekenweek", "Laat"), else None."""
    from ..entities import EntityType, entity_type, is_listed_body  # (loads the typing data on first use)

    etype = entity_type(name)
    if etype in (EntityType.PLACE, EntityType.MEDIUM) or is_listed_body(name):
        return "body"
    if etype is EntityType.WORK or (etype is EntityType.NONE and len(name.split()) == 1):
        return "a work or event" if etype is EntityType.WORK else "no entity"
    return None


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one insertion, deletion or substitution apart ("thierry", "thiery")?"""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _nationals(name: str) -> bool:
    """'Amerikanen', 'Nederlander', 'Chinezen', 'Britten': one word for people of a country or
    town (the name data's family names excepted: 'Hollander')."""
    from ..entities import is_demonym

    return " " not in name and is_demonym(name)


def _given_name_of(token: str, full: str, text: str) -> bool:
    """Is the one-word name ``token`` the given name of the person ``full`` of the same article?
    A known given name is; an unknown word only when the article writes it before the rest of
    the name ('Söner Atasoy'). The full name must be a person's: no acronym in it ('Leeuwen van
    D66') and no place, medium or work."""
    from ..entities import is_given_name

    rest = full.split()[1:]
    if not rest or any(is_acronym(w.strip(".,")) for w in rest) or _not_a_person(full):
        return False
    return is_given_name(token) or f"{token} {' '.join(rest)}" in text


def _given_name_alone(name: str) -> bool:
    """'Peter', 'Kevin': a known given name that the name data does not know as a family name
    identifies someone inside one article only."""
    from ..entities import is_family_name, is_given_name

    return " " not in name and is_given_name(name) and not is_family_name(name)


_WRITTEN_GIVEN = re.compile(r"(?<![\w-])([A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)\s+")


def full_names_in_text(text: str, surname: str) -> set[str]:
    """The full names 'Given Surname' that ``text`` writes for a one-token surname ('van Benthem'
    in an article on 'Frans van Benthem'); the first word must be a known given name."""
    from ..entities import is_given_name

    if not text or not surname:
        return set()
    words = surname.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = set()
    for m in re.finditer(_WRITTEN_GIVEN.pattern + f"((?i:{pattern}))(?![\\w-])", text):
        if is_given_name(m.group(1)):
            found.add(f"{m.group(1)} {m.group(2)}")
    return found


def full_name_ids(conn: sqlite3.Connection, surname: str, initial: str | None) -> list[int]:
    """Global person speakers with a full name of that surname (and a first name fitting ``initial``)."""
    rows = conn.execute(
        "SELECT id, first_key FROM speakers WHERE surname_key = ? AND kind = 'person' AND NOT surname_only "
        "AND document_id IS NULL ORDER BY id",
        (surname,),
    ).fetchall()
    return [r[0] for r in rows if initial is None or (r[1] or "").startswith(initial)]


def _name_of(conn: sqlite3.Connection, sid: int) -> str:
    return conn.execute("SELECT name FROM speakers WHERE id = ?", (sid,)).fetchone()[0]


def choose_bearer(
    conn: sqlite3.Connection, full: list[int], role_heads: set[str], text: str = "", named: bool = False
) -> tuple[int, str] | None:
    """Which of several full-name bearers of a surname a surname-only mention means, with the
    reason, or None. Evidence in order: the only one known; the article writes out exactly one of
    their full names; exactly one has the role; one has ``DOMINANCE`` of the articles. ``named``
    asks for evidence about the bearer (the article or the role), not only that there is one."""
    if len(full) == 1 and not named:
        return full[0], f"surname of the only known {_name_of(conn, full[0])!r}"
    if text:
        found = []
        for sid in full:
            forms = {_name_of(conn, sid)} | {
                r[0] for r in conn.execute(
                    "SELECT alias FROM aliases WHERE speaker_id = ? AND matchable", (sid,)
                )
            }
            if any(len(f.split()) >= 2 and not split_name(f).surname_only and f in text for f in forms):
                found.append(sid)
        if len(found) == 1:
            return found[0], f"surname of {_name_of(conn, found[0])!r}, whose full name the article gives"
    if role_heads:
        with_role = []
        for sid in full:
            heads = {role_head(r[0]) for r in conn.execute("SELECT role FROM roles WHERE speaker_id = ?", (sid,))}
            if heads & role_heads:
                with_role.append(sid)
        if len(with_role) == 1:
            role = sorted(role_heads)[0]
            return with_role[0], f"surname of {_name_of(conn, with_role[0])!r}, the only bearer with the role {role!r}"
    if named:
        return None
    marks = ",".join("?" * len(full))
    counts = dict(
        conn.execute(
            f"SELECT speaker_id, COUNT(DISTINCT document_id) FROM quotes WHERE speaker_id IN ({marks}) "
            "AND (speaker_reason IS NULL OR speaker_reason NOT LIKE 'surname%') GROUP BY speaker_id",
            full,
        ).fetchall()
    )
    total = sum(counts.values())
    if total:
        top = max(full, key=lambda sid: (counts.get(sid, 0), -sid))
        share = counts.get(top, 0) / total
        if share >= DOMINANCE:
            return top, (
                f"surname of {_name_of(conn, top)!r}: {counts[top]} of the {total} articles naming a "
                f"full-name bearer ({share:.0%})"
            )
    return None


def misspelt_bearer(conn: sqlite3.Connection, name: str, surname: str, exclude: int | None = None) -> int | None:
    """The one full-name bearer of ``surname`` whose first name is a known given name one letter
    away from the first name of ``name``, when that first name is no known given name ('Thiery
    Baudet' → 'Thierry Baudet'); None when there is none or more than one ('Mark'/'Marc')."""
    from ..entities import is_given_name

    written = name.split()[0]
    if is_given_name(written):
        return None
    near = []
    for sid in full_name_ids(conn, surname, None):
        if sid == exclude:
            continue
        known = _name_of(conn, sid).split()[0]
        if _one_edit(known.casefold(), written.casefold()) and is_given_name(known):
            near.append(sid)
    return near[0] if len(near) == 1 else None


def _unpinned(conn: sqlite3.Connection, surname: str, *, surname_only: bool) -> list[sqlite3.Row]:
    """The corpus-wide person speakers of ``surname`` no one has pinned, in the order stored:
    those known by the surname alone (id, initial) or those named in full (id, name)."""
    column, only = ("initial", "") if surname_only else ("name", "NOT ")
    return conn.execute(
        f"SELECT id, {column} FROM speakers WHERE surname_key = ? AND kind = 'person' AND {only}surname_only "
        "AND NOT pinned AND document_id IS NULL ORDER BY id",
        (surname,),
    ).fetchall()


def settle_misspellings(conn: sqlite3.Connection, surnames: Iterable[str]) -> int:
    """Merge unpinned full names whose first name is a misspelling of the one known bearer's
    ('Thiery Baudet' stored before 'Thierry Baudet' was known), so the table does not depend on
    which article came first; returns the number merged."""
    merged = 0
    for surname in sorted(set(surnames)):
        for sid, name in _unpinned(conn, surname, surname_only=False):
            target = misspelt_bearer(conn, name, surname, exclude=sid)
            if target is not None:
                reason = f"first name {name.split()[0]!r} misspelt: {_name_of(conn, target)!r} (merged later)"
                merge_speakers(conn, sid, target, reason)
                merged += 1
    return merged


def settle_surnames(conn: sqlite3.Connection, surnames: Iterable[str]) -> int:
    """Merge unpinned surname-only speakers of these surnames into the bearer the evidence picks
    (``choose_bearer`` by roles and frequency); returns the number merged."""
    merged = 0
    for surname in sorted(set(surnames)):
        for row in _unpinned(conn, surname, surname_only=True):
            full = full_name_ids(conn, surname, row["initial"])
            if not full:
                continue
            heads = {role_head(r[0]) for r in conn.execute("SELECT role FROM roles WHERE speaker_id = ?", (row["id"],))}
            chosen = choose_bearer(conn, full, {h for h in heads if h})
            if chosen:
                merge_speakers(conn, row["id"], chosen[0], f"{chosen[1]} (merged later)")
                merged += 1
        # a given name alone was kept in its article because no one bore it as a surname then;
        # a full name with it as surname that came later ("Recep Tayyip Erdogan") is evidence
        # that it was a surname, as it would have been had that article come first
        scoped = conn.execute(
            "SELECT s.id, s.initial, d.text FROM speakers s JOIN documents d ON d.id = s.document_id "
            "WHERE s.surname_key = ? AND s.kind = 'person' AND s.surname_only AND NOT s.pinned "
            "AND s.note LIKE ? ORDER BY s.id",
            (surname, _GIVEN_NAME_SCOPED + "%"),
        ).fetchall()
        for sid, initial, text in scoped:
            full = full_name_ids(conn, surname, initial)
            if not full:
                continue
            heads = {role_head(r[0]) for r in conn.execute("SELECT role FROM roles WHERE speaker_id = ?", (sid,))}
            # (the article or the role must point at the bearer: 'Franciscus' alone is the pope,
            # not the only 'Fabian Franciscus' known)
            chosen = choose_bearer(conn, full, {h for h in heads if h}, text, named=True)
            if chosen:
                merge_speakers(conn, sid, chosen[0], f"{chosen[1]} (merged later)")
                merged += 1
    return merged


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


def rebuild_speakers(conn: sqlite3.Connection) -> int:
    """Resolve every stored quote's speaker again from the engine's record (speaker, kind,
    mention, role), article by article, inside the caller's transaction. Unpinned speakers are
    rebuilt; pinned (gazetteer) speakers keep their identity, QID, gazetteer aliases and roles.
    Articles are taken in document-key order, so the result depends only on which articles are
    stored, never on the order they were ingested in. Returns the number of quotes resolved."""
    conn.execute("UPDATE quotes SET speaker_id = NULL, speaker_reason = NULL")
    conn.execute("DELETE FROM speakers WHERE NOT pinned")
    conn.execute("DELETE FROM aliases WHERE reason != 'gazetteer'")
    resolver = SpeakerResolver(conn)
    n = 0
    docs = conn.execute("SELECT id, doc_key, text FROM documents ORDER BY doc_key").fetchall()
    for doc in docs:
        quotes = conn.execute(
            "SELECT id, speaker, speaker_kind, speaker_mention, speaker_role, speaker_start FROM quotes "
            "WHERE document_id = ? ORDER BY id",
            (doc[0],),
        ).fetchall()
        resolver.begin_document(
            DocumentContext.build(doc[0], doc[1], doc[2], [(q[1], q[2], q[3]) for q in quotes])
        )
        for q in quotes:
            res = resolver.resolve(q[1], q[2], q[3], q[4], q[5])
            conn.execute(
                "UPDATE quotes SET speaker_id = ?, speaker_reason = ? WHERE id = ?",
                (res.speaker_id, res.reason, q[0]),
            )
            n += 1
    resolver.settle()
    return n


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
    if kind not in ("person", *BODY_KINDS):
        raise InputError(f"kind must be person, organisation, place or medium, not {kind!r}", source=where)
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
                f"SELECT id FROM speakers WHERE NOT pinned AND kind = ? AND document_id IS NULL AND name_key "
                f"IN ({marks})",
                (entry.kind, *keys),
            )
        ]
        for old in loose:
            merge_speakers(conn, old, sid, f"gazetteer: {entry.name}")
    return len(entries)
