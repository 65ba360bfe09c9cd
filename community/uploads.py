"""Checking uploaded logos: size, type, pixel count, hidden payloads; what is kept is a fresh PNG without metadata."""

from __future__ import annotations

import io
import re
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 4_000_000  # 2000 × 2000 is far more than a logo needs
MAX_SIDE = 1024  # what is stored; larger logos are scaled down
ALLOWED_FORMATS = {"PNG", "JPEG", "WEBP", "GIF"}

# Markers of a second file format hidden in an image (HTML/JS/PHP, archives, PDF, scripts).
POLYGLOT = re.compile(
    rb"<\s*(?:script|html|body|iframe|svg|\?php|!doctype)|PK\x03\x04|%PDF-|javascript:|#!\s*/", re.IGNORECASE
)

INVALID = _("The file is not an image we can use. Upload a PNG, JPEG, WebP or GIF image.")


def validate_logo(uploaded) -> ContentFile:
    """Return the logo re-encoded as PNG, or raise ``ValidationError`` with a message for the user."""
    if uploaded.size is not None and uploaded.size > MAX_BYTES:
        raise ValidationError(_("The file is too large (at most 2 MB)."), code="too_large")
    uploaded.seek(0)
    raw = uploaded.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ValidationError(_("The file is too large (at most 2 MB)."), code="too_large")
    if POLYGLOT.search(raw):
        raise ValidationError(INVALID, code="polyglot")

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(raw)) as probe:
                if probe.format not in ALLOWED_FORMATS:
                    raise ValidationError(INVALID, code="format")
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise ValidationError(_("The image is too large (at most 2000 × 2000 pixels)."),
                                          code="too_many_pixels")
                probe.verify()
            # verify() leaves the image unusable; open again to decode the pixels
            with Image.open(io.BytesIO(raw)) as image:
                image.load()
                image = image.convert("RGBA")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(_("The image is too large (at most 2000 × 2000 pixels)."),
                              code="too_many_pixels") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(INVALID, code="invalid") from None

    image.thumbnail((MAX_SIDE, MAX_SIDE))
    # a new image from the pixels alone: no EXIF, ICC, text chunks or trailing data survive
    clean = Image.new("RGBA", image.size)
    clean.paste(image)
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=True)
    return ContentFile(out.getvalue(), name="logo.png")
