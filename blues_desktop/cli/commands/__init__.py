"""One module per topic; each exposes `register(subparsers)`."""
