"""Widgets, dialogs and Qt models of the Events page."""
