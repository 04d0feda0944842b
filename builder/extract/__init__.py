"""Extraction stage: decoded page or text dump in, an `Extracted` record out.

`html` runs trafilatura (with fallbacks) on a parsed page; `text` reads a text dump that was
already extracted. Language rule modules refine the result afterwards.
"""

from builder.extract.model import Extracted

__all__ = ["Extracted"]
