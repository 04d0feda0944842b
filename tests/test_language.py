"""Language detection: Hangul share, the page's declared language, English function words."""

from builder.language import detect

RESULTS_REPORT = """CYCLING - MARTENS WINS HILL STAGE OF TOUR OF FLANDERS ROAD RACE.

GERAARDSBERGEN 1997-05-03

Third stage results on Saturday:

1. Pieter Martens (Belgium) Lotto 4 hours 12 minutes 5 seconds
2. Marco Bellini (Italy) Mapei 12 seconds behind
3. Jan Visser (Netherlands) Rabobank same time

Overall standings: 1. Martens 11:02:44 2. Bellini at 0:31 3. Visser at 0:40."""

GERMAN_DUMP = """Stadtrat beschließt neuen Busplan für die Innenstadt

Der Stadtrat hat am Dienstag mit großer Mehrheit einen neuen Busplan beschlossen. Ab Januar fahren
die Linien im Zehn-Minuten-Takt, auch am Wochenende. Die Bürgermeisterin sprach von einem wichtigen
Schritt für den Klimaschutz in der Region, die Opposition kritisierte die hohen Kosten des Projekts."""

ENGLISH_PROSE = """The city council voted on Tuesday to add twelve bus routes, and the mayor said the plan was
the largest change to the network in a decade. It is expected to cost less than the council had feared."""


def test_a_results_report_of_names_and_figures_is_english_without_a_declared_language():
    assert detect(RESULTS_REPORT) == "en"


def test_a_german_text_dump_is_not_taken_for_english():
    assert detect(GERMAN_DUMP) == "und"


def test_the_declared_language_wins_over_a_few_english_words():
    assert detect(RESULTS_REPORT, "de-DE") == "de"


def test_english_prose_is_english_whatever_the_page_declares():
    assert detect(ENGLISH_PROSE, "fr") == "en"


def test_korean_is_told_by_its_letters():
    assert detect("서울시는 28일 버스 노선 12개를 새로 만든다고 밝혔다. " * 3, "en") == "ko"
