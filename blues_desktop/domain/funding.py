"""The EU funding statement and disclaimer that every document and the About box carry."""

from blues_desktop import GRANT_NUMBER

PROJECT_NAME = "BLUES"
PROJECT_TITLE = "Blue and Eco industries cluster exchange for industrial modernisation"

FUNDING_STATEMENT = (
    f"The BLUES project is funded by the European Union's COSME Programme "
    f"under grant agreement No {GRANT_NUMBER}."
)

DISCLAIMER = (
    "This content represents the views of its author only, who is solely responsible for it. "
    "It cannot be considered to reflect the views of the European Commission, the European "
    "Innovation Council and SMEs Executive Agency (formerly EASME) or any other body of the "
    "European Union, which accept no responsibility for any use made of the information it contains."
)

# Printed under the EU emblem on report covers (the COSME wording of the grant's time).
EMBLEM_TEXT = "Co-funded by the COSME programme of the European Union"
