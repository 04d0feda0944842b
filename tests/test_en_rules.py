"""English rule tables on sentences written for these tests, positive and negative."""

from datetime import date

import pytest

from builder.extract.model import Extracted
from builder.rules import Context
from builder.rules.en import article, event, person, quote
from builder.rules.model import quoted_words


def persons(body, authors=(), outlet=None):
    found, _ = person.find(body, Context(None, tuple(authors), outlet))
    return {p.name: (p.title, p.organization) for p in found if p.role == "subject"}


def found_quotes(body):
    ctx = Context(None)
    return quote.find(body, *person.find(body, ctx), ctx)


def quotes(body):
    """Whole (direct) quotations as (speaker, kind, text)."""
    return [(q.speaker, q.speaker_kind, q.text) for q in found_quotes(body) if q.quote_type == "direct"]


def partials(body):
    return [(q.speaker, q.text) for q in found_quotes(body) if q.quote_type == "partial"]


def test_title_before_name():
    got = persons("Assistant Director of Public Health Anna-Lena Berglund took the decision. Sen. John Smith (D-Ore.) agreed.")
    assert got["Anna-Lena Berglund"][0] == "Assistant Director of Public Health"
    assert got["John Smith"][0] == "Sen."


def test_apposition_and_role_before():
    body = ("Jane Doe, chief executive of Acme Corp, said sales rose. Acme CFO Lisa Wong disagreed. "
            "The fund's lawyer, Omar Haddad, declined to comment. Ravi Patel of the University of Leeds was cautious.")
    got = persons(body)
    assert got["Jane Doe"] == ("chief executive", "Acme Corp")
    assert got["Lisa Wong"] == ("CFO", "Acme")
    assert got["Omar Haddad"][0] == "lawyer"
    assert got["Ravi Patel"] == (None, "University of Leeds")


def test_surname_mentions_do_not_make_new_people():
    got = persons("Mayor Linda Prescott opened the meeting. Prescott said little. Ms Prescott left early.")
    assert list(got) == ["Linda Prescott"]


@pytest.mark.parametrize("body", [
    "Silver Pine said it would appeal. The Associated Press reported the news.",
    "The Muslim Brotherhood and Fortress Investment Group were named. New York Police responded.",
    "Leakwire published the files on Monday in Oslo.",
])
def test_no_person_from_organisations_or_places(body):
    assert persons(body) == {}


def test_byline_reporters():
    found, _ = person.find("Text.", Context(None, ("Maya Okafor", "BBC News"), "BBC News"))
    assert [(p.name, p.role) for p in found] == [("Maya Okafor", "reporter")]


def test_quote_speaker_after_before_and_pronoun():
    body = ('"We are not going to wait," said Mayor Linda Prescott.\n'
            '"The design was drawn without us," Councillor Raj Mehta said. "We will appeal the decision in court."\n'
            'Prescott said: "This wall buys the harbour fifty years."\n'
            '"The grant goes in next week," she said.')
    got = quotes(body)
    assert [g[0] for g in got] == ["Linda Prescott", "Raj Mehta", "Raj Mehta", "Linda Prescott", "Linda Prescott"]


def test_organisation_statement_and_it_added():
    body = ('The Port Alden Fishermen\'s Association said it would ask for a review. '
            '"We will use every legal avenue available to us," it added.')
    assert quotes(body) == [("Port Alden Fishermen's Association", "organization",
                             "We will use every legal avenue available to us,")]


def test_multi_paragraph_quotation_is_one():
    body = 'Ms Hill said: "The first paragraph goes on here.\n"And the second one closes it."'
    got = quote.find(body, *person.find(body, Context(None)), Context(None))
    assert len(got) == 1 and got[0].text == "The first paragraph goes on here.\nAnd the second one closes it."
    assert body[got[0].start:got[0].end] == 'The first paragraph goes on here.\n"And the second one closes it.'


@pytest.mark.parametrize("body", [
    'The critics called the plan a "disgrace" and a "stunt".',
    'Reed promised "synergies" from the deal.',
    'The company expects to "pay the money back to its owners over the coming years."',
    'The band played "Takin\' It To The Streets," and "What A Fool Believes" to close the show.',
    'Marchers carried signs reading "Fewer Exams, Better Schools."',
    'Buyers "started asking us for this and for that," Lee told the audience.',
])
def test_scare_quotes_titles_and_woven_fragments_are_not_quotations(body):
    assert quotes(body) == []


# A digest lists pieces by their headline in quotation marks and a byline after it, then quotes the piece: neither the
# headline nor the excerpt is anyone's speech. A quotation followed by 'by' inside a sentence (passive) still counts.
@pytest.mark.parametrize("body", [
    'HARBOR NEWS—"Ferry terminal to close for winter repairs," by the Harbor Ledger\'s Mira Castellane: "The Tidewater '
    'ferry terminal will shut its doors in December while crews replace the pier, officials said last week."',
    '—"Ferry terminal to close for winter repairs," by Tidewater Post\'s Mira Castellane http://example.com/x.',
    '"Ferry terminal to close for winter repairs," by Mira Castellane: "The terminal will shut its doors in December '
    'while crews replace the pier and the ramps."',
])
def test_a_digest_s_headlines_and_excerpts_are_not_quotations(body):
    assert quotes(body) == []


def test_a_quotation_before_a_passive_by_is_still_speech():
    body = ('Orrin Vance said the riders had been "left stranded without any warning at all" by the ferry company. '
            '"We will keep the pier open as long as we can," Vance said.')
    assert [s for s, _, t in quotes(body) if t.startswith("We will keep")] == ["Orrin Vance"]


