"""The router walk, compiled: aiogram's order and rules, without its per-router cost.

aiogram walks every router under the Dispatcher for every update, whether or not it has a
handler for the update's kind: each router visited copies the update's data (some forty keys)
three or four times, wraps its outer middlewares in new partials and checks its filters, and
every handler whose filters are a Command parses the text again. Louhu nests 34 routers, so a
temperature reading in a group visited 31 of them and this walk took a quarter of its CPU.

`WalkingRouter` is the root of Louhu's routers. On the first update of each kind it compiles
the tree under it into a plan of the routers that have a handler for that kind, and walks the
plan instead:

- a router whose whole subtree has no handler for the kind is not visited (callback routers by
  messages, message routers by presses): in aiogram it could only answer UNHANDLED;
- a handler with a Command filter is skipped when the message's first word cannot be any of its
  commands (wrong prefix or name, read once an update), and a router whose every handler for the
  kind is such a handler is skipped as a whole; likewise a handler with a CallbackData filter
  when the press's data has another prefix. Either filter would have refused it;
- everything else is aiogram's: a router's own filters gate it and its sub-routers and add their
  data for both, handlers are tried in order with their filters, the matched one runs inside the
  inner middlewares of its router and the routers above it, SkipHandler tries the next, and the
  first answer that is not UNHANDLED ends the walk. A router with an outer middleware for the
  kind is walked by aiogram itself.

Filters are assumed free of side effects (Louhu's are): a filter that would only have refused is
not called. Handlers and middlewares added under the root after its first update of a kind are
not seen by that kind's plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.bases import REJECTED, UNHANDLED, SkipHandler
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.filters import Command, CommandStart
from aiogram.filters.callback_data import CallbackData, CallbackQueryFilter
from aiogram.types import CallbackQuery, Message, TelegramObject


@dataclass(frozen=True, slots=True)
class _Commands:
    """What a Command filter needs of a message's first word: the prefix and the name."""

    prefixes: str
    names: frozenset[str]
    ignore_case: bool

    def may_take(self, word: tuple[str, str] | None) -> bool:
        if word is None:
            return False
        prefix, name = word
        return prefix in self.prefixes and (
            (name.casefold() if self.ignore_case else name) in self.names
        )


@dataclass(frozen=True, slots=True)
class _Prefix:
    """What a CallbackData filter needs of a press's data: its prefix before the separator."""

    separator: str
    prefix: str


@dataclass(frozen=True, slots=True)
class _Handler:
    handler: HandlerObject
    commands: _Commands | None
    callback: _Prefix | None


@dataclass(frozen=True, slots=True)
class _Node:
    router: Router
    observer: TelegramEventObserver
    own_filters: bool  # the router's .filter()s for this kind
    handlers: tuple[_Handler, ...]
    children: tuple[_Node, ...]
    commands: tuple[_Commands, ...] | None  # every handler below takes only these commands
    by_aiogram: bool  # an outer middleware below: aiogram walks this subtree itself


class WalkingRouter(Router):
    """A router that walks the routers under it by a plan compiled per kind of update."""

    def __init__(self, *, name: str | None = None) -> None:
        super().__init__(name=name)
        self._plans: dict[str, _Node | None] = {}

    async def propagate_event(self, update_type: str, event: TelegramObject, **kwargs: Any) -> Any:
        try:
            plan = self._plans[update_type]
        except KeyError:
            plan = self._plans[update_type] = _compile(self, update_type)
        if plan is None:
            return UNHANDLED
        return await _walk(plan, update_type, event, _Event(event), kwargs)


class _Event:
    """What the plan asks of an update, read at most once."""

    __slots__ = ("_data", "_event", "_word")

    def __init__(self, event: TelegramObject) -> None:
        self._event = event
        self._word: tuple[str, str] | bool | None = False
        self._data: dict[str, str] = {}

    def word(self) -> tuple[str, str] | None:
        """The message's first word as Command reads it: (prefix, name without @mention)."""
        if self._word is False:
            self._word = None
            event = self._event
            text = (event.text or event.caption) if isinstance(event, Message) else None
            if text:
                first = text.split(maxsplit=1)
                if first:
                    self._word = (first[0][0], first[0][1:].partition("@")[0])
        return self._word  # type: ignore[return-value]

    def may_press(self, prefix: _Prefix) -> bool:
        """False when CallbackData's unpack would refuse the press for its prefix."""
        event = self._event
        if not isinstance(event, CallbackQuery) or not event.data:
            return False
        head = self._data.get(prefix.separator)
        if head is None:
            head = self._data[prefix.separator] = event.data.split(prefix.separator, 1)[0]
        return head == prefix.prefix

    def may_take(self, handler: _Handler) -> bool:
        if handler.commands is not None and not handler.commands.may_take(self.word()):
            return False
        return handler.callback is None or self.may_press(handler.callback)


