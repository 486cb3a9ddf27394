"""`claimcheck serve` in a real headless browser: Debian's chromium driven by playwright."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.store import Store
from tests.conftest import fill, free_port

pytest.importorskip("textual_serve")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def served(tmp_path, local_only):
    """A review database served on a free loopback port with a token."""
    path = tmp_path / "desk.db"
    with Store.open(path) as store:
        ids = fill(store, 1, 2)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "claimcheck", "serve", "--db", str(path), "--port", str(port),
                               "--token", "s3cret"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base, timeout=2)
        except urllib.error.HTTPError:  # 401: up, and asking for the token
            break
        except OSError:
            time.sleep(0.2)
    yield path, ids, base
    server.terminate()
    server.wait(timeout=10)


def wait_for(page, found, seconds: float):
    """Poll `found`, letting playwright deliver its events meanwhile (time.sleep would hold them back)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := found():
            return result
        page.wait_for_timeout(200)
    return None


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_a_reviewer_decides_in_the_browser(served):
    from playwright.sync_api import sync_playwright

    path, ids, base = served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        screen: list[str] = []  # what the app sends to the terminal, to know when it asks for the name
        page.on("websocket", lambda ws: ws.on("framereceived", lambda frame: screen.append(
            frame.decode(errors="ignore") if isinstance(frame, bytes) else frame)))
        # localhost only: the page's web font (fonts.googleapis.com) is refused, as on a machine offline
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
        page.goto(base)
        page.fill("input[name=token]", "wrong")
        page.click("button[type=submit]")
        assert "Wrong token" in page.content()
        page.fill("input[name=token]", "s3cret")
        page.click("button[type=submit]")
        page.wait_for_selector("canvas, .xterm", timeout=30_000)
        page.locator(".xterm, canvas").first.click()
        # the app starts in its own process: type once it asks
        assert wait_for(page, lambda: "review log" in "".join(screen), seconds=60)
        page.keyboard.type("Alice Martin")
        page.keyboard.press("Enter")
        assert wait_for(page, lambda: sqlite3.connect(path).execute("SELECT reviewer FROM sessions").fetchall(),
                        seconds=30)
        assert sqlite3.connect(path).execute("SELECT reviewer FROM sessions").fetchall() == [("Alice Martin",)]
        page.keyboard.press("a")
        rows = wait_for(page, lambda: sqlite3.connect(path).execute(
            "SELECT reviewer, status, claim_id FROM reviews").fetchall(), seconds=30)
        browser.close()
    assert rows == [("Alice Martin", "accepted", ids[0])]


def test_serving_beyond_this_machine_needs_a_token(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMCHECK_TOKEN", raising=False)
    path = tmp_path / "desk.db"
    Store.open(path).close()
    result = CliRunner().invoke(main, ["serve", "--db", str(path), "--host", "0.0.0.0"])
    assert result.exit_code == 1 and "give a --token" in result.output


def test_the_token_guards_every_route(served):
    _, _, base = served
    for url, data in ((base, None), (f"{base}/login", b"token=wrong"), (f"{base}/ws", None)):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=5)
        assert refused.value.code in (401, 403)
