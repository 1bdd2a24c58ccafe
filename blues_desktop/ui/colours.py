"""The colours the window uses to mean something, named once.

Errors are a dark red and notices a dark amber: both readable on a light theme and in
black-and-white screenshots, and the same everywhere a user meets them.
"""

from __future__ import annotations

ERROR_COLOUR = "#a00000"
NOTICE_COLOUR = "#7a4b00"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
NOTICE_STYLE = f"color: {NOTICE_COLOUR};"
