"""Authors of pages in cased scripts: a declared author that is the outlet itself is no writer, and the writer
the markup prints (a byline element, a link to the writer's page, a label) is taken instead.

Pages written for the test: invented outlets and writers, German, French, Dutch and English bylines.
"""

from __future__ import annotations

import pytest

from builder.extract.byline import writer_name
from builder.extract.html import extract_html, signed_by_outlet

BODY = "".join(f"<p>{p}</p>" for p in (
    "Der Stadtrat hat am Dienstag nach einer langen Debatte die neue Straßenbahnlinie beschlossen und damit "
    "einen Streit beendet, der seit drei Jahren andauerte.",
    "Der Bau soll im Frühjahr beginnen, die ersten Bahnen sollen 2029 fahren, sagte der Bürgermeister und fügte "
    "hinzu, dass sich die Fahrzeit über den Fluss halbieren werde.",
    "Gegner kritisierten die Kosten von rund 400 Millionen Euro als zu hoch für eine Stadt dieser Größe und "
    "kündigten weiteren Widerstand vor der Landtagswahl an.",
))


def page(head: str, byline: str = "", url: str = "https://www.kreisbote-ostal.de/politik/bahn-123.html") -> str:
    return (f"<html lang='de'><head><meta charset='utf-8'><meta property='og:url' content='{url}'>"
            f"<meta property='og:title' content='Stadtrat beschließt neue Straßenbahn'>{head}</head>"
            f"<body><main><article><h1>Stadtrat beschließt neue Straßenbahn</h1>{byline}{BODY}</article></main>"
            "</body></html>")


@pytest.mark.parametrize("author, outlets", [
    ("Kreisbote Ostal", ["Kreisbote Ostal"]),  # the site's name
    ("KREISBOTE.de", ["kreisbote.de"]),  # the host, written otherwise
    ("Kreisbote Ostal (www.kreisbote-ostal.de)", ["kreisbote-ostal.de"]),  # the name with its address
    ("KO", ["Kreisbote Ostal"]),  # the initials of the site's name
    ("ostal.de", ["ostal.de", "ostal"]),  # the host itself
    ("ostal NACHRICHTEN", ["ostal.de", "ostal"]),  # the host's name and a word
])
def test_an_author_that_is_the_outlet(author, outlets):
    assert signed_by_outlet(author, outlets)


@pytest.mark.parametrize("author, outlets", [
    ("Marlene Ostwald", ["Kreisbote Ostal", "kreisbote-ostal.de", "kreisbote-ostal"]),
    ("Jonas Kreis", ["Kreisbote Ostal"]),
    ("Ostal Redaktion Team Nord", ["ostal.de", "ostal"]),  # more than a host and a word
])
def test_a_writer_is_not_the_outlet(author, outlets):
    assert not signed_by_outlet(author, outlets)


@pytest.mark.parametrize("text, name", [
    ("Von Marlene Ostwald, Heidelberg", "Marlene Ostwald"),
    ("von Marlene Ostwald, KREISBOTE OSTAL", "Marlene Ostwald"),
    ("Par Aurélie Dufresnoy", "Aurélie Dufresnoy"),
    ("Door Pieter van der Wiel", "Pieter van der Wiel"),
    ("By Tomasz Grell | Warsaw", "Tomasz Grell"),
    ("Politik Von Marlene Ostwald", "Marlene Ostwald"),
    ("Dr. Henrike Saalfeld", "Dr. Henrike Saalfeld"),
])
def test_the_name_in_a_byline(text, name):
    assert writer_name(text) == name


@pytest.mark.parametrize("text", ["Von", "3 Minuten Lesezeit", "mehr zum Thema", "Marlene", "von der Redaktion",
                                  "홍길동 기자", "Aktualisiert am 12. Mai 2025"])
def test_no_name_in_a_byline(text):
    assert writer_name(text) is None


