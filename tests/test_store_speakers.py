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


# -- speakers read in their article ---------------------------------------------------------------

from quoteattr.store import schema  # noqa: E402
from quoteattr.store.names import (  # noqa: E402
    ArticleWords,
    acronym_of,
    bodies_differ,
    clean_person_name,
    clean_role,
    is_common_word,
    is_generic_organisation,
)


def article(db: QuoteDB, doc_id: str, text: str, records: list[tuple]) -> None:
    """Store one article; each record is (quote words, speaker, kind, mention[, role]) and the
    quote and mention offsets are found in ``text``."""
    quotes = []
    for rec in records:
        words, speaker, kind, mention = rec[:4]
        role = rec[4] if len(rec) > 4 else None
        start = text.index(words)
        at = text.find(mention, start + len(words)) if mention else -1
        if mention and at == -1:
            at = text.find(mention)
        quotes.append(
            Quote(
                doc_id,
                start,
                start + len(words),
                words,
                "direct",
                speaker=speaker,
                speaker_kind=kind,
                speaker_mention=mention,
                speaker_start=at if at >= 0 else None,
                speaker_end=at + len(mention) if at >= 0 else None,
                speaker_role=role,
            )
        )
    db.add(Document(doc_id, text), quotes)


def speakers_named(db: QuoteDB, name: str) -> list[tuple]:
    return db.conn.execute(
        "SELECT s.id, s.kind, s.document_id, COUNT(q.id) FROM speakers s LEFT JOIN quotes q ON "
        "q.speaker_id = s.id WHERE s.name = ? GROUP BY s.id ORDER BY s.id",
        (name,),
    ).fetchall()


def reasons(db: QuoteDB, doc_id: str) -> list[tuple]:
    return db.conn.execute(
        "SELECT s.name, q.speaker_reason FROM quotes q JOIN documents d ON d.id = q.document_id "
        "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE d.doc_key = ? ORDER BY q.id",
        (doc_id,),
    ).fetchall()


# generic bodies


def test_a_generic_body_belongs_to_its_article(db):
    for n, town in enumerate(("Zwolle", "Breda", "Assen")):
        text = f"De wegen in {town} worden opgeknapt. “We beginnen in mei”, zegt de gemeente."
        article(db, f"g{n}", text, [("We beginnen in mei", "gemeente", "organisation", "de gemeente")])
    rows = speakers_named(db, "gemeente")
    assert len(rows) == 3 and all(r[2] is not None and r[3] == 1 for r in rows)
    assert "document-scoped" in reasons(db, "g0")[0][1]
    # the same article again: still one row for it, not a new one per quote
    text = "“Het is klaar”, meldt de gemeente. “Er komt geen vervolg”, aldus de gemeente."
    article(
        db,
        "g3",
        text,
        [("Het is klaar", "gemeente", "organisation", "de gemeente"),
         ("Er komt geen vervolg", "gemeente", "organisation", "de gemeente")],
    )
    assert len(speakers_named(db, "gemeente")) == 4


def test_a_generic_body_is_the_named_body_of_its_article(db):
    text = (
        "“De brug gaat dicht”, zegt de gemeente Utrecht. Later meldde de gemeente: “We openen "
        "hem in juni weer.”"
    )
    article(
        db,
        "u1",
        text,
        [("De brug gaat dicht", "gemeente Utrecht", "organisation", "de gemeente Utrecht"),
         ("We openen hem in juni weer.", "gemeente", "organisation", "de gemeente")],
    )
    [(name, reason)] = reasons(db, "u1")[1:]
    assert name == "gemeente Utrecht" and "in this article" in reason
    assert speakers_named(db, "gemeente") == []
    # the mention itself can name it
    article(db, "u2", "“We bouwen door”, aldus de gemeente Arnhem.",
            [("We bouwen door", "gemeente", "organisation", "de gemeente Arnhem")])
    assert reasons(db, "u2")[0][0] == "gemeente Arnhem"


def test_named_bodies_stay_one_identity_across_articles(db):
    for n in range(2):
        article(db, f"k{n}", "“Dit voorstel gaat te ver”, zei de Kamer dinsdag.",
                [("Dit voorstel gaat te ver", "Kamer", "organisation", "de Kamer")])
    [(sid, kind, document_id, quotes)] = speakers_named(db, "Kamer")
    assert document_id is None and quotes == 2


@pytest.mark.parametrize(
    "name, generic",
    [
        ("politie", True),
        ("De gemeente", True),
        ("het bedrijf", True),
        ("Partij", True),
        ("politie Drenthe", False),
        ("Tweede Kamer", False),
        ("Duitse justitie", False),
        ("Shell", False),
        ("PvdA", False),
        ("OM", False),
        ("het openbaar ministerie", False),
    ],
)
def test_generic_bodies(name, generic):
    assert is_generic_organisation(name) is generic


