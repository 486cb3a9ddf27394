"""Re-make the README's pictures of the review screen from the current app.

    python docs/screenshots.py            # extracts seeds/ into a temporary database first

Draws the screen in Textual's test driver at 160x45 and 80x24, saves each as SVG, and turns
the SVG into PNG with headless Chromium (Debian's `chromium`).
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = {"review-screen.png": (160, 45), "review-screen-80x24.png": (80, 24)}
CELL = (9.6, 19.6)  # pixels of one terminal cell in Textual's SVG, roughly


async def shoot(db: Path, size: tuple[int, int], svg: Path) -> None:
    from claimcheck.review.app import make_app
    from claimcheck.store import Store
    from tests.conftest import press

    app = make_app(Store.open(db), "alice")
    async with app.run_test(size=size) as pilot:
        await press(pilot, "j", "j", "j", "j", "j")
        app.save_screenshot(str(svg))


def main() -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("needs Debian's chromium (apt-get install chromium) to turn SVG into PNG")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        subprocess.run([sys.executable, "-m", "claimcheck", "extract", str(ROOT / "seeds"), "--db", str(db)],
                       check=True, capture_output=True)
        for name, (width, height) in SIZES.items():
            svg = Path(tmp) / f"{name}.svg"
            asyncio.run(shoot(db, (width, height), svg))
            pixels = f"{int(width * CELL[0]) + 40},{int(height * CELL[1]) + 80}"
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--window-size={pixels}", f"--screenshot={ROOT / 'docs' / name}", svg.as_uri()],
                           check=True, capture_output=True)
            print(f"docs/{name} ({width}x{height})")


if __name__ == "__main__":
    main()
