"""Goods bought online and delivered to the gate, to be carried up (京东买的空调扇到小区门口了
麻烦帮搬上来, the fan I ordered is at the gate, could someone bring it up): an errand, whatever
the goods are, an appliance with no fault included. Tried in orders.py beside fetched_from."""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

# A purchase told made (买的, 网购的, 京东上订的, ordered online) and arrived where deliveries wait.
_DELIVERED = compile_prefiltered(
    r"(?:买的|网购的|订的|下单的|京东|淘宝|拼多多|天猫|买了(?:个|一个|台|件)?新的)[^。!?]{0,14}"
    r"(?:到了|送到了|到[^。!?\s]{0,6}(?:门口|楼下|大厅|门卫|驿站|快递柜)(?:了)?|在[^。!?\s]{0,6}"
    r"(?:门口|楼下|大厅|门卫|驿站))|"
    r"(?<![a-z])(?:i|we) (?:ordered|bought)(?: [a-z']+){1,6} (?:(?:has |have |just )?"
    r"(?:arrived|been delivered)|(?:is|are) (?:at|in|by) the (?:gate|lobby|door|entrance|"
    r"guard ?house|front desk))(?![a-z])|"
    # an order or parcel told waiting at the gate, what is in it aside (My JD order (thermal
    # underwear lol) is sitting at the gate; parcel from my mom (frozen dumplings!!) is at the east
    # gate)
    r"(?<![a-z])(?:order|parcel|package|delivery)(?![a-z])(?:\([^)]{0,60}\)|[^.!?()]){0,60}? "
    r"(?:is|are) (?:sitting |waiting |left |still )?(?:at|in|by) the (?:[a-z]+ )?(?:gate|lobby|"
    r"entrance|guard ?house|front desk)(?![a-z])"
)
# Carried up to the flat (搬上来, 拿上来, bring it up).
_CARRIED_UP = compile_prefiltered(
    r"(?:拿|拎|提|搬|送|扛|带|抬)(?:上来|上楼|上去)|"
    r"(?<![a-z])(?:bring|carry|take|haul|lug|run) (?:it|them|this|that|the [a-z]+) "
    r"(?:up|upstairs)(?![a-z])"
)


def delivered_to_carry(text: str) -> bool:
    """Whether the message asks for goods bought and delivered downstairs to be carried up."""
    return bool(_DELIVERED.search(text) and _CARRIED_UP.search(text))