@pytest.mark.parametrize("body", [
    'The critics called the plan a "disgrace" and a "stunt".',
    'Reed promised "synergies" from the deal.',
])
def test_scare_quotes_are_not_even_partial_quotations(body):
    assert found_quotes(body) == []


def test_events_named_with_place_and_date():
    pub = "2025-03-19T18:20:00-04:00"
    got = {e.name: e for e in event.find(
        "The company will present the plant at the Battery Innovation Summit in Birmingham on 21 November. "
        "A bail hearing is set for later that month at Eastfield Crown Court in February. "
        "Sentencing is set for Feb. 14.", Context(pub))}
    s = got["Battery Innovation Summit"]
    assert (s.kind, s.location, s.date_text, s.start_date) == ("summit", "Birmingham", "on 21 November", date(2025, 11, 21))
    h = got["bail hearing"]
    assert (h.location, h.date_text, h.start_date, h.end_date) == ("Eastfield Crown Court", "in February", None, None)  # no day
    assert got["Sentencing"].start_date == date(2026, 2, 14)


def test_weekday_and_last_week_resolve_and_nothing_without_a_date():
    pub = "2019-11-19T09:44:09+00:00"  # a Tuesday
    e = event.find("The band will play at the Harbor Film Awards on Sunday.", Context(pub))[0]
    assert e.start_date == date(2019, 11, 24)
    e = event.find("A Senate hearing took place last week.", Context(pub))[0]
    assert (e.date_text, e.start_date, e.end_date) == ("last week", None, None)  # a week names no day, as '지난주'
    e = event.find("A Senate hearing will take place next month.", Context(pub))[0]
    assert (e.date_text, e.start_date) == ("next month", None)  # nor does a month, as '다음 달'

    e = event.find("A Senate hearing took place last week.", Context(None))[0]
    assert e.start_date is None and e.date_text == "last week"


def test_appearing_before_a_court_is_a_hearing_as_in_korean():
    pub = "2025-03-05T10:00:00-05:00"  # a Wednesday
    e, = event.find("Dana Whitcombe appeared in Harlow County Court on Tuesday and pleaded not guilty.", Context(pub))
    assert (e.name, e.kind, e.location, e.start_date) == (
        "Harlow County Court appearance", "hearing", "Harlow County Court", date(2025, 3, 4))
    e, = event.find("He is due to appear at Eastfield Magistrates' Court on March 12.", Context(pub))
    assert (e.location, e.start_date) == ("Eastfield Magistrates' Court", date(2025, 3, 12))
    e, = event.find("She appeared in federal court in Tallahassee on Monday.", Context(None))
    assert (e.name, e.location, e.date_text, e.start_date) == ("federal court appearance", "Tallahassee", "on Monday", None)


@pytest.mark.parametrize("body", [
    "The quote appeared in court documents filed on Monday.",
    "Two lawyers appeared before the House Ethics Committee on Monday.",
    "He joined the conference call late.", "Voters went to the polls in a cold vote.",
    "Until Friday, visitors can vote for their favourite light sculpture.",
    "The monitor has a 34-inch 3440x1440 IPS panel and costs $800 on Tuesday.",
    "More games will reach the service next month, the company said.",
    "Forum members met on Tuesday to discuss the budget.",
    "The firm said it would regularly launch new models this year.",
])
def test_not_events(body):
    assert event.find(body, Context("2025-01-01")) == []


def test_byline_line_is_moved_to_authors():
    ex = article.refine(Extracted(body_lines=["By Tom Whitaker, Technology correspondent", "A battery firm raised money."],
                                  extractor="x"))
    assert ex.authors == ["Tom Whitaker"] and ex.body_lines == ["A battery firm raised money."]


def test_quotation_interrupted_by_its_attribution_is_one_in_two_parts():
    body = '"After two more years of this," Reller asks, "what kind of products will be left in our towns?"'
    body = "Analyst Tom Reller studies the trade. " + body
    found = quote.find(body, *person.find(body, Context(None)), Context(None))
    assert [q.speaker for q in found] == ["Tom Reller", "Tom Reller"]
    assert found[0].continues is None and found[1].continues == 0
    assert all(quoted_words(body, q.start, q.end) == q.text for q in found)
    two_sentences = 'Judge Ann Kennedy ruled. "The case is closed," Kennedy said. "The Second Amendment carries a duty too."'
    found = found_quotes(two_sentences)
    assert [(q.speaker, q.continues) for q in found] == [("Ann Kennedy", None), ("Ann Kennedy", 0)]
    third = two_sentences + ' She paused. "We will not revisit it."'
    assert [q.continues for q in found_quotes(third)] == [None, 0, None]


def test_quotation_going_on_after_a_long_attribution_and_in_the_next_paragraph():
    body = ('"The harbour wall was never designed for storms like these," said Mira Holt, an engineer who has '
            'studied the coast for the regional water board since 2009 and advised the council on it. '
            '"We are living on borrowed time."\n"Every winter makes it worse."\n'
            '"Nothing will change before spring," Mayor Tom Reyes said.')
    found = found_quotes(body)
    assert [(q.speaker, q.continues) for q in found] == [("Mira Holt", None), ("Mira Holt", 0), ("Mira Holt", 0),
                                                        ("Tom Reyes", None)]


def test_a_different_speaker_after_the_gap_starts_a_new_quotation():
    body = ('"We will appeal the ruling in the spring," Mira Holt said. '
            '"The ruling stands and the wall comes down," Tom Reyes said.')
    assert [(q.speaker, q.continues) for q in found_quotes(body)] == [("Mira Holt", None), ("Tom Reyes", None)]


