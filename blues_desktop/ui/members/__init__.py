"""Widgets of the Members page."""
