"""ClusterXchange exchanges as pure rules: the programme rules (data), eligibility,
working days, distance, the lump sum and the workflow. No Qt, no SQLAlchemy."""
