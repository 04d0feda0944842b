"""English quotations (round 50): whom a pronoun in an attribution refers to, and which quotation an attribution
between two of them belongs to. Sentences and names invented for these tests."""

from builder.rules import Context
from builder.rules.en import person, quote


def found(body):
    ctx = Context(None)
    return [q for q in quote.find(body, *person.find(body, ctx), ctx) if q.quote_type == "direct"]


def speakers(body):
    return [(q.speaker, q.text) for q in found(body)]


def test_he_after_a_quotation_is_not_a_man_named_inside_it():
    body = ("Governor Lena Marsh met Senator Owen Tilbury in Dover on Friday.\n"
            "Tilbury's rival, Carl Wendover, spoke next.\n"
            "\u201cI think Senator Tilbury understands the harbour,\u201d he said, \u201cbut the budget is not his to write.\u201d")
    got = speakers(body)
    assert [s for s, _ in got] == ["Carl Wendover", "Carl Wendover"]
    assert found(body)[1].continues is not None


def test_he_said_of_someone_refers_back_not_to_that_someone():
    body = ("Rep. Tomas Brevik of Maine, a longtime ally of the leadership, said the vote would hold.\n"
            "\u201cIt seems to me they have every reason to agree,\u201d he said of Jarrett Holm, \u201cbecause neither can"
            " win the floor alone.\u201d")
    got = found(body)
    assert [q.speaker for q in got] == ["Tomas Brevik", "Tomas Brevik"]
    assert got[1].continues is not None


def test_a_man_named_before_he_still_speaks():
    body = ("Senator Owen Tilbury left the hearing early.\n"
            "\u201cWe will not vote for this bill as written,\u201d he said.")
    assert speakers(body) == [("Owen Tilbury", "We will not vote for this bill as written,")]


def test_he_is_not_a_man_named_after_a_preposition():
    body = ("Rep. Dario Feld, a veteran of the budget committee, spent an hour with Senator Owen Tilbury.\n"
            "\u201cWe agreed on the harbour and on little else,\u201d he said.")
    assert speakers(body) == [("Dario Feld", "We agreed on the harbour and on little else,")]


def test_an_attribution_leading_into_the_next_quotation_is_not_the_one_before_it():
    body = ("\u201cShe is sharp and she listens,\u201d harbour pilot Nils Brandvold said of Mayor Irene Koss. "
            "\u201cBut the ferry plan will not work.\u201d Of Councillor Pete Larkin, Brandvold, who has sailed here"
            " for decades, said, \u201cHe has never seen the harbour in winter.\u201d")
    got = found(body)
    assert [q.speaker for q in got] == ["Nils Brandvold"] * 3
    assert got[1].continues is not None and got[2].continues is None


def test_second_part_after_an_attribution_missing_its_comma_is_one_quotation():
    body = ("Mayor Irene Koss spoke at the pier.\n"
            "\u201cWe are going to rebuild the pier. It is so simple,\u201d Koss said \u201cThe money is already there,"
            " and the engineers are ready.\u201d")
    got = found(body)
    assert [q.speaker for q in got] == ["Irene Koss", "Irene Koss"]
    assert got[1].continues is not None


def test_a_show_named_after_told_is_no_second_part():
    body = ("\u201cThe pier comes first. It always has,\u201d Mayor Irene Koss told \u201cHarbour Morning Show,\u201d"
            " before she left for the council.")
    assert [q.text for q in found(body)] == ["The pier comes first. It always has,"]
