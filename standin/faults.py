"""Scripted failures: the next matching calls get a 429, a 5xx, a 403 or no answer at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from standin.checks import ApiError

FaultKind = Literal["429", "500", "502", "timeout", "403"]

#: the error each fault answers with ("timeout" answers nothing while it hangs)
FAULT_ERRORS: dict[str, tuple[int, str]] = {
    "429": (429, "Too Many Requests: retry after {retry_after}"),
    "500": (500, "Internal Server Error"),
    "502": (502, "Bad Gateway"),
    "403": (403, "Forbidden: bot was kicked from the group chat"),
}


@dataclass
class Fault:
    """A scripted failure for the next `remaining` matching calls of `method`."""

    method: str
    error: str
    remaining: int
    retry_after: int = 1
    predicate: Callable[[dict[str, Any]], bool] | None = None
    hang_seconds: float = 30.0
    apply: bool = False
    description: str | None = None

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        """Whether this fault applies to a call."""
        if self.remaining <= 0 or method != self.method:
            return False
        return self.predicate is None or bool(self.predicate(params))

    def error_response(self) -> ApiError:
        """The error this fault answers with (not for "timeout")."""
        code, template = FAULT_ERRORS[self.error]
        description = self.description or template.format(retry_after=self.retry_after)
        parameters = {"retry_after": self.retry_after} if self.error == "429" else None
        return ApiError(code, description, parameters)


class FaultPlan:
    """The faults still to happen, in the order they were asked for."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        """Schedule a fault; unknown kinds are refused."""
        if fault.error not in (*FAULT_ERRORS, "timeout"):
            raise ValueError(f"unknown fault {fault.error!r}; use 429, 500, 502, 403 or timeout")
        self._faults.append(fault)
        return fault

    def take(self, method: str, params: dict[str, Any]) -> Fault | None:
        """The first fault this call meets, used up by one; None if the call goes through."""
        fault = next((f for f in self._faults if f.matches(method, params)), None)
        if fault is not None:
            fault.remaining -= 1
            if fault.remaining <= 0:
                self._faults.remove(fault)
        return fault

    def clear(self) -> None:
        """Forget every fault not yet used up."""
        self._faults.clear()
