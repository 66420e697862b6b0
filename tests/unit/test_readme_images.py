"""The README's pictures: committed small, and ``make readme-images`` keeps them small."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from PIL import Image

from ui.readme_images import MAX_BYTES, PAGES, TooLargeError, shrink

ROOT = Path(__file__).resolve().parents[2]


def test_every_picture_the_readme_shows_is_committed_and_at_most_200_kb() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\]\((docs/images/[^)]+\.png)\)", readme))
    assert {f"docs/images/{name}" for name in PAGES.values()} <= shown
    for relative in shown:
        path = ROOT / relative
        assert path.is_file(), relative
        assert path.stat().st_size <= MAX_BYTES, (relative, path.stat().st_size)
        with Image.open(path) as image:
            assert image.size == (1366, 768), (relative, image.size)


def _ui_like(path: Path, noise: int) -> None:
    """Flat bands of colour (a UI) with ``noise`` random pixels (anti-aliasing, photos)."""
    image = Image.new("RGB", (1366, 768), (245, 246, 248))
    for n, y in enumerate(range(0, 768, 48)):
        image.paste((40 + n * 10, 90, 200 - n * 8), (0, y, 1366, y + 24))
    rng = random.Random(7)
    for _ in range(noise):
        image.putpixel(
            (rng.randrange(1366), rng.randrange(768)),
            (rng.randrange(256), rng.randrange(256), rng.randrange(256)),
        )
    image.save(path)


def test_a_small_picture_is_kept_lossless(tmp_path: Path) -> None:
    _ui_like(tmp_path / "in.png", noise=0)
    size = shrink(tmp_path / "in.png", tmp_path / "out.png")
    assert size <= MAX_BYTES
    with Image.open(tmp_path / "in.png") as a, Image.open(tmp_path / "out.png") as b:
        assert a.convert("RGB").tobytes() == b.convert("RGB").tobytes()


def test_a_large_picture_is_reduced_to_256_colours_under_the_limit(tmp_path: Path) -> None:
    _ui_like(tmp_path / "in.png", noise=60_000)
    assert (tmp_path / "in.png").stat().st_size > MAX_BYTES
    size = shrink(tmp_path / "in.png", tmp_path / "out.png")
    assert size <= MAX_BYTES
    with Image.open(tmp_path / "out.png") as out:
        assert out.mode == "P"


def test_a_picture_that_cannot_fit_is_refused(tmp_path: Path) -> None:
    _ui_like(tmp_path / "in.png", noise=0)
    with pytest.raises(TooLargeError):
        shrink(tmp_path / "in.png", tmp_path / "out.png", max_bytes=100)