def test_speaker_named_later_by_title_or_after_according_to():
    body = ("Energy Minister Clara Voss announced the wind auction on Monday. Opposition leader Tom Reyes "
            "called it rushed.\n"
            '"We cannot wait another decade for cleaner power," the minister said.\n'
            '"Ticket sales have doubled since March," according to festival director Ana Ruiz.')
    got = quotes(body)
    assert [(g[0], g[1]) for g in got] == [("Clara Voss", "person"), ("Ana Ruiz", "person")]


def test_title_reference_with_nobody_of_that_title_stays_unresolved():
    body = ('Harbour engineer Mia Lund inspected the wall.\n'
            '"The foundations will not survive another winter storm," the mayor said.')
    assert quotes(body) == [(None, None, "The foundations will not survive another winter storm,")]


def test_speaker_after_an_apposition_or_a_description():
    body = ('"Ticket demand has never been this strong," Mara Quist, the festival\'s director of programming, said.\n'
            '"The tide gauges agree with the satellites," Harbour Board hydrologist Nils Brandt said.\n'
            '"Nobody expected the pier to close," responded port commissioner Dana Okafor, adding that repairs would start soon.')
    assert [(s, k) for s, k, _ in quotes(body)] == [("Mara Quist", "person"), ("Nils Brandt", "person"),
                                                    ("Dana Okafor", "person")]


def test_surname_speaker_gets_the_full_name_and_titled_surname_is_a_person():
    body = ("Midfielder Tomasz Kowalczyk scored twice. President Obregon watched from the stands.\n"
            '"We finally played our own game," Kowalczyk said.\n'
            '"The pitch was in a terrible state," said the First Amendment scholar.')
    found = persons(body)
    assert "Tomasz Kowalczyk" in found and found["Obregon"][0] == "President"
    assert not any("Amendment" in name for name in found)
    assert quotes(body)[0][:2] == ("Tomasz Kowalczyk", "person")


def test_an_organisations_spokesperson_and_a_described_source():
    body = ('"We are cooperating fully with the inquiry," said a Brightwater spokesperson.\n'
            '"They were held for nine hours without water," the volunteer said.\n'
            '"Conditions have improved since then," the volunteer added.')
    got = quotes(body)
    assert got[0][:2] == ("Brightwater", "organization")
    assert [g[0] for g in got[1:]] == [None, None]  # a described source is nobody's name; nothing carries over


def test_listener_after_told_is_not_a_person():
    body = '"The tour starts in March," the singer told Harbor Weekly. The band told Harbour Radio the same.'
    assert persons(body) == {}


def test_later_mentions_by_title_count_for_the_person():
    body = ("Energy Minister Clara Voss opened the auction. The minister said bids were strong, "
            "and the minister's office published the results. The senator was not there.")
    found, mentions = person.find(body, Context(None))
    voss = next(p for p in found if p.name == "Clara Voss")
    assert voss.mention_count == 3
    assert all(m.person != "Clara Voss" for m in mentions if body[m.start:m.end] == "The senator")


def test_speaker_introduced_at_the_end_of_the_previous_paragraph():
    body = ("Harbour engineer Mia Lund told the council on Monday:\n"
            '"The foundations will not survive another winter storm."')
    assert quotes(body) == [("Mia Lund", "person", "The foundations will not survive another winter storm.")]


def test_partial_quotation_spoken_by_the_subject_of_its_sentence():
    body = ("Senator Ted Vance and Mayor Lena Ortiz met on Monday.\n"
            'Vance says that "if you start a fight, you finish it."\n'
            'Ortiz, for her part, is calling the plan "a blatant abuse of executive power."\n'
            'She said Vance was "putting the whole harbour at risk for nothing."')
    assert partials(body) == [("Ted Vance", "if you start a fight, you finish it."),
                              ("Lena Ortiz", "a blatant abuse of executive power."),
                              ("Lena Ortiz", "putting the whole harbour at risk for nothing.")]


def test_fragments_of_one_sentence_are_one_partial_quotation():
    body = 'Senator Ted Vance said he was "dead broke, but in debt," and "struggled to pay for two houses."'
    found = found_quotes(body)
    assert [(q.quote_type, q.continues) for q in found] == [("partial", None), ("partial", 0)]


def test_sentence_leading_into_a_quotation_names_its_speaker():
    body = ("Senator Ted Vance and Mayor Lena Ortiz met on Monday.\n"
            'Vance told the Courier in a written statement, "I really do not want the mayor\'s endorsement."\n'
            'Ortiz was not impressed with Vance\'s remarks, telling reporters, "A lot of people said he should resign."\n'
            'Ortiz, herself a Vance voter in the past, upset the room by saying, "Nobody here trusts the senator now."\n'
            'The port will close, Vance said, adding, "Both sides should meet and settle it this week."')
    assert [s for s, _, _ in quotes(body)] == ["Ted Vance", "Lena Ortiz", "Lena Ortiz", "Ted Vance"]


@pytest.mark.parametrize("body, speaker", [
    ('"There is tremendous energy in races across the state," Rep. Earl Brandt (D-Ore.) said.', "Earl Brandt"),
    ('"He did write the minister an email memo about it," Holt\'s office said in a statement.', "Holt\'s office"),
    ('"That is a legitimate concern for all of us," Sarah Lund, 69, told the radio station.', "Sarah Lund"),
    ('"By December California stood out as a place to compete," the governor\'s campaign manager, Jeff Ward, said.',
     "Jeff Ward"),
    ('"If they were serious they would have backed the bill," Dana Toomes fumed on Tuesday.', "Dana Toomes"),
])
def test_speaker_after_party_tag_possessive_age_role_or_unlisted_verb(body, speaker):
    assert quotes(body)[0][0] == speaker