# different bodies


@pytest.mark.parametrize(
    "a, b, differ",
    [
        ("Eerste Kamer", "Tweede Kamer", True),
        ("Noord-Holland", "Zuid-Holland", True),
        ("Provinciale Staten van Noord-Holland", "Provinciale Staten van Zuid-Holland", True),
        ("De Tweede Kamer", "Tweede Kamer", False),
        ("de Kamer", "Tweede Kamer", False),
        ("Tweede Kamer", "Europees Parlement", False),
    ],
)
def test_a_differing_qualifier_means_another_body(a, b, differ):
    assert bodies_differ(a, b) is differ


def test_a_mention_of_another_body_is_not_merged_into_the_engines_name(db):
    text = (
        "“Het wetsvoorstel is af”, zei de Tweede Kamer. “Wij kijken er nog naar”, zegt de Eerste "
        "Kamer."
    )
    article(
        db,
        "ek",
        text,
        [("Het wetsvoorstel is af", "Tweede Kamer", "organisation", "de Tweede Kamer"),
         ("Wij kijken er nog naar", "Tweede Kamer", "organisation", "Eerste Kamer", "eerste")],
    )
    (first, _), (second, reason) = reasons(db, "ek")
    assert (first, second) == ("Tweede Kamer", "Eerste Kamer") and "another body" in reason
    tweede = db.speakers("Tweede Kamer")[0]
    assert "Eerste Kamer" not in tweede["aliases"] and tweede["roles"] == []


# surnames


def test_a_dominant_bearer_takes_the_surname_with_the_reason(db):
    for n in range(5):
        said(db, f"d{n}", "Donald Trump", f"Dit is bericht {n}")
    said(db, "m", "Melania Trump")
    said(db, "t", "Trump")
    name, reason = speaker_of(db, "t")
    assert name == "Donald Trump"
    assert "5 of the 6 articles" in reason and "83%" in reason


def test_no_bearer_is_chosen_without_dominance(db):
    for n in range(2):
        said(db, f"j{n}", "Jan de Vries", f"Bericht {n}")
        said(db, f"p{n}", "Piet de Vries", f"Melding {n}")
    said(db, "dv", "De Vries")
    name, reason = speaker_of(db, "dv")
    assert name == "De Vries" and "2 full names share it, none chosen" in reason


def test_the_role_picks_the_bearer(db):
    said(db, "j", "Jan de Vries", speaker_role="burgemeester")
    said(db, "p", "Piet de Vries", speaker_role="hoogleraar")
    said(db, "dv", "De Vries", speaker_role="burgemeester")
    name, reason = speaker_of(db, "dv")
    assert name == "Jan de Vries" and "role 'burgemeester'" in reason
    said(db, "dv2", "De Vries", speaker_role="wethouder")
    assert speaker_of(db, "dv2")[0] == "De Vries"


def test_the_article_picks_the_bearer(db):
    said(db, "j", "Jan de Vries")
    said(db, "p", "Piet de Vries")
    text = "Piet de Vries leidt het onderzoek. “Het kost tijd”, zegt De Vries."
    article(db, "a", text, [("Het kost tijd", "De Vries", "person", "De Vries")])
    name, reason = reasons(db, "a")[0]
    assert name == "Piet de Vries" and "full name the article gives" in reason


def test_surname_only_speakers_settle_when_a_dominant_bearer_appears_later(db):
    said(db, "d0", "Donald Trump")
    said(db, "m", "Melania Trump")
    said(db, "t", "Trump")
    name, reason = speaker_of(db, "t")
    assert name == "Trump" and "none chosen" in reason
    for n in range(1, 3):
        said(db, f"d{n}", "Donald Trump", f"Bericht {n}")
        assert speaker_of(db, "t")[0] == "Trump"  # 2 of 3, 3 of 4 articles: not yet 80%
    said(db, "d3", "Donald Trump", "Bericht 3")
    name, reason = speaker_of(db, "t")
    assert name == "Donald Trump" and "4 of the 5 articles" in reason and "merged later" in reason


