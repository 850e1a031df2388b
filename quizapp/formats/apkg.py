"""Anki packages (.apkg, export only) written with genanki.

Every question becomes a note of one note type, "quizapp question" (fields
Front, Back, Explanation), in a deck named after the set. Ids are stable so
that importing a newer export of the same set into Anki updates its notes
instead of adding copies: the note type id is a constant, the deck id is
derived from the set name and each note's guid from the set name and the
question uid. Text is HTML-escaped with line breaks kept. Kinds other than
flashcard are flattened to a front and a back (see :func:`delimited.flatten`)
and reported as altered. A question's image goes into the package's media (named
by its content, so one image used twice is stored once) and shows at the top of
the Front field as ``<img src="name">``, as Anki's own notes hold images.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import genanki

from quizapp.formats.common import Conversion
from quizapp.formats.delimited import anki_tags, flatten
from quizapp.formats.markup import text_to_html
from quizapp.images import QuestionImage
from quizapp.questiondata import SetData

MODEL_ID = 1_718_204_615
MODEL_NAME = "quizapp question"
CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; }\n"
MODEL = genanki.Model(
    MODEL_ID,
    MODEL_NAME,
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Explanation"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}'
            "{{#Explanation}}<br><br><i>{{Explanation}}</i>{{/Explanation}}",
        }
    ],
    css=CSS,
)


def deck_id(set_name: str) -> int:
    """A stable deck id for a set name, in the range Anki's ids use."""
    digest = hashlib.sha256(f"quizapp deck\0{set_name}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def note_guid(set_name: str, uid: str) -> str:
    """A stable note guid for a question of a set."""
    guid: str = genanki.guid_for("quizapp", set_name, uid)
    return guid


def write(data: SetData, path: str | Path, *, timestamp: float | None = None) -> Conversion:
    """Write the set to ``path`` as an Anki package; returns what was altered.

    ``timestamp`` (seconds since the epoch, default now) is the notes'
    modification time: Anki updates a note on re-import when it is newer.
    """
    conv = Conversion()
    deck = genanki.Deck(deck_id(data.name), data.name, description=data.description)
    media: dict[str, bytes] = {}
    for q in data.questions:
        front, back = flatten(q, conv)
        fields = [text_to_html(front), text_to_html(back), text_to_html(q.explanation)]
        if q.image is not None:
            name = media_name(q.image)
            media[name] = q.image.data
            fields[0] = f'<img src="{name}"><br>{fields[0]}'
        deck.add_note(
            genanki.Note(
                model=MODEL,
                fields=fields,
                tags=anki_tags(q, conv),
                guid=note_guid(data.name, q.uid),
            )
        )
    with tempfile.TemporaryDirectory(prefix="quizapp-apkg-") as folder:
        files = []
        for name, content in media.items():  # genanki packs media from files on disk
            (Path(folder) / name).write_bytes(content)
            files.append(str(Path(folder) / name))
        genanki.Package(deck, media_files=files).write_to_file(str(path), timestamp=timestamp)
    return conv


def media_name(image: QuestionImage) -> str:
    """The image's file name in the package: from its content, so equal images share one."""
    return f"quizapp-{hashlib.sha256(image.data).hexdigest()[:20]}{image.extension}"
