"""English persons and quotations (round 62): reporting verbs a quotation's speaker is named after ('beamed',
'wondered'), and a person's name that stops at its possessive. Sentences and names invented for these tests."""

from builder.rules import Context
from builder.rules.en import person, quote


def found(body):
    ctx = Context(None)
    return [q for q in quote.find(body, *person.find(body, ctx), ctx) if q.quote_type == "direct"]


def names(body):
    return [p.name for p in person.find(body, Context(None))[0]]


def test_a_short_exclamation_with_its_speaker_after_an_unlisted_verb_is_speech():
    body = ("The hall filled long before the governor arrived.\n"
            "\u201cThis is wonderful!\u201d beamed Marguerite Tolliver of Dunmore, Kansas.")
    assert [(q.speaker, q.text) for q in found(body)] == [("Marguerite Tolliver", "This is wonderful!")]


def test_a_described_source_that_wondered_is_not_the_person_named_before():
    body = ("Senator Odile Ferreby spoke first and took no questions.\n"
            "\u201cThe ports need dredging before anything else,\u201d Ferreby said.\n"
            "\u201cWill she run for governor next year or stay in the Senate?\u201d a campaign volunteer wondered.")
    assert [q.speaker for q in found(body)] == ["Odile Ferreby", None]


def test_a_second_part_after_exclaimed_continues_the_quotation():
    body = ("\u201cEverything the defence has argued and everything the state has argued,\u201d the judge exclaimed,"
            " \u201chas come to the same point.\u201d")
    got = found(body)
    assert len(got) == 2 and got[1].continues is not None


def test_a_name_stops_at_its_possessive():
    body = ("Corwin Baptiste\u2019s Harbour Freight grew fast last year. Margaret Tolliver's Vermont is a different place.\n"
            "Under Corwin Baptiste, the firm doubled its fleet.")
    got = names(body)
    assert "Corwin Baptiste" in got and "Margaret Tolliver" in got
    assert not any("Harbour" in n or "Vermont" in n for n in got)


def test_a_closing_apostrophe_is_no_part_of_a_name():
    body = "Prudence Halloway\u2019 aides said on Monday that Prudence Halloway would not run again."
    assert names(body) == ["Prudence Halloway"]


def test_she_after_a_possessive_of_unknown_gender_is_the_subject_before_it():
    body = ("Mayor Marguerite Talbridge and Councillor Casey Wexcombe met in the morning.\n"
            "Talbridge said she welcomed Wexcombe\u2019s apology and wanted to move on.\n"
            "\u201cWe were upset when we heard about it,\u201d she said.")
    assert [q.speaker for q in found(body)] == ["Marguerite Talbridge"]


def test_he_after_an_adviser_named_with_his_employer_s_possessive_is_the_adviser():
    body = ("Councillor Casey Wexcombe changed the campaign staff on Monday.\n"
            "Aurelio Jandrew, Wexcombe\u2019s longtime adviser, said the candidate was back in charge.\n"
            "\u201cThe campaign is in good hands again,\u201d he told reporters.")
    assert [q.speaker for q in found(body)] == ["Aurelio Jandrew"]


def test_a_name_opening_the_sentence_after_a_date_is_the_antecedent():
    body = ("The council voted on the ferry plan on Monday.\n"
            "Aurelio Jandrew criticised the plan drafted by Mayor Marguerite Talbridge.\n"
            "\u201cIt took us nine years to get here,\u201d he said.")
    assert [q.speaker for q in found(body)] == ["Aurelio Jandrew"]
