"""Which first-aid line fits an emergency: decided by what understanding found, never the raw text.

The texts (locales/*/louhu.ftl, keys `first-aid-<hint>`) keep to what these say, and to the
step every one of them puts first: call the emergency number (120 ambulance, 119 fire, 110 police):
- IFRC, International First Aid, Resuscitation, and Education Guidelines 2020;
- American Heart Association, 2020 AHA Guidelines for CPR and Emergency Cardiovascular Care
  (dispatcher-guided compressions for anyone unresponsive and not breathing normally), and the
  2020 AHA and American Red Cross Focused Update for First Aid;
- European Resuscitation Council Guidelines 2021: First Aid, and ERC Guidelines 2021: Basic
  Life Support (choking, drowning);
- NICE guideline NG143, Fever in under 5s: assessment and initial management (2019) (infant fever);
- WHO, mhGAP Intervention Guide version 2.0 (2016), module on self-harm/suicide (do not leave the
  person alone, remove the means).
The fire, gas, electric-shock and violence lines are the emergency services' common safety
advice (get out, do not touch, call 119 or 110), not first aid from the documents above.
"""

from __future__ import annotations

from collections.abc import Iterable

from domain.understanding import EmergencyFamily

GENERAL = "general"
"""The line for an emergency with no family: call 120 now, unlock the door, stay with them."""

# One line of advice per family. The first family understanding names (the strongest evidence)
# decides; a family it negated ("不是着火") is never named, so it never gives advice.
ADVICE: dict[EmergencyFamily, str] = {
    EmergencyFamily.NOT_BREATHING: "not-breathing",
    EmergencyFamily.UNRESPONSIVE: "unresponsive",
    EmergencyFamily.BREATHING: "breathing",
    EmergencyFamily.CHOKING: "choking",
    EmergencyFamily.CARDIAC: "cardiac",
    EmergencyFamily.STROKE: "stroke",
    EmergencyFamily.BLEEDING: "bleeding",
    EmergencyFamily.BURN: "burn",
    EmergencyFamily.SEIZURE: "seizure",
    EmergencyFamily.POISONING: "poisoning",
    EmergencyFamily.FIRE: "fire",
    EmergencyFamily.GAS: "gas",
    EmergencyFamily.SUICIDE: "suicide",
    EmergencyFamily.LABOUR: "labour",
    EmergencyFamily.FALL: "fall",
    EmergencyFamily.INFANT_FEVER: "infant-fever",
    EmergencyFamily.DROWNING: "drowning",
    EmergencyFamily.ELECTRIC_SHOCK: "electric-shock",
    EmergencyFamily.VIOLENCE: "violence",
}


def first_aid_hint(families: Iterable[EmergencyFamily]) -> str:
    """The hint for what was understood, e.g. "cardiac"; the general line when no family fits."""
    for family in families:
        if family in ADVICE:
            return ADVICE[family]
    return GENERAL