def test_a_fuller_name_in_the_mention_wins_and_another_first_name_is_another_person(db):
    said(db, "n", "Niels van den Berg", speaker_role="wethouder")
    article(db, "e", "“Wij zijn tevreden”, zegt Ewout van den Berg.",
            [("Wij zijn tevreden", "van den Berg", "person", "Ewout van den Berg")])
    name, reason = reasons(db, "e")[0]
    assert name == "Ewout van den Berg" and "full name from the mention" in reason
    assert "Ewout van den Berg" not in db.speakers("Niels van den Berg")[0]["aliases"]
    # two full names: the mention at the attribution site wins over the engine's other bearer
    article(db, "f", "“Het kan beter”, zegt Ewout van den Berg.",
            [("Het kan beter", "Niels van den Berg", "person", "Ewout van den Berg")])
    name, reason = reasons(db, "f")[0]
    assert name == "Ewout van den Berg" and "another bearer" in reason
    article(db, "h", "“Het loopt goed”, zegt Huub Gerard.",
            [("Het loopt goed", "Gerard", "person", "Huub Gerard")])
    assert reasons(db, "h")[0][0] == "Huub Gerard"


# names glued to neighbouring words


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Nederlan Minister Koolmees", "Koolmees"),
        ("Conflict De Amerikaanse president Trump", "Trump"),
        ("Eer Dekker", "Dekker"),
        ("Alsof Baudet", "Baudet"),
        ("Waarmee Van der Meulen", "Van der Meulen"),
        ("Mét Zelle", "Zelle"),
        ("MEDIA Trump", "Trump"),
        ("Trump het Witte Huis", "Trump"),
        ("Cees Loggen van de VVD", "Cees Loggen"),
        ("Koolmees van Sociale Zaken", "Koolmees"),
        ("Zijn arts Tim Verhagen", "Tim Verhagen"),
        ("SP'er Jasper van Dijk", "Jasper van Dijk"),
        ("Nederlands-Rwandese Huguette Debets", "Huguette Debets"),
        # a function noun that opened the sentence, glued before a given name
        ("Opiniepeiler Maurice de Hond", "Maurice de Hond"),
        ("Initiatiefnemer Lilianne Ploumen", "Lilianne Ploumen"),
        ("Stampersgatter Kees Suijkerbuijk", "Kees Suijkerbuijk"),
        ("Bakker Jan Smit", "Jan Smit"),
        # a given name that is also a nationality adjective stays before a name
        ("Eigenaar Frans van Benthem", "Frans van Benthem"),
        ("Frans Timmermans", "Frans Timmermans"),
        # names stay whole
        ("David van Benthem", "David van Benthem"),
        ("Mark Rutte", "Mark Rutte"),
        ("Frank de Boer", "Frank de Boer"),
        ("Karel De Gucht", "Karel De Gucht"),
        ("De Groot", "De Groot"),
        ("Sophie in ’t Veld", "Sophie in ’t Veld"),
        ("Jan van het Schip", "Jan van het Schip"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("M. Rutte", "M. Rutte"),
        ("burgemeester Groen", "Groen"),
        # nothing name-like left
        ("De Amerikaanse president", ""),
        ("Witte Huis", ""),
        ("Nederlandse Voedsel", ""),
    ],
)
def test_clean_person_name(raw, clean):
    assert clean_person_name(raw).name == clean


def test_the_article_decides_rarer_words_and_given_names():
    text = "Bij de operatie ontstonden complicaties. Complicaties Ross zag hij niet aankomen."
    assert clean_person_name("Complicaties Ross", ArticleWords(text)).name == "Ross"
    assert clean_person_name("Complicaties Ross").name == "Complicaties Ross"
    # "Jaap" is also a frequent word; written as a name inside a sentence it is a name
    named = "Het plan is klaar, zegt Jaap Timmer. Jaap Timmer leidt het project."
    assert clean_person_name("Jaap Timmer", ArticleWords(named)).name == "Jaap Timmer"
    assert clean_person_name("Jaap Timmer").name == "Timmer"
    headed = "DE ZORG Jaap Timmer leidt het project."
    assert clean_person_name("Jaap Timmer", ArticleWords(headed)).name == "Timmer"
    # a word the article never writes inside a sentence, before a name it does write there
    glued = "De cijfers deugen niet, zegt Joop Hox. Statisticus Joop Hox rekende het na."
    assert clean_person_name("Statisticus Joop Hox", ArticleWords(glued)).name == "Joop Hox"
    # a given name the article writes inside a sentence is part of the name
    double = "Het kabinet viel, zei Sieds Bastiaan Visser. Volgens Bastiaan Visser niet."
    assert clean_person_name("Sieds Bastiaan Visser", ArticleWords(double)).name == "Sieds Bastiaan Visser"


@pytest.mark.parametrize(
    "word, common",
    [("Alsof", True), ("Eerlijk", True), ("Werd", True), ("David", False), ("Mark", False),
     ("Baudet", False), ("PvdA", False)],
)
def test_common_words_are_told_from_names(word, common):
    assert is_common_word(word) is common


