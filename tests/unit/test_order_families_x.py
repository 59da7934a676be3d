"""Orders by family, from the misses of blind rounds 187-190: orders read in their category,
heat advice read as weather, a room after a time asked, in zh and en (told, not asked:
test_order_told.py). Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Category, Kind, understand
from domain.understanding.flats import find_flat
from tests.support.families import cases, check_order

RECATEGORIZED: dict[str, list[tuple[str, Category]]] = {
    "rehydration salts, a broken air conditioner only why: medicine": [
        ("没空调 老人出了好多汗 能帮买几包补液盐吗 3-2-501", Category.MEDICINE),
        (
            "Could someone bring rehydration salts? no AC here, grandma is sweating, 7-1-302",
            Category.MEDICINE,
        ),
    ],
    "a doctor asked to phone, the drugs only what to talk about: medical": [
        ("能不能请医生打个电话 想问问药要不要换 3-1-402", Category.MEDICAL),
        ("Can the doctor call me about my dose? not urgent, 2-2-803", Category.MEDICAL),
    ],
    "a utility bill paid for the writer, an outage only why: errand": [
        ("电费快没了 要断电了 谁能帮忙交一下 8-1-1002", Category.ERRAND),
    ],
    "an access card that fails to open: repair": [
        ("门卡失灵了 打不开楼道门 能来看看吗 2-1-301", Category.REPAIR),
        ("门禁卡刷不开了 麻烦处理一下 4-2-1202", Category.REPAIR),
    ],
    "a drug no lexicon knows, for an old complaint flared up: medicine": [
        ("老胃病又犯了 谁能帮我带盒乐胃宁 3-1-202", Category.MEDICINE),
        ("老胃病又犯了 帮买两盒舒胃灵 7-1-602", Category.MEDICINE),
        (
            "My stomach is playing up again, could someone bring me a box of Zantaflex? 5-2-301",
            Category.MEDICINE,
        ),
    ],
    "look-alikes that keep their category": [
        ("门禁卡丢了 能帮我去物业补办一张吗 3-1-202", Category.ERRAND),
        ("空调坏了 能找人来修吗 3-2-1101", Category.REPAIR),
        ("能帮买点降压药吗 医生说要调药 5-1-101", Category.MEDICINE),
        ("胃病又犯了 帮买两斤小米熬粥 7-1-602", Category.GROCERIES),
    ],
}


@pytest.mark.parametrize(("text", "category"), cases(RECATEGORIZED))
def test_recategorized(text: str, category: Category) -> None:
    check_order(text, category)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("明天39度 大家注意防暑", Kind.OTHER),
        ("37 degrees again today, stay hydrated everyone", Kind.OTHER),
        ("孩子38度 多喝水就行吗", Kind.TEMPERATURE),
        ("老公38度 头疼 大家有退烧药吗", Kind.TEMPERATURE),
    ],
)
def test_heat_advice_is_weather(text: str, kind: Kind) -> None:
    reading = understand(text)
    assert reading.kind is kind, reading.evidence


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("疫苗超期了 能不能帮忙约个时间 5-702", "5-702"),
        ("Could the clinic book a time for us? 7-1201", "7-1201"),
        ("约个时间 10-30", None),
        ("time 9-30 please", None),
    ],
)
def test_room_after_time_asked(text: str, flat: str | None) -> None:
    assert find_flat(text) == flat
