"""Fact-checking: the word-level diff and its severity, checkable statements, the similarity that
makes a cluster, and the MinHash buckets (pure functions, no database)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from quoteattr.factcheck import band_keys, find_checkable, similarity, word_diff, words
from quoteattr.factcheck.checkable import categories
from quoteattr.factcheck.data import load
from quoteattr.factcheck.text import BANDS, tokens

# -- diff ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reference, text, marked, flags, severity",
    [
        # a dropped negation, inside and at the end
        ("We gaan niet door met de brug", "We gaan door met de brug",
         "We gaan [-niet-] door met de brug", ("negation", "removed"), 3),
        ("Ik doe het niet", "Ik doe het", "Ik doe het [-niet-]", ("negation", "removed"), 3),
        # an added negation
        ("Dat klopt", "Dat klopt niet", "Dat klopt {+niet+}", ("negation", "added"), 3),
        # "niet" for "geen": still a negation, a changed word
        ("Er komt niet nog een ronde", "Er komt geen nieuwe ronde",
         "Er komt [-niet nog een-]{+geen nieuwe+} ronde", ("changed",), 2),
        # a changed figure, decimals kept apart
        ("Het kost 3,5 miljoen euro", "Het kost 3,8 miljoen euro",
         "Het kost 3,[-5-]{+8+} miljoen euro", ("number", "changed"), 3),
        ("Het kost 12 miljoen", "Het kost 15 miljoen", "Het kost [-12-]{+15+} miljoen", ("number", "changed"), 3),
        # the same figure in words: a change of style, not of figure
        ("Er zijn 100 dagen voorbij", "Er zijn honderd dagen voorbij",
         "Er zijn [-100-]{+honderd+} dagen voorbij", ("changed",), 2),
        # a changed word, an added word
        ("Als je hem dood wil schieten, zeg dan paf", "Als je hem dood wilt schieten, zeg dan paf",
         "Als je hem dood [-wil-]{+wilt+} schieten, zeg dan paf", ("changed",), 2),
        ("We bouwen de brug", "We bouwen de nieuwe brug", "We bouwen de {+nieuwe+} brug", ("added",), 1),
        # case, accents, marks and glyph style are no change
        ("„Wij gaan níet door!”", "wij gaan niet door", "wij gaan niet door", (), 0),
        # a shorter or longer excerpt is extent, not a change of wording ...
        ("Wees gerust, wij zijn dol op hard werken.", "wij zijn dol op hard werken",
         "[-Wees gerust-] wij zijn dol op hard werken", ("extent",), 0),
        # ... and a dropped passage with a negation in it is a removal, not a negation turned around
        ("Het is zwaar. Ik kan het nog niet goed verwerken. Ik mag weer naar huis", "Het is zwaar. Ik mag weer naar huis",
         None, ("removed",), 1),
    ],
)
def test_word_diff(reference, text, marked, flags, severity):
    d = word_diff(reference, text)
    if marked is not None:
        assert d.marked == marked
    assert d.flags == flags
    assert d.severity == severity


def test_diff_changes_are_structured():
    d = word_diff("We gaan niet door", "Wij gaan door")
    assert [c.to_dict() for c in d.changes] == [
        {"op": "changed", "old": "We", "new": "Wij", "serious": None},
        {"op": "removed", "old": "niet", "new": "", "serious": "negation"},
    ]


def test_tokens_keep_offsets_into_the_text():
    text = "„Zo’n 3,5 procent”, zei hij."
    toks = tokens(text)
    assert [t.key for t in toks] == words(text) == ["zo", "n", "3", "5", "procent", "zei", "hij"]
    assert [text[t.start : t.end] for t in toks] == ["Zo", "n", "3", "5", "procent", "zei", "hij"]


# -- checkable statements --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nooit eerder was de werkloosheid 3,5 procent lager dan in 2018",
         ["figure", "percentage", "comparison", "date", "absolute"]),
        ("Het kost 12% meer dan vorig jaar", ["percentage", "comparison", "date"]),
        ("Dit is de grootste ramp ooit", ["record"]),
        ("Honderden mensen stonden op 12-3-2019 voor de deur", ["figure", "date"]),
        ("Een recordaantal van €1.200 per maand", ["figure", "record"]),
        ("We hebben altijd gezegd dat iedereen welkom is", ["absolute"]),
        # misses: opinions, feelings, a plain "meer" and a name with digits in none of them
        ("We gaan door met de brug", []),
        ("Ik vind het een schande", []),
        ("Ik wil meer weten", []),
    ],
)
def test_checkable(text, expected):
    found = find_checkable(text)
    assert categories(found) == expected
    assert all(text[c.start : c.end] == c.text for c in found)


# -- similarity and buckets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Als je Thierry dood wil schieten, zeg dan paf", "Als je Thierry dood wilt schieten zeg je paf", True),
        ("We gaan niet door met de bouw van de brug", "We gaan door met de bouw van de brug", True),
        ("alle signalen staan op rood", "alle signalen op rood staan", True),
        # an excerpt of a longer statement
        ("Niet elke innovatie is succesvol, maar ook van mislukkingen valt te leren",
         "Er is kennis nodig van wat werkt. Niet elke innovatie is succesvol, maar ook van mislukkingen valt te leren",
         True),
        # only weak words in common: two statements
        ("Dat is geen vetpot", "Dat is geen riooljournalistiek", False),
        ("er geen werkbare situatie meer is", "er geen terreurdreiging meer is", False),
        ("Ik ben op van de zenuwen", "Ik ben van de boeken", False),
        ("Het water staat ons aan de lippen", "We gaan niet door met de bouw van de brug", False),
    ],
)
def test_same_statement(a, b, same):
    assert similarity(words(a), words(b)).same_statement is same
    assert similarity(words(a), words(b)) == similarity(words(b), words(a))  # symmetric


def test_near_wordings_share_a_bucket_and_far_ones_do_not():
    a = band_keys(words("We gaan niet door met de bouw van de nieuwe fietsbrug over de IJssel"))
    b = band_keys(words("We gaan door met de bouw van de nieuwe fietsbrug over de IJssel"))
    c = band_keys(words("Het water staat ons aan de lippen en de dijken houden het niet lang meer"))
    assert len(a) == BANDS and set(a) & set(b) and not set(a) & set(c)
    assert band_keys(words("Dat is zo")) == []  # too few content words: reprints only


def test_buckets_are_the_same_in_every_process():
    """Stable hashes (no PYTHONHASHSEED): a database built by one process is read by the next."""
    code = "from quoteattr.factcheck import band_keys, words; print(band_keys(words('De brug kost twaalf miljoen euro'))[:3])"
    env = {**os.environ, "PYTHONHASHSEED": "123"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == str(band_keys(words("De brug kost twaalf miljoen euro"))[:3])


def test_word_lists_load_and_keep_negations_weak_and_numbers_strong():
    data = load()
    assert {"niet", "geen", "nooit"} <= data.negations <= data.weak
    assert "twee" not in data.weak and data.number_words["honderd"] == 100
    assert ("absolute", "nooit") in data.checkable
