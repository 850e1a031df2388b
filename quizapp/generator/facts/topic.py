"""What an article is about when no named actor is its subject: an event, a species, a substance.

"Firefighters brought a wildfire under control near the mountain town of Kessel
Creek ..." is about "the wildfire near Kessel Creek"; "The emperor penguin is the
tallest ..." about "the emperor penguin"; "Insulin is a hormone ..." about insulin.
The topic is learned from the first sentence only (:func:`article_topic`): the
subject of "is" when it is a substance or a kind (an animal, or a noun the article
also says in the plural; never one unnamed hospital), or an event noun that its main
clause is about (its subject or object: "a wildfire", "an earthquake") with the place
it happened, as a short definite description: "the", the noun with the words before
it, and at most one locating phrase with a name ("near Kessel Creek"); never a
relative clause. A thing whose name the model did not tag, the first sentence's subject
("The Vela Space Telescope was launched ..."), is the topic by its name where the body
calls it by the name's last word ("the telescope"). A later "a second fire" or "king
penguins" stops "the fire" or "the penguin" from being named after it.

Its references in each sentence (:func:`topic_references`) are what the questions may
name (see :mod:`topic_names`): "the fire" or "the blaze" (the same noun or one of a
small group of words for it), "it" or "they" whose only possible antecedent is the
topic (the one noun phrase before it in its sentence that may be its antecedent, or
the subject of the sentence before), and for an animal "the male", "the chick",
"adults". Where another thing the pronoun or noun may stand for is nearer, nothing is
named and the checks refuse the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from quizapp.generator.facts.facts import Sentence
from quizapp.generator.text_words import word_set

# Words for one event: "the blaze" of a wildfire, "the quake" of an earthquake.
EVENT_GROUPS: tuple[frozenset[str], ...] = tuple(
    word_set(g)
    for g in (
        "fire wildfire blaze bushfire inferno",
        "storm hurricane cyclone typhoon",
        "quake earthquake tremor",
        "flood flooding",
        "eruption",
        "outbreak epidemic",
        "explosion blast",
        "spill",
        "drought",
        "landslide mudslide",
        "tsunami",
        "avalanche",
        "tornado twister",
    )
)
# Words that say a kind is an animal ("of all living penguins", "a species of bird").
ANIMAL_WORDS = word_set(
    "species animal bird mammal fish reptile amphibian insect penguin whale dolphin shark "
    "seal bear wolf cat dog frog snake lizard turtle eagle owl parrot bee ant butterfly "
    "spider crab primate ape monkey rodent bat deer antelope"
)
# Words only an article on animals uses: "the female lays ...", "cubs", "prey".
LIVES = word_set(
    "species breeds breeding mate mating prey predator predators nest nests lays eggs cubs "
    "chicks calves pups litter litters hatch hatches"
)
# The class of an animal, by the words that say it: "the bird" of a penguin's article.
CLASS_OF = {
    "bird": word_set("bird penguin eagle owl parrot petrel albatross gull swan duck goose"),
    "mammal": word_set("mammal whale dolphin seal bear wolf cat dog bat deer antelope primate "
                     "ape monkey rodent"),
    "fish": word_set("fish shark salmon trout cod"),
}  # fmt: skip
# The class words of an animal kind an article may call it by ("the bird", "the species").
CLASSES = word_set("species animal bird mammal fish reptile amphibian insect")
# Members of an animal kind: said before the kind ("the male emperor penguin") or after it
# ("the emperor penguin chick").
MEMBERS_BEFORE = word_set("male female adult juvenile")
MEMBERS_AFTER = word_set("chick calf pup cub hatchling")
# Prepositions of a locating phrase ("near Kessel Creek", "off Sumatra").
LOCATING = ("near", "in", "at", "off", "across", "outside")
CALENDAR = word_set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# Adjectives that do not name a kind ("The first ...", "The new ...")
NOT_KINDS = word_set("first last only same new other main former next previous whole entire")
SPEECH = word_set("say tell report announce state add confirm")


@dataclass(frozen=True)
class Topic:
    """The article's topic: how to name it, and the words by which the article refers to it."""

    name: str  # "the wildfire near Kessel Creek", "the emperor penguin", "insulin"
    words: frozenset[str]  # nouns "the ___" may refer to it with: fire, blaze, wildfire
    kind: str = ""  # "emperor penguin" for a kind of thing (a species, a substance)
    plural: str = ""  # "emperor penguins"
    animal: bool = False
    mention: tuple[int, int] = (-1, -1)  # (sentence, token) of its first mention
    place: str = ""  # "Kessel Creek": the name its locating phrase holds


