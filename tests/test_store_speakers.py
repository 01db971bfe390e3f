"""Speakers across documents: name keys, conservative merging with reasons, the gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteattr.errors import InputError, LanguageDataError
from quoteattr.model import Document, Quote
from quoteattr.store import QuoteDB, name_key, read_gazetteer, split_name
from quoteattr.store.names import looks_like_name, name_data, parse_name_data

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(
    "a, b",
    [
        ("Volodimir Zelenski", "Volodymyr Zelensky"),
        ("Zelenski", "Zelenskyy"),
        ("Zelenski", "Zelenskij"),
        ("Poetin", "Putin"),
        ("Oekraïense", "Oekraiense"),
        ("Jean-Claude Juncker", "Jean Claude Juncker"),
        ("Sophie in ’t Veld", "Sophie in 't Veld"),
        ("MARK RUTTE", "Mark Rutte"),
    ],
)
def test_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Mark Rutte", "Marc Rutte"),  # different first names stay apart
        ("Volodimir Zelenski", "Olena Zelenska"),
        ("Jan de Vries", "Jan Vries"),
        ("Dijk", "Dik"),  # Dutch -ij- inside a name is not rewritten
    ],
)
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    "name, first, surname, surname_only",
    [
        ("Jan de Vries", "jan", "de vries", False),
        ("Ursula von der Leyen", "ursula", "von der leien", False),
        ("Van der Laan", None, "van der laan", True),
        ("Zelenski", None, "zelenski", True),
        ("Jan Peter Balkenende", "jan", "balkenende", False),
    ],
)
def test_split_name(name, first, surname, surname_only):
    parts = split_name(name)
    assert (parts.first, parts.surname, parts.surname_only) == (first, surname, surname_only)


def test_initial_counts_as_surname_only():
    parts = split_name("M. Rutte")
    assert parts.surname_only and parts.initial == "m" and parts.surname == "rutte"


@pytest.mark.parametrize(
    "mention, expected",
    [("Mark Rutte", True), ("Van der Laan", True), ("hij", False), ("de Oekraïense president", False)],
)
def test_looks_like_name(mention, expected):
    assert looks_like_name(mention) is expected


def test_shipped_name_data_loads_and_bad_rows_name_file_and_line():
    data = name_data()
    assert "van" in data.particles and data.rewrites
    with pytest.raises(LanguageDataError, match=r"t\.tsv:2"):
        parse_name_data("particle\tvan\t-\nparticle\tvan\t-\n", "t.tsv")
    with pytest.raises(LanguageDataError, match=r"t\.tsv:1.*bad pattern"):
        parse_name_data("translit\t(\tx\n", "t.tsv")
    with pytest.raises(LanguageDataError, match="unknown row type"):
        parse_name_data("vowel\ta\tb\n", "t.tsv")


def said(db: QuoteDB, doc_id: str, speaker: str, words: str = "Dit is mijn standpunt", **kw) -> None:
    """Store one document in which ``speaker`` says ``words``."""
    text = f"“{words}”, zei {speaker}."
    db.add(
        Document(doc_id, text),
        [
            Quote(
                doc_id,
                1,
                1 + len(words),
                words,
                "direct",
                speaker=speaker,
                speaker_mention=kw.pop("mention", speaker),
                **kw,
            )
        ],
    )


def speaker_of(db: QuoteDB, doc_id: str) -> tuple[str | None, str | None]:
    row = db.conn.execute(
        "SELECT s.name, q.speaker_reason FROM quotes q JOIN documents d ON d.id = q.document_id "
        "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE d.doc_key = ?",
        (doc_id,),
    ).fetchone()
    return row[0], row[1]


@pytest.fixture
def db(tmp_path):
    with QuoteDB(tmp_path / "q.db") as database:
        yield database


def test_transliteration_variants_merge_with_a_reason(db):
    said(db, "1", "Volodimir Zelenski")
    said(db, "2", "Volodymyr Zelensky")
    name, reason = speaker_of(db, "2")
    assert name == "Volodimir Zelenski"
    assert "transliteration" in reason
    assert db.counts()["speakers"] == 1


def test_surname_attaches_only_to_a_unique_full_name(db):
    said(db, "1", "Volodimir Zelenski")
    said(db, "2", "Zelenski")
    assert speaker_of(db, "2") == ("Volodimir Zelenski", "surname of the only known 'Volodimir Zelenski'")
    said(db, "3", "Jan de Vries")
    said(db, "4", "Piet de Vries")
    said(db, "5", "De Vries")
    name, reason = speaker_of(db, "5")
    assert name == "De Vries" and "2 full names share it" in reason


def test_different_first_names_never_merge(db):
    said(db, "1", "Jan de Vries")
    said(db, "2", "Piet de Vries")
    said(db, "3", "Mark Rutte")
    said(db, "4", "Marc Rutte")
    assert [speaker_of(db, d)[0] for d in "1234"] == [
        "Jan de Vries",
        "Piet de Vries",
        "Mark Rutte",
        "Marc Rutte",
    ]
    assert db.counts()["speakers"] == 4


def test_a_later_full_name_absorbs_earlier_surname_only_speakers(db):
    said(db, "1", "Zelenski")
    said(db, "2", "Zelensky")
    assert db.counts()["speakers"] == 1
    said(db, "3", "Volodimir Zelenski")
    assert db.counts()["speakers"] == 1
    name, reason = speaker_of(db, "1")
    assert name == "Volodimir Zelenski" and "merged later" in reason
    aliases = db.speakers()[0]["aliases"]
    assert {"Zelenski", "Zelensky"} <= set(aliases)


def test_initial_must_match_the_first_name(db):
    said(db, "1", "Mark Rutte")
    said(db, "2", "M. Rutte")
    said(db, "3", "J. Rutte")
    assert speaker_of(db, "2")[0] == "Mark Rutte"
    assert speaker_of(db, "3")[0] == "J. Rutte"


def test_descriptions_and_organisations(db):
    said(db, "1", "een woordvoerder", speaker_kind="description")
    said(db, "2", "een woordvoerder", speaker_kind="description")
    assert speaker_of(db, "1")[0] is None
    said(db, "3", "RIVM", speaker_kind="organisation")
    said(db, "4", "RIVM", speaker_kind="organisation")
    said(db, "5", "Rivm", speaker_kind="person")
    assert db.conn.execute("SELECT COUNT(*) FROM speakers WHERE kind = 'organisation'").fetchone()[0] == 1
    assert db.search(None, speaker="een woordvoerder", limit=None)  # still findable by its text


def test_pronoun_mentions_are_not_aliases_but_descriptions_are(db):
    said(db, "1", "Volodimir Zelenski", mention="hij")
    said(db, "2", "Volodimir Zelenski", mention="de Oekraïense president", speaker_role="president")
    row = db.speakers()[0]
    assert "hij" not in row["aliases"] and "de Oekraïense president" in row["aliases"]
    assert row["roles"] == ["president"]
    # a description alias never merges a later speaker, and a description typed as a person
    # name gets no speaker row of its own
    said(db, "3", "de Oekraïense president")
    name, reason = speaker_of(db, "3")
    assert name is None and "not a name" in reason
    assert db.counts()["speakers"] == 1


def test_gazetteer_pins_identities_and_merges_loose_rows(db):
    said(db, "1", "Zelensky")
    said(db, "2", "Marc Rutte")
    assert db.load_gazetteer(FIXTURES / "gazetteer.csv") == 5
    said(db, "3", "Volodimir Zelenski")
    said(db, "4", "Zelenskyy")
    for doc in "134":
        assert speaker_of(db, doc)[0] == "Volodymyr Zelensky"
    assert speaker_of(db, "2")[0] == "Marc Rutte"  # not an alias of Mark Rutte
    zel = db.speakers("Zelenski")[0]
    assert zel["qid"] == "Q3881697" and zel["quotes"] == 3 and "president van Oekraïne" in zel["roles"]
    again = db.counts()
    db.load_gazetteer(FIXTURES / "gazetteer.csv")
    assert db.counts() == again


def test_gazetteer_jsonl_and_errors(tmp_path):
    good = tmp_path / "g.jsonl"
    good.write_text(
        '{"name": "Mark Rutte", "aliases": ["Rutte"], "qid": "Q57792", "role": "premier"}\n',
        encoding="utf-8",
    )
    [entry] = read_gazetteer(good)
    assert (entry.name, entry.aliases, entry.qid, entry.roles) == (
        "Mark Rutte",
        ("Rutte",),
        "Q57792",
        ("premier",),
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("name,qid\nMark Rutte,57792\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.csv:2.*QID"):
        read_gazetteer(bad)
    nohead = tmp_path / "nohead.csv"
    nohead.write_text("Mark Rutte,Rutte\n", encoding="utf-8")
    with pytest.raises(InputError, match="header"):
        read_gazetteer(nohead)
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{nope\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.jsonl:1"):
        read_gazetteer(broken)
