"""A family named only in dialogue: the parent a turn names for the one it speaks to ("De jongen
van Driek Hendriks."), the first-person narrator's "vader" and "moeder", and a speaker who says
who they are when asked ("Wie ben jij? — Tom."). Passages written for these tests in the style of
Dutch novels, old spelling and new."""
from __future__ import annotations

import pytest

import quoteattr
from quoteattr.lang import load_language
from quoteattr.model import KINDS
from quoteattr.resolve import Resolver
from quoteattr.sieves.inquit import self_named

from conftest import assert_offsets


def speakers(text: str) -> dict[str, str | None]:
    quotes = [q for q in quoteattr.extract(text, kinds=KINDS) if q.kind in ("direct", "partial")]
    assert_offsets(text, quotes)
    return {q.text: q.speaker for q in quotes}


def speaker_of(got: dict[str, str | None], prefix: str) -> str | None:
    found = [s for t, s in got.items() if t.startswith(prefix)]
    assert found, f"no turn starts with {prefix!r}"
    return found[0]


#: old spelling: the smith names the narrator's father; "vader" then is that man
SMIDSE = """Vader stond al in de deur toen ik thuiskwam. Moeder zat bij het vuur te breien.

— Waar bleef je zoolang? vroeg vader.

— Bij de smidse, zei ik. Ik moest een hoefijzer halen.

— En? vroeg moeder.

— Het is nog niet klaar.

Ik ging weer op pad, den dijk langs, naar de smidse van Goossens. De smid stond bij het aambeeld.

— Dag Goossens, zei ik.

— Zoo, daar hebben we hem weer. De jongen van Hannes Wouters.

— Is het hoefijzer klaar?

— Morgen. Zeg dat maar tegen je vader.

Ik liep terug. Thuis zat vader aan tafel, met zijn pijp.

— Morgen, zei ik.

— Morgen, herhaalde vader. Dat zegt hij al een week.

— Laat den man toch, zei moeder. Hij heeft het druk.
"""


def test_a_turn_that_tells_the_narrator_whose_son_he_is_names_his_father():
    got = speakers(SMIDSE)
    assert speaker_of(got, "Waar bleef je zoolang") == "Hannes Wouters"
    assert speaker_of(got, "Dat zegt hij al een week") == "Hannes Wouters"
    # the mother stays "moeder": the turns named no mother
    assert speaker_of(got, "En?") == "moeder"
    assert speaker_of(got, "Laat den man toch") == "moeder"


#: new spelling: the girl is named as her mother's daughter; "mama" in the narration is that woman
MARKT = """Mama liep voor me uit over de markt. Ik droeg de tassen.

'Neem jij de appels?' vroeg mama.

'Goed,' zei ik.

Bij de kaasboer stond een oude vrouw die me aankeek alsof ze me kende.

'Dag mevrouw,' zei ik.

'Jij bent toch de dochter van Ria Bosman?'

'Ja.'

'Je lijkt sprekend op haar.'

'Dat zegt iedereen,' zei mama, die terug was gekomen.

'Kom je?'
"""


def test_the_daughter_of_a_woman_named_makes_her_the_narrators_mother():
    got = speakers(MARKT)
    assert speaker_of(got, "Neem jij de appels") == "Ria Bosman"
    assert speaker_of(got, "Dat zegt iedereen") == "Ria Bosman"


def test_a_child_of_someone_else_names_no_parent_of_the_narrator():
    text = ("Vader stond bij het hek en keek naar den weg.\n\n— Wie is dat? vroeg ik.\n\n"
            "— De jongen van Piet Smits, zei de buurman.\n\n— Wat moet hij hier?\n\n"
            "— Dat weet ik niet, zei vader.\n\n— Vraag het hem dan, zei ik.\n")
    got = speakers(text)
    assert speaker_of(got, "Dat weet ik niet") == "vader"


def test_a_parent_named_in_a_sentence_about_someone_else_is_no_parent_of_the_one_addressed():
    text = ("Vader zat op de bank.\n\n— Kijk, zei ik. Daar loopt de zoon van Gerrit Mulder.\n\n"
            "— Laat hem lopen, zei vader.\n\n— Hij zwaait.\n\n— Zwaai dan terug.\n")
    got = speakers(text)
    assert speaker_of(got, "Laat hem lopen") == "vader"


@pytest.mark.parametrize("asked, answer, name", [
    ("Wie ben jij?", "Tom. Van hiernaast.", "Tom"),
    ("Wat doe jij hier?", "Kees Hendriks. Ik kom voor den smid.", "Kees Hendriks"),
    ("En hoe heet u?", "Jansen, meneer.", "Jansen"),
    ("Wie daar?", "Marieke!", "Marieke"),
])
def test_a_name_alone_answering_who_someone_is_names_the_speaker(asked, answer, name):
    lang = load_language("nl")
    resolver = Resolver(lang)
    resolver.add_name("Jansen", 0).person = True
    assert self_named(answer, resolver, lang, asked) == name


