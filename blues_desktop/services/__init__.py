"""Use cases, one transaction each. No Qt: the UI and the CLI both call these."""