def test_described_source_after_the_quotation_does_not_inherit_the_previous_speaker():
    body = ('"We cannot wait another decade for the harbour wall," Mayor Lena Ortiz said.\n'
            '"We cannot have a mayor who stands in the middle of the harbour and shouts," said the Ohio shopkeeper.')
    assert [s for s, _, _ in quotes(body)] == ["Lena Ortiz", None]


def test_new_sentence_pronoun_after_a_full_stop_is_not_the_attribution():
    body = ('Governor Ann Price and Senator Bo Lind spoke. Price criticised the plan, saying, "The advice I give to Bo is '
            'to Bo." He also said the plan was sound.')
    assert quotes(body)[0][0] == "Ann Price"


@pytest.mark.parametrize("body, name", [
    ("Marco Bellini beat Tomas Kovar in three sets.", "Marco Bellini"),
    ("Owen Pritchard scored twice before half-time.", "Owen Pritchard"),
    ("Scorers: Jiri Novotny (2nd minute, 75th), Pavel Dvorak (33rd).", "Jiri Novotny"),
    ("Kenya - 15 - Tevita Lolo, 14 - Callum Reade, 13 - Pieter Venter.", "Callum Reade"),
    ("Squad: Imran Qadir, Faisal Noor, Zia-ul-Karim, Tariq Hameed.", "Zia-ul-Karim"),
    ("Comedian Jess Harlow was booed.", "Jess Harlow"),
    ("Kenya's Daniel Otieno lost the final.", "Daniel Otieno"),
    ("Ex-Mariner Joe Castell hit his 11th homer.", "Joe Castell"),
    ("Outspoken Canadian Rhys Pellow called him a cheat.", "Rhys Pellow"),
    ("The treaty was signed by Henry VIII in 1520.", "Henry VIII"),
    ("Seoul returned Kim Tae-so to the North.", "Kim Tae-so"),
    ("The unit's commander, Major-General Pavel Dronov, took reporters along.", "Pavel Dronov"),
    ("Police captured their leader Karim al-Hadidi in Cairo.", "Karim al-Hadidi"),
    ('"Two sons have come back," said his mother Zarema Khadzhieva.', "Zarema Khadzhieva"),
])
def test_people_named_without_a_title(body, name):
    assert name in persons(body)


@pytest.mark.parametrize("body", [
    "Shares rose on the New York Stock Exchange and in Hong Kong-based funds.",
    "The Paris Agreement was signed. Virginia Beach and Grant Park were flooded.",
    "Gregory Hallam Reportedly Caught In Yet Another Expenses Scandal",
    "The Christian Democrats won the vote.",
])
def test_places_things_and_headlines_are_not_people(body):
    assert persons(body) == {}


def test_he_and_she_go_to_the_last_person_of_a_fitting_gender():
    body = ('Mayor Lena Ortiz met Senator Ted Vance at the harbour on Monday.\n'
            '"We will not let the wall fall into the sea," she said.\n'
            '"Nobody has asked me for the money yet," he said.')
    assert [s for s, _, _ in quotes(body)] == ["Lena Ortiz", "Ted Vance"]


@pytest.mark.parametrize("body, speaker", [
    ('Senator Ted Vance and Mayor Lena Ortiz met. When Vance suggested the port would close, Ortiz fired back: '
     '"If they close the port, they are going to lose the town."', "Lena Ortiz"),
    ('Harbour engineer Mia Lund spoke for an hour. Continued Lund: "The foundations will not survive the winter."',
     "Mia Lund"),
    ('Mayor Lena Ortiz touted her record on the harbour. "We need to find ways to support the workers who stay."',
     "Lena Ortiz"),
    ('Senator Ted Vance and Mayor Lena Ortiz met. Ortiz was joined on stage by Vance and joked, '
     '"Harbour people, you are being ridiculous tonight."', "Lena Ortiz"),
    ('Mayor Lena Ortiz and Senator Ted Vance spoke. Ortiz insisted it was premature to decide while adding, '
     '"I have no doubt that his heart is in the right place on this."', "Lena Ortiz"),
])
def test_main_clause_subject_leads_into_the_quotation(body, speaker):
    assert quotes(body)[0][0] == speaker


def test_no_speaker_after_a_preposition_before_a_colon():
    body = 'Later that month on Harbour Radio: "I have never said we made a mistake with the wall."'
    assert quotes(body)[0][0] is None


def test_paragraph_ending_with_a_colon_names_the_speaker_of_the_next():
    body = ('Harbour engineer Mia Lund and Mayor Tom Reyes toured the pier.\n'
            '"The pier is safe for now," Reyes said.\n'
            'Lund, who has studied the coast for twenty years, said that given the storms this winter:\n'
            '"There is only one way out: a new wall. The old one will not last another season."')
    assert [s for s, _, _ in quotes(body)] == ["Tom Reyes", "Mia Lund"]


def test_a_short_part_after_the_attribution_belongs_to_the_quotation():
    body = 'Senator Ted Vance spoke. "I feel very good about our chances in November," Vance said. "Very good."'
    found = found_quotes(body)
    assert [(q.speaker, q.text, q.continues) for q in found] == [
        ("Ted Vance", "I feel very good about our chances in November,", None), ("Ted Vance", "Very good.", 0)]
    assert quotes('Critics called it "a disgrace." Others said "not so fast."') == []


def test_a_fragment_then_the_rest_after_the_attribution_is_one_quotation():
    body = ('Mayor Lena Ortiz spoke on the radio. Vance "apologized numerous times on this show," Ortiz said. '
            '"I think it is time for people to move on from the harbour."')
    found = found_quotes(body)
    assert [(q.speaker, q.quote_type, q.continues) for q in found] == [
        ("Lena Ortiz", "partial", None), ("Lena Ortiz", "direct", 0)]