@pytest.mark.parametrize("asked, answer", [
    ("Wie ben jij?", "Niemand. Laat me met rust."),             # no name
    ("Wie ben jij?", "Ach, wat doet het er toe."),              # an interjection
    ("Waar is Tom?", "Tom. Die is naar huis."),                 # not asked who the speaker is
    ("Wie ben jij?", "Tom, de zoon van de bakker."),             # after the comma, no honorific
    ("Wie ben jij?", "Amsterdam. Ik kom uit Amsterdam."),        # no given name, no person
])
def test_other_answers_name_no_speaker(asked, answer):
    lang = load_language("nl")
    assert self_named(answer, Resolver(lang), lang, asked) is None


def test_a_stranger_who_says_his_name_when_asked_speaks_it():
    text = ("Er werd geklopt. Ik legde mijn boek weg, deed open en daar stond een jongen met een pet die "
            "ik nog nooit gezien had. Ik keek hem aan en hij keek mij aan.\n\n"
            "— Wie ben jij? vroeg ik.\n\n— Tom. Van hiernaast. Mijn moeder vraagt of u suiker hebt.\n\n"
            "— Hoeveel?\n\n— Een kopje.\n\n— Kom maar binnen, zei ik.\n\n— Dank u wel.\n\n"
            "— Ik wist niet dat er iemand woonde.\n\n— Sinds gisteren.\n")
    got = speakers(text)
    assert speaker_of(got, "Tom. Van hiernaast") == "Tom"



#: a family word an inquit uses as a name is a person a pronoun may point back to
AVONDETEN = """We aten die avond vroeg, want oom Harrie moest naar zijn werk in de fabriek.

— Geef de aardappels eens door, zei vader.

Oom Harrie gaf de schaal door en stond op. Hij nam zijn jas van de kapstok en ging.

Vader at een tijd lang zonder iets te zeggen. Hij keek naar zijn bord.

— Waar was je vanmiddag? vroeg hij eindelijk.

— Bij de rivier.
"""


def test_a_pronoun_after_a_family_word_used_as_a_name_points_to_that_person():
    got = speakers(AVONDETEN)
    assert speaker_of(got, "Waar was je vanmiddag") == "vader"


def test_a_family_word_used_as_a_name_in_the_narration():
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.model import Document
    from quoteattr.sieves.family import named_in_narration
    text = ("Vader kwam binnen. De vader van Bertje stond buiten, en zijn vader ook. Ik gaf vader een "
            "kop koffie. Bertjes vader lachte.\n\n— Dank je, zei vader.\n")
    an = DocumentAnalysis(Document("t", text), load_language("nl"))
    found = [text[p:p + 5] for p in named_in_narration(an, "vader")]
    assert len(found) == 3  # "Vader kwam", "gaf vader", "zei vader"
    assert [p for p in named_in_narration(an, "vader")][1] == text.index("vader een")


def test_a_flemish_surname_with_a_capital_particle_after_a_given_name_is_one_name():
    text = ("* * *\n\nPieter Van den Broeck kwam zaterdag, zoals hij beloofd had.\n\n"
            "- Je bent vroeg, zei zijn moeder.\n")
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.kinds import classify
    from quoteattr.mentions import collect_names
    from quoteattr.model import Document
    lang = load_language("nl")
    an = DocumentAnalysis(Document("t", text), lang)
    an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]
    resolver = Resolver(lang)
    collect_names(an, resolver)
    assert [e.name for e in resolver.entities if e.kind == "person"] == ["Pieter Van den Broeck"]


def _cast(text: str) -> Resolver:
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.kinds import classify
    from quoteattr.mentions import collect_names
    from quoteattr.model import Document
    lang = load_language("nl")
    an = DocumentAnalysis(Document("t", text), lang)
    an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]
    resolver = Resolver(lang)
    collect_names(an, resolver)
    return resolver


def test_the_full_given_name_tells_the_gender_its_short_form_does_not():
    r = _cast("Jo Peeters woonde al veertig jaar in dezelfde straat. Op haar doopbrief stond Johanna Peeters, "
              "maar zo noemde niemand haar.\n\n- Kom binnen, zei Jo Peeters.\n")
    ent = r.entity_for_name("Jo Peeters", 0)
    assert "Johanna Peeters" in ent.aliases
    assert ent.soft_gender == "f"  # (the name lists call "Jo" a man's name)


def test_a_family_noun_after_a_possessive_mentions_the_relative_the_text_named():
    text = ("Marleen Jacobs zat in de keuken. Ze dronk koffie.\n\n* * *\n\n"
            "Bram Jacobs kwam 's middags, met bloemen, die zijn moeder in een vaas zette.\n\n"
            "- Je bent laat, zei ze.\n")
    r = _cast(text)
    marleen = r.entity_for_name("Marleen Jacobs", len(text))
    assert text.index("moeder") in marleen.positions
    # no relative named before: no mention ("zijn vader" is no one of this text)
    r = _cast("Bram Jacobs kwam binnen, en zijn vader keek op.\n\n- Dag, zei hij.\n")
    assert all(len(e.positions) == 1 for e in r.entities)
