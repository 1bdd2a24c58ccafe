"""The Unicode font every PDF embeds, so ř, ł, ñ, é, ß and Cyrillic print right."""

from __future__ import annotations

import zlib
from functools import cache, lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from blues_desktop.assets import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

# Distinct subsets kept: a batch's documents share a few (the bold font draws the same
# headings and labels in each agreement), each about 35 kB before compression.
SUBSETS_KEPT = 64


@lru_cache(maxsize=SUBSETS_KEPT)
def _subset(face: TTFontFace, characters: tuple[int, ...]) -> bytes:
    return TTFontFace.makeSubset(face, list(characters))


@lru_cache(maxsize=2 * SUBSETS_KEPT)
def _compressed(data: bytes) -> bytes:
    return zlib.compress(data)


class _CompressedOnce:
    """reportlab's Flate filter (the same bytes), remembering the font programs and
    character maps it has compressed."""

    pdfname = "FlateDecode"

    def encode(self, data: bytes | str) -> bytes:
        return _compressed(data.encode("utf-8") if isinstance(data, str) else data)


@lru_cache(maxsize=SUBSETS_KEPT)
def _widths(face: TTFontFace, characters: tuple[int, ...]) -> bytes:
    return bytes(pdfdoc.format(pdfdoc.PDFArray(map(face.getCharWidth, characters)), None))


class _WidthsOnce(pdfdoc.PDFObject):
    """A subset's glyph widths, written out once per distinct subset (the same bytes as
    reportlab's array of numbers)."""

    def __init__(self, face: TTFontFace, characters: tuple[int, ...]) -> None:
        self.face, self.characters = face, characters

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return _widths(self.face, self.characters)


class _SubsetOnceFace(TTFontFace):
    """A font face that builds and compresses each distinct subset once per run.

    Every PDF embeds the subset of the font it draws: a font program rebuilt from the
    characters used and compressed, per document. In a batch most documents use the
    same characters (a bold font drawing the same headings), so this was most of a
    one-page document's time. The key is the exact list of characters and the font
    file never changes while the program runs, so a subset is never out of date."""

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802 (reportlab's name)
        return _subset(self, tuple(subset))

    def addSubsetObjects(self, doc, fontname, subset):  # type: ignore[no-untyped-def]  # noqa: N802
        reference = super().addSubsetObjects(doc, fontname, subset)
        program = doc.idToObject[doc.idToObject[reference.name]["FontFile2"].name]
        if program.filters:  # the document compresses its streams
            program.filters = [_COMPRESSED_ONCE]
        return reference


_COMPRESSED_ONCE = _CompressedOnce()


class _EmbeddedFont(TTFont):
    """reportlab's TrueType font, whose per-subset objects (widths, character map) are
    written out once per distinct subset."""

    def addObjects(self, doc):  # type: ignore[no-untyped-def]  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        super().addObjects(doc)  # forgets the document's state
        if state is None or state.internalName is None:
            return
        for number, subset in enumerate(state.subsets):
            pdf_font = doc.idToObject[f"{state.internalName}+{number}"]
            pdf_font.Widths = _WidthsOnce(self.face, tuple(subset))
            unicode_map = doc.idToObject[pdf_font.ToUnicode.name]
            if unicode_map.filters:
                unicode_map.filters = [_COMPRESSED_ONCE]


def _font(name: str, file_name: str) -> TTFont:
    font = _EmbeddedFont(name, str(resource_path("fonts", file_name)))
    font.face.__class__ = _SubsetOnceFace  # the face reportlab loaded, with the memory above
    return font


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular and bold) once; returns the family name."""
    pdfmetrics.registerFont(_font(FONT, "DejaVuSans.ttf"))
    pdfmetrics.registerFont(_font(FONT_BOLD, "DejaVuSans-Bold.ttf"))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT
