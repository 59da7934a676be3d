"""Typed, versioned callback data for inline buttons."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData

from domain.order_rules import OrderAction


class OrderCallback(CallbackData, prefix="o1"):
    """A press on an order card; "o1" is version 1 of this layout."""

    action: OrderAction
    order_id: int
