"""Partners and keys: this office's card (fingerprint, QR code, file), partners' cards
registered after comparing fingerprints, this office's keys changed, a partner's revoked."""
