"""Honorifics of other languages in Dutch novels and translations carry a gender (stop 29)."""
from __future__ import annotations

from conftest import speech_of


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in speech_of(text)]


def test_miss_is_a_woman_so_hij_is_someone_else():
    text = ("Kapitein Ralph Hale stond bij het raam. Miss Agnes Dalby zat bij den haard.\n\n"
            "\"Gij moet mij excuseeren,\" zeide Miss Dalby, \"maar ik ben hier op uw verzoek.\"\n\n"
            "\"Er zal nog eenigen tijd noodig zijn,\" antwoordde hij.")
    assert "Dalby" not in (_speakers(text)[-1] or "")


def test_foreign_honorifics_with_letters_outside_ascii_are_read():
    text = ("Herr Weber wachtte in de gang. Fräulein Lotte Brandt kwam binnen.\n\n"
            "\"Goeden avond,\" zeide zij.")
    assert _speakers(text)[-1] == "Lotte Brandt"
