"""schema.org ``Claim`` JSON-LD for a quote or a cluster, ready to be the ``itemReviewed`` of a
fact-checker's ``ClaimReview``. A claim says who said what, when and where it appeared; it never
holds a verdict (no ``reviewRating``: that is the fact-checker's to give).

Shape (https://schema.org/Claim):

    {"@context": "https://schema.org", "@type": "Claim", "@id": "urn:quoteattr:cluster:cl-…",
     "text": "<the exact quotation, earliest wording>", "inLanguage": "nl",
     "author": {"@type": "Person", "name": "…", "sameAs": "https://www.wikidata.org/wiki/Q…"},
     "datePublished": "2019-04-03", "firstAppearance": {…}, "appearance": [{"@type": "CreativeWork", …}]}
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable, Sequence

CONTEXT = "https://schema.org"
WIKIDATA = "https://www.wikidata.org/wiki/"
URN = "urn:quoteattr:"
#: speaker kinds that are an Organization in schema.org (a country or city speaking is its government)
_ORGANISATION_KINDS = ("organisation", "place", "medium")


def author(occurrence: dict[str, Any]) -> dict[str, Any] | None:
    """A Person or Organization for the occurrence's speaker; None for an unnamed speaker."""
    name = occurrence.get("speaker")
    if not name or occurrence.get("speaker_kind") == "description":
        return None
    kind = "Organization" if occurrence.get("speaker_kind") in _ORGANISATION_KINDS else "Person"
    out: dict[str, Any] = {"@type": kind, "name": name}
    qid = occurrence.get("qid")
    if qid:
        out["sameAs"] = WIKIDATA + qid
        out["identifier"] = qid
    return out


def appearance(occurrence: dict[str, Any]) -> dict[str, Any]:
    """The article an occurrence appeared in, as a CreativeWork."""
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if occurrence.get("url"):
        work["url"] = occurrence["url"]
    work["identifier"] = occurrence["doc"]
    if occurrence.get("title"):
        work["headline"] = occurrence["title"]
    if occurrence.get("date"):
        work["datePublished"] = occurrence["date"]
    if occurrence.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": occurrence["outlet"]}
    return work


def claim(occurrences: Sequence[dict[str, Any]], *, identifier: str, speaker: str | None = None) -> dict[str, Any]:
    """The Claim of occurrences given earliest first: the earliest's exact words, the speaker
    (``speaker``: the name to credit, default the first named one), one appearance per article."""
    if not occurrences:
        raise ValueError("a claim needs at least one occurrence")
    first = occurrences[0]
    named = [o for o in occurrences if author(o)]
    credited = next((o for o in named if o.get("speaker") == speaker), named[0] if named else None)
    works, seen = [], set()
    for occ in occurrences:
        if occ["doc"] not in seen:
            seen.add(occ["doc"])
            works.append(appearance(occ))
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Claim",
        "@id": URN + identifier,
        "identifier": identifier.rsplit(":", 1)[-1],
        "text": first["text"],
        "inLanguage": "nl",
    }
    if credited:
        out["author"] = author(credited)
    if first.get("date"):
        out["datePublished"] = first["date"]
    out["firstAppearance"] = works[0]
    out["appearance"] = works
    return out


def cluster_claim(trace: dict[str, Any]) -> dict[str, Any]:
    """The Claim of a whole cluster (a :func:`quoteattr.store.clusters.trace` record)."""
    return claim(trace["occurrences"], identifier=f"cluster:{trace['cluster_id']}", speaker=trace.get("speaker"))


def quote_claim(trace: dict[str, Any], quote_id: int) -> dict[str, Any]:
    """The Claim of one stored quote: its own words, speaker and article."""
    occ = [o for o in trace["occurrences"] if o["quote_id"] == quote_id]
    if not occ:
        raise ValueError(f"quote {quote_id} is not an occurrence of {trace['cluster_id']}")
    return claim(occ, identifier=f"quote:{quote_id}")


def write_jsonld(claims: Iterable[dict[str, Any]], stream: IO[str], *, lines: bool = False) -> int:
    """One JSON-LD document (``@graph`` of claims), or one claim per line when ``lines``."""
    n = 0
    if lines:
        for c in claims:
            stream.write(json.dumps(c, ensure_ascii=False) + "\n")
            n += 1
        return n
    graph = []
    for c in claims:
        graph.append({k: v for k, v in c.items() if k != "@context"})
    json.dump({"@context": CONTEXT, "@graph": graph}, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return len(graph)
