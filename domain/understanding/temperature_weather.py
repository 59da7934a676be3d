"""Heat advice to the whole group beside a whole number: the day's weather, not a reading
(今天又是38度 大家多喝水, 39 degrees again today, stay hydrated everyone). Asked by _plausible()
in temperature.py. Advice to one patient is no weather (孩子38度 多喝水就行吗)."""

from __future__ import annotations

from domain.understanding.prefilter import compile_prefiltered

_HEAT_ADVICE = compile_prefiltered(
    r"大家(?:都)?(?:多喝水|多补水|注意防暑|注意降温|小心中暑|别中暑)|防暑降温|"
    r"(?<![a-z])(?:stay hydrated|drink plenty of water|keep cool|stay cool),? (?:everyone|all|"
    r"folks|neighbours|neighbors)(?![a-z])|"
    r"(?<![a-z])(?:everyone|all|folks),? (?:stay hydrated|drink plenty of water|keep cool|"
    r"stay cool)(?![a-z])"
)


def heat_advice(text: str) -> bool:
    """Whether the message gives the group advice against the heat."""
    return _HEAT_ADVICE.search(text) is not None
