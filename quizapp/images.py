"""Images on questions: what quizapp accepts, checked before anything is stored.

A question may carry one image (PNG, JPEG, WebP or SVG, at most
:data:`MAX_IMAGE_BYTES`). :func:`check_image` is the one gate every way in goes
through (the editor, the clipboard, every file format): it tells the type from
the bytes themselves, refuses a file name whose extension says otherwise, and
refuses hostile images in one line each:

- raster images are opened with Pillow, which reads only the header first: their
  width and height are checked (:data:`MAX_SIDE`, :data:`MAX_PIXELS`) before any
  pixel is decoded, so a decompression bomb (a small file that decodes to
  gigabytes) never is; then the whole image is decoded once to refuse broken or
  truncated files;
- SVG is parsed with defusedxml (no DTD, so no entities) and refused when it holds
  scripts, event handlers, foreign objects or any reference outside itself
  (``href`` not starting with ``#``; in any attribute or style sheet, read as CSS
  reads it by :mod:`quizapp.svg_css`, ``url(...)`` and the other reference
  functions to anything but ``#id``, and ``@import``), so showing it can load and
  run nothing; a size or view box that is no finite number is refused too.

No Qt here: the window shows what this module accepted.
"""

from __future__ import annotations

import io
import math
import re
import stat
import warnings
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path, PurePath
from typing import Any

from quizapp import svg_css
from quizapp.errors import QuizappError

MAX_IMAGE_BYTES = 5 * 1024 * 1024
"""Largest image file a question may carry (5 MiB)."""
MAX_SIDE = 8192
"""Widest or tallest image accepted, in pixels."""
MAX_PIXELS = 24_000_000
"""Most pixels an image may have (a 6000 x 4000 photo); about 100 MB once decoded."""


class ImageType(StrEnum):
    """The image types a question may carry (the value is the media type)."""

    PNG = "image/png"
    JPEG = "image/jpeg"
    WEBP = "image/webp"
    SVG = "image/svg+xml"

    @property
    def extension(self) -> str:
        """The usual file extension, with its dot."""
        return _EXTENSIONS[self]


_EXTENSIONS = {ImageType.PNG: ".png", ImageType.JPEG: ".jpg", ImageType.WEBP: ".webp",
               ImageType.SVG: ".svg"}  # fmt: skip
_BY_EXTENSION = {".png": ImageType.PNG, ".jpg": ImageType.JPEG, ".jpeg": ImageType.JPEG,
                 ".webp": ImageType.WEBP, ".svg": ImageType.SVG}  # fmt: skip
_PIL_FORMATS = {ImageType.PNG: "PNG", ImageType.JPEG: "JPEG", ImageType.WEBP: "WEBP"}
EXTENSIONS = tuple(_BY_EXTENSION)
"""File extensions of the accepted types (for file dialogs)."""


class QuestionImage:
    """An accepted image: its type, its bytes as they came, and its natural size.

    A value: equal to another with the same type, size and bytes, and never changed.
    Its bytes may be read when first used (``load``): a study queue holds hundreds of
    questions and shows one at a time, so it holds the images' sizes, not their bytes.
    """

    __slots__ = ("_data", "_load", "height", "media_type", "width")

    def __init__(
        self,
        media_type: ImageType,
        data: bytes | None,
        width: int,
        height: int,
        *,
        load: Callable[[], bytes] | None = None,
    ) -> None:
        if data is None and load is None:
            raise ValueError("an image needs its bytes or a way to read them")
        self.media_type = media_type
        self.width = width
        self.height = height
        self._data = data
        self._load = load

    @property
    def data(self) -> bytes:
        """The file's bytes (read now if they were left to read when used)."""
        if self._data is None:
            assert self._load is not None
            self._data, self._load = self._load(), None
        return self._data

    @property
    def extension(self) -> str:
        return self.media_type.extension

    def _key(self) -> tuple[ImageType, int, int, bytes]:
        return self.media_type, self.width, self.height, self.data

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QuestionImage):
            return NotImplemented
        return self is other or self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"QuestionImage({self.media_type.name}, {self.width} x {self.height})"


class ImageError(QuizappError):
    """An image quizapp refuses; the message says why in one line."""


def check_image(data: bytes, *, name: str = "") -> QuestionImage:
    """The image of ``data`` once checked; ImageError when it is refused.

    ``name``, when given, is the file name it came under: its extension must be one
    quizapp accepts and match what the bytes are.
    """
    if not data:
        raise ImageError("the image file is empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(
            f"the image is {len(data) / 2**20:.1f} MiB; the limit is {MAX_IMAGE_BYTES // 2**20} MiB"
        )
    kind = sniff(data)
    if kind is None:
        raise ImageError("not a PNG, JPEG, WebP or SVG image")
    if name:
        _check_extension(name, kind)
    try:
        if kind is ImageType.SVG:
            width, height = _check_svg(data)
        else:
            width, height = _check_raster(data, kind)
    except (ValueError, OverflowError) as exc:  # a case the checks above did not foresee
        raise ImageError(f"the {kind.name} image cannot be read ({_reason(exc)})") from None
    return QuestionImage(kind, data, width, height)


