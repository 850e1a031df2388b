"""Images on questions: what is accepted, and hostile files refused in one line each."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from quizapp.images import (
    MAX_IMAGE_BYTES,
    ImageError,
    ImageType,
    check_image,
    load_file,
    sniff,
)


def raster(fmt: str, size: tuple[int, int] = (40, 30), mode: str = "RGB") -> bytes:
    """An image file Pillow writes now (PNG, JPEG, WEBP)."""
    out = io.BytesIO()
    Image.new(mode, size, "teal").save(out, format=fmt)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` (its pixel data stays small)."""
    body = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    ihdr = b"IHDR" + body
    chunk = struct.pack(">I", len(body)) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
    idat = b"IDAT" + zlib.compress(b"\0" * 64)
    idat_chunk = struct.pack(">I", len(idat) - 4) + idat + struct.pack(">I", zlib.crc32(idat))
    end = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return b"\x89PNG\r\n\x1a\n" + chunk + idat_chunk + end


SVG = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
    b'xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="80">'
    b'<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>'
    b'<rect width="120" height="80" fill="url(#g)"/><use xlink:href="#g"/></svg>'
)


@pytest.mark.parametrize(
    ("fmt", "kind", "name"),
    [("PNG", ImageType.PNG, "map.png"), ("JPEG", ImageType.JPEG, "photo.jpeg"),
     ("WEBP", ImageType.WEBP, "x.webp")],
)  # fmt: skip
def test_raster_images_are_accepted_with_their_size(fmt: str, kind: ImageType, name: str) -> None:
    data = raster(fmt)
    image = check_image(data, name=name)
    assert (image.media_type, image.width, image.height) == (kind, 40, 30)
    assert image.data == data  # kept as it came, never re-encoded


def test_an_svg_is_accepted_with_its_stated_size() -> None:
    image = check_image(SVG, name="diagram.svg")
    assert (image.media_type, image.width, image.height) == (ImageType.SVG, 120, 80)


def test_an_svg_without_a_size_takes_its_view_box() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><rect width="9"/></svg>'
    assert (check_image(svg).width, check_image(svg).height) == (64, 32)


def test_a_decompression_bomb_is_refused_before_it_is_decoded() -> None:
    """8000 x 8000 one-bit pixels: a few KB on disk, 64 million pixels once decoded."""
    bomb = raster("PNG", (8000, 8000), mode="1")
    assert len(bomb) < 100_000
    with pytest.raises(ImageError, match="more than 24 million pixels"):
        check_image(bomb)


def test_a_header_claiming_huge_dimensions_is_refused() -> None:
    with pytest.raises(ImageError, match="more than 24 million pixels"):
        check_image(png_claiming(100_000, 100_000))


def test_a_side_over_the_limit_is_refused_from_the_header() -> None:
    with pytest.raises(ImageError, match="9000 x 100 pixels; the limit is 8192 pixels a side"):
        check_image(png_claiming(9000, 100))


