"""A webhook counts as reaching someone only when ESCALATION_WEBHOOKS configures its key."""

from __future__ import annotations

import pytest

from domain.incidents import IncidentAction
from tests.support.factories import RecordingNotifier, make_chain
from tests.support.incidents import act_on, incident_world, report_cardiac


@pytest.mark.parametrize("configured", [False, True])
async def test_an_unconfigured_webhook_reaches_nobody(sessionmaker, clock, configured) -> None:
    w = await incident_world(sessionmaker, clock, chain=False)
    async with sessionmaker() as session:
        await make_chain(
            session,
            w.building.community,
            ("短信网关", 60, "", False, "sms"),  # a gateway only
            ("楼道长", 120, "role:lead", False),
        )
        await session.commit()
    notifier = RecordingNotifier(webhooks={"sms"} if configured else set())
    incident = await report_cardiac(sessionmaker, clock, notifier, w)
    assert incident is not None
    opened = [e for e in notifier.events if e[0] == "opened"]
    webhooks = [e for e in notifier.events if e[0] == "webhook"]
    if configured:  # the gateway is the first level, and the resident is told it is called
        assert opened == [("opened", incident.id, "短信网关")]
        assert webhooks == [("webhook", 0, "sms:alert")]
        assert notifier.alerts == []
    else:  # passed over at once: the lead is alerted now and named, the gateway is not
        assert opened == [("opened", incident.id, "楼道长")]
        assert webhooks == []
        assert notifier.alerts == [(1, 0, w.lead.id)]
    await act_on(
        sessionmaker, clock, notifier, incident.id, IncidentAction.ACKNOWLEDGE, w.lead.id, w.lead.id
    )
    sent = [e for e in notifier.events if e[0] == "webhook"]
    assert sent == ([("webhook", 0, "sms:alert"), ("webhook", 0, "sms:ack")] if configured else [])