@dataclass(frozen=True)
class Reference:
    """Words of a sentence that stand for the topic and what to name them."""

    words: str  # "the fire", "it", "Adults"
    name: str  # "the wildfire near Kessel Creek", "adult emperor penguins"
    pronoun: bool = False
    antecedents: frozenset[str] = frozenset()  # a pronoun's nouns in its sentence: "wildfire"


def article_topic(sentences: list[Sentence]) -> Topic | None:
    """The topic the article's first sentence introduces, if it is a kind or an event."""
    first = next((s for s in sentences if s.span is not None), None)
    if first is None:
        return None
    root = first.span.root
    if root.lemma_ == "be":
        return _kind(first, root, sentences)
    verb = _main_verb(root)
    named = _named_thing(verb, first, sentences)
    if named is not None:
        return named
    events = [
        c for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ == "NN" and _group(c.lemma_)
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
    ]  # fmt: skip
    if len(events) != 1:
        return None
    head = events[0]
    words = [t.lower_ for t in head.children if t.dep_ == "compound" and t.i < head.i]
    name = " ".join(["the", *words, head.lower_])
    prep, place = _place(head) or _place(verb) or ("", "")
    if not place:
        return None  # "the storm" alone says no more than the article's "the storm"
    name += f" {prep} {place}"
    return Topic(name, _group(head.lemma_), mention=(first.index, head.i), place=place)


def _named_thing(verb: Any, first: Sentence, sentences: list[Sentence]) -> Topic | None:
    """ "The Vela Space Telescope was launched ...": a thing whose name the model did not
    tag, the subject the first sentence opens on, named by "the" and proper nouns that end
    in a common word the article also says in lowercase ("the telescope")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].ent_type_ or subjects[0].tag_ != "NNP":
        return None
    head = subjects[0]
    words = [t for t in head.subtree if t.i < head.i]
    if not words or words[0].lower_ != "the" or words[0].i != first.span.start:
        return None
    names = [*words[1:], head]
    if any(t.tag_ != "NNP" or t.ent_type_ or not t.is_title for t in names):
        return None
    noun = head.lower_
    later = " ".join(s.text for s in sentences if s.index != first.index)
    if not re.search(rf"\b[Tt]he {re.escape(noun)}\b", later):
        return None
    name = "the " + " ".join(t.text for t in names)
    return Topic(name, frozenset({noun}), mention=(first.index, head.i))


def _main_verb(root: Any) -> Any:
    """The verb of what was reported ("Firefighters brought ..., the service said")."""
    if root.lemma_ in SPEECH:
        reported = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
        if len(reported) == 1:
            return reported[0]
    return root


def _group(lemma: str) -> frozenset[str]:
    return next((g for g in EVENT_GROUPS if lemma.lower() in g), frozenset())


def _place(tok: Any) -> tuple[str, str] | None:
    """ "near Kessel Creek" of "near the mountain town of Kessel Creek": the first locating
    phrase on ``tok`` that holds a name (not a month or a weekday), said with the name."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in LOCATING:
            continue
        names = [t for t in prep.subtree if t.tag_ == "NNP" and t.lower_ not in CALENDAR]
        if not names:
            continue
        last = names[-1]  # the name's head: "Creek" of "Kessel Creek"
        words = [t for t in last.subtree if t.tag_ == "NNP" and t.i <= last.i]
        if words and words[-1].i - words[0].i + 1 == len(words):
            return prep.lower_, " ".join(t.text for t in words)
    return None


