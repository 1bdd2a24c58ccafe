"""BLUES Desktop: the offline tool of the BLUES cluster partnership (COSME grant 874426)."""

__version__ = "0.1.0"

APP_NAME = "BLUES Desktop"
GRANT_NUMBER = "874426"
