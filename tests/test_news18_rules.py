"""News rules of the news18 round, each with sentences written for the test in Dutch news style."""
from __future__ import annotations

from conftest import speaker_of


# "zegt zij" is one woman: the singular verb settles the number the pronoun leaves open, also for
# a quotation whose speaker comes from the cue of the sentence before it (attribute._agreeing)
def test_singular_verb_makes_zij_a_woman_for_the_quote_after_it():
    text = ("De vroegere wethouder, Marleen Bosma, verloor in 2017 de verkiezing van Henk Dijkstra. "
            "De ruzie is nog niet voorbij, zegt zij. \"Ik heb er lang over nagedacht.\"")
    assert speaker_of(text, "Ik heb er lang over nagedacht") == "Marleen Bosma"

