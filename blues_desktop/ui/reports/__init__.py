"""The coordinator's dashboard: charts with their tables, and data freshness."""