@pytest.mark.parametrize("body, speaker", [
    # a possessive is no subject: the sentence's subject speaks
    ('Mayor Tom Reyes spoke on Monday. Mia Lund, the campaign manager, was unmoved by Reyes’ comments, telling reporters, '
     '"A lot of people said the wall should come down."', "Mia Lund"),
    # a determiner opens no speaker's name
    ('Mayor Tom Reyes spoke first. "Why now, after all these years?" Her critics said nothing.', "Tom Reyes"),
])
def test_a_possessive_or_a_determiner_is_not_the_speaker(body, speaker):
    assert quotes(body)[0][0] == speaker


def test_a_named_organisation_still_speaks():
    body = '"We will appeal the ruling," Harbour Freight Lines said in a statement.'
    assert quotes(body)[0][:2] == ("Harbour Freight Lines", "organization")


def test_a_signature_line_under_a_quotation_names_its_speaker():
    body = ('Mayor Tom Reyes and engineer Mia Lund spoke at the pier.\n\n'
            '"The wall has stood for a hundred years and it will stand for a hundred more."\n\n'
            '- Mia Lund, at the pier on Monday.\n\n'
            'Most of that is wrong, according to the harbour board.')
    assert quotes(body)[0][0] == "Mia Lund"
    # a section heading between dashes signs nothing
    body = ('Mayor Tom Reyes spoke at the pier.\n\n'
            '"The wall has stood for a hundred years and it will stand for a hundred more."\n\n'
            '– Old walls –.\n\n'
            'The harbour board disagrees.')
    assert quotes(body)[0][0] is None


def test_a_speaker_opening_with_an_initial_before_an_apposition():
    body = ('Attorney General Ruth Vance spoke on Monday. "I think the winds are changing in the courts," '
            'J. Gerald Moss, executive director of the Harbour Legal Center, said in an interview.')
    assert quotes(body)[0][0] == "J. Gerald Moss"


def test_a_name_after_a_preposition_does_not_lead_into_the_quotation():
    body = 'Mayor Tom Reyes posted a message on Facebook reading "Thank you, harbour town" after the vote.'
    assert [q.speaker for q in found_quotes(body)] == ["Tom Reyes"]


@pytest.mark.parametrize("body, speaker", [
    ('Mayor Tom Reyes spoke as the crowd grew, with Lena Ortiz shouting: "Get them out of the harbour!"', "Lena Ortiz"),
    ('Mayor Tom Reyes spoke on Monday, with Lena Ortiz adding, "The pier is safe for now."', "Lena Ortiz"),
])
def test_the_subject_of_an_absolute_clause_speaks(body, speaker):
    assert [q.speaker for q in found_quotes(body)] == [speaker]


def test_a_name_with_an_accent_read_in_the_wrong_encoding_is_one_name():
    # 'Trévidic' as UTF-8 bytes read as Latin-1
    body = '"There was nothing in his file at all," anti-terrorist prosecutor Marc Tr\u00c3\u00a9vidic said on Monday.'
    names = [p.name for p in person.find(body, Context(None))[0]]
    assert names == ["Marc Tr\u00c3\u00a9vidic"]
    # an 'Ã' with no symbol after it ends nothing early, and ordinary accents are untouched
    assert [p.name for p in person.find('"We were never told," Marc Trévidic said.', Context(None))[0]] == ["Marc Trévidic"]


def test_a_name_in_decomposed_text_is_one_name():
    for name in ["Fran\u00e7ois Mercier".replace("\u00e7", "c\u0327"), "Fran" + "A\u0303\u00a7" + "ois Mercier"]:
        body = f'"The attack cannot be denied by anyone," President {name} said on Friday.'
        assert [p.name for p in person.find(body, Context(None))[0]] == [name]


def test_two_sources_named_together_the_first_speaks_for_both():
    body = ('Mayor Tom Reyes opened the pier on Monday.\n'
            '"The tides would wear through the old wall within a decade, whatever the council decides," harbour '
            'engineers Mia Lund and Ann Price of the Harbour Institute for Coastal Research wrote in May.')
    assert quotes(body)[0][0] == "Mia Lund"


def test_a_name_after_a_comma_that_opens_a_line_is_read_without_error():
    # found by the property test: only a line break and a comma before the name
    assert persons("\n,Jane Doe spoke first.") == {"Jane Doe": (None, None)}


@pytest.mark.parametrize("body, speaker", [
    # the time of the report between the speaker and the verb before the quotation
    ('Senator Ellery Marwick spoke on Monday. Marwick later Thursday told Harbor Weekly: "We will meet next week '
     'to settle all of it."', "Ellery Marwick"),
    ('Ellery Marwick on Tuesday told reporters: "We will meet next week to settle all of it."', "Ellery Marwick"),
    ('Ellery Marwick last week said: "We will meet next week to settle all of it."', "Ellery Marwick"),
    # a quotation that stops inside its sentence, the sentence goes on, and its attribution closes it
    ('"Let me thank the thousands of volunteers who worked so hard" for the win, Ellery Marwick said.', "Ellery Marwick"),
])
def test_speaker_around_the_time_of_the_report_or_the_rest_of_the_sentence(body, speaker):
    assert [s for s, _, _ in quotes(body)] == [speaker]


@pytest.mark.parametrize("body", [
    # near misses: the quotation closes its sentence, and a new sentence with its own report follows
    '"We will meet next week to settle all of it." Later in the day, Ellery Marwick said.',
    # a weekday that opens the next clause is no time of the report: 'Tuesday' is the subject's noun here
    'Ellery Marwick saw the Tuesday crowd and the mayor, and "We will meet next week to settle all of it."',
])
def test_no_speaker_from_a_new_sentence_or_a_clause_without_a_report(body):
    assert [s for s, _, _ in quotes(body)] in ([None], [])


