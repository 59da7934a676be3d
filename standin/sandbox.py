"""The demo world for the sandbox: one building group and four people."""

from __future__ import annotations

from typing import Any

from standin.server import BotApiStandIn


async def seed_demo_world(standin: BotApiStandIn) -> dict[str, Any]:
    """Create "3号楼 Building 3" and its people; the bot joins as administrator and everyone
    starts it privately. Returns {"group", "wang", "bob", "li", "dave"}.

    No bot commands are posted here; the bot's own startup decides what to say.
    """
    wang = await standin.add_user("王阿姨", language_code="zh-hans", note="居民 resident")
    bob = await standin.add_user(
        "Bob", username="bob_helps", language_code="en", note="志愿者 volunteer"
    )
    li = await standin.add_user(
        "李主任",
        last_name="Director Li",
        username="director_li",
        language_code="zh-hans",
        note="社区工作人员 community staff",
    )
    dave = await standin.add_user("Dave", language_code="en", note="陌生人 stranger")
    group = await standin.add_group("3号楼 Building 3", creator=li, members=[wang, bob])
    await standin.add_bot_to_group(group, li, as_admin=True)
    for person in (wang, bob, li, dave):
        await standin.user_starts_bot(person)
    return {"group": group, "wang": wang, "bob": bob, "li": li, "dave": dave}
