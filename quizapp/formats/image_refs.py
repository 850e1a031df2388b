"""Question images in interchange files: embedded as base64, or as files beside the file.

Moodle XML embeds an image in the question (``<file encoding="base64">``); GIFT and
quizapp's YAML sets name a file beside them (``set-images/q1.png``). Every image read
goes through :func:`quizapp.images.check_image`; a reference beside a file may not
leave that file's folder (no absolute path, no ``..``, no symlink out, no address).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath

from quizapp.images import MAX_IMAGE_BYTES, ImageError, QuestionImage, check_image, load_file
from quizapp.questiondata import QuestionData

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def file_name(uid: str, image: QuestionImage, taken: set[str]) -> str:
    """A file name for the image of question ``uid``, not in ``taken`` (which it joins)."""
    stem = _UNSAFE.sub("-", uid).strip(".-")[:60] or "image"
    name, number = stem + image.extension, 2
    while name.casefold() in taken:
        name, number = f"{stem}-{number}{image.extension}", number + 1
    taken.add(name.casefold())
    return name


def to_base64(image: QuestionImage) -> str:
    return base64.b64encode(image.data).decode("ascii")


def from_base64(text: str, name: str) -> QuestionImage:
    """The checked image of base64 ``text`` embedded under the file name ``name``."""
    compact = "".join(text.split())
    if len(compact) // 4 * 3 > MAX_IMAGE_BYTES + 3:  # refused before decoding
        limit = MAX_IMAGE_BYTES // 2**20
        raise ImageError(f"the image is more than {limit} MiB; the limit is {limit} MiB")
    try:
        data = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise ImageError("the embedded image is not valid base64") from None
    return check_image(data, name=name)


def images_folder(path: Path) -> Path:
    """The folder beside a written file that holds its questions' images."""
    return path.with_name(f"{_UNSAFE.sub('-', path.stem).strip('.-') or 'set'}-images")


def write_beside(path: str | Path, questions: Iterable[QuestionData]) -> dict[str, str]:
    """Write each question's image into :func:`images_folder`; their references by uid.

    A reference is the path relative to ``path``'s folder, with ``/``.
    """
    folder = images_folder(Path(path))
    taken: set[str] = set()
    refs: dict[str, str] = {}
    for q in questions:
        if q.image is None:
            continue
        folder.mkdir(exist_ok=True)
        name = file_name(q.uid, q.image, taken)
        (folder / name).write_bytes(q.image.data)
        refs[q.uid] = f"{folder.name}/{name}"
    return refs


def read_beside(folder: Path, ref: str) -> QuestionImage:
    """The checked image file ``ref`` names, relative to ``folder``; ImageError when refused."""
    ref = ref.strip()
    if not ref:
        raise ImageError("the image reference is empty")
    if "://" in ref or ref.lower().startswith("data:"):
        raise ImageError(f"the image {ref[:80]!r} is not a file beside this one")
    relative = PurePosixPath(ref.replace("\\", "/"))
    if relative.is_absolute() or PureWindowsPath(ref).drive or ".." in relative.parts:
        raise ImageError(f"the image {ref[:80]!r} is outside this file's folder")
    base = folder.resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base):  # a symlink that leads out
        raise ImageError(f"the image {ref[:80]!r} leads outside this file's folder")
    return load_file(target)
