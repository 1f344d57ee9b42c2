"""Sides and outlets: reference data that claims and sources point to."""

from __future__ import annotations

from django.contrib import admin

from claims.admin.base import ModelAdmin
from claims.models import Outlet, Side


@admin.register(Side)
class SideAdmin(ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(Outlet)
class OutletAdmin(ModelAdmin):
    list_display = ["name", "kind", "country", "side", "url"]
    list_filter = ["kind", "side", "country"]
    list_select_related = ["side"]
    search_fields = ["name", "country"]
