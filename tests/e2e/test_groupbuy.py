"""需求清单 end to end: a pasted 接龙 and an order merged with /merge, the lists shown, the
delivery buttons closing orders, and presses by people who may not."""

from __future__ import annotations

from tests.support import group_lists as lists
from tests.support.harness import BuildingWorld, Harness


async def test_paste_merge_deliver(harness: Harness, building: BuildingWorld) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, "帮忙在永辉超市买一袋大米 两桶油")
    card = await harness.card(group, 1)

    pasted = await s.post(group, building.dave, lists.VEGETABLES)
    seen = await harness.bot_says(group, "周三蔬菜包", "6")
    assert seen.params["reply_parameters"]["message_id"] == pasted.message_id
    notice = s.message(group, seen.result["message_id"])
    assert [b["text"] for b in notice.buttons] == ["合并需求清单 Merge"]
    await s.post(group, building.eve, lists.VEGETABLES + "7. 7-2-401 2份\n")  # eve adds herself
    await harness.settled()
    assert len(harness.sent_to(group, lambda text: "周三蔬菜包" in text)) == 1  # told once
    assert not harness.sent_to(group, lambda text: "#2</b>" in text)  # a list is no order

    query = await s.press(group, building.bob, notice.message_id, button_text="合并需求清单 Merge")
    answer = await s.wait_callback_answer(query)
    assert answer["text"] == "Only staff or the building lead can merge a shopping list."

    await s.post(group, building.li, "/merge")  # the latest 接龙: eve's, with her line
    shopping = await harness.bot_says(group, "需求清单 #1")
    text = shopping.params["text"]
    assert "8 户" in text and "8 households" in text
    assert "蔬菜包 12份" in text  # 10 on the list as first pasted, and eve's 2
    assert "<b>叮咚买菜</b>" in text and "<b>永辉超市</b>" in text
    assert "大米 1袋" in text and "油 2桶" in text
    delivery = await harness.bot_says(group, "配送清单 #1")
    page = s.message(group, delivery.result["message_id"])
    labels = [b["text"] for b in page.buttons]
    assert labels[:2] == ["⬜ 3-2-501", "⬜ 7-1-201"] and "⬜ 王姐" in labels
    assert "王姐 · 蔬菜包 2份" in (page.text or "")
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    assert "李主任" in (s.message(group, card.message_id).text or "")  # claimed by the merger

    answer = await s.wait_callback_answer(
        await s.press(group, building.dave, page.message_id, button_text="⬜ 3-2-501")
    )
    assert answer["text"] == "Only volunteers or staff can mark a delivery."
    answer = await s.wait_callback_answer(
        await s.press(group, building.bob, page.message_id, button_text="⬜ 3-2-501")
    )
    assert answer["text"] == "3-2-501 marked delivered. Thank you!"
    await harness.bot_says(group, "#1", "送达")
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == page.message_id)
    redrawn = s.message(group, page.message_id)
    assert "✅ 3-2-501" in [b["text"] for b in redrawn.buttons]
    assert "已送达 1/8" in (redrawn.text or "")
    await s.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == card.message_id, count=2
    )
    assert s.message(group, card.message_id).buttons == []  # the order is closed

    answer = await s.wait_callback_answer(
        await s.press(group, building.eve, page.message_id, button_text="✅ 3-2-501")
    )
    assert answer["text"] == "3-2-501 已由 Bob 标记送达。"
    await s.post(group, building.li, "/merge", reply_to=pasted.message_id)
    await harness.bot_says(group, "这个接龙已经合并过了")


async def test_an_order_delivered_from_its_card_is_ticked_on_the_delivery_list(
    harness: Harness, building: BuildingWorld
) -> None:
    s, group = harness.standin, building.group
    await s.post(group, building.wang, "帮忙在永辉超市买一袋大米 两桶油")
    card = await harness.card(group, 1)
    await s.post(group, building.dave, lists.VEGETABLES)
    await harness.bot_says(group, "周三蔬菜包")
    await s.post(group, building.li, "/merge")
    delivery = await harness.bot_says(group, "配送清单 #1")
    page = s.message(group, delivery.result["message_id"])
    assert "⬜ 3-2-501" in [b["text"] for b in page.buttons]
    await s.wait_for("editMessageText", lambda c: c.params["message_id"] == card.message_id)
    # the merger holds the order and closes it from its card, not from the list
    answer = await harness.press(group, building.li, card, "Delivered")
    assert answer["text"]
    await harness.bot_says(group, "#1", "送达")

    def ticked(_call: object) -> bool:
        return "✅ 3-2-501" in [b["text"] for b in s.message(group, page.message_id).buttons]

    await s.wait_for("editMessageText", ticked)
    assert "已送达 1/" in (s.message(group, page.message_id).text or "")
    answer = await s.wait_callback_answer(
        await s.press(group, building.bob, page.message_id, button_text="✅ 3-2-501")
    )
    assert answer["text"] == "3-2-501 was marked delivered by 李主任."