def test_a_short_first_part_that_goes_on_after_its_attribution_is_speech():
    found = found_quotes('"They are worried," Ellery Marwick said. "There is no question about it."')
    assert [(q.text, q.speaker, q.continues) for q in found] == [
        ("They are worried,", "Ellery Marwick", None), ("There is no question about it.", "Ellery Marwick", 0)]


@pytest.mark.parametrize("body", [
    # near misses: short slogans joined by 'and', and a short woven phrase before an attribution
    'The crowd chanted "Lock them up," and "Build the wall."',
    'He called it "fake news," Marwick said. "That is all there is to it, really."',
])
def test_short_slogans_and_woven_phrases_stay_out(body):
    assert all(len(q.text.split()) > 3 for q in found_quotes(body) if q.quote_type == "direct")


@pytest.mark.parametrize("body, speaker", [
    # the verb, then a role of someone's, then the speaker set off by commas
    ('"We are treating the month as one long election day," said Marwick’s deputy campaign manager, Tessa Okafor, '
     'who ran the field program.', "Tessa Okafor"),
    ('"We are treating the month as one long election day," said the senator’s campaign manager, Tessa Okafor.',
     "Tessa Okafor"),
    # near miss: the role of someone's with no name after it names nobody
    ('"We are treating the month as one long election day," said the senator’s campaign manager, who asked not to '
     'be named.', None),
])
def test_speaker_after_the_verb_and_a_possessive_role(body, speaker):
    assert [s for s, _, _ in quotes(body)] == [speaker]


# The reporting frames of English news copy, each with an invented speaker: who speaks is found from the frame.
@pytest.mark.parametrize("body, speaker", [
    ('"The levy is unfair to families," Thaddeus Brannock said.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," said Thaddeus Brannock, the union\'s treasurer.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," Thaddeus Brannock, the union\'s treasurer, said.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," according to Thaddeus Brannock.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," Thaddeus Brannock told Reuters.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," Thaddeus Brannock told reporters on Tuesday.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," Thaddeus Brannock said in a statement.', "Thaddeus Brannock"),
    ('Thaddeus Brannock said in a statement: "The levy is unfair to families."', "Thaddeus Brannock"),
    ('Thaddeus Brannock told the Harbour Ledger: "The levy is unfair to families."', "Thaddeus Brannock"),
    ('"The levy is unfair to families," said union treasurer Thaddeus Brannock.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," Ismene Vantrell, 61, told Reuters.', "Ismene Vantrell"),
    ('"The levy is unfair to families," Ismene Vantrell, who chairs the committee, said.', "Ismene Vantrell"),
    ('"The levy is unfair to families," Ismene Vantrell said in a telephone interview on Tuesday.', "Ismene Vantrell"),
    ('Asked about the levy, Ismene Vantrell said: "It is unfair to families."', "Ismene Vantrell"),
    # a role set off before the name, after the verb or before it
    ('"The levy is unfair to families," the treasurer, Thaddeus Brannock, said.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," a lawyer for the union, Thaddeus Brannock, told reporters.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," said the treasurer, Thaddeus Brannock.', "Thaddeus Brannock"),
    # a pronoun goes to the last person named before it
    ('Thaddeus Brannock met the minister. "The levy is unfair to families," he told Reuters.', "Thaddeus Brannock"),
    ('Thaddeus Brannock met Ismene Vantrell on Monday. "The levy is unfair to families," she said.', "Ismene Vantrell"),
    # a short sentence opening its paragraph, then its speaker and verb
    ('"It is unfair," Ismene Vantrell said.', "Ismene Vantrell"),
    ('"Not this time," said Ismene Vantrell.', "Ismene Vantrell"),
    ('"The levy is unfair to families," opined the Harbour Ledger.', "Harbour Ledger"),
    # two speakers named together after the quotation: the first speaks for both
    ('"The levy is unfair to families," Thaddeus Brannock and Ismene Vantrell said in a joint statement.', "Thaddeus Brannock"),
    # 'according to' before or after, also through a statement
    ('"The levy is unfair to families," according to a statement from Thaddeus Brannock.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," according to Thaddeus Brannock, the union\'s treasurer.', "Thaddeus Brannock"),
    # unlisted verbs of saying, and a role of someone named in several words
    ('"The levy is unfair to families," Harbour Institute economist Ismene Vantrell proclaimed to a cheering crowd.',
     "Ismene Vantrell"),
    ('"The levy is unfair to families," agrees Ismene Vantrell, 30, of Velmont.', "Ismene Vantrell"),
    ('"The levy is unfair to families," Harbour Rep. Tavish Brennick’s chief of staff, Ismene Vantrell, told the Ledger.',
     "Ismene Vantrell"),
    # the one quoted speaks, not the one quoting
    ('"The levy is unfair to families," the Harbour Ledger quoted Thaddeus Brannock as saying.', "Thaddeus Brannock"),
    ('"The levy is unfair to families," Ismene Vantrell quoted Thaddeus Brannock as saying.', "Thaddeus Brannock"),
    # an auxiliary or an adverb between the speaker and the verb
    ('Tavish Brennick opened the debate. "The levy is unfair to families," Ismene Vantrell has said.', "Ismene Vantrell"),
    ('Tavish Brennick opened the debate. "The levy is unfair to families," Ismene Vantrell would later say.',
     "Ismene Vantrell"),
    ('Tavish Brennick opened the debate. "The levy is unfair to families," Ismene Vantrell once said.', "Ismene Vantrell"),
    # a quotation opening its paragraph, signed after a dash on the same line
    ('"The levy is unfair to families and to small firms." — Thaddeus Brannock', "Thaddeus Brannock"),
    # lyrics are sung; a title-case phrase opening the sentence with a preposition is no speaker
    ('In Harbour Lights Forever, Ismene Vantrell sings, "Do not leave the harbour lights behind."', "Ismene Vantrell"),
    ('In Harbour Lights Forever, Ismene Vantrell hums, "Do not leave the harbour lights behind."', "Ismene Vantrell"),
])
def test_english_reporting_frames(body, speaker):
    assert [s for s, _, _ in quotes(body)] == [speaker]