def _kind(first: Sentence, root: Any, sentences: list[Sentence]) -> Topic | None:
    """ "The emperor penguin is ...", "Insulin is a hormone ...": a common noun said of in
    the singular, with "the" or none (a substance)."""
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not any(c.dep_ in ("attr", "acomp") for c in root.children):
        return None
    head = subjects[0]
    dets = [c for c in head.children if c.dep_ == "det"]
    words = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
    mods = [c for c in head.children if c.i < head.i and c.dep_ != "det" and c not in words]
    plain = all(w.tag_ in ("NN", "JJ") and w.lower_ not in NOT_KINDS for w in words)
    if mods or not plain or head.i - len(words) - len(dets) != first.span.start:
        return None  # "The Berlin Wall", "Its capital", "The first ...": not a kind
    text = " ".join(s.text for s in sentences)
    # what it is said to be: "Insulin is a hormone" -> "the hormone" is insulin
    said = {c.lemma_.lower() for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"}
    if [d.lower_ for d in dets] == ["the"] and head.tag_ == "NN":
        kind = " ".join([*(w.lower_ for w in words), head.lower_])
        plural = kind + ("es" if kind.endswith(("s", "sh", "ch", "x")) else "s")
        nouns = {t.lemma_.lower() for t in first.span if t.pos_ == "NOUN"} | {head.lemma_.lower()}
        animal = any(_animal(n) for n in nouns) or bool(set(re.findall(r"\w+", text)) & LIVES)
        if not animal and not re.search(rf"\b{re.escape(plural)}\b", text, re.IGNORECASE):
            return None  # "The hospital is the largest ...": one thing, not a kind
        said |= {head.lemma_.lower(), *(nouns & CLASSES if animal else ())}
        said |= {"species", "animal", *_classes(nouns)} if animal else set()
        return Topic("the " + kind, frozenset(said), kind, plural, animal, (first.index, head.i))
    if not dets and not words and head.tag_ in ("NN", "NNP") and head.text[1:].islower():
        lower = head.lower_ in text.split() or f" {head.lower_} " in text
        name = head.lower_ if lower or head.tag_ == "NN" else head.text
        return Topic(name, frozenset(said), name, mention=(first.index, head.i))
    return None


def _classes(nouns: set[str]) -> set[str]:
    """The classes of animal ``nouns`` name: "bird" for a penguin or a seabird."""
    return {
        c for n in nouns for c, members in CLASS_OF.items()
        if n in members or any(n.endswith(m) for m in members if len(m) >= 4)
    }  # fmt: skip


def _animal(noun: str) -> bool:
    """Whether ``noun`` names an animal: a word of :data:`ANIMAL_WORDS` or a compound that
    ends in one of four letters or more ("seabird", "catfish")."""
    return noun in ANIMAL_WORDS or any(noun.endswith(w) for w in ANIMAL_WORDS if len(w) >= 4)


def topic_references(sentences: list[Sentence], topic: Topic) -> dict[int, list[Reference]]:
    """For each sentence (by index), what in it stands for the topic."""
    found: dict[int, list[Reference]] = {}
    about = ""  # "one" or "many" where the sentence before is about the topic (its subject)
    rival = False
    for sentence in sentences:
        if sentence.span is None:
            about = ""
            continue
        found[sentence.index] = refs = _references(sentence, topic, about, rival)
        about = _about(sentence, topic, refs)
        if sentence.index > topic.mention[0] and _another(sentence.span[-1], topic, sentence):
            rival = True  # "A second fire broke out ...": "the fire" after it may be either
    return found


def _references(sentence: Sentence, topic: Topic, about: str, rival: bool) -> list[Reference]:
    found: list[Reference] = []
    for tok in sentence.span:
        ref = None if rival else _definite(tok, topic, sentence)
        ref = ref or _member(tok, topic)
        if ref is not None:
            found.append(ref)
    for words, plural in (("it", False), ("they", True), ("them", True)):
        pronouns = [t for t in sentence.span if t.lower_ == words]
        before = about == ("many" if plural else "one")
        if pronouns and all(_stands_for(p, sentence, before, topic, plural) for p in pronouns):
            name = topic.plural if plural else topic.name
            nouns = frozenset(t.text for p in pronouns for t in _candidates(p, sentence, plural))
            if name:
                found.append(Reference(words, name, True, nouns))
    return found


def _about(sentence: Sentence, topic: Topic, refs: list[Reference]) -> str:
    """ "one" or "many" where the sentence's main subject is the topic (or, plural, its
    members), or a pronoun named for it; else ""."""
    subjects = [c for c in sentence.span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return ""
    s = subjects[0]
    many = s.tag_ == "NNS" or s.lower_ == "they"
    if s.lower_ in ("it", "they"):
        named = any(r.pronoun and r.words == s.lower_ for r in refs)
    else:
        named = _is_topic(s, sentence, topic, many)
    others = [  # "The fire destroyed the old mill. It had stood ...": the mill, maybe
        t for t in _candidates(sentence.span[-1], sentence, many, ("dobj", "nsubj", "nsubjpass"))
        if t.i != s.i and not _is_topic(t, sentence, topic, many)
        and not (t.dep_ == "dobj" and t.head.lemma_ == "have")  # "had a magnitude of 6.8"
    ]  # fmt: skip
    return ("many" if many else "one") if named and not others else ""


def _definite(tok: Any, topic: Topic, sentence: Sentence) -> Reference | None:
    """ "the fire" for the wildfire, "the species" for the emperor penguin."""
    singular = tok.tag_ == "NN" or tok.lower_ == "species"
    if tok.lemma_.lower() not in topic.words | {"specie"} or not singular or not topic.words:
        return None
    det = [c for c in tok.children if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the" or det[0].i != tok.i - 1:
        return None
    if (sentence.index, tok.i) == topic.mention or _another(tok, topic, sentence):
        return None
    return Reference(tok.doc[det[0].i : tok.i + 1].text, topic.name)


def _another(tok: Any, topic: Topic, sentence: Sentence) -> bool:
    """Whether the sentence names, before ``tok``, another thing of the topic's words ("a
    second fire", "fires")."""
    for t in sentence.span:
        if t.i > tok.i or (t.i == tok.i and t.lower_ in topic.words):
            break
        if t.lemma_.lower() not in topic.words or (sentence.index, t.i) == topic.mention:
            continue
        lemma = t.lemma_.lower()
        if topic.kind and (lemma == topic.kind.split()[-1] or lemma in CLASSES | {"specie"}):
            if _other_kind(t, topic):
                return True  # "king penguins", "other birds", "another species"
            continue  # "Emperor penguins live ...", "one bird was ...": the kind's
        modified = any(c.dep_ in ("det", "nummod", "amod") for c in t.children)
        if (t.tag_ == "NNS" or modified) and not any(
            c.lower_ in ("the", "this") for c in t.children
        ):
            return True  # "a second fire", "fires"
    return False


def _other_kind(t: Any, topic: Topic) -> bool:
    """Whether ``t`` ("penguins", "species") is said of another kind than the topic: "other"
    or "another" before it, or words before it that are not the kind's ("king penguins")."""
    mods = [c for c in t.children if c.i < t.i and c.dep_ in ("compound", "amod", "det")]
    if any(c.lower_ in ("other", "another") for c in mods):
        return True
    named = [c.lower_ for c in mods if c.dep_ == "compound" or c.pos_ == "PROPN"]
    return bool(named) and " ".join([*named, t.lower_]) not in (topic.kind, topic.plural)


def _member(tok: Any, topic: Topic) -> Reference | None:
    """ "the male" -> "the male emperor penguin", "Adults" -> "adult emperor penguins", "the
    chick" -> "the emperor penguin chick"."""
    lemma = tok.lemma_.lower()
    if not topic.animal or lemma not in MEMBERS_BEFORE | MEMBERS_AFTER:
        return None
    doc = tok.doc
    plural = tok.tag_ == "NNS"
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.lemma_.lower() in topic.words | ANIMAL_WORDS | MEMBERS_AFTER:
        return None  # "the female penguin": an adjective of another noun
    the = tok.i > 0 and doc[tok.i - 1].lower_ == "the"
    if tok.pos_ != "NOUN" and not the:
        return None  # the model tags "the female lays" an adjective
    if any((c.i < tok.i and c.lower_ != "the") or c.lower_ == "of" for c in tok.children):
        return None  # "the youngest males", "two adults", "adults of other species"
    before = doc[tok.i - 1] if tok.i > 0 else None
    if not the and (not plural or (before is not None and before.pos_ in ("DET", "NUM", "ADJ"))):
        return None
    det = [doc[tok.i - 1]] if the else []
    if lemma in MEMBERS_BEFORE:
        named = f"{lemma} {topic.plural if plural else topic.kind}"
    else:
        named = f"{topic.kind} {tok.lower_}"
    start = det[0].i if det else tok.i
    return Reference(tok.doc[start : tok.i + 1].text, ("the " if det else "") + named)


def _stands_for(p: Any, sentence: Sentence, about: bool, topic: Topic, many: bool) -> bool:
    """Whether the pronoun ``p`` can only stand for the topic: the noun phrases before it in
    its sentence that may be its antecedent (subjects and objects of the same number) are all
    the topic, or there are none and the sentence before is about the topic. Never an "it"
    that stands for nothing ("It is thought that ...", "It was the worst ...")."""
    if _expletive(p):
        return False
    candidates = _candidates(p, sentence, many)
    if candidates:
        return all(_is_topic(t, sentence, topic, many) for t in candidates)
    return about


def _expletive(p: Any) -> bool:
    """ "It is thought that ...", "it was the first time", "it seems ...": an "it" for what
    follows, not for a thing."""
    head = p.head
    if p.dep_ == "expl":
        return True
    if p.dep_ not in ("nsubj", "nsubjpass") or p.lower_ != "it":
        return False
    if any(c.dep_ in ("ccomp", "csubj") for c in head.children):
        return True  # "It is thought that ..."
    if head.lemma_ == "be" and {"acomp", "xcomp"} <= {c.dep_ for c in head.children}:
        return True  # "It is important to ..."
    attrs = [c for c in head.children if c.dep_ == "attr"] if head.lemma_ == "be" else []
    return any(c.dep_ in ("relcl", "acl", "xcomp") for a in attrs for c in a.children)


def _candidates(
    p: Any,
    sentence: Sentence,
    many: bool,
    roles: tuple[str, ...] = ("nsubj", "nsubjpass", "dobj", "attr"),
) -> list[Any]:
    """The nouns before ``p`` in its sentence it may stand for: subjects and objects of its
    number, not measures ("45 kilograms")."""
    return [
        t for t in sentence.span
        if t.i <= p.i and t.i != p.i and t.dep_ in roles
        and t.pos_ in ("NOUN", "PROPN") and (t.tag_ in ("NNS", "NNPS") or bool(t.conjuncts)) == many
        and not any(c.dep_ == "nummod" for c in t.children)
    ]  # fmt: skip


def _is_topic(tok: Any, sentence: Sentence, topic: Topic, many: bool) -> bool:
    """Whether ``tok`` is a mention of the topic itself (or, plural, of its members)."""
    if (sentence.index, tok.i) == topic.mention:
        return True
    if many:
        if not topic.animal:
            return False
        if tok.lemma_.lower() in MEMBERS_BEFORE | MEMBERS_AFTER:
            return True
        phrase = str(tok.doc[tok.left_edge.i : tok.i + 1].text).lower()
        return phrase in (topic.plural, "the " + topic.plural)
    return _definite(tok, topic, sentence) is not None
