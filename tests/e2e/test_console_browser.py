"""The staff console in a real browser (Debian's chromium through Playwright), against the bot.

李主任 asks the bot for a link with /console in a private chat (the real handler, through the
stand-in), opens it in chromium, signs in and walks every page; a screenshot of each goes to
data/console-screenshots/ (git-ignored) for a reviewer to look at. Skipped, with the reason,
when chromium is absent; in CI (`CI` set) that is a failure instead.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright, expect

from domain.clock import FakeClock
from domain.console_access import issue_link
from standin.server import BotApiStandIn
from tests.support.console import seed_console_world, serve_console
from tests.support.harness import BuildingWorld, Harness

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "data" / "console-screenshots"
CHROMIUM = os.environ.get("LOUHU_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
TIMEOUT_MS = 15_000
HAVE_CHROMIUM = Path(CHROMIUM).exists()
LINK = re.compile(r"https?://\S+(/console/login/[A-Za-z0-9_-]+)")


@pytest.fixture
async def harness(standin: BotApiStandIn, tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot with a PUBLIC_URL, so /console hands out links (the console itself runs on a
    test server of its own here, see link_from_bot)."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    clock = FakeClock(datetime.now(UTC))
    harness = await Harness.start(
        standin, url, clock, live_edit_seconds=0.2, public_url="https://louhu.example.org"
    )
    try:
        yield harness
    finally:
        await harness.stop()


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """Debian's chromium, launched by Playwright (no browser download)."""
    if not HAVE_CHROMIUM:
        reason = f"chromium not found at {CHROMIUM} (apt-get install chromium fonts-noto-cjk)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=CHROMIUM)
        try:
            yield launched
        finally:
            await launched.close()


async def shoot(page: Page, name: str) -> None:
    """A full-page screenshot for the reviewer."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


async def link_from_bot(harness: Harness, who: BuildingWorld, origin: str) -> str:
    """李主任 sends /console privately; the link the bot answers, on the console's server."""
    s = harness.standin
    mark = s.mark()
    await s.post(who.li.id, who.li, "/console")
    said = await harness.bot_says(who.li, "/console/login/", since=mark)
    found = LINK.search(said.params["text"])
    assert found, said.params["text"]
    # the bot names PUBLIC_URL; here the console runs on a test server of its own
    return origin + found[1]


