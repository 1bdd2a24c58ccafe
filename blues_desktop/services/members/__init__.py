"""The member register: organisations and their contacts."""
