"""Speaker resolution inside one document: names into entities (aliases merged by surname),
pronouns to the nearest compatible antecedent, descriptions ("de minister") to an earlier holder
of that function, organisations by their shortest name.

    names.py     Entity, surname keys, initials and pet names
    describe.py  descriptions of people and bodies: head noun, gender, age, group
    resolver.py  Resolver: one document's entities and the questions sieves ask of them
    mention.py   resolve_mention: a speaker mention to the speaker it stands for
"""
from .describe import age_class, description_gender, unnamed_gender
from .mention import resolve_mention
from .names import Entity, initialled, name_tokens, surname_key
from .resolver import Resolver

__all__ = ["Entity", "Resolver", "age_class", "description_gender", "initialled", "name_tokens",
           "resolve_mention", "surname_key", "unnamed_gender"]
