"""Question images through every format that can carry one (and refused when hostile)."""

from __future__ import annotations

import base64
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from quizapp.errors import FormatErrors
from quizapp.formats import apkg, delimited, gift, moodle_xml, quizset, quizset_io
from quizapp.images import QuestionImage, check_image
from quizapp.questiondata import QuestionData, QuestionKind, SetData

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20"/></svg>'
INFINITE_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1e400 1"/>'


def png_bytes(colour: str = "teal", size: tuple[int, int] = (30, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def bomb_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("1", (8000, 8000)).save(out, format="PNG")
    return out.getvalue()


PNG = check_image(png_bytes())
PICTURES = SetData(
    "Pictures",
    questions=[
        QuestionData("map/1", QuestionKind.MULTIPLE_CHOICE, "Which river?\nLook closely.", "Nile",
                     choices=["Nile", "Rhine"], image=PNG),
        QuestionData("logo", QuestionKind.FLASHCARD, "Whose logo?", "Ours",
                     image=check_image(SVG)),
        QuestionData("plain", QuestionKind.SHORT_ANSWER, "No picture here?", "None"),
    ],
)  # fmt: skip


def images_of(questions: list[QuestionData]) -> dict[str, QuestionImage | None]:
    return {q.uid: q.image for q in questions}


# --- Moodle XML ------------------------------------------------------------------------


def test_moodle_xml_embeds_images_and_reads_them_back(tmp_path: Path) -> None:
    out = tmp_path / "pictures.xml"
    moodle_xml.write(PICTURES, out)
    text = out.read_text(encoding="utf-8")
    assert '<file name="map-1.png" path="/" encoding="base64">' in text
    assert "@@PLUGINFILE@@/map-1.png" in text  # where Moodle shows it in the question text
    back = moodle_xml.read(out)
    assert not back.errors and images_of(back.questions) == images_of(PICTURES.questions)
    assert back.questions[0].prompt == "Which river?\nLook closely."


def moodle_question(files: str, text: str = "<p>Which river is this?</p>") -> bytes:
    """A question as Moodle exports it, with ``files`` inside its question text."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n<question type="shortanswer">\n'
        "<name><text>river</text></name>\n"
        f'<questiontext format="html"><text><![CDATA[{text}'
        '<p><img src="@@PLUGINFILE@@/river.png" alt="a river" /></p>]]></text>\n'
        f"{files}</questiontext>\n"
        '<answer fraction="100"><text>Nile</text></answer>\n</question>\n</quiz>\n'
    ).encode()


def _file(name: str, data: bytes) -> str:
    encoded = base64.b64encode(data).decode()
    return f'<file name="{name}" path="/" encoding="base64">{encoded}</file>\n'


def test_a_moodle_export_with_an_embedded_image_imports_with_it() -> None:
    raw = moodle_question(_file("river.png", png_bytes("blue")) + _file("notes.pdf", b"%PDF-1.4"))
    result = moodle_xml.loads(raw, "moodle.xml")
    (question,) = result.questions
    assert question.prompt == "Which river is this?"  # the <img> is the image, not text
    assert question.image == check_image(png_bytes("blue"))
    assert result.notes == ["river: the embedded file 'notes.pdf' was dropped"]


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        (_file("river.png", bomb_bytes()), "more than 24 million pixels"),
        (_file("river.png", png_bytes()[:60]), "damaged or incomplete"),
        (_file("river.jpg", png_bytes()), "named .jpg but holds a PNG image"),
        ('<file name="river.png" encoding="base64">not base64!</file>', "not valid base64"),
        (_file("river.svg", INFINITE_SVG), "not a finite number"),
    ],
)
def test_a_hostile_embedded_image_is_the_questions_error(files: str, problem: str) -> None:
    result = moodle_xml.loads(moodle_question(files), "moodle.xml")
    assert not result.questions
    (error,) = result.errors
    assert error.file == "moodle.xml" and "river: the embedded image 'river." in error.problem
    assert problem in error.problem and "\n" not in str(error)


# --- Anki package ----------------------------------------------------------------------


def test_apkg_carries_images_as_media_referenced_from_the_front(tmp_path: Path) -> None:
    out = tmp_path / "pictures.apkg"
    apkg.write(PICTURES, out)
    with zipfile.ZipFile(out) as package:
        media = json.loads(package.read("media"))
        files = {name: package.read(number) for number, name in media.items()}
        collection = tmp_path / "collection.anki2"
        collection.write_bytes(package.read("collection.anki2"))
    logo = PICTURES.questions[1].image
    assert logo is not None
    assert files == {apkg.media_name(PNG): PNG.data, apkg.media_name(logo): SVG}
    with sqlite3.connect(collection) as db:
        fronts = [row[0].split("\x1f")[0] for row in db.execute("SELECT flds FROM notes")]
    assert f'<img src="{apkg.media_name(PNG)}"><br>Which river?' in "".join(fronts)


def test_an_apkg_with_images_opens_in_anki_with_them(tmp_path: Path) -> None:
    anki_collection = pytest.importorskip(
        "anki.collection", reason="the anki package (test-only dependency) is not installed"
    )
    out = tmp_path / "pictures.apkg"
    apkg.write(PICTURES, out)
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        options = anki_collection.ImportAnkiPackageOptions(with_scheduling=False)
        request = anki_collection.ImportAnkiPackageRequest(package_path=str(out), options=options)
        col.import_anki_package(request)
        media_dir = Path(col.media.dir())
        name = apkg.media_name(PNG)
        assert (media_dir / name).read_bytes() == PNG.data
        fronts = [col.get_note(n).fields[0] for n in col.find_notes("")]
        assert any(f'<img src="{name}">' in front for front in fronts)
        assert col.media.check().missing == []  # every <img> of the notes has its file
    finally:
        col.close()


# --- GIFT and the YAML set: files beside the file --------------------------------------


@pytest.mark.parametrize("fmt", ["gift", "yaml"])
def test_images_are_written_beside_the_file_and_read_back(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"my set.{fmt}"
    if fmt == "gift":
        gift.write(PICTURES, out)
        back = gift.read(out).questions
    else:
        quizset_io.write(PICTURES, out)
        back = quizset_io.read(out).questions
    folder = tmp_path / "my-set-images"
    assert sorted(p.name for p in folder.iterdir()) == ["logo.svg", "map-1.png"]
    assert (folder / "map-1.png").read_bytes() == PNG.data
    assert "my-set-images/map-1.png" in out.read_text(encoding="utf-8")
    assert images_of(back) == images_of(PICTURES.questions)


GIFT_WITH = "// [image:{ref}]\n::q1::Which river? {{=Nile ~Rhine}}\n"
YAML_WITH = (
    "format: quizapp-set/1\nname: S\nquestions:\n  - id: q1\n    kind: flashcard\n"
    "    prompt: Front\n    answer: Back\n    image: {ref}\n"
)


def read_with_ref(folder: Path, fmt: str, ref: str) -> str:
    """The one-line problem of reading a file in ``folder`` whose question names ``ref``."""
    if fmt == "gift":
        path = folder / "set.gift"
        path.write_text(GIFT_WITH.format(ref=ref), encoding="utf-8")
        errors = gift.read(path).errors
    else:
        path = folder / "set.yaml"
        path.write_text(YAML_WITH.format(ref=ref), encoding="utf-8")
        errors = quizset_io.read(path).errors  # the question's, for --skip-bad
    assert len(errors) == 1
    return errors[0].problem


@pytest.mark.parametrize("fmt", ["gift", "yaml"])
def test_references_that_leave_the_folder_are_refused(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "sets"
    folder.mkdir()
    secret = tmp_path / "secret.png"
    secret.write_bytes(png_bytes())
    (folder / "link.png").symlink_to(secret)
    assert "outside this file's folder" in read_with_ref(folder, fmt, "../secret.png")
    assert "outside this file's folder" in read_with_ref(folder, fmt, str(secret))
    assert "leads outside" in read_with_ref(folder, fmt, "link.png")
    assert "not a file beside" in read_with_ref(folder, fmt, "http://example.org/x.png")
    assert "cannot read it" in read_with_ref(folder, fmt, "missing.png")


@pytest.mark.parametrize("fmt", ["gift", "yaml"])
def test_a_hostile_image_beside_the_file_is_refused(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "bomb.png").write_bytes(bomb_bytes())
    assert "bomb.png: the image has more than 24 million" in read_with_ref(
        tmp_path, fmt, "bomb.png"
    )
    (tmp_path / "fake.webp").write_bytes(png_bytes())
    assert "named .webp but holds a PNG" in read_with_ref(tmp_path, fmt, "fake.webp")
    (tmp_path / "endless.svg").write_bytes(INFINITE_SVG)
    assert "not a finite number" in read_with_ref(tmp_path, fmt, "endless.svg")


def test_text_read_without_a_folder_cannot_name_image_files() -> None:
    with pytest.raises(FormatErrors, match="can only be read from a set file on disk"):
        quizset.loads(YAML_WITH.format(ref="x.png"))
    assert "from a GIFT file on disk" in gift.loads(GIFT_WITH.format(ref="x.png")).errors[0].problem


def test_formats_without_images_say_the_image_was_left_out(tmp_path: Path) -> None:
    text, conv = gift.dumps(PICTURES)  # GIFT text with no file to write images beside
    assert "[image:" not in text
    assert [i.uid for i in conv.altered if "image" in i.problem] == ["map/1", "logo"]
    for write in (delimited.write_csv, delimited.write_tsv):
        conv = write(PICTURES, tmp_path / "out.txt")
        assert [i.uid for i in conv.altered if "image was left out" in i.problem] == [
            "map/1",
            "logo",
        ]