def test_a_split_quotation_and_one_over_paragraphs_keep_their_speaker():
    split = '"The levy," Ismene Vantrell said, "is unfair to families and to small firms."'
    assert [(s, t) for s, _, t in quotes(split)] == [("Ismene Vantrell", "The levy,"),
                                                     ("Ismene Vantrell", "is unfair to families and to small firms.")]
    paragraphs = ('Thaddeus Brannock said: "We cannot accept a levy that falls hardest on families.\n'
                  '"We will take this to the courts and we will win."')
    assert [s for s, _, _ in quotes(paragraphs)] == ["Thaddeus Brannock"]


@pytest.mark.parametrize("body", [
    # short quoted words that are no sentence opening a paragraph, or have no named speaker right after them
    'She called it "a total disgrace," Vantrell said.',
    '"Harbour Lights Forever," the banner read.',
    '"Fewer Exams, Better Schools," read the placards.',
])
def test_short_quoted_words_without_a_frame_stay_out(body):
    assert quotes(body) == []


def test_a_described_source_after_a_role_and_comma_is_not_named():
    assert quotes('"The levy is unfair to families," the man, who asked not to be named, said.') == \
        [(None, None, "The levy is unfair to families,")]


@pytest.mark.parametrize("body", [
    # the speaker is someone the text describes by a relation to a named person, not that person
    '"The levy is unfair to families," one of the lawyers for Ismene Vantrell said.',
    '"The levy is unfair to families," a friend of Ismene Vantrell said.',
])
def test_a_name_after_a_preposition_in_the_attribution_does_not_speak(body):
    assert [s for s, _, _ in quotes(body)] == [None]


def test_a_dash_then_words_that_are_no_name_signs_nothing():
    assert [s for s, _, _ in quotes('"The levy is unfair to families and to small firms." — that was the slogan.')] \
        in ([], [None])


def test_a_new_paragraph_with_its_own_attribution_is_a_new_quotation():
    body = ('"The levy is unfair to families," Ismene Vantrell said, pointing to the figures from the ministry.\n'
            '"We will take this to the courts," Vantrell said.')
    assert [(q.speaker, q.continues) for q in found_quotes(body)] == [("Ismene Vantrell", None),
                                                                      ("Ismene Vantrell", None)]
    # without an attribution of its own the next paragraph goes on with the same quotation
    goes_on = ('"The levy is unfair to families," Ismene Vantrell said, pointing to the figures from the ministry.\n'
               '"We will take this to the courts and we will win."')
    assert [(q.speaker, q.continues) for q in found_quotes(goes_on)] == [("Ismene Vantrell", None),
                                                                         ("Ismene Vantrell", 0)]


def test_an_honorific_tells_the_gender_a_pronoun_needs():
    body = 'Mr. Brannock spoke after the vote. Ms. Vantrell left early.\n"The levy is unfair to families," he said.'
    assert [s for s, _, _ in quotes(body)] == ["Brannock"]
    body = 'Ms. Vantrell spoke after the vote. Mr. Brannock left early.\n"The levy is unfair to families," she said.'
    assert [s for s, _, _ in quotes(body)] == ["Vantrell"]


def test_an_attribution_leading_into_the_next_sentence_starts_a_new_quotation():
    body = ('"The levy is unfair to families," harbour lawyer Tavish Brennick said of the plan. '
            '"It was written in a hurry." Of the minister, Brennick, who has advised the union, said, '
            '"She has not read it."')
    found = found_quotes(body)
    assert [(q.speaker, q.continues) for q in found] == [("Tavish Brennick", None), ("Tavish Brennick", 0),
                                                        ("Tavish Brennick", None)]
    # 'Of' opening the sentence is no part of a speaker's name
    assert all(not (q.speaker or "").startswith("Of ") for q in found)


@pytest.mark.parametrize("body, speakers", [
    # a new sentence in the gap that leads into the next quotation names its own speaker
    ('Tavish Brennick spoke first. The union "could call a strike tomorrow if it wanted," said Thaddeus Brannock, '
     'president of the Harbour Dockers. Brennick resisted: "The port does not have the power to stop the ships."',
     ["Thaddeus Brannock", "Tavish Brennick"]),
    ('The levy is "unfair to the families of the harbour," Brannock said. Ismene Vantrell, speaking to dockers, said, '
     '"Last time I looked, the port was still open."', ["Brannock", "Ismene Vantrell"]),
])
def test_an_attribution_of_its_own_after_a_sentence_end(body, speakers):
    assert [q.speaker for q in found_quotes(body)] == speakers


def test_an_attribution_going_on_into_the_next_part_keeps_one_quotation():
    body = 'Ismene Vantrell spoke. "The levy is unfair to families," she said, adding: "We will take it to the courts."'
    assert [(q.speaker, q.continues) for q in found_quotes(body)] == [("Ismene Vantrell", None), ("Ismene Vantrell", 0)]