def test_glued_aliases_are_refused(db):
    text = "Het onderzoek is af. Eer Dekker zei: “Dit is pijnlijk.”"
    said(db, "s", "Sander Dekker", "Wij gaan door")
    article(db, "e", text, [("Dit is pijnlijk.", "Sander Dekker", "person", "Eer Dekker", "eer")])
    row = db.speakers("Sander Dekker")[0]
    assert "Eer Dekker" not in row["aliases"] and "Dekker" in row["aliases"]
    assert "eer" not in row["roles"]
    # a glued engine name is cleaned before it becomes an identity
    article(db, "k", "Verder Nederlan Minister Koolmees: “Het is onzeker.”",
            [("Het is onzeker.", "Nederlan Minister Koolmees", "person", "Koolmees")])
    assert reasons(db, "k")[0][0] == "Koolmees" and speakers_named(db, "Nederlan Minister Koolmees") == []


# roles


@pytest.mark.parametrize(
    "raw, role",
    [
        ("lijsttrekker voor de VVD. Partijleider", "partijleider"),
        ("directeur van de Stichting Kunstbezit.", "directeur van de Stichting Kunstbezit"),
        ("Conflict De Amerikaanse president", "Amerikaanse president"),
        ("Partijleider", "partijleider"),
        ("Minister-president", "minister-president"),
        ("CDA-fractieleider", "CDA-fractieleider"),
        ("Nieuw-Zeelandse premier", "Nieuw-Zeelandse premier"),
        ("Turkse journaliste", "Turkse journaliste"),
        ("minister van Financiën", "minister van Financiën"),
        ("opiniepeiler", "opiniepeiler"),
        ("vrouw à", None),
        ("eer", None),
        ("dolblije", None),
        ("Nederlandse", None),
        ("Kamerlid Jasper van Dijk.", None),
        ("president Trump.", None),
        ("directeur van", None),
        ("fractieleider van de", None),
        ("mevrouw", None),
        # a function relative to its owner ("haar eigen burgemeester") is the function
        ("haar eigen burgemeester", "burgemeester"),
        ("eigen", None),
        # the last word of a cut-off name before a hyphen ("Partij voor de Vrijheid-voorman")
        ("Vrijheid-voorman", "voorman"),
        ("Energie-expert", "Energie-expert"),  # the hyphen parts two vowels: a compound
        ("Rusland-kenner", "Rusland-kenner"),  # a place names the field
        ("PVV-voorman", "PVV-voorman"),
        ("Oud-wethouder", "oud-wethouder"),
    ],
)
def test_roles_are_short_noun_phrases_with_a_function(raw, role):
    assert clean_role(raw) == role


def test_acting_for_someone_is_not_their_quote(db):
    said(db, "tm", "Theresa May")
    article(db, "w", "“Er is geen akkoord”, zei de woordvoerder van May.",
            [("Er is geen akkoord", "May", "person", "de woordvoerder van May", "woordvoerder van May")])
    name, reason = reasons(db, "w")[0]
    assert name is None and "acting for" in reason
    article(db, "u", "De directeur van Uber sprak. “Wij blijven”, zei ze.",
            [("Wij blijven", "Uber", "person", "ze", "directeur van")])
    assert reasons(db, "u")[0][0] is None
    # a function "van" a ministry is the speaker's own
    article(db, "h", "“De begroting klopt”, zei minister van Financiën Wopke Hoekstra.",
            [("De begroting klopt", "Wopke Hoekstra", "person", "Wopke Hoekstra", "minister van Financiën")])
    assert reasons(db, "h")[0][0] == "Wopke Hoekstra"
    assert db.speakers("Wopke Hoekstra")[0]["roles"] == ["minister van Financiën"]


# organisations typed as persons


def test_acronyms_are_organisations(db):
    said(db, "1", "het OM")
    said(db, "2", "OM")
    said(db, "3", "de AIVD")
    said(db, "4", "AIVD", speaker_kind="organisation")
    said(db, "5", "GroenLinks")
    said(db, "6", "NRC Handelsblad")
    rows = {r["name"]: r for r in db.speakers(limit=None)}
    assert rows["OM"]["kind"] == "organisation" and rows["OM"]["quotes"] == 2
    assert rows["AIVD"]["kind"] == "organisation" and rows["AIVD"]["quotes"] == 2
    assert rows["GroenLinks"]["kind"] == "organisation"
    assert rows["NRC Handelsblad"]["kind"] == "medium"  # a paper is a medium, not a person
    said(db, "7", "Mark Rutte")
    said(db, "8", "Ronald McDonald")
    assert {db.speakers(n)[0]["kind"] for n in ("Mark Rutte", "Ronald McDonald")} == {"person"}


