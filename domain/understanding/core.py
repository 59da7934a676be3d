"""understand(): one group message in, one Understanding out; never raises."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, replace

from domain.understanding.dialect import read_dialect
from domain.understanding.doubt_net import order_doubt, wider_doubt
from domain.understanding.emergency import assess
from domain.understanding.emergency_calm_readings import CALM_READINGS
from domain.understanding.flats import find_flat_normalized, list_flat
from domain.understanding.group_list import GroupList, read_group_list
from domain.understanding.items import find_items
from domain.understanding.lang import detect_lang
from domain.understanding.model import Category, Item, Kind, Understanding
from domain.understanding.order_asks import find_request
from domain.understanding.order_missed import SHARE_TAKEN
from domain.understanding.orders import OrderReading, read_list_order, read_order
from domain.understanding.pinyin import from_pinyin, looks_like_pinyin
from domain.understanding.quotes import MISSED_ROUND, own_words
from domain.understanding.temperature import find_readings, told_of_before
from domain.understanding.terms import Term, find_terms
from domain.understanding.text import Segments, has_cjk, normalize

MAX_EVIDENCE = 24
MAX_EVIDENCE_CHARS = 80

logger = logging.getLogger(__name__)


@dataclass
class FailureCount:
    """How many messages understanding failed on since start, for /metrics."""

    total: int = 0


# Counted here because understand() is a plain function called from many places; a process-wide
# tally is what /metrics reports.
FAILURES = FailureCount()


def understand(text: str, registered_flat: str | None = None) -> Understanding:
    """Read a group message: kind, category, flat, temperature, language, items, evidence."""
    try:
        reading = _understand(text if isinstance(text, str) else "")
    except Exception as error:  # a safety net: a message must never break the bot
        # Never silent: logged, counted, and in doubt, so that the group is asked whether help
        # is needed. The text is not logged (privacy): its length and a hash are; callers log
        # the message id.
        FAILURES.total += 1
        body = text if isinstance(text, str) else repr(text)
        digest = hashlib.sha256(body.encode("utf-8", "replace")).hexdigest()[:12]
        logger.exception(
            "understanding failed (text of %d chars, sha256 %s): %r", len(body), digest, error
        )
        return Understanding(
            kind=Kind.OTHER,
            flat=registered_flat,
            evidence=(f"error:{type(error).__name__}",),
            in_doubt=True,
        )
    return with_registered_flat(reading, registered_flat)


def with_registered_flat(reading: Understanding, registered_flat: str | None) -> Understanding:
    """understand(text, registered_flat) made from `reading`, understand(text): the registered
    flat only stands in for a flat the text does not name, so the text is not read again."""
    if reading.flat is not None or registered_flat is None:
        return reading
    evidence = reading.evidence
    if registered_flat and evidence and evidence[-1].startswith("kind:"):
        # before the kind, which stays last (and dropped past the bound, as _tidy drops)
        evidence = _tidy([*evidence[:-1], f"flat:registered:{registered_flat}", evidence[-1]])
    return replace(reading, flat=registered_flat, evidence=evidence)


# The shapes of the burst's bulk that cannot tell of danger: flats, readings in the normal range,
# thanks and acknowledgements (and nothing else: any other word, letter or sign goes on to
# understand()). A fever's reading (°C or °F) is not calm here: it may be grave with a word.
_CALM_WORDS = (
    "体温|测温|报体温|报温|已报|已测|打卡|正常|全家|一家|收到|好的|好|谢谢|感谢|辛苦了|早上好|早|"
    "栋|幢|号楼|号|楼|单元|室|层|座|度|℃|°c|°|"
    "ok|okay|thanks|thank you|thx|received|noted|temp|bldg|room|unit|"
    "👍|🙏|👌|❤️|❤|🌹|😊"
)
_CALM_SIGNS = r"[\s\d.,，。、:：;；()（）#/\-~～!！+]"
_CALM_SHAPE = re.compile(rf"(?:{_CALM_SIGNS}|{_CALM_WORDS})*", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
FEVERS = ((37.3, 46.0), (99.0, 115.0))  # Celsius, Fahrenheit
_ARABIC = frozenset("0123456789")


def may_be_urgent(text: str) -> bool:
    """A cheap pre-test: False only for texts understand() cannot raise or put in doubt.

    Inbound updates are sorted by it before any is understood (bot/inbound.py): a burst's
    readings and acknowledgements are calm at a glance; anything else may be urgent and is
    understood to know. tests/unit/test_may_be_urgent.py checks it over every labeled set.
    """
    if not isinstance(text, str) or _CALM_SHAPE.fullmatch(text) is None:
        return True
    for number in _NUMBER.findall(text):
        if set(number) <= _ARABIC and len(number) > 3:
            continue  # a flat or a room, not a reading
        if any(low <= float(number) <= high for low, high in FEVERS):
            return True
    return False


def raised_or_doubted(text: str) -> bool:
    """Whether understand() could raise the text as an emergency or put it in doubt: the
    emergency and doubt readings alone, without the order's (a superset of its verdict; half
    its time for an order). For sorting inbound updates after may_be_urgent()."""
    try:
        text = normalize(text)
        if not has_cjk(text) and looks_like_pinyin(text):
            text = from_pinyin(text)
        segments = Segments(text)
        found = find_flat_normalized(text)
        masked = [(found[1], found[2])] if found else []
        emergency = assess(text, segments, find_readings(text, segments, masked))
        if emergency.urgent or emergency.in_doubt:
            return True
        calm = read_calm(emergency.evidence)
        return (
            wider_doubt(text, segments, calm=calm) is not None
            or order_doubt(text, segments) is not None
        )
    except Exception:  # understand() puts a text it fails on in doubt
        return True


def _own_order(spoken: str, terms: list[Term]) -> OrderReading | None:
    """The order the writer places: a quoted ask (回复 @…：帮忙买米) is not theirs, a quoted
    notice (> 通知：…, 「物业：…」) vetoes nothing of theirs, but the goods a quote names still
    tell what their own ask is for (「团长：蔬菜包还剩5份」 给我留一份)."""
    own = own_words(spoken)
    if own == spoken:
        return read_order(spoken, terms)
    own_terms = find_terms(own)
    order = read_order(own, own_terms)
    if MISSED_ROUND.search(own) and not own_terms:
        # > 今天下午四点收垃圾 / 我错过了 还有一袋能再来一趟吗: the round quoted names the
        # service, unless the quote holds an ask of its own
        ask = find_request(spoken)
        if ask is None or own[ask.start()] != " ":
            return read_order(spoken, terms) or order
    if order is not None:
        if terms and not any(t.category is not None for t in own_terms):
            # 回复 @奶站 '…' -- 到了帮我取一下: the quote names what the writer's ask is for
            return read_order(spoken, terms) or order
        return order
    if find_request(own) is None and not SHARE_TAKEN.search(own):
        return None  # no ask but the quote's (a share of it taken is one: order_missed)
    return read_order(spoken, terms)


def _understand(raw: str) -> Understanding:
    """The work behind understand()."""
    text = normalize(raw)
    pinyin = not has_cjk(text) and looks_like_pinyin(text)
    if pinyin:
        text = from_pinyin(text)  # jiuming wo ba xiongkou tong: 救命我爸胸口痛
    segments = Segments(text)
    evidence: list[str] = []
    found = find_flat_normalized(text)
    masked = [(found[1], found[2])] if found else []
    if (own := list_flat(text)) is not None:
        found = own  # a 接龙's poster is its last line
        masked.append((own[1], own[2]))
    readings = find_readings(text, segments, masked)
    temperature = readings[-1].celsius if readings else None
    lang = "zh" if pinyin else detect_lang(text)  # pinyin is Chinese typed in Latin letters
    emergency = assess(text, segments, readings)
    evidence.extend(emergency.evidence)
    category = None
    items: tuple[Item, ...] = ()
    group_list: GroupList | None = None
    if emergency.urgent:
        kind = Kind.EMERGENCY
    else:
        spoken = read_dialect(text)  # 侬帮阿拉充一下, 唔该帮我买: read as Mandarin
        terms = find_terms(spoken)
        order = _own_order(spoken, terms)
        group_list = read_group_list(raw)
        if order is None and group_list is not None and _with_goods(group_list):
            # a pasted 接龙 (numbered households and their goods) is a shopping round
            order = read_list_order(text, terms, len(group_list.lines))
        if order is not None:
            kind = Kind.ORDER
            category = order.category
            evidence.extend(order.evidence)
            items = find_items(spoken, terms, masked)
        elif readings and not told_of_before(text, segments, readings[-1]):
            kind = Kind.TEMPERATURE  # (上次宝宝烧到39.6抽筋: a memory told, not a report)
        else:
            kind = Kind.OTHER
    # an order reaches a human; but a volunteer is no medic: a medical order stays in doubt
    in_doubt = emergency.in_doubt and (kind is not Kind.ORDER or category is Category.MEDICAL)
    if not emergency.urgent and not emergency.in_doubt:
        # only ever the question, never the chain; an order's card reaches a volunteer, not a
        # medic, so an order telling of grave danger is asked about too
        doubt = (
            order_doubt(text, segments)
            if kind is Kind.ORDER
            else wider_doubt(text, segments, calm=read_calm(emergency.evidence))
        )
        if doubt is not None:
            in_doubt = True
            evidence.append(doubt)
    if temperature is not None:
        evidence.append(f"temperature:{readings[-1].raw}->{temperature}")
    flat = found[0] if found else None
    if flat is not None:
        evidence.append(f"flat:{flat}")
    evidence.append(f"kind:{kind}")
    return Understanding(
        kind=kind,
        category=category,
        flat=flat,
        temperature=temperature,
        lang=lang,
        items=items,
        evidence=_tidy(evidence),
        families=emergency.families,
        in_doubt=in_doubt,
        group_list=group_list,
    )


_CALM_REASONS = tuple(f"{reading.name}:" for reading in CALM_READINGS)


def read_calm(evidence: list[str]) -> bool:
    """Whether the rules read a trigger as calm (negated:…, idiom:…, joke:…, hypothetical:…):
    then the doubt net's model does not ask where no concept is named."""
    return any(entry.startswith(_CALM_REASONS) for entry in evidence)


def _with_goods(group_list: GroupList) -> bool:
    """Whether a 接龙's lines name goods (a sign-up for sampling names none), counted or not
    (Meds list for the pharmacy run: 1. 2-201 metformin 2. 2-402 aspirin)."""
    return any(
        line.items or any(term.itemable for term in find_terms(line.note or ""))
        for line in group_list.lines
    )


def _tidy(evidence: list[str]) -> tuple[str, ...]:
    """Unique, short, bounded evidence strings."""
    seen: dict[str, None] = {}
    for entry in evidence:
        seen.setdefault(entry[:MAX_EVIDENCE_CHARS], None)
    entries = list(seen)
    if len(entries) > MAX_EVIDENCE:
        entries = [*entries[: MAX_EVIDENCE - 1], entries[-1]]
    return tuple(entries)
