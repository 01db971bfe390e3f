"""Pass 2's sieves, by family. Each sieve returns an ``Attribution`` (mention, cue, sieve name,
confidence) or None; ``attribute.attribute_document`` tries them in this order:

explicit (explicit.py)      cue-after 0.95, bracket 0.85, impersonal 0.80, cue-in-clause 0.85, dat-zegt 0.85
colon (colon.py)            colon 0.90, colon-subject 0.70, label 0.90
carry-over (carry.py,       addressed 0.60 (attribute.py: a question with "u" since the last quote),
 preceding.py)              preceding-cue 0.60, preceding 0.50 (preceding.py: the narrator sentence
                            before), continuation 0.70, group ≤ 0.90, own-subject 0.50,
                            interviewer / interviewee 0.60, nearest-person 0.30
indirect (indirect.py)      indirect-verb 0.80, indirect-volgens 0.75, indirect-after 0.75,
                            indirect-dat-zegt 0.70, indirect-te 0.65, indirect-own-account 0.65
                            ("naar eigen zeggen": the clause's subject)
interview (interview.py)    interview-label 0.85, interview-answer 0.60 (interviews without marks)
dialogue (dialogue.py)      after the others, in text that reads as dialogue: dialogue-alternation,
                            dialogue-addressee, dialogue-participant, dialogue-beat,
                            dialogue-described 0.45-0.60, dialogue-narrator, dialogue-self-named 0.80,
                            dialogue-question 0.50 (a question after narration about someone);
                            sequence.py then decides each exchange as a whole (dialogue-alternation,
                            dialogue-addressee, dialogue-participant 0.50)

grammar.py holds what they share: the Attribution record and the subject of a speech verb;
address.py who a turn of dialogue speaks to (vocatives, greetings); inquit.py whom an inquit's
description or pronoun names; family.py the family a dialogue names ("De jongen van Driek Hendriks.",
the narrator's "vader"); scenes.py where a story's scenes begin and who is present in them;
exits.py who leaves a scene ("Paul was al op de trap") and so speaks no turn until named again.
"""
from .grammar import Attribution

__all__ = ["Attribution"]
