"""The sample of a study asked without the words that describe it (issue 16).

"The survey followed 12,400 nurses aged 30 to 55 who kept a sleep diary" counts the
people a study took part with: "How many nurses did the survey follow?". The words after
the counted noun ("aged 30 to 55", "who kept a sleep diary") describe the sample, not a
part of it, so the question may leave them out, as it may not for other verbs ("treated
40 patients who had the flu" may count only some of those treated). Only the object of
a verb of study whose subject is a study, its team or a name.
"""

from __future__ import annotations

from typing import Any

STUDY_VERBS = {"follow", "recruit", "enrol", "enroll", "survey", "track", "study",
               "interview", "examine", "analyse", "analyze", "monitor", "poll", "sample",
               "observe", "assess", "screen"}  # fmt: skip
STUDIES = {"study", "research", "survey", "trial", "team", "researchers", "scientists",
           "analysis", "review", "poll", "project", "investigators", "authors"}  # fmt: skip
# the words after a sample's noun that only describe it
DESCRIBING = {"amod", "acl", "relcl"}


def sample_end(noun: Any) -> int:
    """The end (token index) of a study's counted sample with the words that describe it
    ("12,400 nurses aged 30 to 55 who kept a diary"), or 0 where ``noun`` is none."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.tag_ != "NNS" or verb.lemma_.lower() not in STUDY_VERBS:
        return 0
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1:
        return 0
    subject = subjects[0]
    study = subject.lemma_.lower() in STUDIES or subject.lower_ in STUDIES
    if not study and subject.pos_ != "PROPN":
        return 0
    after = [c for c in noun.children if c.i > noun.i]
    if not after or any(c.dep_ not in DESCRIBING for c in after):
        return 0
    doc = noun.doc
    if any(t.text in '"“”;:' for t in doc[noun.i + 1 : noun.right_edge.i + 1]):
        return 0
    return int(noun.right_edge.i) + 1
