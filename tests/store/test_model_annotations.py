"""The models' column annotations are objects, not strings SQLAlchemy evaluates at start."""

from __future__ import annotations

from sqlalchemy.orm import Mapped

from blues_desktop.store.models import Base


def test_every_mapped_annotation_is_an_object_not_a_string() -> None:
    classes = {cls for mapper in Base.registry.mappers for cls in mapper.class_.__mro__}
    annotations = {
        f"{cls.__name__}.{name}": value
        for cls in classes
        if cls.__module__.startswith("blues_desktop.store.models")
        for name, value in vars(cls).get("__annotations__", {}).items()
    }
    assert len(annotations) > 200  # every table's columns, the sync mixin's included
    as_text = sorted(name for name, value in annotations.items() if isinstance(value, str))
    assert as_text == []
    assert all(getattr(value, "__origin__", None) is Mapped for value in annotations.values())
