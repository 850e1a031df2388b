"""The accepted answers and the keys of typed questions about named actors (issue 16):
a firm's trade word alone ("Mining") is never its name, the part of a king's name after
the regnal number ("Gustav") is no surname, a lone surname that a firm's or a club's name
also holds is keyed to neither where the sentence does not say which, and a person's
surname is not accepted where it also names a club (texts written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from quizapp.generator.facts.clusters import (
    abbreviates,
    firm_or_person,
    own_surname,
    person_key,
    regnal,
)
from quizapp.generator.facts.facts import ACTOR, ORG, PERSON, Entity, Fact, Sentence
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.name_words import distinctive
from quizapp.generator.synthesis import _alias_used


@pytest.mark.parametrize(
    ("name", "word"),
    [("Tovsen Mining Company", "Tovsen"), ("Marrow Capital Partners", "Marrow"),
     ("Kessel Motors", "Kessel"), ("Walt Disney Company", "Disney"),
     ("General Motors", ""), ("Kessel", "")],
)  # fmt: skip
def test_a_firms_distinctive_word_is_never_its_trade(name: str, word: str) -> None:
    assert distinctive(name) == word


@pytest.mark.parametrize(
    ("name", "last"),
    [("Olaf IV Magnus", ""), ("Frederick III", ""), ("Ines Varga", "Varga"),
     ("Count Baldwin of Flanders", ""), ("Angel Di Maria", "Di Maria"),
     ("James Webb Space Telescope", "")],
)  # fmt: skip
def test_a_regnal_name_has_no_surname(name: str, last: str) -> None:
    assert own_surname(name) == last
    assert regnal(name) == (name in ("Olaf IV Magnus", "Frederick III"))


def test_the_king_without_his_second_name_is_the_king() -> None:
    names = {"Olaf IV Magnus", "Olaf V", "Hedda Lund"}
    assert person_key("Olaf IV", names | {"Olaf IV"}) == "Olaf IV Magnus"
    assert person_key("Olaf V", names) == "Olaf V"  # not a prefix of another king


def _analysis(text: str) -> Any:
    from quizapp.generator.pipeline import analyse

    return analyse(text)


def actor(text: str, answer: str, type_: str, aliases: tuple[str, ...] = ()) -> Fact:
    start = text.index(answer)
    sentence = Sentence(0, text, None, 0, True)
    entity = Entity(answer, type_, aliases=set(aliases))
    return Fact(
        ACTOR, type_, answer, sentence, start, start + len(answer), aliases=aliases, entity=entity
    )


def test_a_kings_second_name_is_not_accepted_alone() -> None:
    text = "Olaf IV Magnus became king in 1380. Magnus died in 1387."
    king = actor(text, "Olaf IV Magnus", PERSON, ("Magnus", "Olaf IV"))
    assert not _alias_used("Magnus", king, [king])
    assert _alias_used("Olaf IV", king, [king])


def test_a_players_surname_that_names_a_club_too_is_not_accepted() -> None:
    # Given a club named after a town and a player who bears the town's name
    text = "Dunmore Rovers won 2-0. Striker Paul Dunmore scored both goals. Dunmore led."
    player = actor(text, "Paul Dunmore", PERSON, ("Dunmore",))
    club = actor(text, "Dunmore Rovers", ORG)
    # Then "Dunmore" alone is no accepted answer for the player (whose is unclear)
    assert not _alias_used("Dunmore", player, [player, club])
    assert _alias_used("Dunmore", player, [player])  # with no such club it is


@pytest.mark.slow
def test_a_trade_word_alone_is_no_name_of_the_firm() -> None:
    # Given a mining firm named in full twice and once by its own first word
    text = (
        "Tovsen Mining Company, based in Norway, digs copper in the north of the country. "
        "The chief executive of Tovsen Mining Company, Lena Dahl, said profits rose by a "
        "fifth last year.\n\n"
        "Tovsen agreed last month to sell half of its copper to a smelter in Japan."
    )
    firm = next(e for e in _analysis(text).entities if e.name == "Tovsen Mining Company")
    # Then "Mining" is none of its names, "Tovsen" is
    assert "Mining" not in firm.aliases
    assert "Tovsen" in firm.aliases


@pytest.mark.slow
def test_a_kings_second_name_is_no_surname() -> None:
    # Given a king named with his number and his second name
    text = (
        "Gustav II Adolf became King of Sweden in 1611, when he was sixteen years old. "
        "Gustav II Adolf led his army into Germany in 1630.\n\n"
        "Gustav II won a great victory at Breitenfeld in 1631. Gustav II Adolf was killed "
        "at the Battle of Lutzen in 1632."
    )
    king = next(e for e in _analysis(text).entities if e.name == "Gustav II Adolf")
    # Then "Adolf" alone is none of his names
    assert "Adolf" not in king.aliases


def _keys(text: str, word: str) -> list[str]:
    """The entity each lone mention ``word`` of ``text`` is keyed to."""
    from quizapp.generator import nlp
    from quizapp.generator.facts.actors import find_actors
    from quizapp.generator.facts.capitals import share_capitals
    from quizapp.generator.facts.missed_mentions import with_missed_mentions

    docs = list(nlp.get_nlp().pipe(nlp.paragraphs(text)))
    share_capitals(docs)
    sentences = nlp.sentences(docs)
    _, mentions = find_actors(sentences)
    mentions = with_missed_mentions(sentences, mentions)
    return [m.entity.name for m in mentions if m.text == word and m.entity is not None]


@pytest.mark.slow
def test_a_lone_surname_of_a_firm_named_after_its_founder_is_nobodys() -> None:
    # Given a firm named after its founder, and "Brask" alone for one and then the other
    text = (
        "Brask Motors, the carmaker founded by Oskar Brask in 1931, sold more vans than "
        "ever last year. Oskar Brask opened his first workshop in Aarhus.\n\n"
        "Brask now employs 9,000 people in Denmark and Sweden. Brask built bicycles "
        "before he turned to vans. Brask said on Monday that it would open a plant in Poland."
    )
    keys = _keys(text, "Brask")
    # Then "Brask now employs" is neither's, "Brask built ... before he" is the founder's,
    # "Brask said that it would" is the firm's
    assert keys == ["Oskar Brask", "Brask Motors"]


def _mention(text: str, word: str) -> Mention:
    from quizapp.generator import nlp

    doc = nlp.get_nlp()(text)
    span = doc[:]
    at = next(t.i for t in doc if t.text == word)
    return Mention(Sentence(0, text, span, 0, True), at, at + 1, "ORG")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "firms", "key"),
    [("Mendez said the road was closed.", {"Carolina Mendez"}, "Carolina Mendez"),
     ("Mendez said the road was closed.", {"Mendez Shipping"}, ""),
     ("Mendez said that it would sell two ships.", {"Mendez Shipping"}, "Mendez Shipping"),
     ("Mendez said that he would sell two ships.", {"Mendez Shipping"}, "Carolina Mendez")],
)  # fmt: skip
def test_a_lone_surname_is_the_firms_only_where_it_says_so(
    text: str, firms: set[str], key: str
) -> None:
    # Given the person Carolina Mendez (whom the model may label a body) and maybe a firm
    m = _mention(text, "Mendez")
    # Then "Mendez" is hers, unless a firm's name holds it too: then "it" says the firm's,
    # "he" or "she" the person's, and nothing says neither's
    assert firm_or_person(m, "Carolina Mendez", firms) == key


@pytest.mark.parametrize(
    ("short", "name", "right"),
    [("DfT", "Department for Transport", True), ("NASA", "National Aeronautics and Space "
     "Administration", True), ("OSCE", "Organization for Security and Co-operation in Europe",
     True), ("FIFA", "Federation Internationale de Football Association", True),
     ("II", "Pope Leo II", False), ("Paris", "Paris Club", False),
     ("BALPA", "British Airline Pilots Association", False)],
)  # fmt: skip
def test_an_acronym_may_keep_a_small_words_letter(short: str, name: str, right: bool) -> None:
    assert abbreviates(short, name) == right


@pytest.mark.slow
def test_a_mixed_case_acronym_is_the_bodys_other_name() -> None:
    # Given a ministry named in full with its acronym in brackets, then by the acronym that
    # "said" something (the model takes it for a person)
    text = (
        "The new rule was proposed by the Department for Transport (DfT) after a drone "
        "closed a busy airport for two days. The DfT said about 170,000 owners would have "
        "to register.\n\nPilots welcomed the plan."
    )
    body = next(e for e in _analysis(text).entities if e.name == "Department for Transport")
    # Then "DfT" is its other name, and it stays a body ("Transport" no surname of it)
    assert body.names() == {"Department for Transport", "DfT"} and body.type == ORG
