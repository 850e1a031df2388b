"""Encyclopedia biographies: the person a "Name (life dates) was ..." opening is about,
rulers' names and where the person came from (issue 16, items 2 and 3).

The texts are invented for the tests. Before, a biography whose name the small model
called a product or a body had no subject, so every "she" was refused as an unnamed
person; a "she" after a sentence about one of her works stayed unnamed; "Ludovico III of
Mantua" was an organisation; "Maddalena of Bavaria" was a person "Maddalena" and a place
"Bavaria"; and "an engraver from Oudwater who became ..." made Oudwater a person.
"""

from __future__ import annotations

from quizapp.generator import generate, nlp
from quizapp.generator.facts.biography_heads import biography_name, with_biography_head
from quizapp.generator.facts.facts import PERSON, PLACE, Entity, Sentence
from quizapp.generator.facts.mentions import Mention
from quizapp.generator.facts.ruler_names import with_ruler_names
from quizapp.generator.pipeline import analyse

SCULPTOR = (
    "Isotta Cavazzola (c. 1541 – 2 March 1610) was an Italian sculptor from Soncino who "
    "carved the marble altar of the cathedral in Pavia. She is best remembered for her small "
    "bronze saints and for her years as court sculptor to Rudolf II of Austria.\n\n"
    "Her altar for the chapel of the Virgin (1572), carved with twelve scenes of her life, is "
    "still in place. In 1580 she was summoned to Prague to teach modelling to the young "
    "duchess, Maddalena of Bavaria. She worked at the imperial court for about eleven years."
    "\n\nIn 1593 she married the goldsmith Piero Lancisi, who died in 1601. She died in Pavia "
    "in 1610."
)


def _sentences(text: str) -> list[Sentence]:
    return nlp.sentences([nlp.get_nlp()(p) for p in nlp.paragraphs(text)])


def _entities(text: str) -> dict[str, Entity]:
    return {e.name: e for e in analyse(text).entities}


def test_a_name_with_life_dates_opening_a_biography_is_a_person_whatever_the_label() -> None:
    sentences = _sentences(
        "Wendeline Oosterbroek (1788-1851) was a Dutch botanist. Wendeline collected "
        "mosses in the dunes, and her notebooks survive."
    )
    assert biography_name(sentences) == "Wendeline Oosterbroek"
    added = with_biography_head([], sentences)  # as if the model had tagged nothing
    assert [(m.text, m.label) for m in added] == [
        ("Wendeline Oosterbroek", PERSON.upper()),
        ("Wendeline", PERSON.upper()),
    ]


def test_no_biography_without_life_dates_or_a_person_after_them() -> None:
    town = _sentences("Harnesby (population 4,200) is a market town. It lies on the Tees.")
    assert biography_name(town) == ""
    era = _sentences("The Vantor Dynasty (1368-1644) ruled the valley. It built roads and canals.")
    assert biography_name(era) == ""
    titled = _sentences("Anna Brede\n\nKarl Holm (1901-1977) was a Danish poet. He wrote.")
    assert biography_name(titled) == ""  # a title line naming someone else


def test_a_later_she_after_a_sentence_about_her_work_names_her() -> None:
    prompts = [q.prompt for q in generate(SCULPTOR, max_questions=20)]
    assert any("was Isotta Cavazzola summoned to Prague" in p for p in prompts)
    assert not any(p.startswith(("In which year was she", "In 1580 she")) for p in prompts)


def test_a_she_after_another_woman_as_subject_stays_unnamed() -> None:
    text = (
        "Isotta Cavazzola (c. 1541 – 2 March 1610) was an Italian sculptor. She carved "
        "altars.\n\nHer sister Bianca married a Venetian banker. In 1580 she was summoned "
        "to Prague by the emperor."
    )
    prompts = [q.prompt for q in generate(text, max_questions=20)]
    assert not any("Isotta Cavazzola was summoned" in p for p in prompts)


def test_a_regnal_name_is_a_person() -> None:
    sentence = _sentences("The painter worked for Ludovico III of Mantua until 1470.")[0]
    start = next(t.i for t in sentence.span if t.text == "Ludovico")
    court = Mention(sentence, start, start + 2, "ORG")
    war = _sentences("Her studio was bombed in World War II of course.")[0]
    world = next(t.i for t in war.span if t.text == "World")
    event = Mention(war, world, world + 3, "EVENT")
    with_ruler_names([court, event])
    assert court.label == "PERSON" and event.label == "EVENT"


def test_a_given_name_of_a_place_with_a_role_is_one_person() -> None:
    sentence = _sentences("She taught the young duchess, Maddalena of Bavaria, to model wax.")[0]
    given = next(t.i for t in sentence.span if t.text == "Maddalena")
    person = Mention(sentence, given, given + 1, "PERSON")
    place = Mention(sentence, given + 2, given + 3, "GPE")
    (joined,) = with_ruler_names([person, place])
    assert joined.text == "Maddalena of Bavaria" and joined.label == "PERSON"
    plain = _sentences("Johan of Vestby won the regatta on Sunday.")[0]
    johan = Mention(plain, 0, 1, "PERSON")
    vestby = Mention(plain, 2, 3, "GPE")
    assert len(with_ruler_names([johan, vestby])) == 2  # no evidence of a person


def test_where_a_person_came_from_is_a_place() -> None:
    names = _entities(
        "Tomasina Verlaque was a Flemish engraver from Oudwater who became the first woman "
        "in the guild. She engraved maps of the coast."
    )
    assert names["Oudwater"].type == PLACE
    firm = _entities("An engineer from Voltline said the turbines were safe.")
    assert all(e.type != PLACE for e in firm.values())


def test_life_dates_in_brackets_are_no_role() -> None:
    """ "Isotta Cavazzola (c. 1541 – ...)": the bracket's "c. 1541" is no title of hers."""
    names = _entities(SCULPTOR)
    assert names["Isotta Cavazzola"].roles == []
