"""Bundles: one signed, encrypted file that carries an office's changes to the coordinator
and the coordinator's decisions back. docs/bundle-format.md is the specification."""
