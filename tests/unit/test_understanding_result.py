"""The Understanding type, its JSON form and the registered flat."""

import json

from domain.understanding import Category, Item, Kind, Understanding, understand


def test_to_dict_is_json_ready_with_every_field() -> None:
    data = understand("3幢2单元501 帮忙买一袋大米 两桶油 十个鸡蛋").to_dict()
    assert data["kind"] == "order"
    assert data["category"] == "groceries"
    assert data["flat"] == "3-2-501"
    assert data["temperature"] is None
    assert data["lang"] == "zh"
    assert data["items"][:2] == [
        {"name": "大米", "quantity": 1, "unit": "袋"},
        {"name": "油", "quantity": 2, "unit": "桶"},
    ]
    assert "category:groceries:大米" in data["evidence"]
    assert set(data) == {
        "kind",
        "category",
        "flat",
        "temperature",
        "lang",
        "items",
        "evidence",
        "families",
        "in_doubt",
    }
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_kind_and_category_are_str_enums() -> None:
    assert Kind.EMERGENCY == "emergency"
    assert Category.MEDICAL == "medical"
    assert [kind.value for kind in Kind] == ["order", "emergency", "temperature", "other"]


def test_results_are_frozen_and_hashable() -> None:
    reading = Understanding(kind=Kind.ORDER, items=(Item("米", 1, "袋"),))
    assert hash(reading) == hash(Understanding(kind=Kind.ORDER, items=(Item("米", 1, "袋"),)))


def test_the_registered_flat_fills_in_when_the_message_names_none() -> None:
    reading = understand("帮忙买点鸡蛋", registered_flat="3-2-501")
    assert reading.flat == "3-2-501"
    assert "flat:registered:3-2-501" in reading.evidence


def test_a_flat_named_in_the_message_wins_over_the_registered_one() -> None:
    assert understand("帮忙买点鸡蛋 5-1-302", registered_flat="3-2-501").flat == "5-1-302"


def test_no_flat_at_all_is_none() -> None:
    assert understand("帮忙买点鸡蛋").flat is None


def test_evidence_ends_with_the_kind() -> None:
    assert understand("36.8").evidence[-1] == "kind:temperature"


def test_a_medical_order_the_emergency_reading_doubts_keeps_the_question() -> None:
    """A volunteer is no medic: a check-up asked for someone who may be at risk is asked about."""
    for text in (
        "my friend in 3-2-501 texted me she's thinking of jumping, can someone go check on her",
        "朋友说她站在阳台上 能不能请医生去看看她 3-2-501",
    ):
        reading = understand(text)
        assert (reading.kind, reading.category) == (Kind.ORDER, Category.MEDICAL)
        assert reading.in_doubt, text


def test_an_ordinary_order_a_rule_doubts_is_not_asked_about() -> None:
    """A gas stove that will not light is a repair card, not a question to the group."""
    reading = understand("my gas stove won't light, tried everything. could someone take a look?")
    assert reading.kind is Kind.ORDER
    assert not reading.in_doubt
