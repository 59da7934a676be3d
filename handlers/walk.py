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
- filters that are all magic F filters (F.chat.type == "private", F.photo, ...) are called on
  the event alone, as plain functions where they are a chain of attributes and one comparison,
  instead of through aiogram's check, which copies the update's data for each;
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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiogram import Router
from aiogram.dispatcher.event.bases import REJECTED, UNHANDLED, SkipHandler
from aiogram.dispatcher.event.handler import FilterObject, HandlerObject
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.filters import Command, CommandStart
from aiogram.filters.callback_data import CallbackData, CallbackQueryFilter
from aiogram.types import CallbackQuery, Message, TelegramObject
from magic_filter import MagicFilter
from magic_filter.operations import (
    BaseOperation,
    CombinationOperation,
    ComparatorOperation,
    FunctionOperation,
    GetAttributeOperation,
)

Test = Callable[[Any], Any]


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
    tests: tuple[Test, ...] | None  # every filter is a magic F filter: these, on the event


@dataclass(frozen=True, slots=True)
class _Node:
    router: Router
    observer: TelegramEventObserver
    own_filters: bool  # the router's .filter()s for this kind
    own_tests: tuple[Test, ...] | None  # they are all magic F filters: these, on the event
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
        passed = _passes(node.own_tests, event)
        if passed is None:  # not all plain tests, or one gave data: aiogram's own check
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
        result = _passes(candidate.tests, event)
        if result is None:  # not all plain tests, or one gave data: aiogram's own check
            result, data = await handler.check(event, **kwargs)
            if result:
                kwargs.update(data)
        if result:
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
        own_tests=_tests(observer._handler.filters or ()),
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
        own_tests=None,
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
    return _Handler(
        handler=handler,
        commands=commands,
        callback=callback,
        tests=_tests(handler.filters or ()),
    )


def _passes(tests: tuple[Test, ...] | None, event: TelegramObject) -> bool | None:
    """aiogram's check of filters that are all magic F filters, without copying the update's
    data for each: False at the first that refuses, True when all pass. None when there are
    other filters, or a test gave a dict (data for the handler): aiogram's check then."""
    if tests is None:
        return None
    for test in tests:
        result = test(event)
        if not result:
            return False
        if isinstance(result, dict):
            return None
    return True


def _tests(filters: Sequence[FilterObject]) -> tuple[Test, ...] | None:
    """The filters as plain tests of the event, when every one is a magic F filter."""
    if not filters or any(f.magic is None for f in filters):
        return None
    return tuple(_plain(f.magic) for f in filters if f.magic is not None)


def _plain(magic: MagicFilter) -> Test:
    """`magic.resolve`, as a plain function when the filter is a chain of attributes with at
    most one comparison, `is_`, or function such as `in_` at the end (F.chat.type == "private",
    F.photo, F.from_user.is_bot.is_(False), F.chat.type.in_({...})); magic_filter otherwise.

    Exactly magic_filter's rules for these: a missing attribute (or one read on None) rejects
    and the result is None; a function that raises TypeError or ValueError rejects too.
    """
    operations: tuple[BaseOperation, ...] = magic._operations
    names: list[str] = []
    for operation in operations:
        if type(operation) is not GetAttributeOperation:
            break
        names.append(operation.name)
    rest = operations[len(names) :]
    last = rest[0] if len(rest) == 1 else None
    if len(rest) > 1 or (rest and _tail(last) is None):
        return magic.resolve
    tail = _tail(last) if last is not None else None
    chain = tuple(names)

    def plain(value: Any) -> Any:
        try:
            for name in chain:
                value = getattr(value, name)
        except AttributeError:
            return None
        return value if tail is None else tail(value)

    return plain


def _tail(operation: BaseOperation | None) -> Test | None:
    """The last operation of a chain as a function of the value, if it is a known one whose
    operand is a constant (not another magic filter)."""
    if type(operation) is ComparatorOperation and not isinstance(operation.right, MagicFilter):
        comparator, right = operation.comparator, operation.right
        return lambda value: comparator(value, right)
    if type(operation) is CombinationOperation and not isinstance(operation.right, MagicFilter):
        combinator, operand = operation.combinator, operation.right
        return lambda value: combinator(value, operand)
    if (
        type(operation) is FunctionOperation
        and not operation.kwargs
        and not any(isinstance(a, MagicFilter) for a in operation.args)
    ):
        function, args = operation.function, operation.args

        def call(value: Any) -> Any:
            try:
                return function(*args, value)
            except (TypeError, ValueError):
                return None

        return call
    return None
