"""Widgets of the Bundles page."""