# Marks typed the wrong way round or doubled: an opening curly mark glued to the words before it and followed by a
# space closes the quotation; a curly quotation inside one opened by a straight mark is nested, not its end; '"“'
# opens one quotation.
def test_an_opening_mark_typed_where_a_closing_one_belongs_closes_the_quotation():
    body = '“The ferry will not sail tonight,“ said Orrin Vance, the harbor master. “The swell is too high.”'
    assert quotes(body) == [("Orrin Vance", "person", "The ferry will not sail tonight,"),
                            ("Orrin Vance", "person", "The swell is too high.")]


def test_an_opening_mark_before_words_still_opens_a_quotation():
    body = 'Orrin Vance said the crews were told,“Stay on the pier until the swell drops.” Nobody left.'
    assert [t for _, _, t in quotes(body)] == ["Stay on the pier until the swell drops."]


def test_a_curly_quotation_nested_in_a_straight_one_does_not_end_it():
    body = ('Mira Castellane said: "The ferry company is not about “Service First” any more. It cuts the night '
            'crossings and raises the fares."')
    assert [t for _, _, t in quotes(body)] == [
        "The ferry company is not about “Service First” any more. It cuts the night crossings and raises the fares."]


def test_a_doubled_opening_mark_opens_one_quotation():
    body = 'The harbor master spoke late.\n\n"“We will reopen the pier by Friday,” Orrin Vance told the crews on Monday.'
    assert quotes(body) == [("Orrin Vance", "person", "We will reopen the pier by Friday,")]


# The name of a show, a book or a group in title case after a preposition or a possessive is no speech
@pytest.mark.parametrize("body", [
    'Sunday on Harbor Radio’s “Morning Tides With Mira,” Rep. Orrin Vance said the pier would reopen.',
    'Orrin Vance, who has starred in “Ferry Tales” and “Night Crossing Home,” posted the clip on Thursday.',
])
def test_a_title_after_a_preposition_or_a_possessive_is_not_a_quotation(body):
    assert quotes(body) == []


def test_a_chant_in_title_case_after_a_noun_is_still_quoted():
    body = 'The crowd answered with the chant “Bring Back The Night Ferry,” and Orrin Vance said, “We hear you.”'
    assert [t for _, _, t in quotes(body)] == ["Bring Back The Night Ferry,", "We hear you."]


def test_a_connective_after_the_attribution_goes_on_with_the_same_quotation():
    body = ('Mira Castellane spoke first. “He’s supposed to be a leader for this harbor,” Orrin Vance said. '
            'Instead, “he just acts like a defeated man.”')
    got = [(q.speaker, q.continues) for q in found_quotes(body) if q.quote_type == "direct"]
    assert got == [("Orrin Vance", None), ("Orrin Vance", 0)]


def test_a_new_speaker_after_a_connective_still_starts_a_new_quotation():
    body = ('"In the beginning it was completely no," Orrin Vance said. Then Mira Castellane said, '
            '"I try to explain it to them."')
    assert [s for s, _, _ in quotes(body)] == ["Orrin Vance", "Mira Castellane"]


# 'the Vance campaign': a name that modifies a noun is no one a later 'he' points back to
def test_he_does_not_point_back_to_a_name_modifying_a_noun():
    body = ('Orrin Vance leads the race. Jonah Brannock, a ferry owner, said the Vance campaign has yet to call him.\n\n'
            '"We are ready for the vote," he said.')
    assert [s for s, _, _ in quotes(body)] == ["Jonah Brannock"]


def test_he_still_points_back_to_a_name_standing_for_a_person():
    body = ('Orrin Vance leads the race. Jonah Brannock, a ferry owner, said Vance has yet to call him.\n\n'
            '"We are ready for the vote," he said.')
    assert [s for s, _, _ in quotes(body)] == ["Orrin Vance"]


@pytest.mark.parametrize("verb", ["asserted", "contended", "retorted", "surmised"])
def test_more_reporting_verbs_attribute_after_a_pronoun(verb):
    body = f'Orrin Vance spoke at the pier on Monday.\n\n"The ferry will run all winter, whatever the weather," he {verb}.'
    assert [s for s, _, _ in quotes(body)] == ["Orrin Vance"]


# The speaker after a quotation and an apposition the copy left open ('Vance, the analyst who founded the site
# tweeted'), or one holding words in quotation marks, or after a place and a role ('Harbor delegate Orrin Vance, …')
@pytest.mark.parametrize("after", [
    ' Orrin Vance, the harbor analyst who founded a ferry website tweeted on Wednesday.',
    ' Mira Castellane, who is chairman of the Harbor Pilots Pac said in a statement.',
    ' Harbor delegate Orrin Vance, wearing a rain hat and “Ferry First” campaign pins, said with a smile.',
])
def test_the_speaker_after_a_long_apposition(after):
    body = '“We have waited far too long for the new pier to open,”' + after
    assert [s for s, _, _ in quotes(body)] == [after.split(",")[0].replace("Harbor delegate ", "").strip()]


def test_a_relative_clause_naming_another_verb_keeps_its_own_subject():
    body = '“We have waited far too long for the new pier,” Orrin Vance, who met Mira Castellane said on Monday.'
    assert [s for s, _, _ in quotes(body)] == ["Orrin Vance"]


# A quotation opening its paragraph after a fragment another speaker was said to say goes to that speaker, not to the
# speaker of the whole quotation before the fragment
def test_a_paragraph_quotation_after_a_fragment_takes_the_fragment_s_speaker():
    body = ('“We have waited far too long for the new pier,” Orrin Vance said on Monday.\n\n'
            'Her neighbors have called the ferry plan “a slow and costly mistake,” Mira Castellane said as she left.\n\n'
            '“But it is our mistake, and we will fix it!”')
    assert [s for s, _, t in quotes(body) if t.startswith("But it is")] == ["Mira Castellane"]
