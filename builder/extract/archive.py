"""A saved page handed over in an archive (`.zip`, `.tar`, `.tar.gz`/`.tgz`, `.tar.bz2`, `.tar.xz`).

A browser's "Web page, complete" save is a page and a folder of its furniture (images, style sheets, scripts,
framed pages); zipped or tarred to be sent on, the article is the page at the top of it: the HTML document nearest
the archive's root, an `index` page before others at that depth, the largest before smaller ones (a framed
widget's page is small). An archive with no page but a text file is a dump handed over the same way. What is
returned is that member's bytes, as they would be in a file of their own.

An archive may hold several saved pages (a week of one column, a folder of dumps): `article_members` lists every
page and dump in it that is no furniture of another (a page's `X_files` folder), so each becomes a unit of its own.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath

from builder.extract.mime import NoArticlePart, Unpacked

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
TEXT_SUFFIXES = (".txt", ".text", ".md")
INDEX_STEMS = ("index", "default", "main")
# A member larger than this is not read (the same cap as a gzipped file's).
MAX_MEMBER_BYTES = 64 * 1024 * 1024
# The folder a browser saves a page's furniture in, named after the page, in the browser's language: `기사_files`
# (Chrome, Firefox, Edge), `기사.files` (old Internet Explorer), German, French, Spanish, Nordic saves.
FURNITURE_FOLDER_ENDINGS = ("_files", ".files", "-dateien", "_fichiers", "_archivos", "-filer", "_bestanden")


def _members(data: bytes) -> list[tuple[str, int, Callable[[], bytes]]]:
    """(name, size, reader) of every file in a zip or tar archive; NoArticlePart when the bytes are neither."""
    if zipfile.is_zipfile(io.BytesIO(data)):
        archive = zipfile.ZipFile(io.BytesIO(data))
        return [(i.filename, i.file_size, lambda i=i: archive.read(i)) for i in archive.infolist() if not i.is_dir()]
    try:
        tar = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
    except (tarfile.TarError, EOFError, OSError) as e:
        raise NoArticlePart(f"not a readable zip or tar archive: {str(e)[:120]}") from None
    return [(m.name, m.size, lambda m=m: tar.extractfile(m).read()) for m in tar.getmembers() if m.isfile()]


def _rank(name: str, size: int) -> tuple[int, bool, int]:
    path = PurePosixPath(name)
    return len(path.parts), path.stem.lower() not in INDEX_STEMS, -size


def _is_furniture(name: str) -> bool:
    """A member inside a saved page's furniture folder (its framed widgets) or a Mac's resource-fork copy."""
    parts = PurePosixPath(name).parts
    return PurePosixPath(name).name.startswith((".", "__MACOSX")) or "__MACOSX" in parts \
        or any(folder.lower().endswith(FURNITURE_FOLDER_ENDINGS) for folder in parts[:-1])


def article_members(data: bytes) -> list[tuple[str, str, int, Callable[[], bytes]]]:
    """(name, kind, size, reader) of every page and text dump in an archive that is no page's furniture, in the
    archive's order: each may be an article of its own. NoArticlePart when the bytes are no zip or tar archive."""
    found = []
    for name, size, read in _members(data):
        if _is_furniture(name):
            continue
        low = name.lower()
        kind = "html" if low.endswith(PAGE_SUFFIXES) else "text" if low.endswith(TEXT_SUFFIXES) else None
        if kind:
            found.append((name, kind, size, read))
    return found


def unpack_archive(data: bytes) -> Unpacked:
    """The page (else the text dump) an archive holds; NoArticlePart when it holds neither."""
    members = [m for m in _members(data) if not PurePosixPath(m[0]).name.startswith((".", "__MACOSX"))
               and "__MACOSX/" not in m[0]]
    for suffixes, kind in ((PAGE_SUFFIXES, "html"), (TEXT_SUFFIXES, "text")):
        found = sorted((m for m in members if m[0].lower().endswith(suffixes)), key=lambda m: _rank(m[0], m[1]))
        if not found:
            continue
        name, size, read = found[0]
        if size > MAX_MEMBER_BYTES:
            raise NoArticlePart(f"the archive's page {name} is over {MAX_MEMBER_BYTES} bytes")
        try:
            return Unpacked(read(), kind, None, None)
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, NotImplementedError) as e:
            raise NoArticlePart(f"the archive's page {name} cannot be read: {str(e)[:120]}") from None
    held = ", ".join(sorted({PurePosixPath(m[0]).suffix.lower() or "(no suffix)" for m in members})[:8]) or "nothing"
    raise NoArticlePart(f"an archive with no HTML page or text file in it (it holds {held})")