def test_a_truncated_image_is_refused_as_damaged() -> None:
    data = raster("PNG", (200, 200))
    with pytest.raises(ImageError, match="PNG image is damaged or incomplete"):
        check_image(data[: len(data) // 2])
    jpeg = raster("JPEG", (300, 300))
    with pytest.raises(ImageError, match="JPEG image is damaged or incomplete"):
        check_image(jpeg[: len(jpeg) // 3])


def test_garbage_behind_a_png_signature_is_refused() -> None:
    with pytest.raises(ImageError, match="damaged or incomplete"):
        check_image(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 20)


def test_a_file_that_is_no_image_is_refused() -> None:
    with pytest.raises(ImageError, match="not a PNG, JPEG, WebP or SVG image"):
        check_image(b"GIF89a" + b"\0" * 40, name="anim.gif")
    with pytest.raises(ImageError, match="empty"):
        check_image(b"")


def test_an_extension_that_contradicts_the_content_is_refused() -> None:
    with pytest.raises(ImageError, match=r"named \.jpg but holds a PNG image"):
        check_image(raster("PNG"), name="photo.jpg")
    with pytest.raises(ImageError, match=r"\.exe is not an image extension"):
        check_image(raster("PNG"), name="setup.exe")


def test_a_file_over_the_size_limit_is_refused_before_it_is_opened() -> None:
    with pytest.raises(ImageError, match="the limit is 5 MiB"):
        check_image(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_IMAGE_BYTES)


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "<script>"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "event handler"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">'
         b'<image x:href="http://example.org/x.png"/></svg>', "outside itself"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
         "outside itself"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,AA"/></svg>',
         "outside itself"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(http://e.org/p)"/></svg>',
         "style refers to"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><style>@import "x.css";</style></svg>',
         "@import"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>', "<foreignObject>"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><set attributeName="href" '
         b'to="javascript:alert(1)"/></a></svg>', "animates its href"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><animate attributeName='
         b'"xlink:href" values="http://e.org/"/></a></svg>', "animates its href"),
        (b'<?xml-stylesheet href="http://e.org/s.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
         "xml-stylesheet"),
        (b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
         "DTD or entities"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', "not well-formed"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" width="90000" height="10"/>', "90000 x 10"),
    ],
)  # fmt: skip
def test_hostile_svg_is_refused_in_one_line(body: bytes, why: str) -> None:
    with pytest.raises(ImageError) as caught:
        check_image(body, name="drawing.svg")
    assert why in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "size",
    ['viewBox="0 0 inf 1"', 'viewBox="0 0 nan 1"', 'viewBox="0 0 1e400 1"',
     'viewBox="0 0 -inf 1"', 'width="1' + "0" * 400 + '"', 'width="10" viewBox="0 0 1e-320 1"'],
)  # fmt: skip
def test_an_svg_size_that_is_no_finite_number_is_refused_in_one_line(size: str) -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" {size}/>'.encode()
    with pytest.raises(ImageError, match=r"^the SVG states a size or view box that is not a"):
        check_image(svg, name="x.svg")


_OUTSIDE = "the SVG's style refers to"


@pytest.mark.parametrize(
    ("inner", "why"),
    [
        ('<rect fill="URL(http://e/x.svg#a)"/>', _OUTSIDE),
        ('<rect style="fill:\\75rl(http://e/x.svg#a)"/>', _OUTSIDE),
        ('<rect style="fill:u\\RL(http://e/x.svg#a)"/>', _OUTSIDE),
        ('<rect style="fill:url(/**/http://e/x)"/>', _OUTSIDE),
        ("<rect style=\"fill:image-set('http://e/x.png' 1x)\"/>", _OUTSIDE),
        ("<rect style=\"fill:-webkit-image-set('http://e/x.png' 1x)\"/>", _OUTSIDE),
        ("<rect style=\"fill:image('http://e/x.png')\"/>", _OUTSIDE),
        ("<rect style=\"fill:src('http://e/x.png')\"/>", _OUTSIDE),
        ('<rect mask="url( \'http://e/m\' )"/>', _OUTSIDE),
        ("<style><x/>@import url(http://e/x.css);</style>", "@import"),
        ("<style>.a{}<x/>.b{fill:url(http://e/x)}</style>", _OUTSIDE),
        ("<style>@IMPORT 'x.css';</style>", "@import"),
        ("<style>@\\69mport 'x.css';</style>", "@import"),
        ("<style>@imp<!-- x -->ort url(http://e/x.css);</style>", "@import"),
    ],
)  # fmt: skip
def test_an_svg_reference_outside_itself_is_refused_however_it_is_spelled(
    inner: str, why: str
) -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{inner}</svg>'
    with pytest.raises(ImageError) as caught:
        check_image(svg.encode(), name="x.svg")
    assert why in str(caught.value) and "\n" not in str(caught.value)


def test_local_references_stay_allowed_however_they_are_spelled() -> None:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           b'<defs><linearGradient id="g"/></defs><style>.a{fill:URL( "#g" )}</style>'
           b'<rect class="a" fill="url(#g)" style="stroke:\\75rl(#g)" transform="rotate(4)"/>'
           b'</svg>')  # fmt: skip
    assert check_image(svg).media_type is ImageType.SVG


def test_the_type_comes_from_the_bytes() -> None:
    assert sniff(raster("WEBP")) is ImageType.WEBP
    assert sniff(b"\xef\xbb\xbf<?xml version='1.0'?><svg/>") is ImageType.SVG
    assert sniff(b"<html><body>no svg</body></html>") is None


def test_a_file_is_read_checked_and_named_in_the_message(tmp_path: Path) -> None:
    good = tmp_path / "map.png"
    good.write_bytes(raster("PNG"))
    assert load_file(good).media_type is ImageType.PNG
    renamed = tmp_path / "map.webp"
    renamed.write_bytes(raster("PNG"))
    with pytest.raises(ImageError, match=r"^map\.webp: the file is named \.webp but holds a PNG"):
        load_file(renamed)
    big = tmp_path / "huge.png"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMAGE_BYTES + 1)  # sparse: refused from its size, never read
    with pytest.raises(ImageError, match=r"^huge\.png: the image is 5\.0 MiB; the limit is 5 MiB"):
        load_file(big)
    with pytest.raises(ImageError, match="not a regular file"):
        load_file(tmp_path)
    with pytest.raises(ImageError, match="cannot read it"):
        load_file(tmp_path / "missing.png")


def _use_bomb(levels: int, fan_out: int = 10) -> bytes:
    """An SVG whose groups each repeat the previous group ``fan_out`` times."""
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink">',
             '<defs><rect id="l0" width="1" height="1"/>']  # fmt: skip
    for level in range(1, levels + 1):
        uses = "".join(f'<use x:href="#l{level - 1}"/>' for _ in range(fan_out))
        parts.append(f'<g id="l{level}">{uses}</g>')
    parts.append(f'</defs><use x:href="#l{levels}"/></svg>')
    return "".join(parts).encode()


def test_an_svg_use_bomb_is_refused_though_the_file_is_small() -> None:
    bomb = _use_bomb(9)  # 10^9 rectangles to draw from about a hundred elements
    assert len(bomb) < 5_000
    with pytest.raises(ImageError, match="draws more than 50,000 elements"):
        check_image(bomb)
    assert check_image(_use_bomb(3)).media_type is ImageType.SVG  # a thousand is fine


def test_an_svg_nested_too_deep_or_in_a_cycle_is_refused() -> None:
    deep = b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * 500 + b"</g>" * 500 + b"</svg>"
    with pytest.raises(ImageError, match="nests elements more than 100 deep"):
        check_image(deep)
    cycle = (b'<svg xmlns="http://www.w3.org/2000/svg"><g id="a"><use href="#b"/></g>'
             b'<g id="b"><use href="#a"/></g></svg>')  # fmt: skip
    with pytest.raises(ImageError, match="nests elements more than 100 deep"):
        check_image(cycle)
