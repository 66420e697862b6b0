"""``make readme-images``: the three pictures at the top of README.md, into docs/images/.

Runs the ``make screenshots`` machinery (:mod:`ui.screenshots`) for English and the
light theme only, with 1366×768 windows, and keeps only three pages: the user's
chat with a specialist, the agent desk with the case panel open, and the
supervisor's service-level dashboard. Each is written as an optimized PNG of at most
:data:`MAX_BYTES`; one that is larger even with 256 colours is an error.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

# "<area>-<page>" of ui.screenshots → file name under docs/images/.
PAGES: dict[str, str] = {
    "user-chat-conversation": "user-chat.png",
    "agent-desk": "agent-desk.png",
    "supervisor-dashboard": "supervisor-dashboard.png",
}
SIZE = "1366x768"
MAX_BYTES = 200 * 1024


class TooLargeError(RuntimeError):
    """A picture stays above the size limit even with 256 colours."""


def shrink(source: Path, target: Path, max_bytes: int = MAX_BYTES) -> int:
    """Write ``source`` to ``target`` as a small PNG; returns its size in bytes.

    Lossless with PNG optimization when that fits in ``max_bytes``, else reduced to
    256 colours (no dithering: flat UI colours stay flat).
    """
    from PIL import Image

    with Image.open(source) as opened:
        image = opened.convert("RGB")
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(target, optimize=True)
    if target.stat().st_size > max_bytes:
        reduced = image.quantize(colors=256, dither=Image.Dither.NONE)
        reduced.save(target, optimize=True)
    size = target.stat().st_size
    if size > max_bytes:
        raise TooLargeError(f"{target} is {size} bytes even with 256 colours (limit {max_bytes})")
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/images"))
    args = parser.parse_args(argv)
    from ui import screenshots

    with tempfile.TemporaryDirectory(prefix="recovery-readme-shots-") as shots:
        status = screenshots.main(
            [
                "--out",
                shots,
                "--only-lang",
                "en",
                "--only-theme",
                "light",
                "--size",
                SIZE,
                "--only-page",
                ",".join(PAGES),
            ]
        )
        if status != 0:
            print("readme-images: the screenshot run failed; docs/images is unchanged.")
            return status
        folder = Path(shots) / "en" / "light"
        try:
            for page, name in PAGES.items():
                size = shrink(folder / f"{page}.png", args.out / name)
                print(f"{args.out / name}: {size // 1024} KB")
        except TooLargeError as exc:
            print(f"readme-images: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
