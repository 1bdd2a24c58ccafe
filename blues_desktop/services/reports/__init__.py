"""The partnership's figures for the dashboard and the periodic report pack.

Each module computes one area (exchanges, members, events, effort, freshness) for a
reporting window (a period of the grant, cut at an "as of" date) and returns frozen
dataclasses; `definitions.py` holds the one table that says how each figure counts.
"""