async def test_staff_use_every_page_in_chromium(
    harness: Harness, building: BuildingWorld, browser: Browser, tmp_path: Path
) -> None:
    s, group, li = harness.standin, building.group, building.li
    await s.post(group, li, "/staff @director_li")
    await s.post(group, li, "/community 幸福里")
    await harness.bot_says(group, "该社区的第一栋楼")
    await s.post(group, li, "/quarantine 3-2-501")
    await s.post(group, li, "/household 3-2-501 people=3 phone=13800000001 needs=elderly")
    await s.post(group, building.wang, "帮忙买一袋大米 两桶油")
    await s.post(group, building.wang, "3-2-501 38.5")
    await harness.settled()
    sessionmaker = harness.louhu.sessionmaker
    async with sessionmaker() as session, session.begin():
        world = await seed_console_world(
            session, harness.clock, now=harness.clock.now(), names=("7号楼", "8号楼")
        )

    async with serve_console(sessionmaker, harness.clock) as client:
        origin = str(client.make_url("")).rstrip("/")
        link = await link_from_bot(harness, building, origin)
        context = await browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
        page = await context.new_page()
        await page.goto(link)
        await shoot(page, "00-sign-in")
        await page.click("#sign-in")
        today = page.locator("#today")
        await expect(today).to_be_visible(timeout=TIMEOUT_MS)
        await expect(today).to_contain_text("3号楼")
        await expect(today).to_contain_text("7号楼")  # the community's other buildings
        await expect(page.locator("body")).not_to_contain_text("和平里")
        await shoot(page, "01-today")

        # the number of open orders links to the building's list
        await page.locator("tr", has_text="3号楼").locator("td.n a").nth(1).click()
        await expect(page.locator("#orders")).to_contain_text("帮忙买一袋大米", timeout=TIMEOUT_MS)
        await shoot(page, "02-orders")

        await page.click("header >> text=台账")
        ledger = page.locator("#households")
        await expect(ledger).to_contain_text("13800000001", timeout=TIMEOUT_MS)
        await shoot(page, "03-households")
        await page.fill("#q", "3-1-102")
        await page.press("#q", "Enter")
        await expect(ledger.locator("tbody tr")).to_have_count(1, timeout=TIMEOUT_MS)
        row = ledger.locator("tbody tr").first
        await row.locator("summary", has_text="编辑").click()
        await row.locator("input[name=phone]").fill("13911112222")
        await row.locator("input[name=note]").fill("每天上午送药")
        await row.locator("form.edit button[type=submit]").click()
        await expect(ledger).to_contain_text("13911112222", timeout=TIMEOUT_MS)

        await page.click("header >> text=修改记录")
        audit = page.locator("#audit")
        await expect(audit).to_contain_text("13800000002", timeout=TIMEOUT_MS)
        await expect(audit).to_contain_text("13911112222")
        await expect(audit).to_contain_text("李主任")
        await shoot(page, "04-audit")

        await page.click("header >> text=导入导出")
        await shoot(page, "05-files")
        bad = tmp_path / "名单.csv"
        bad.write_text("楼栋,房号,人数,电话\n7号楼,3-1-102,4,13700000001\n8号楼,8-1-101,很多,1\n")
        await page.set_input_files("#file", str(bad))
        await page.click("#dry-run")
        result = page.locator("#import-result")
        await expect(result).to_contain_text("很多", timeout=TIMEOUT_MS)
        await expect(page.locator("#import-now")).to_have_count(0)
        await shoot(page, "05-import-refused")
        await page.click("header >> text=台账")
        await expect(page.locator("#households")).to_contain_text("13911112222")  # unchanged
        await expect(page.locator("#households")).not_to_contain_text("13700000001")

        await page.click("header >> text=紧急事件")
        await expect(page.locator("#incidents")).to_contain_text("心脏闷痛", timeout=TIMEOUT_MS)
        await shoot(page, "05-incidents")

        await page.click("header >> text=图表")
        await expect(page.locator("#chart-fevers")).to_be_visible(timeout=TIMEOUT_MS)
        await shoot(page, "06-charts")

        await page.click("header >> text=呼叫链")
        await expect(page.locator("#chain")).to_contain_text("楼道长", timeout=TIMEOUT_MS)
        await shoot(page, "06-chain")

        await page.goto(f"{origin}/console/calendar?building={world.b3.id}")
        await expect(page.locator("body")).to_contain_text("38.2", timeout=TIMEOUT_MS)
        await expect(page.locator("#welfare")).to_contain_text("3-1-102")
        await shoot(page, "07-calendar")

        await page.click("header >> text=English")
        await expect(page.locator("h1")).to_contain_text("Quarantine calendar")
        await page.click("header >> text=Today")
        await expect(page.locator("#today")).to_contain_text("Open orders", timeout=TIMEOUT_MS)
        await shoot(page, "08-today-en")

        phone = await browser.new_context(
            viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
        )
        small = await phone.new_page()
        await small.context.add_cookies(await context.cookies())  # type: ignore[arg-type]
        await small.goto(f"{origin}/console/households?building={world.b3.id}")
        await expect(small.locator("#households")).to_be_visible(timeout=TIMEOUT_MS)
        await shoot(small, "09-households-phone")
        await phone.close()

        await page.click("#logout")
        await expect(page.locator("h1")).to_contain_text("Signed out", timeout=TIMEOUT_MS)
        answer = await page.goto(f"{origin}/console/")
        assert answer is not None and answer.status == 401
        await context.close()


async def test_refused_in_chromium_expired_used_resident_and_other_community(
    harness: Harness, building: BuildingWorld, browser: Browser
) -> None:
    s, group, li = harness.standin, building.group, building.li
    await s.post(group, li, "/staff @director_li")
    await s.post(group, li, "/community 幸福里")
    await harness.bot_says(group, "该社区的第一栋楼")
    mark = s.mark()
    await s.post(building.wang.id, building.wang, "/console")
    await harness.bot_says(building.wang, "只有工作人员、楼长和社区医生", since=mark)
    await harness.settled()
    assert not harness.sent_to(building.wang, lambda text: "/console/login/" in text)
    async with harness.louhu.sessionmaker() as session, session.begin():
        world = await seed_console_world(
            session, harness.clock, now=harness.clock.now(), names=("7号楼", "8号楼")
        )

    async with serve_console(harness.louhu.sessionmaker, harness.clock) as client:
        origin = str(client.make_url("")).rstrip("/")
        context = await browser.new_context(locale="zh-CN")
        page = await context.new_page()

        used = await link_from_bot(harness, building, origin)
        await page.goto(used)
        await page.click("#sign-in")
        await expect(page.locator("#today")).to_be_visible(timeout=TIMEOUT_MS)
        again = await page.goto(used)
        assert again is not None and again.status == 410
        await expect(page.locator("body")).to_contain_text("已经用过")
        await shoot(page, "10-link-used")

        expired = await link_from_bot(harness, building, origin)
        harness.clock.advance(minutes=10, seconds=1)
        answer = await page.goto(expired)
        assert answer is not None and answer.status == 410
        await expect(page.locator("body")).to_contain_text("已过期")
        await shoot(page, "11-link-expired")

        async with harness.louhu.sessionmaker() as session, session.begin():
            outsider_token = await issue_link(session, harness.clock, world.outsider.id)
        assert outsider_token is not None
        stranger = await browser.new_context(locale="en-US")
        other = await stranger.new_page()
        nobody = await other.goto(f"{origin}/console/households")
        assert nobody is not None and nobody.status == 401  # a resident has no way in
        await other.goto(f"{origin}/console/login/{outsider_token}")
        await other.click("#sign-in")
        await expect(other.locator("#today")).to_contain_text("和平里1号楼", timeout=TIMEOUT_MS)
        await expect(other.locator("#today")).not_to_contain_text("7号楼")
        refused = await other.goto(f"{origin}/console/households?building={world.b3.id}")
        assert refused is not None and refused.status == 403
        await expect(other.locator("body")).to_contain_text("You may not see this")
        await shoot(other, "12-other-community-403")
        await stranger.close()
        await context.close()


