"""The `blues` command: argument parsing and printing over services, bundles and documents."""
