"""Widgets of the Timesheets page."""
