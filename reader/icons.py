"""The app icons of the web app manifest, drawn with Pillow from the favicon's shapes (no font needed).

``manage.py reader_icons`` writes them to ``reader/static/reader/icons/``, where they are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

BACKGROUND = "#0b4f6c"
FOREGROUND = "#ffffff"
SIZES = (192, 512)
FOLDER = Path(__file__).resolve().parent / "static" / "reader" / "icons"
# the "N" of static/favicon.svg, on its 32 × 32 grid
LETTER = ((8, 22), (8, 10), (11, 10), (17, 18), (17, 10), (20, 10), (20, 22), (17, 22), (11, 14), (11, 22))


def draw(size: int, *, maskable: bool) -> Image.Image:
    """A square icon; a maskable one fills the square and keeps the letter inside the central safe zone
    (a circle of 80 % of the width), so any mask shape a phone applies leaves it whole."""
    scale = 4  # drawn large and scaled down: smooth edges without anti-aliasing support in ImageDraw
    canvas = size * scale
    image = Image.new("RGBA", (canvas, canvas), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if maskable:
        pen.rectangle((0, 0, canvas, canvas), fill=BACKGROUND)
        letter_box, offset = canvas * 0.9, canvas * 0.05
    else:
        pen.rounded_rectangle((0, 0, canvas - 1, canvas - 1), radius=canvas * 6 // 32, fill=BACKGROUND)
        letter_box, offset = canvas, 0
    unit = letter_box / 32
    # the letter spans x 8–20 on the grid: moved 2 units to stand in the middle
    pen.polygon([(offset + (x + 2) * unit, offset + y * unit) for x, y in LETTER], fill=FOREGROUND)
    return image.resize((size, size), Image.LANCZOS)


def filename(size: int, *, maskable: bool) -> str:
    return f"{'maskable' if maskable else 'icon'}-{size}.png"


def write_all(folder: Path = FOLDER) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        for maskable in (False, True):
            path = folder / filename(size, maskable=maskable)
            draw(size, maskable=maskable).save(path, optimize=True)
            written.append(path)
    return written