def load_file(path: str | Path) -> QuestionImage:
    """The checked image of the file at ``path``; ImageError (naming the file) when refused.

    The size is checked before reading, and devices or pipes are refused unread.
    """
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ImageError(f"{path.name}: not a regular file")
        if info.st_size > MAX_IMAGE_BYTES:
            size = info.st_size / 2**20
            limit = MAX_IMAGE_BYTES // 2**20
            raise ImageError(f"{path.name}: the image is {size:.1f} MiB; the limit is {limit} MiB")
        with path.open("rb") as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        raise ImageError(f"{path.name}: cannot read it ({exc.strerror or exc})") from None
    try:
        return check_image(data, name=path.name)
    except ImageError as exc:
        raise ImageError(f"{path.name}: {exc}") from None


def self_check() -> str:
    """Make and check one image of each type (for ``quizapp --self-test``); its report line.

    A bundle missing one of Pillow's codecs fails here rather than on a teacher's image.
    """
    from PIL import Image

    for kind, fmt in _PIL_FORMATS.items():
        out = io.BytesIO()
        Image.new("RGB", (8, 6), "teal").save(out, format=fmt)
        if check_image(out.getvalue()).media_type is not kind:
            raise ImageError(f"a {kind.name} image was not read as one")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="6"><rect width="8"/></svg>'
    check_image(svg)
    return "question images: made and checked a PNG, JPEG, WebP and SVG image"


def type_of_name(name: str) -> ImageType | None:
    """The image type a file name's extension claims, None when it is not an image's."""
    return _BY_EXTENSION.get(PurePath(name).suffix.lower())


