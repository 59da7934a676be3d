"""Look at the sandbox page in a real browser: press "next reminder", fill the roll call, shoot.

Starts the sandbox (as `make run` does without a token, on a throwaway database), opens its page
in Debian's chromium driven by Playwright (no browser download: `apt-get install chromium
fonts-noto-cjk fonts-noto-color-emoji`), presses ⏭ next reminder, reports 王阿姨's temperature as
she would, waits for the roll call to show it, and saves a screenshot of the whole page:

    .venv/bin/python tools/sandbox_screenshot.py                  # data/sandbox-calendar.png
    .venv/bin/python tools/sandbox_screenshot.py -o shot.png --chromium /usr/bin/chromium
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.async_api import Page, async_playwright, expect  # noqa: E402

from bot.sandbox import open_sandbox  # noqa: E402
from bot.settings import Settings  # noqa: E402

TIMEOUT_MS = 20_000


async def drive(page: Page, url: str, reading: str) -> None:
    """What a visitor does: open the page, press next reminder, report as 王阿姨."""
    await page.goto(url)
    await expect(page.locator("#calendar")).to_be_visible(timeout=TIMEOUT_MS)
    await page.click("#next-reminder")
    rollcall = page.locator(".msg.bot", has_text="体温接龙").last
    await expect(rollcall).to_be_visible(timeout=TIMEOUT_MS)
    await page.locator(".persona", has_text="王阿姨").click()
    await page.fill("#text", reading)
    await page.press("#text", "Enter")
    flat, value = reading.split()
    await expect(rollcall).to_contain_text(f"{flat}  {value}", timeout=TIMEOUT_MS)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=REPO / "data/sandbox-calendar.png")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--reading", default="3-2-501 36.5")
    parser.add_argument("--size", default="1400x900", help="the window, WIDTHxHEIGHT")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            sandbox_port=0,
            database_url=f"sqlite+aiosqlite:///{tmp}/unused.db",
        )
        async with (
            open_sandbox(settings, handle_signals=False, database=Path(tmp) / "sandbox.db") as sb,
            async_playwright() as playwright,
        ):
            browser = await playwright.chromium.launch(executable_path=args.chromium)
            try:
                width, height = (int(n) for n in args.size.split("x"))
                page = await browser.new_page(viewport={"width": width, "height": height})
                await drive(page, sb.page_url, args.reading)
                await page.wait_for_timeout(1500)  # the next poll redraws the clock
                args.output.parent.mkdir(parents=True, exist_ok=True)
                await page.screenshot(path=str(args.output))
            finally:
                await browser.close()
    print(args.output)


if __name__ == "__main__":
    asyncio.run(main())
