"""Qt pieces of the Exchanges page: the lazy table model, dialogs and the PDF preview."""