def sniff(data: bytes) -> ImageType | None:
    """The image type of ``data`` from its first bytes, None when it is none of them."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ImageType.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return ImageType.JPEG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ImageType.WEBP
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and b"<svg" in head:
        return ImageType.SVG
    return None


def _check_extension(name: str, kind: ImageType) -> None:
    claimed = type_of_name(name)
    suffix = PurePath(name).suffix or "(none)"
    if claimed is None:
        raise ImageError(f"{suffix} is not an image extension quizapp takes (png, jpg, webp, svg)")
    if claimed is not kind:
        raise ImageError(f"the file is named {suffix} but holds a {kind.name} image")


def _too_large(width: int, height: int) -> ImageError:
    return ImageError(
        f"the image is {width} x {height} pixels; the limit is {MAX_SIDE} pixels a side "
        f"and {MAX_PIXELS // 1_000_000} million pixels"
    )


def _check_size(width: int, height: int) -> None:
    if width < 1 or height < 1:
        raise ImageError("the image has no width or height")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise _too_large(width, height)


def _check_raster(data: bytes, kind: ImageType) -> tuple[int, int]:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow's own bomb guard, at our limit
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[_PIL_FORMATS[kind]]) as image:
                width, height = image.size  # from the header: nothing decoded yet
                _check_size(width, height)
                image.verify()
            with Image.open(io.BytesIO(data), formats=[_PIL_FORMATS[kind]]) as image:
                image.load()  # verify() misses truncated pixel data
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        limit = f"{MAX_PIXELS // 1_000_000} million pixels"
        raise ImageError(f"the image has more than {limit}, too many to decode safely") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        reason = _reason(exc)
        raise ImageError(f"the {kind.name} image is damaged or incomplete ({reason})") from None
    return width, height


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


# --- SVG -------------------------------------------------------------------------------

_SVG_NS = "{http://www.w3.org/2000/svg}"
_FORBIDDEN_TAGS = {"script", "foreignObject", "iframe", "embed", "object", "audio", "video"}
_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")
MAX_SVG_ELEMENTS = 50_000
"""Most elements an SVG may draw, counting each ``<use>`` as the elements it repeats."""
MAX_SVG_DEPTH = 100
"""Deepest an SVG may nest elements (``<use>`` references included)."""
DEFAULT_SVG_SIZE = (300, 150)
"""The size of an SVG that states none (the web's default for a replaced element)."""


def _check_svg(data: bytes) -> tuple[int, int]:
    if b"<?xml-stylesheet" in data:
        raise ImageError("the SVG links a style sheet (xml-stylesheet), which is refused")
    root = _parse_svg(data)
    if _local(root.tag) != "svg":
        raise ImageError(f"the SVG file's root element is <{_local(root.tag)}>, not <svg>")
    for element in root.iter():
        _check_svg_element(element)
    _SvgWeight(root).weigh(root, 0)
    width, height = _svg_size(root)
    _check_size(width, height)
    return width, height


def _parse_svg(data: bytes) -> Any:
    import xml.etree.ElementTree as ET

    import defusedxml.ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        return defusedxml.ElementTree.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise ImageError("the SVG declares a DTD or entities, which are refused") from None
    except ET.ParseError as exc:
        raise ImageError(f"the SVG is not well-formed XML ({exc})") from None


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else "(comment)"


def _check_svg_element(element: Any) -> None:
    tag = _local(element.tag)
    if tag in _FORBIDDEN_TAGS:
        raise ImageError(f"the SVG holds a <{tag}> element, which is refused")
    for key, value in element.attrib.items():
        attribute = _local(key)
        if attribute.lower().startswith("on"):
            raise ImageError(f"the SVG holds an event handler ({attribute}), which is refused")
        if attribute == "href" and not value.strip().startswith("#"):
            raise ImageError(f"the SVG refers to {value.strip()[:60]!r} outside itself")
        _check_css(value)
    animated = (element.get("attributeName") or "").rsplit(":", 1)[-1].strip().lower()
    if animated == "href" or animated.startswith("on"):  # <set>/<animate> changing a link
        raise ImageError(f"the SVG animates its {animated} attribute, which is refused")
    if tag == "style":
        _check_css("".join(element.itertext()))


class _SvgWeight:
    """How many elements an SVG draws once its ``<use>`` references are expanded.

    A few ``<use>`` elements each repeating a group of ``<use>`` elements grow
    exponentially (an SVG "billion laughs"): refused past :data:`MAX_SVG_ELEMENTS`,
    as is nesting past :data:`MAX_SVG_DEPTH` (which also stops a reference cycle).
    """

    def __init__(self, root: Any) -> None:
        self.by_id = {e.get("id"): e for e in root.iter() if e.get("id")}
        self.known: dict[int, int] = {}

    def weigh(self, element: Any, depth: int) -> int:
        if id(element) in self.known:
            return self.known[id(element)]
        if depth > MAX_SVG_DEPTH:
            raise ImageError(f"the SVG nests elements more than {MAX_SVG_DEPTH} deep")
        total = 1 + sum(self.weigh(child, depth + 1) for child in element)
        target = self._used(element)
        if target is not None:
            total += self.weigh(target, depth + 1)
        if total > MAX_SVG_ELEMENTS:
            raise ImageError(f"the SVG draws more than {MAX_SVG_ELEMENTS:,} elements")
        self.known[id(element)] = total
        return total

    def _used(self, element: Any) -> Any:
        if _local(element.tag) != "use":
            return None
        ref = next((v for k, v in element.attrib.items() if _local(k) == "href"), "")
        return self.by_id.get(ref.strip()[1:]) if ref.strip().startswith("#") else None


def _check_css(text: str) -> None:
    """Refuse CSS (a style sheet or any attribute value) that reaches outside the SVG."""
    found = svg_css.outside_reference(text) if text else None
    if found is None:
        return
    if found.refusal is svg_css.Refusal.IMPORT:
        raise ImageError("the SVG's style imports another file (@import), which is refused")
    raise ImageError(f"the SVG's style refers to {found.target[:60]!r} outside itself")


def _svg_size(root: Any) -> tuple[int, int]:
    width, height = _length(root.get("width")), _length(root.get("height"))
    box = (root.get("viewBox") or "").replace(",", " ").split()
    if len(box) == 4:
        try:
            box_w, box_h = abs(float(box[2])), abs(float(box[3]))
        except ValueError:
            box_w = box_h = 0.0
        _check_finite(box_w, box_h)
        if box_w and box_h:
            if width is None and height is None:
                width, height = box_w, box_h
            elif width is None and height is not None:
                width = height * box_w / box_h
            elif height is None and width is not None:
                height = width * box_h / box_w
    _check_finite(width or 0.0, height or 0.0)
    return (
        round(width) if width is not None else DEFAULT_SVG_SIZE[0],
        round(height) if height is not None else DEFAULT_SVG_SIZE[1],
    )


def _check_finite(*numbers: float) -> None:
    if not all(math.isfinite(number) for number in numbers):
        raise ImageError("the SVG states a size or view box that is not a finite number")


def _length(raw: str | None) -> float | None:
    """A width or height in pixels; None for none, percentages and other units."""
    match = _LENGTH.match(raw or "")
    return float(match.group(1)) if match else None
