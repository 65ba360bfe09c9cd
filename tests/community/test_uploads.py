"""Logos are checked and re-encoded: bombs, polyglots, non-images and oversized files are refused cleanly."""

import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from community.uploads import validate_logo

from .conftest import png_bytes


def _upload(data: bytes, name="logo.png", content_type="image/png"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def _bomb_png(side: int) -> bytes:
    """A valid PNG header claiming ``side`` × ``side`` pixels, with a tiny compressed body (a few KB on disk)."""

    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1-bit greyscale
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(200)) + compressor.flush()
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_a_good_logo_becomes_a_png_without_metadata():
    source = io.BytesIO()
    image = Image.new("RGB", (300, 200), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010E] = "secret GPS note"  # ImageDescription
    image.save(source, format="JPEG", exif=exif.tobytes())
    assert b"secret GPS note" in source.getvalue()

    result = validate_logo(_upload(source.getvalue(), "logo.jpg", "image/jpeg"))
    data = result.read()
    assert data.startswith(b"\x89PNG")
    assert b"secret GPS note" not in data
    with Image.open(io.BytesIO(data)) as reopened:
        assert reopened.size == (300, 200)
        assert not reopened.info.get("exif")


@pytest.mark.parametrize("side", [3_000, 30_000])  # 9 million pixels (our limit), 900 million (Pillow's)
def test_a_decompression_bomb_is_refused(tmp_path, side):
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_bomb_png(side))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(ValidationError) as error:
        validate_logo(_upload(bomb.read_bytes()))
    assert error.value.code == "too_many_pixels"


@pytest.mark.parametrize("payload", [
    b"<script>alert(1)</script>",
    b"<html><body onload=alert(1)>",
    b"<?php system($_GET['c']); ?>",
    b"PK\x03\x04" + b"\x00" * 26 + b"evil.js",
])
def test_a_polyglot_is_refused(tmp_path, payload):
    polyglot = tmp_path / "polyglot.png"
    polyglot.write_bytes(png_bytes() + payload)
    with Image.open(polyglot) as still_an_image:  # Pillow alone would accept it
        still_an_image.load()
    with pytest.raises(ValidationError) as error:
        validate_logo(_upload(polyglot.read_bytes()))
    assert error.value.code == "polyglot"


@pytest.mark.parametrize("data", [b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, b""])
def test_something_that_is_not_an_image_is_refused(data):
    with pytest.raises(ValidationError):
        validate_logo(_upload(data))


def test_svg_is_not_accepted():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
    with pytest.raises(ValidationError):
        validate_logo(_upload(svg, "logo.svg", "image/svg+xml"))


def test_a_file_over_two_megabytes_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_logo(_upload(png_bytes() + b"\x00" * (2 * 1024 * 1024)))
    assert error.value.code == "too_large"


def test_large_logos_are_scaled_down():
    data = validate_logo(_upload(png_bytes(size=(1900, 950)))).read()
    with Image.open(io.BytesIO(data)) as image:
        assert max(image.size) == 1024
