"""Orders by family, from the misses of blind rounds 187-190: orders read in their category,
heat advice read as weather, a room after a time asked, in zh and en (told, not asked:
test_order_told.py). Paraphrases, not the rounds' sentences."""

import pytest

from domain.understanding import Kind, understand
from domain.understanding.flats import find_flat


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
