"""One module per page of the main window; each builds a `Page`."""