def test_an_article_that_gives_both_links_acronym_and_name(db):
    assert acronym_of("OM", "het Openbaar Ministerie") and not acronym_of("OM", "Omroep Gelderland")
    article(db, "om", "“De zaak is rond”, aldus het Openbaar Ministerie.",
            [("De zaak is rond", "OM", "organisation", "het Openbaar Ministerie")])
    said(db, "om2", "Openbaar Ministerie", speaker_kind="organisation")
    assert speaker_of(db, "om2")[0] == "OM"
    # a row the full name made before the article linked them is merged into the acronym's
    said(db, "eu1", "Europese Unie", speaker_kind="organisation")
    article(db, "eu2", "“Wij betalen mee”, zegt de Europese Unie.",
            [("Wij betalen mee", "EU", "organisation", "de Europese Unie")])
    assert speaker_of(db, "eu1")[0] == "EU" and speakers_named(db, "Europese Unie") == []
    said(db, "om3", "Omroep Gelderland", speaker_kind="organisation")
    assert speaker_of(db, "om3")[0] == "Omroep Gelderland"


# migration


def test_a_version_1_database_is_migrated_and_its_speakers_resolved_again(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    conn = schema.connect(path, create=True)
    schema.migrate(conn, path)
    # what version 1 stored: one "gemeente" across two articles, a glued name
    conn.execute(
        "INSERT INTO speakers(id, name, kind, name_key, surname_key, surname_only, note) VALUES "
        "(1, 'gemeente', 'organisation', 'gemeente', 'gemeente', 1, 'new name'), "
        "(2, 'Alsof Baudet', 'person', 'alsof baudet', 'baudet', 0, 'new name')"
    )
    texts = ["“We wachten af”, zegt de gemeente.", "“Wij ook”, zegt de gemeente.",
             "Het debat liep uit. Alsof Baudet: “Dit is onzin.”"]
    for n, text in enumerate(texts, 1):
        conn.execute(
            "INSERT INTO documents(id, doc_key, content_hash, length, text, ingested_at) VALUES "
            "(?, ?, 'x', ?, ?, 'now')",
            (n, f"d{n}", len(text), text),
        )
    for doc, sid, speaker, kind, mention in [
        (1, 1, "gemeente", "organisation", "de gemeente"),
        (2, 1, "gemeente", "organisation", "de gemeente"),
        (3, 2, "Alsof Baudet", "person", "Baudet"),
    ]:
        conn.execute(
            "INSERT INTO quotes(document_id, char_start, char_end, text, kind, speaker_id, speaker, "
            "speaker_kind, speaker_mention, para_start, para_end, context, text_hash) VALUES "
            "(?, 1, 5, 'wij', 'direct', ?, ?, ?, ?, 0, 5, 'wij', 'h')",
            (doc, sid, speaker, kind, mention),
        )
    conn.close()
    monkeypatch.undo()
    with QuoteDB(path) as db:
        assert db.version == schema.SCHEMA_VERSION >= 2
        assert len(speakers_named(db, "gemeente")) == 2
        assert all(r[2] is not None for r in speakers_named(db, "gemeente"))
        assert speakers_named(db, "Alsof Baudet") == [] and speakers_named(db, "Baudet")
        assert db.check() == "ok"


# who a one-word name is, and what cannot be a person


def test_a_given_name_alone_stays_in_its_article(db):
    article(db, "p1", "Peter rijdt al dertig jaar op de bus. “Ik zag de auto zigzaggen”, vertelt Peter.",
            [("Ik zag de auto zigzaggen", "Peter", "person", "Peter")])
    article(db, "p2", "De vierling viert feest. “We zien elkaar vaak”, zegt Peter.",
            [("We zien elkaar vaak", "Peter", "person", "Peter")])
    rows = speakers_named(db, "Peter")
    assert len(rows) == 2 and all(r[2] is not None for r in rows)
    assert "document-scoped" in reasons(db, "p1")[0][1]


def test_a_surname_takes_the_full_name_the_article_writes_out(db):
    said(db, "b1", "David van Benthem", "Ik stem Forum")
    text = "Eigenaar Frans van Benthem sluit de club. “Het is mooi geweest”, zegt van Benthem."
    article(db, "b2", text, [("Het is mooi geweest", "van Benthem", "person", "van Benthem")])
    name, reason = reasons(db, "b2")[0]
    assert name == "Frans van Benthem" and "written out" in reason
    # a bearer one letter away is the known one misspelt, and the usual evidence decides
    said(db, "t1", "Thierry Baudet", "Wij winnen")
    text = "Thiery Baudet sprak. “We gaan door”, zei Baudet."
    article(db, "t2", text, [("We gaan door", "Baudet", "person", "Baudet")])
    assert reasons(db, "t2")[0][0] == "Thierry Baudet"


def test_places_and_media_are_bodies_and_events_and_words_do_not_speak(db):
    article(db, "k1", "“Wij stappen uit de EU”, meldt het Verenigd Koninkrijk.",
            [("Wij stappen uit de EU", "Verenigd Koninkrijk", "person", "het Verenigd Koninkrijk")])
    assert speakers_named(db, "Verenigd Koninkrijk")[0][1] == "place"
    article(db, "k2", "“De regering wankelt”, schrijft The Guardian.",
            [("De regering wankelt", "The Guardian", "person", "The Guardian")])
    assert speakers_named(db, "The Guardian")[0][1] == "medium"
    article(db, "k3", "De Boekenweek begint. “Lees meer”, is het thema.",
            [("Lees meer", "Boekenweek", "person", "De Boekenweek")])
    assert reasons(db, "k3")[0][0] is None and speakers_named(db, "Boekenweek") == []
    article(db, "k4", "“Ik ga naar huis”, zei hij. Laat zei niemand iets.",
            [("Ik ga naar huis", "Laat", "person", "Laat")])
    assert reasons(db, "k4")[0][0] is None


def test_a_place_or_medium_keeps_its_kind_across_articles(db):
    # the engine's kind, or the entity data when the engine took the name for a person
    article(db, "v1", "“Het kabinet wist ervan”, schrijft de Volkskrant vandaag.",
            [("Het kabinet wist ervan", "Volkskrant", "medium", "de Volkskrant")])
    article(db, "v2", "De Volkskrant bracht het nieuws. “Er is gelekt”, meldt de Volkskrant.",
            [("Er is gelekt", "Volkskrant", "person", "de Volkskrant")])
    article(db, "p1", "“Wij sturen hulp”, laat Polen weten.",
            [("Wij sturen hulp", "Polen", "place", "Polen")])
    article(db, "p2", "“De grens blijft dicht”, meldt Polen.",
            [("De grens blijft dicht", "Polen", "organisation", "Polen")])
    rows = {r["name"]: r for r in db.speakers(limit=None)}
    assert rows["Volkskrant"]["kind"] == "medium" and rows["Volkskrant"]["quotes"] == 2
    assert rows["Polen"]["kind"] == "place" and rows["Polen"]["quotes"] == 2
    assert len(speakers_named(db, "Polen")) == 1  # a country is one place, though 'polen' is a word
    # a common noun for a paper names no paper: it stays in its article
    article(db, "k1", "“Dat klopt niet”, schrijft de krant.", [("Dat klopt niet", "krant", "medium", "de krant")])
    article(db, "k2", "“Het is waar”, meldt de krant.", [("Het is waar", "krant", "medium", "de krant")])
    assert [row[2] is not None for row in speakers_named(db, "krant")] == [True, True]
    # an organisation stays one
    said(db, "o1", "het OM")
    assert speakers_named(db, "OM")[0][1] == "organisation"


def test_names_of_other_bodies_are_no_descriptions(db):
    text = "Premier Viktor Orbán pocht dat hij de EVP bij de neus heeft genomen. “Wij winnen”, zegt de EVP."
    article(db, "o1", text, [("Wij winnen", "Viktor Orbán", "person", "de EVP")])
    orban = db.speakers("Viktor Orbán")[0]
    assert "de EVP" not in orban["aliases"]
    text = "Volgens Milieudefensie Shell rekt de zaak. “Wij werken mee”, stelt Shell. “Het is goed”, zegt het concern."
    article(db, "s1", text, [("Wij werken mee", "Shell", "organisation", "Milieudefensie Shell"),
                             ("Het is goed", "Shell", "organisation", "het concern")])
    shell = db.speakers("Shell")[0]
    assert "Milieudefensie Shell" not in shell["aliases"] and "het concern" in shell["aliases"]
    text = "“De zaak is rond”, meldt het OM. “Wij vervolgen”, zegt het Nederlandse Openbaar Ministerie."
    article(db, "m1", text, [("De zaak is rond", "OM", "organisation", "het OM"),
                             ("Wij vervolgen", "OM", "organisation", "het Nederlandse Openbaar Ministerie")])
    assert "het Nederlandse Openbaar Ministerie" in db.speakers("OM")[0]["aliases"]


def test_possessive_mentions_and_spokespeople_are_no_aliases(db):
    # "zijn moeder", "haar eigen partij": who that is depends on the owner in the article
    text = ("Ruben Smit zit al een jaar zonder school. “Niemand helpt ons”, zegt zijn moeder Ineke Smit. "
            "“Wij blijven bellen”, zegt zijn moeder.")
    article(db, "m1", text, [("Niemand helpt ons", "Ineke Smit", "person", "zijn moeder Ineke Smit", "moeder"),
                             ("Wij blijven bellen", "Ineke Smit", "person", "zijn moeder", "moeder")])
    ineke = db.speakers("Ineke Smit")[0]
    assert ineke["quotes"] == 2 and ineke["roles"] == ["moeder"]
    assert not any(a.startswith("zijn ") for a in ineke["aliases"])
    text = "Ook in haar eigen SP is het 'een kwestie van lange adem'."
    article(db, "p1", text, [("een kwestie van lange adem", "SP", "organisation", "haar eigen SP", "eigen")])
    sp = db.speakers("SP")[0]
    assert sp["aliases"] == [] and sp["roles"] == []
    # a spokesperson speaks for the body: the quote stays the body's, the description and the
    # function are no name or role of it
    text = "“Wij onderzoeken de melding”, zei de woordvoerder van de NVWA. “Het product is veilig”, meldt de NVWA."
    article(db, "n1", text, [("Wij onderzoeken de melding", "NVWA", "organisation", "de woordvoerder van de NVWA",
                              "woordvoerder van de NVWA"),
                             ("Het product is veilig", "NVWA", "organisation", "de NVWA")])
    nvwa = db.speakers("NVWA")[0]
    assert nvwa["quotes"] == 2 and nvwa["aliases"] == [] and nvwa["roles"] == []
    # a noun for the body itself is its role
    text = "“De treinen rijden weer”, meldt spoorbeheerder ProRail."
    article(db, "r1", text, [("De treinen rijden weer", "ProRail", "organisation", "spoorbeheerder ProRail",
                              "spoorbeheerder")])
    assert db.speakers("ProRail")[0]["roles"] == ["spoorbeheerder"]


def test_an_indefinite_body_is_no_speaker(db):
    text = "In 2011 oordeelde een Kamercommissie dat de toestroom was onderschat. “Dat klopt”, zei een Kamercommissie."
    article(db, "c1", text, [("Dat klopt", "Kamercommissie", "organisation", "een Kamercommissie")])
    assert reasons(db, "c1")[0][0] is None and speakers_named(db, "Kamercommissie") == []


def test_a_misspelt_first_name_is_the_known_bearer(db):
    said(db, "1", "Thierry Baudet")
    said(db, "2", "Thiery Baudet")
    name, reason = speaker_of(db, "2")
    assert name == "Thierry Baudet" and "misspelt" in reason
    # two first names the name data knows stay two people
    said(db, "3", "Mark Rutte")
    said(db, "4", "Marc Rutte")
    assert speaker_of(db, "4")[0] == "Marc Rutte"


def test_a_misspelt_first_name_stored_first_joins_the_bearer_who_comes_later(db):
    # the article with the typo is stored before any article writes the name right
    said(db, "1", "Thiery Baudet", "Wij gaan dromen najagen")
    said(db, "2", "Thierry Baudet", "Wij winnen de Staten")
    db.rebuild_speakers()
    rows = {r["name"]: r for r in db.speakers(limit=None)}
    assert "Thiery Baudet" not in rows and rows["Thierry Baudet"]["quotes"] == 2
    assert "Thiery Baudet" in rows["Thierry Baudet"]["aliases"]
    assert "misspelt" in speaker_of(db, "1")[1]
    # a first name one letter from two known bearers, or itself a known given name, stays apart
    said(db, "3", "Mark Verbeek", "Ik blijf")
    said(db, "4", "Marc Verbeek", "Ik ga")
    said(db, "5", "Marj Verbeek", "Ik twijfel")
    db.rebuild_speakers()
    names = {r["name"] for r in db.speakers(limit=None)}
    assert {"Mark Verbeek", "Marc Verbeek", "Marj Verbeek"} <= names


def test_a_given_name_alone_is_the_person_of_the_article_with_that_given_name(db):
    # a portrait names its subject in full once, then by given name; the brothers of a family
    # are told apart by their given names
    text = ("Kevin Wevers begon op zijn twintigste een bureau. “Ik help mensen die vastlopen”, zegt Kevin. "
            "“De gemeente reageert nooit op tijd”, zegt Kevin Wevers.")
    article(db, "k1", text, [("Ik help mensen die vastlopen", "Kevin", "person", "Kevin"),
                             ("De gemeente reageert nooit op tijd", "Kevin Wevers", "person", "Kevin Wevers")])
    assert [r[0] for r in reasons(db, "k1")] == ["Kevin Wevers", "Kevin Wevers"]
    assert "given name of 'Kevin Wevers'" in reasons(db, "k1")[0][1]
    text = ("De broers Söner en Yusuf Atasoy leiden de stichting. “Wij doen niets verkeerd”, zegt Söner Atasoy. "
            "“De school gaat open”, zegt Söner.")
    article(db, "s1", text, [("Wij doen niets verkeerd", "Söner Atasoy", "person", "Söner Atasoy"),
                             ("De school gaat open", "Söner", "person", "Söner")])
    assert reasons(db, "s1")[1][0] == "Söner Atasoy"
    # two people of the article with that given name: it stays a given name of its article
    text = ("Peter Smit en Peter de Boer runnen de garage. “We hebben het druk”, zegt Peter Smit. "
            "“Ik ook”, zegt Peter de Boer. “Het loopt goed”, zegt Peter.")
    article(db, "p1", text, [("We hebben het druk", "Peter Smit", "person", "Peter Smit"),
                             ("Ik ook", "Peter de Boer", "person", "Peter de Boer"),
                             ("Het loopt goed", "Peter", "person", "Peter")])
    assert reasons(db, "p1")[2][0] == "Peter" and "document-scoped" in reasons(db, "p1")[2][1]


def test_a_given_name_kept_in_its_article_joins_a_bearer_of_it_as_surname_who_comes_later(db):
    # 'Erdogan' is a Turkish given name too; once 'Recep Tayyip Erdogan' is known it is his surname
    text = "“Wij nemen wraak”, zei Erdogan tijdens een campagnebijeenkomst in Istanbul."
    article(db, "e1", text, [("Wij nemen wraak", "Erdogan", "person", "Erdogan", "Turkse president")])
    assert "document-scoped" in reasons(db, "e1")[0][1]
    said(db, "e2", "Recep Tayyip Erdogan", "De AKP blijft de grootste", speaker_role="president")
    name, reason = reasons(db, "e1")[0]
    assert name == "Recep Tayyip Erdogan" and "merged later" in reason
    db.rebuild_speakers()
    assert reasons(db, "e1")[0][0] == "Recep Tayyip Erdogan"
    # being the only bearer known is no evidence for a given name: the pope is no Fabian Franciscus
    text = "“Het kwaad bestaat”, zei paus Franciscus in zijn slottoespraak."
    article(db, "f1", text, [("Het kwaad bestaat", "Franciscus", "person", "paus Franciscus", "paus")])
    said(db, "f2", "Fabian Franciscus", "De wedstrijd was zwaar", speaker_role="wielrenner")
    assert reasons(db, "f1")[0][0] == "Franciscus"


def test_people_of_a_country_or_town_are_no_speaker_row(db):
    text = "De handelsoorlog duurt voort. “Wij betalen de rekening”, zeggen Amerikanen in een peiling."
    article(db, "a1", text, [("Wij betalen de rekening", "Amerikanen", "person", "Amerikanen")])
    text = "De Nederlander reed naar de zege. “Dit is mijn mooiste dag”, zei de Nederlander."
    article(db, "a2", text, [("Dit is mijn mooiste dag", "Nederlander", "person", "de Nederlander")])
    assert reasons(db, "a1")[0][0] is None and "people of a place" in reasons(db, "a1")[0][1]
    assert reasons(db, "a2")[0][0] is None
    assert speakers_named(db, "Amerikanen") == [] and speakers_named(db, "Nederlander") == []
    # a family name that looks like one stays a person; a country that speaks stays a place
    said(db, "h1", "Hollander", "Wij gaan door")
    assert speaker_of(db, "h1")[0] == "Hollander"
    article(db, "p1", "“Wij sturen hulp”, laat Polen weten.", [("Wij sturen hulp", "Polen", "person", "Polen")])
    assert speakers_named(db, "Polen")[0][1] == "place"


def test_a_listed_body_the_engine_took_for_a_person_is_a_body(db):
    # names with no organisation shape (no capitals acronym, head noun or marker), known as bodies
    article(db, "u1", "“Wij betalen onze chauffeurs goed”, zegt Uber in een reactie.",
            [("Wij betalen onze chauffeurs goed", "Uber", "person", "Uber")])
    article(db, "u2", "“De app blijft werken”, laat Uber weten.",
            [("De app blijft werken", "Uber", "organisation", "Uber")])
    article(db, "h1", "“De premier liegt”, schrijft Haaretz in een commentaar.",
            [("De premier liegt", "Haaretz", "person", "Haaretz")])
    article(db, "w1", "“De aanvallen kostten burgers het leven”, stelt Human Rights Watch.",
            [("De aanvallen kostten burgers het leven", "Human Rights Watch", "person", "Human Rights Watch")])
    rows = {r["name"]: r for r in db.speakers(limit=None)}
    assert rows["Uber"]["kind"] == "organisation" and rows["Uber"]["quotes"] == 2
    assert rows["Haaretz"]["kind"] == "medium"
    assert rows["Human Rights Watch"]["kind"] == "organisation"
    # a person named like no listed body stays a person
    said(db, "p1", "Marnix Norder", "Wij verduurzamen")
    assert speakers_named(db, "Marnix Norder")[0][1] == "person"
