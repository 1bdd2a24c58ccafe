"""The batch id source for imports gives what new_id gives: random version 4 UUIDs."""

from __future__ import annotations

import uuid
from itertools import islice

from blues_desktop.store.models.base import new_ids


def test_new_ids_are_distinct_version_4_uuids_in_canonical_form() -> None:
    ids = list(islice(new_ids(batch=64), 1000))  # crosses several batches
    assert len(set(ids)) == 1000
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
        assert str(parsed) == text  # lower case, hyphenated, 36 characters