async def _walk(
    node: _Node, update_type: str, event: TelegramObject, seen: _Event, kwargs: dict[str, Any]
) -> Any:
    """aiogram's Router.propagate_event for the routers of the plan."""
    if node.by_aiogram:
        return await Router.propagate_event(node.router, update_type, event, **kwargs)
    if node.commands is not None:
        word = seen.word()
        if not any(c.may_take(word) for c in node.commands):
            return UNHANDLED
    kwargs = {**kwargs, "event_router": node.router}
    if node.own_filters:
        passed, kwargs = await node.observer.check_root_filters(event, **kwargs)
        if not passed:
            return UNHANDLED
    response = UNHANDLED
    if node.handlers:
        response = await _trigger(node, event, seen, kwargs)
        if response is REJECTED:  # as aiogram: the sub-routers are not tried
            return UNHANDLED
        if response is not UNHANDLED:
            return response
    for child in node.children:
        response = await _walk(child, update_type, event, seen, kwargs)
        if response is not UNHANDLED:
            break
    return response


async def _trigger(node: _Node, event: TelegramObject, seen: _Event, kwargs: dict[str, Any]) -> Any:
    """aiogram's TelegramEventObserver.trigger, past the handlers whose filter would refuse."""
    observer = node.observer
    kwargs = dict(kwargs)
    for candidate in node.handlers:
        if not seen.may_take(candidate):
            continue
        handler = candidate.handler
        kwargs["handler"] = handler
        result, data = await handler.check(event, **kwargs)
        if result:
            kwargs.update(data)
            try:
                wrapped_inner = observer.outer_middleware.wrap_middlewares(
                    observer._resolve_middlewares(), handler.call
                )
                return await wrapped_inner(event, kwargs)
            except SkipHandler:
                continue
    return UNHANDLED


def _compile(router: Router, update_type: str) -> _Node | None:
    """The plan of `router` for one kind of update; None when nothing under it takes the kind."""
    observer = router.observers.get(update_type)
    if observer is None:  # aiogram walks the sub-routers of a router without the observer
        return None if not router.sub_routers else _aiogram_node(router, update_type)
    children = tuple(
        child for sub in router.sub_routers if (child := _compile(sub, update_type)) is not None
    )
    if len(observer.outer_middleware) or any(c.by_aiogram for c in children):
        return _aiogram_node(router, update_type)
    if not observer.handlers and not children:
        return None
    handlers = tuple(_handler(h) for h in observer.handlers)
    commands: tuple[_Commands, ...] | None = None
    if all(h.commands is not None for h in handlers) and all(
        c.commands is not None for c in children
    ):
        commands = tuple(h.commands for h in handlers if h.commands is not None) + tuple(
            x for c in children for x in c.commands or ()
        )
    return _Node(
        router=router,
        observer=observer,
        own_filters=bool(observer._handler.filters),
        handlers=handlers,
        children=children,
        commands=commands,
        by_aiogram=False,
    )


def _aiogram_node(router: Router, update_type: str) -> _Node:
    return _Node(
        router=router,
        observer=router.observers.get(update_type) or router.message,
        own_filters=False,
        handlers=(),
        children=(),
        commands=None,
        by_aiogram=True,
    )


def _handler(handler: HandlerObject) -> _Handler:
    commands: _Commands | None = None
    callback: _Prefix | None = None
    for f in handler.filters or ():
        test = f.callback
        if (
            isinstance(test, Command)
            and type(test) in (Command, CommandStart)  # a subclass may read commands otherwise
            and all(isinstance(c, str) for c in test.commands)
        ):
            commands = _Commands(
                prefixes=test.prefix,
                names=frozenset(c for c in test.commands if isinstance(c, str)),
                ignore_case=test.ignore_case,
            )
        elif (
            type(test) is CallbackQueryFilter
            and test.callback_data.unpack.__func__ is CallbackData.unpack.__func__  # type: ignore[attr-defined]
        ):
            data = test.callback_data
            callback = _Prefix(separator=data.__separator__, prefix=data.__prefix__)
    return _Handler(handler=handler, commands=commands, callback=callback)
