"""10,000 hostile messages through understanding's rules: none may raise (core.understand would
hide a crash as "in doubt", so the rules are called without that net)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.understanding.core import _understand
from domain.understanding.model import Kind
from tests.support.fuzz import messages

BATCH = 10  # 1,000 examples of 10: hypothesis' cost per example outweighs the rules' per message


@settings(max_examples=1_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(batch=st.lists(messages, min_size=BATCH, max_size=BATCH))
def test_rules_read_any_text_without_raising(batch: list[str]) -> None:
    for text in batch:
        result = _understand(text)
        assert result.kind in Kind
        assert (result.category is not None) == (result.kind is Kind.ORDER)
        assert result.temperature is None or 34.0 <= result.temperature <= 43.0
        assert result.flat is None or 0 < len(result.flat) <= 32
