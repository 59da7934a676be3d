"""More orders no ask rule reads, tried in orders.py after missed_order() (order_missed.py):

- something broken asked taken down (could someone take down the broken mirror?, 碎了的镜子
  能帮忙拿下去扔吗): garbage;
- a drug about to run out, a refill wanted (妈的降压药快吃完了 想复配, 药只剩几粒了 想补一瓶
  备用, mum's blood pressure pills are nearly out, want a refill): medicine, however calmly told;
- a fixture fallen off, asked put back up, no goods named (the shelf fell off the wall, can
  someone put it back up?, 架子掉下来了 能找人装回去吗): repair;
- a door or a gate stuck, management asked to fix it (铁门卡住打不开 麻烦找物业来修, the gate is
  stuck, please get management to fix it): repair.
"""

from __future__ import annotations

import re

from domain.understanding.model import Category
from domain.understanding.order_recategorized_v import FALLEN, PUT_BACK
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_BROKEN_DOWN = compile_prefiltered(
    r"(?<![a-z])take (?:down |away )(?:the |my |our |this |that )?(?:broken|smashed|cracked|old) "
    r"[a-z]+|(?<![a-z])take (?:the |my |our )?(?:broken|smashed|cracked) [a-z]+ (?:down|away)"
    r"(?![a-z])|"
    r"(?:碎了的|摔碎的|打碎的|坏掉的)[^。!?\s]{1,6}(?:能|可以)?(?:帮忙)?(?:拿|搬|带)下去"
)

_RUNNING_OUT = compile_prefiltered(
    r"(?:快|就|就要|差不多)(?:吃|用)(?:完|晒|光)了?|(?:只剩|剩下|得返|只有)(?:几|[一两三])(?:粒|片|颗)|"
    r"(?<![a-z])(?:nearly|almost|about to run|running) out(?![a-z])|"
    r"(?<![a-z])only (?:a few|one|two|three) (?:pills?|tablets?) left(?![a-z])"
)
_REFILL_WANTED = compile_prefiltered(
    r"(?:想|要|需要|得)(?:复配|覆配|续配|再配|补|配|买)|"
    r"(?<![a-z])(?:want|need|would like) (?:a |to )?(?:refill|top up|repeat)(?![a-z])"
)
_DRUG = compile_prefiltered(
    r"药|丸|片|(?<![a-z])(?:pills?|tablets?|meds|medication|medicine|nitro)(?![a-z])"
)

_STUCK = compile_prefiltered(
    r"卡住|卡死|打不开|开不了|开不到|锁不上|关不上|"
    r"(?<![a-z])(?:is |are )?(?:stuck|jammed|won'?t (?:open|close|lock))(?![a-z])"
)
_MANAGEMENT_FIX = compile_prefiltered(
    r"(?:麻烦|请|帮忙)(?:找|揾|叫|联系)(?:管理处|物业|师傅|维修)[^。!?\s]{0,3}(?:整|修|来修|来整|处理|来看)|"
    r"(?<![a-z])(?:please )?(?:get|ask) (?:the )?(?:management|property|maintenance) to "
    r"(?:fix|repair|sort)(?![a-z])"
)


def missed_order_v(
    text: str, terms: list[Term], request: re.Match[str] | None
) -> tuple[Category, str] | None:
    """The category and the sign of an order no rule in read_order reads, or None."""
    if (down := _BROKEN_DOWN.search(text)) is not None:
        return Category.GARBAGE, f"broken-taken-down:{down.group()}"
    if (
        (out := _RUNNING_OUT.search(text)) is not None
        and _REFILL_WANTED.search(text, out.end())
        and _DRUG.search(text, 0, out.end())
    ):
        return Category.MEDICINE, f"refill:{out.group()}"
    if request is not None and FALLEN.search(text) and PUT_BACK.search(text):
        return Category.REPAIR, "fallen-put-back"
    if _STUCK.search(text) and (fix := _MANAGEMENT_FIX.search(text)) is not None:
        return Category.REPAIR, f"management-fix:{fix.group()}"
    return None
