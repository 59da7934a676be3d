"""An incident's source key for a message: the form migration 0004 wrote for older incidents."""

from __future__ import annotations

from models.incidents import message_key


def test_message_key_matches_the_migrated_keys() -> None:
    # 0004 keyed existing incidents 'msg:<chat>:<message>'; a new report of the same message
    # must produce the same key, or it would open a second incident
    assert message_key(-100123, 43) == "msg:-100123:43"


def test_message_keys_differ_by_chat_and_message() -> None:
    assert len({message_key(-1, 2), message_key(-2, 1), message_key(-1, 1)}) == 3
