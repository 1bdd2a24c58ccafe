"""Pure rules of the BLUES partnership: no Qt, no SQLAlchemy, no files."""
