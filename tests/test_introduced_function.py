"""A turn that introduces its speaker by name and function ("Karel Mooy, veldwachter.") makes that
person the holder of the function: a later "vroeg de veldwachter" is him, not whoever the
narration named last (mentions.py _introductions). The passages are written for these tests."""
from __future__ import annotations

import pytest

from conftest import names_of

#: old spelling, dash turns
OUD = """Er werd geklopt. Aleida Bruins deed open, en op de stoep stond een man in uniform.

--Juffrouw Bruins? Karel Mooy, veldwachter. Gij hebt om hulp gezonden?

--Dat heb ik, zeide Aleida. Kom binnen.

Zij gingen samen naar de schuur. Aleida liep voorop, en de veldwachter volgde haar.

--Wanneer hebt gij het gehoord? vroeg de veldwachter.
"""

#: new spelling, quotation marks
NIEUW = """De bel ging. Marloes Smit liep naar de deur en liet een jonge vrouw binnen.

"Mevrouw Smit? Noor Haddou, wijkagent. U hebt gebeld?"

"Ja," zei Marloes. "Kom maar mee."

Ze liepen naar de tuin. Marloes wees naar het schuurtje en de agent knikte.

"Sinds wanneer hoort u dat?" vroeg de agent.
"""

#: an introduction that names someone else: an article before the function
ANDER = """Lotte Bakker keek uit het raam.

"Wie is dat?" vroeg ze. "Joop Vos, de buurman."

Joop kwam binnen en de buurman groette.

"Dag," zei de buurman.
"""


@pytest.mark.parametrize("text, noun, holder", [
    (OUD, "veldwachter", "Karel Mooy"),
    (NIEUW, "agent", "Noor Haddou"),
])
def test_the_introduced_function_bridges_to_its_holder(text, noun, holder):
    resolver = names_of(text)
    pos = text.rindex("de " + noun)
    ent = resolver.fitting_person(pos, noun)
    assert ent is not None and ent.name == holder
    assert resolver.by_role("de " + noun, pos).name == holder


def test_an_article_before_the_function_introduces_no_one():
    resolver = names_of(ANDER)
    ent = resolver.entity_for_name("Joop Vos", len(ANDER))
    assert ent is None or "buurman" not in ent.roles


@pytest.mark.parametrize("text, holder", [(OUD, "Karel Mooy"), (NIEUW, "Noor Haddou")])
def test_the_described_inquit_names_the_holder(text, holder):
    import quoteattr
    from quoteattr.model import KINDS
    last = quoteattr.extract(text, kinds=KINDS)[-1]
    assert last.speaker == holder
