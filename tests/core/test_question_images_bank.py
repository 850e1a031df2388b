"""Question images in the bank: stored with their question, read back, edited, copied, deleted."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import select

from quizapp.content import editing, interchange, sets
from quizapp.images import QuestionImage, check_image
from quizapp.questiondata import QuestionData, QuestionKind, SetData
from quizapp.store.bank import Bank
from quizapp.store.models import QuestionImage as ImageRow
from quizapp.study import browse, learners, review_queue

pytestmark = pytest.mark.both_engines  # bytes in SQLite's BLOB and PostgreSQL's bytea

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def png(colour: str = "teal", size: tuple[int, int] = (30, 20)) -> QuestionImage:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return check_image(out.getvalue())


def _q(uid: str, image: QuestionImage | None = None) -> QuestionData:
    return QuestionData(uid, QuestionKind.FLASHCARD, f"Front {uid}", "Back", image=image)


@pytest.fixture
def with_images(bank: Bank) -> Bank:
    sets.add_set(bank, SetData("Maps", questions=[_q("a", png()), _q("b")]))
    return bank


def _image_rows(bank: Bank) -> int:
    with bank.session() as session:
        return len(session.exec(select(ImageRow)).all())


def test_an_imported_set_keeps_its_images(with_images: Bank) -> None:
    got = sets.get_set(with_images, "Maps").questions
    assert got[0].image == png() and got[1].image is None
    assert (got[0].image.width, got[0].image.height) == (30, 20)


def test_the_study_queue_carries_the_image(with_images: Bank) -> None:
    learner = learners.create_learner(with_images, "Ada", timezone="UTC")
    items = {i.question.uid: i for i in review_queue.study_queue(with_images, learner.id, now=NOW)}
    assert items["a"].question.image == png() and items["b"].question.image is None


def test_editing_replaces_or_removes_the_image(with_images: Bank) -> None:
    editing.update_question(with_images, "Maps", "a", _q("a", png("red")))
    assert sets.get_set(with_images, "Maps").questions[0].image == png("red")
    editing.update_question(with_images, "Maps", "a", _q("a"))
    assert sets.get_set(with_images, "Maps").questions[0].image is None
    assert _image_rows(with_images) == 0
    editing.add_question(with_images, "Maps", _q("c", png("blue")), position=0)
    assert sets.get_set(with_images, "Maps").questions[0].image == png("blue")


def test_a_question_opened_for_editing_in_place_has_its_image(with_images: Bank) -> None:
    """The Browser edits a question from its row: saving it must not lose the image."""
    with with_images.session() as session:
        row = session.exec(select(ImageRow)).one()
    assert browse.stored_question(with_images, row.question_id).question.image == png()


def test_a_copied_set_has_its_own_images_and_deleting_takes_them(with_images: Bank) -> None:
    editing.duplicate_set(with_images, "Maps", "Maps 2")
    assert sets.get_set(with_images, "Maps 2").questions[0].image == png()
    assert _image_rows(with_images) == 2
    editing.delete_question(with_images, "Maps", "a")
    sets.delete_set(with_images, "Maps 2")
    assert _image_rows(with_images) == 0  # ON DELETE CASCADE, no orphan bytes


def test_reimporting_the_same_set_with_another_image_is_a_change(with_images: Bank) -> None:
    again = SetData("Maps", questions=[_q("a", png("red")), _q("b")])
    with pytest.raises(Exception, match="already exists"):
        sets.add_set(with_images, again)
    assert sets.add_set(with_images, SetData("Maps", questions=[_q("a", png()), _q("b")])).unchanged


@pytest.mark.parametrize("extension", ["yaml", "gift", "xml"])
def test_a_set_exported_and_imported_again_keeps_its_images(
    with_images: Bank, tmp_path: Path, extension: str
) -> None:
    out = tmp_path / f"maps.{extension}"
    interchange.export_set(with_images, "Maps", out)
    interchange.import_file(with_images, out, set_name="Maps again")
    again = sets.get_set(with_images, "Maps again").questions
    assert [q.image for q in again] == [png(), None]


def test_the_study_queue_reads_an_images_bytes_only_when_shown(with_images: Bank) -> None:
    # Given a queue built while the question had a teal image
    learner = learners.create_learner(with_images, "Ada", timezone="UTC")
    items = {i.question.uid: i for i in review_queue.study_queue(with_images, learner.id, now=NOW)}
    # When the teacher changes the image before the question is shown
    editing.update_question(with_images, "Maps", "a", _q("a", png("red")))
    # Then the bytes shown are the new ones: the queue held the size, not the bytes
    image = items["a"].question.image
    assert image is not None and image.data == png("red").data