@pytest.mark.parametrize("head, byline, writer", [
    # the outlet declared as author; the byline element names the writer
    ("<meta name='author' content='Kreisbote Ostal'><meta property='og:site_name' content='Kreisbote Ostal'>",
     "<p class='article-author'>Von Marlene Ostwald, Heidelberg</p>", "Marlene Ostwald"),
    # the host declared as author; a link to the writer's page
    ("<meta name='author' content='kreisbote-ostal.de'>",
     "<div>von <a href='/autoren/name/jonas-brecht'>Jonas Brecht</a></div>", "Jonas Brecht"),
    # no author declared; a label before the name
    ("", "<ul><li><strong>Autorin/Autor</strong> Greta Halvorsen</li></ul>", "Greta Halvorsen"),
])
def test_the_writer_the_page_prints(head, byline, writer):
    assert extract_html(page(head, byline)).authors == [writer]


def test_a_declared_writer_stays_and_the_outlet_stays_when_nobody_else_is_named():
    head = "<meta name='author' content='Greta Halvorsen'>"
    assert extract_html(page(head, "<p class='author'>Von Jonas Brecht</p>")).authors == ["Greta Halvorsen"]
    ex = extract_html(page("<meta name='author' content='Kreisbote Ostal'>"
                           "<meta property='og:site_name' content='Kreisbote Ostal'>"))
    assert ex.authors == ["Kreisbote Ostal"]


OUTLET_AS_AUTHOR = "<meta name='author' content='Kreisbote Ostal'><meta property='og:site_name' content='Kreisbote Ostal'>"


@pytest.mark.parametrize("lead, writers", [
    ("<p><strong>Marlene Ostwald</strong></p>", ["Marlene Ostwald"]),
    ("<p><b>Marlene Ostwald/Jonas Brecht</b></p>", ["Marlene Ostwald", "Jonas Brecht"]),
    # near misses: a bold lead that is not a name, or a name with more text in its paragraph
    ("<p><strong>Neue Bahn für die Stadt</strong></p>", ["Kreisbote Ostal"]),
    ("<p><strong>Marlene Ostwald</strong> berichtet aus dem Rathaus.</p>", ["Kreisbote Ostal"]),
])
def test_writers_in_bold_as_the_first_paragraph(lead, writers):
    html = page(OUTLET_AS_AUTHOR).replace("<p>Der Stadtrat", f"{lead}<p>Der Stadtrat", 1)
    assert extract_html(html).authors == writers


@pytest.mark.parametrize("credit, writers", [
    ("<div class='edit'>(责编：郑晓岚、贺明远)</div>", ["郑晓岚"]),
    ("<p>【责任编辑：郑晓岚】</p>", ["郑晓岚"]),
    ("<p>编辑部地址：北京市</p>", []),  # a near miss: an address, not a credit
])
def test_the_credit_line_of_a_chinese_page_when_no_author_is_declared(credit, writers):
    html = page("<meta name='author' content='208817'>").replace("</article>", f"</article>{credit}", 1)
    assert extract_html(html).authors == writers


def _ld_author(name: str) -> str:
    return ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Stadtrat beschließt "
            "neue Straßenbahn\", \"author\": {\"@type\": \"Organization\", \"name\": \"" + name + "\"}}</script>")


def test_a_meta_writer_wins_over_the_outlet_declared_as_author():
    head = _ld_author("Kreisbote Ostal") + "<meta property='og:site_name' content='Kreisbote Ostal'>"
    assert extract_html(page(head + "<meta name='articleAuthor' content='Ostalb Nachrichtendienst'>")).authors \
        == ["Ostalb Nachrichtendienst"]
    # near misses: a profile's address is no name, and a declared writer who is not the outlet stays
    assert extract_html(page(head + "<meta property='article:author' content='https://example.de/autor/x'>")).authors \
        == ["Kreisbote Ostal"]
    head = _ld_author("Greta Halvorsen") + "<meta property='og:site_name' content='Kreisbote Ostal'>"
    assert extract_html(page(head + "<meta name='articleAuthor' content='Jonas Brecht'>")).authors == ["Greta Halvorsen"]