async def test_orders_page_marks_a_stale_order_and_assigns_it_in_chromium(
    harness: Harness, building: BuildingWorld, browser: Browser
) -> None:
    """An order nobody claimed for 42 minutes is marked on the Orders page; 李主任 assigns it
    to Bob from there, and Bob gets the order privately at the stand-in, as from the card."""
    s, group, li, bob = harness.standin, building.group, building.li, building.bob
    await s.post(group, li, "/staff @director_li")
    await s.post(group, li, "/community 幸福里")
    await harness.bot_says(group, "该社区的第一栋楼")
    await s.post(group, li, "/quarantine 3-2-501")
    await s.user_starts_bot(bob)
    await s.post(group, building.wang, "帮忙买一袋大米 两桶油")
    card = await harness.card(group, 1)
    harness.clock.advance(minutes=42)
    await harness.settled()
    louhu = harness.louhu

    async with serve_console(
        louhu.sessionmaker, harness.clock, notifier=louhu.notifier, wake=louhu.sender.wake
    ) as client:
        origin = str(client.make_url("")).rstrip("/")
        link = await link_from_bot(harness, building, origin)
        context = await browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
        page = await context.new_page()
        await page.goto(link)
        await page.click("#sign-in")
        await expect(page.locator("#today")).to_be_visible(timeout=TIMEOUT_MS)

        await page.click("header >> text=订单")
        row = page.locator("#orders tbody tr", has_text="帮忙买一袋大米")
        await expect(row).to_have_class("stale", timeout=TIMEOUT_MS)
        await expect(row.locator(".stale-mark")).to_have_text("超时")
        await expect(row.locator(".stale-reason")).to_contain_text("未接单 42 分钟")
        await shoot(page, "13-orders-stale")
        await page.click("#stale-only")
        await expect(page.locator("#orders tbody tr")).to_have_count(1, timeout=TIMEOUT_MS)

        mark = s.mark()
        await row.locator("select[name=volunteer]").select_option(str(bob.id))
        await row.locator("button[value=assign]").click()
        changed = page.locator("#changed")
        await expect(changed).to_contain_text("已指派给 Bob", timeout=TIMEOUT_MS)
        await expect(row).to_have_count(0)  # held for a minute now: no longer overdue
        await shoot(page, "14-orders-assigned")
        await page.click("text=只显示未完成订单")
        await expect(row).to_contain_text("指派给 Bob", timeout=TIMEOUT_MS)
        await expect(row).not_to_have_class("stale")
        await shoot(page, "15-orders-held")

        # the volunteer's private message, through the outbox, as when assigned from the card
        said = await harness.bot_says(bob, "assigned you order #1", since=mark)
        assert "李主任" in said.params["text"]
        edited = await s.wait_for(
            "editMessageText",
            lambda call: (
                call.params.get("message_id") == card.message_id
                and "Bob" in call.params.get("text", "")
            ),
            since=mark,
        )
        assert edited

        await page.click("header >> text=修改记录")
        audit = page.locator("#audit")
        await expect(audit).to_contain_text("指派订单 #1", timeout=TIMEOUT_MS)
        await expect(audit).to_contain_text("Bob")
        await shoot(page, "16-audit-assigned")

        # 包户 from the ledger: Bob looks after 3-2-501 and is told privately, as after /pair
        await page.click("header >> text=台账")
        household = page.locator("#households tbody tr", has_text="3-2-501")
        await household.locator("summary", has_text="修改").click()
        await household.locator("select[name=volunteer]").select_option(str(bob.id))
        mark = s.mark()
        await household.locator("button[value=pair]").click()
        await expect(page.locator("#changed")).to_contain_text(
            "3-2-501 已由 Bob 包户", timeout=TIMEOUT_MS
        )
        await expect(household).to_contain_text("Bob")
        await harness.bot_says(bob, "3-2-501", since=mark)
        await shoot(page, "17-households-paired")
        await context.close()
