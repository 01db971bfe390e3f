"""Speaker resolution inside one document: names into entities (aliases merged by surname),
pronouns to the nearest compatible antecedent, descriptions ("de minister") to an earlier holder
of that function, organisations by their shortest name.

    names.py          Entity, surname keys, initials and pet names
    describe.py       descriptions of people and bodies: head noun, gender, age, group
    resolver.py       Resolver: one document's entities, registered name by name, and the
                      questions sieves ask of them, with the classes mixed into it:
      antecedents.py    who a pronoun points back to
      roles.py          who holds the function a description names
      unnamed.py        which unnamed person a description refers back to
      bodies.py         which body a noun refers back to
      kin.py            whom a kin word names
      epithets.py       whom an epithet names
    mention.py        resolve_mention: a speaker mention to the speaker it stands for (a name
                      here, the other kinds in):
      pronoun.py        a pronoun to its antecedent
      described.py      a description to whom it describes
      organisation.py   an organisation to the body's name
    pairs.py          two names joined by 'en' as one plural speaker
"""
from .describe import age_class, description_gender, unnamed_gender
from .mention import resolve_mention
from .names import Entity, initialled, name_tokens, surname_key
from .resolver import Resolver

__all__ = ["Entity", "Resolver", "age_class", "description_gender", "initialled", "name_tokens",
           "resolve_mention", "surname_key", "unnamed_gender"]
