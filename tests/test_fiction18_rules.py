"""Fiction rules of the fiction18 round, with passages written for the test in the style of Dutch
novels."""
from __future__ import annotations


def _present(text: str, start: int, end: int) -> set[str]:
    """Who the narration of ``text[start:end]`` shows there (sieves/exits.comings_and_goings)."""
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.kinds import classify
    from quoteattr.lang import load_language
    from quoteattr.mentions import collect_names
    from quoteattr.model import Document
    from quoteattr.resolve import Resolver
    from quoteattr.sieves.exits import comings_and_goings

    lang = load_language("nl")
    an = DocumentAnalysis(Document(id="t", text=text), lang)
    an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]
    resolver = Resolver(lang)
    collect_names(an, resolver)
    return comings_and_goings(an, resolver, start, end)[1]


# a function the text gave a person names that person in the narration ("met den dokter")
def test_the_function_of_a_named_person_shows_them_present():
    text = ("Dokter Hendrik Mol kwam dien middag op visite.\n\n"
            "Later dien avond zat Anna met den dokter in den tuin.\n\n--Is het ernstig? vroeg zij.\n")
    start = text.index("Later")
    assert _present(text, start, text.index("--Is")) == {"Anna", "Hendrik Mol"}


def test_a_function_nobody_holds_shows_no_one():
    text = ("Hendrik Mol kwam dien middag op visite.\n\n"
            "Later dien avond zat Anna met den dokter in den tuin.\n\n--Is het ernstig? vroeg zij.\n")
    start = text.index("Later")
    assert _present(text, start, text.index("--Is")) == {"Anna"}


# "enkele malen" after the verb says how often, not who: a noun of time heads no speaker phrase
# (cues.phrase_at, lang/nl/time_nouns.txt)
def test_how_often_after_the_verb_is_no_speaker():
    from conftest import speech_of

    text = 'Bavink liep door de kamer, schudde zijn hoofd en zei enkele malen: "Jonge, jonge."'
    assert all(q.speaker != "enkele malen" for q in speech_of(text))


# a turn that names its own speaker, the name first ("…, zoo is mijn naam"), with an honorific
# and its dot before the name (sieves/inquit.self_named)
def test_name_first_then_that_it_is_mine():
    from conftest import names_of
    from quoteattr.lang import load_language
    from quoteattr.sieves.inquit import self_named

    lang = load_language("nl")
    resolver = names_of("Een kleine man stond in de gang.")
    assert self_named("Mr. Bartholomeus Quint, zoo is mijn naam. Gij zijt dus de dokter?", resolver, lang) \
        == "Bartholomeus Quint"
    assert self_named("Mijn naam is Dr. Quirijn Vos.", resolver, lang) == "Quirijn Vos"
    assert self_named("Dat is mijn naam niet.", resolver, lang) is None


def test_described_speaker_who_names_himself_is_that_person():
    from conftest import speech_of

    turns = ["\"Mr. Bartholomeus Quint,\" zei de kleine man, \"zoo is mijn naam. Gij zijt dus de dokter?\"",
             "\"Dat ben ik,\" zei Anna.", "\"En uw broeder?\"", "\"Die komt morgen.\"", "\"Dat is jammer.\"",
             "\"Het kan niet anders.\"", "\"Dan wacht ik.\""]
    text = "Een kleine man stond ons in de gang op te wachten.\n\n" + "\n\n".join(turns) + "\n"
    first = next(q for q in speech_of(text) if q.text.startswith("Mr. Bartholomeus"))
    assert first.speaker == "Bartholomeus Quint"


# the last person an inquit pronoun of a gender was resolved to keeps that pronoun past a man
# named before it and not since: the long-window fallback of resolve/pronoun.resolve_pronoun
def _far_hij(chain: bool) -> str | None:
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.kinds import classify
    from quoteattr.lang import load_language
    from quoteattr.mentions import collect_names
    from quoteattr.model import Document, Mention
    from quoteattr.resolve import Resolver
    from quoteattr.resolve.pronoun import resolve_pronoun

    filler = "De regen viel zacht op het dak en de kamer werd langzaam donker. " * 30
    text = ("Stipan Arkadiewitsch ontwaakte laat. Zijn knecht Pieter Smit bracht de koffie binnen.\n\n"
            + filler + "\n\n\"Is er nog post?\" vroeg hij.\n")
    lang = load_language("nl")
    an = DocumentAnalysis(Document(id="t", text=text), lang)
    an.kinds = [classify(an, qi) for qi in range(len(an.qspans))]
    resolver = Resolver(lang)
    collect_names(an, resolver)
    if chain:  # an inquit "hij" after the servant's name was Stipan
        stipan = resolver.entity_for_name("Stipan Arkadiewitsch", 0)
        resolver.pronoun_last["m"] = (text.index("De regen"), stipan)
    at = text.index("vroeg hij") + len("vroeg ")
    quote = (text.index("Is er"), text.index("?\"") + 1)
    return resolve_pronoun(an, resolver, Mention(at, at + 3, "hij", kind="pronoun", head="hij", gender="m"), None,
                           quote=quote)[0]


def test_inquit_pronoun_stays_on_the_one_it_last_stood_for():
    assert _far_hij(chain=True) == "Stipan Arkadiewitsch"


def test_without_a_chain_the_last_man_named_is_meant():
    assert _far_hij(chain=False) == "Pieter Smit"


# a pronoun inquit of a turn after a sentence whose subject, a description, follows the finite verb
# of a fronted phrase ("Tot mijne verwondering strekte de jonge dame …"): that person
# (resolve/pronoun._inverted_description)
def test_inverted_description_before_the_turn():
    from quoteattr.analysis import DocumentAnalysis
    from quoteattr.lang import load_language
    from quoteattr.model import Document
    from quoteattr.resolve.pronoun import _described_subject_before

    text = ("Holmes keek haar aan.\n\nTot mijne verwondering strekte de jonge dame hare hand uit.\n\n"
            "\"Blijf toch,\" sprak zij.\n")
    an = DocumentAnalysis(Document(id="t", text=text), load_language("nl"))
    start = text.index("Blijf")
    found = _described_subject_before(an, start, "f")
    assert found is not None and found.text == "de jonge dame"
    assert _described_subject_before(an, start, "m") is None  # "dame" is no "hij"
