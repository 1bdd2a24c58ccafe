"""Import of member lists from .xlsx and .csv: read, map columns, preview, then commit."""
