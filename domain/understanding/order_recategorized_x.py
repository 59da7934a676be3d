"""Orders whose category is read again, from the misses of blind rounds 187-190. Wired in
orders.py after recategorized_w():

- rehydration salts asked for, a broken air conditioner or the heat told only as why (补液盐
  来几包 没空调出了好多汗, ORS sachets please, no AC and she's sweating): medicine;
- a doctor asked to phone, the drugs only what is to be talked about (能请医生打个电话吗 想问问
  要不要调药, could the doctor give me a call about my dose?): medical;
- a utility bill paid for the writer, the property or an outage only why (电费快没了 谁能帮我交
  一下, can someone top up my electricity? the power will be cut): an errand;
- a drug no lexicon knows counted out for an old complaint flared up (老胃病又犯了 帮买两盒XX, my
  stomach is playing up, bring me a box of XX?): medicine, not groceries (order_missed_x);
- an access card or fob that fails to open the door (门禁卡坏了 刷不开, my key fob stopped
  working, can't get in): repair, not an errand.
"""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.order_missed_x import COMPLAINT_FLARED
from domain.understanding.prefilter import compile_prefiltered
from domain.understanding.terms import Term

_REHYDRATION = compile_prefiltered(
    r"补液盐|电解质冲剂|(?<![a-z])(?:rehydration (?:salts?|sachets?|powder)|ors sachets?|"
    r"electrolyte sachets?)(?![a-z])"
)

_DOCTOR_PHONES = compile_prefiltered(
    r"(?:医生|大夫)[^。!?\s]{0,4}(?:打个电话|回个电话|打电话|电话联系|联系我)|"
    r"(?<![a-z])(?:doctor|gp|nurse) (?:to )?(?:give me a call|call me|ring me|phone me|"
    r"call us|ring us)(?![a-z])"
)

_BILL = compile_prefiltered(
    r"电费|水费|燃气费|煤气费|"
    r"(?<![a-z])(?:electricity|water|gas) (?:bill|credit|meter)(?![a-z])"
)
_PAID_FOR_ME = compile_prefiltered(
    r"帮我(?:交|缴|充)|帮忙(?:交|缴|充)|代(?:交|缴)|(?:交|缴|充)一下|"
    r"(?<![a-z])(?:pay|top up|topup|recharge) (?:it|my|the|our)(?![a-z])"
)

_CARD_FAILS = compile_prefiltered(
    r"(?:门禁卡|门卡|门禁)[^。!?]{0,8}(?:坏了|失灵|刷不开|打不开|不好使|没反应)|"
    r"(?<![a-z])(?:access card|key ?fob|door card|fob)[^.!?]{0,12}(?:broken|stopped working|"
    r"not working|doesn'?t work|won'?t open)(?![a-z])"
)


def recategorized_x(
    text: str, category: Category, terms: list[Term]
) -> tuple[Category, str] | None:
    """The category an order is read as instead, with a reason, or None."""
    if category in (Category.REPAIR, Category.GROCERIES) and _REHYDRATION.search(text):
        return Category.MEDICINE, "rehydration-salts"
    if category is Category.MEDICINE and _DOCTOR_PHONES.search(text):
        return Category.MEDICAL, "doctor-phones"
    if category is Category.REPAIR and _BILL.search(text) and _PAID_FOR_ME.search(text):
        return Category.ERRAND, "bill-paid"
    if (
        category is Category.GROCERIES
        and not any(t.category is Category.GROCERIES for t in terms)
        and COMPLAINT_FLARED.search(text)
    ):
        return Category.MEDICINE, "drug-for-complaint"
    if category is Category.ERRAND and _CARD_FAILS.search(text):
        return Category.REPAIR, "card-fails"
    return None
