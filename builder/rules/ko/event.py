"""Korean events: conferences, summits, hearings, elections … with place and dates.

An event word (event.toml `kinds`) heads a name: the words in front of it, or the whole
single-quoted name it stands in ('차세대 모빌리티 혁신 컨퍼런스'). The place is the
'…에서' phrase next to it; the date is the date expression of the same sentence, resolved
against the publication date; a narrative day word ('이날', '같은 날', '전날') counts from the day
last named before it, and an election named by its month·day ('5·28 지방선거') is held that day.
Without a publication date a relative date stays unresolved.
Without an event word, a single-quoted name said to be held on a day at a place is an event
('…에서 열리는 ‘지스타 2025’'); so is a committee dated as where a bill is taken up, and a bare
game word held on a day at a place ('맞대결을 펼친다'), as is bare talks ('…과 시청 별관에서 회담을 갖고'); a
game named by its round or its place in a series ('포항과 32라운드를 치른다'), a committee that meets or is
spoken at on a day, and a quoted work staged on a day at a place ('‘…’이 지난 3일 … 대극장에서 막을 올렸다')
are events too. The body holding a meeting names it ('관계기관 협의회는 … 두 번째 회의를 연다'), and a word
joined by '과의'/'와의' belongs to the name ('관객과의 대화(GV) 행사').
A compound event word may be written in two words ('합동 감식', '현장 점검'); a bare one named by its number
in a series is one happening on a day at a place ('25일 교내 대강당에서 치러진 1차 투표'). An event said not
to be held ('한 번도 열지 않은'), held only on a condition ('열린다면'), or used as a point in time
('시상식이 끝난 뒤') is none; one that follows another ('회의 뒤 기자회견에서') takes its day. A bare event word
opening a sentence that says it is held ('축제는 오는 28일 … 열린다', '행사는 …') gives the one event of its kind named
before its day and place. A generic mention reports no happening: talk of such happenings in a quotation ('"전국 대회에 꼭
나가겠다"'), a means or step of a process ('설명회 등을 통해', '공청회를 거쳐'), a habit ('해마다 주민 설명회를 연다'), a rule
forbidding it ('아예 열 수 없도록'), whether to hold it ('열지 검토'); an event that sets the time of another ('총회에
앞서 오는 20일 …') takes no day from that sentence. Structure finds events whose word no table knows: a quoted programme
opened over a span of days ('오는 12일부터 14일까지 … ‘…’을 연다'), a name headed by its edition number right after a verb
of holding ('…에서 열린 제9회 … 콩쿠르에서'), a word of gathering ending in 회/식 held on a day at a place ('… 보고회를 열고'),
and a bare event word held on a day at a place ('이날 저녁 … 열린 만찬에'). A place and a noun of position before the event
word ('법원 앞 기자회견') are its location, and the place of those watching it ('방청석에서 선고를 지켜본') is not. Two
sides met on two days in one sentence sharing one event word are two events ('7일 … X와, 11일 … Y와 평가전을 치른다'); two
rounds of talks on one day are one told twice; a squad called up to a place on a day is its camp opening there ('소집'). A body's
sitting named by its business and opened on a day is a hearing ('인사위는 지난 2일 심의를 열고'), placed at that body; a
quoted name the subject of a verb of launching or sailing on a day at a place is that happening ('‘…’가 21일 … 발사돼'). A
month, or a part of one, names no day: its start stays null, as a year's or a week's does. The
paradigm these rules answer to is tests/test_ko_event_paradigm.py (and tests/test_ko_event_rites_strikes.py).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
import re
from datetime import date, timedelta

from builder import dates
from builder.rules import Context
from builder.rules.ko import morph
from builder.rules.ko.person import LOCALITIES, title_of
from builder.rules.ko.text import Tok, inside_any, quote_spans, sentence_bounds, strip_particle, tokenize
from builder.rules.model import Event
from builder.rules.tables import Endings, alternation, compiled, load

RULES = load("ko", "event")
KINDS: dict[str, str] = RULES["kinds"]
KIND_KEYS = sorted(KINDS, key=len, reverse=True)
KIND_ENDINGS = Endings(KIND_KEYS)
TWO_WORD_TAILS = tuple({k.split()[-1] for k in KIND_KEYS if " " in k})
VISIT_PLACES: dict[str, str] = RULES["visit_places"]
R = RULES["rules"]
BACK_REFERENCES = frozenset(R["back_references"])
NEED_MODIFIER = frozenset(R["need_modifier"])
STOP_WORDS = frozenset(R["name_stop_words"])
NOT_PLACES = frozenset(R["not_places"])
SCENE_PLACES = frozenset(R["scene_places"])
TIME_NOUNS = frozenset(R["time_nouns"])
ACT_CEREMONY_SUFFIX = R["act_ceremony_suffix"]
TOLD_AGAIN_SENTENCES = 2  # how far after an undated event a sentence may still hold it on a day
RETOLD_BY_PART: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in RULES["retold_by_part"].items()}
SIDE_ENDINGS = tuple(R["side_endings"])
CIRCLE_ENDINGS = tuple(R["circle_endings"])
MAX_NAME_WORDS = R["max_name_words"]
GAME_WORDS_REACH = 6  # words of a division and a discipline between a competition and its game
PART_OF = re.compile(r"[‘']?(?P<parent>[^‘’'\s][^‘’']{0,60}?)[’']?의\s+(?:공식\s+)?(?:%s)" % "|".join(map(re.escape, R["part_of_markers"])))
PART_KINDS = frozenset(R["part_kinds"])
CLOSING_KINDS = frozenset(R["closing_kinds"])
CLOSED_KINDS = frozenset(R["closed_kinds"])
PART_MARKERS = frozenset(m.replace(" ", "") for m in R["part_of_markers"])
DATE = compiled(RULES["dates"]["expression"], re.X)
NIGHT_DESK_UNTIL = RULES["dates"]["night_desk_until_hour"]
ANNOUNCED = compiled(RULES["dates"]["announced"])
ANNOUNCED_BEFORE = compiled(RULES["dates"]["announced_before"])
TOPIC_BEFORE_DAY = compiled(RULES["dates"]["topic_before_day"])
REPORT_CLOSING = compiled(RULES["dates"]["report_closing"])
NAME_THEN_OWN_DAY = compiled(RULES["dates"]["name_then_own_day"])
AREA_WORDS = frozenset(RULES["dates"]["area_words"])
SCHEDULE_ANNOUNCED = compiled(RULES["dates"]["schedule_announced"])
COMING_SAID = tuple(RULES["dates"]["coming_said"])
_SINGLE_QUOTED = re.compile(r"[‘']([^‘’'\n]{2,60})[’']")
_NUMERIC = re.compile(r"^\d")
_HAS_LETTER = re.compile(r"[^\W_]")
LABEL_MARKS = (":", "：")
QUOTED_PLACE_WORDS = 4  # words of a venue's name in single quotes ("책방 '푸른 마루'에서")
_GLOSS_END = re.compile(r"\([^()]*\)$")  # '관객과의대화(GV)': the name without the gloss it ends with
HANGUL_WORD = re.compile(r"^[가-힣]+$")
NAME_DOTS = ("·", "ㆍ")
ADMIN_UNITS = frozenset(R["admin_units"])
DISTRICT_UNITS = tuple(R["district_units"])
REGION_ENDINGS = tuple(R["region_endings"])
WEEK_WORDS = frozenset(R["week_words"])
SIDE_MET = ("와의", "과의")
DISTRICT_OFFICES: dict[str, str] = dict(R["district_offices"])
RACE_WORDS = tuple(R["race_words"])
CANDIDACY_DECLARED = re.compile(R["candidacy_declared"])
CANDIDACY_COMING_DAYS = tuple(R["candidacy_coming_days"])
WARD_WORDS = tuple(R["ward_words"])
ERA_BEFORE = compiled(R["era_before"])
YEARS_AGO = compiled(R["years_ago_before"])
BACKGROUND_RELS = frozenset(R["background_rels"])
ERA_REACH = 24  # characters from the end of an era phrase to the event it dates
PAST_YEAR_BEFORE = compiled(R["past_year_before"])
PAST_YEAR_REACH = 32  # characters from a past year to the event it dates, the clause of a subject and a place between
SCENE_MAX_WORDS = 6  # '지난 8일 서울 종로구 누리아트홀 소극장.': a scene set by a day and a place of at most so many words
_LATIN_GLUED = re.compile(r"[A-Za-z]{2}$")  # a Latin key glued to a Latin letter before it ('CGV' is no 'GV')
MODIFIER_ENDINGS = tuple(R["modifier_endings"])
SEAS = frozenset(R["seas"])
NEED_DATE = frozenset(R["need_date"])
DEMONSTRATIVES = frozenset(R["demonstratives"])
MODIFIED_NOUNS = tuple(R["modified_nouns"])
NOT_EVENT_ENDINGS = tuple(R["not_event_endings"])
NOT_EVENT_PHRASES = tuple(R["not_event_phrases"])
QUOTED_NAME_TAILS = frozenset(R["quoted_name_tails"])
QUOTED_TAIL_SUFFIXES = tuple(R["quoted_name_tail_suffixes"])
COMPARISONS = tuple(R["comparisons"])
STAKES = frozenset(R["stakes_nouns"])
TALKS_WORDS = tuple(R["talks_words"])
QUESTION_MARKS = tuple(R["question_marks"])
LIST_CLOSER = R["list_closer"]
CLAUSE_BREAKS = frozenset(R["clause_break_endings"])
CLAUSE_BREAK_NOUNS = frozenset(R["clause_break_nouns"])
PAST_CLAUSE_BREAKS = frozenset(R["past_clause_endings"])
LATER_CLAUSE_BREAKS = frozenset(R["later_clause_endings"])
TALKS_AT_KINDS = frozenset(R["talks_at_kinds"])
TALKS_AT_GAP = compiled(R["talks_at_gap"])
TALKS_OPENED_GAP = compiled(R["talks_opened_gap"])
CALLED_UP = compiled(R["called_up"])
AGREEMENT_WORDS = tuple(R["agreement_words"])
SIGNED = compiled(R["signed_after"])
AGREEMENT_CONTENT = frozenset(R["agreement_content_modifiers"])
TRIBUTE_VERB = compiled(R["tribute_verb"])
VAGUE_TIME = compiled(R["vague_time"])
FIRST_SIDE = compiled(R["first_side"])
SECOND_SIDE = compiled(R["second_side"])
OWN_DATE_CHARS = R["own_date_chars"]
SCOPE_WORDS = frozenset(R["scope_words"])
OWN_TIME_TOPICS = tuple(R["own_time_topics"])
VENUE_ENDINGS = tuple(R["venue_endings"])
NICKNAME = compiled(r"^[’']?\s*(?:%s)" % "|".join(map(re.escape, R["nickname_markers"])))
VENUE_SUFFIX = R["venue_suffix"]
GOING = tuple(R["going_verbs"])
MOVED_OBJECTS = frozenset(R["moved_objects"])
MOVED_ON = tuple(R["moved_on"])
VISITING = tuple(R["visit_verbs"])
TOPIC = re.compile(R["topic_after"])
DEMANDED = compiled(R["demanded_after"])
NEGATED = compiled(R["negated_after"])
CALLED_OFF = compiled(R["called_off_after"])
CALLED_OFF_LATER = compiled(R["called_off_later"])
CALLED_OFF_GAP_TAGS = frozenset(R["called_off_gap_tags"])
PLANNED_BUT = compiled(R["planned_but"])
CALLED_OFF_VERB = compiled(R["called_off_verb"])
CALLED_OFF_ADVERBS = frozenset(R["called_off_adverbs"])
CALLED_OFF_ARGUMENTS = frozenset(R["called_off_arguments"])
GENERIC_BACK_WORDS = frozenset(R["generic_back_words"])
PROCESS = compiled(R["process_after"])
UNDECIDED = compiled(R["undecided_after"])
RECURRING_WORDS = frozenset(R["recurring_words"])
CONDITIONAL = compiled(R["conditional_after"])
WISHED = compiled(R["wished_after"])
PLANNED = compiled(R["planned_after"])
CONTINUED = compiled(R["continued_after"])
SUBMITTED = compiled(R["submitted_after"])
FORECAST = compiled(R["forecast_after"])
POSTED = compiled(R["posted_after"])
VOLITIONAL_END = compiled(R["volitional_end"])
FINISHED = compiled(R["finished_after"])
IDIOMS: dict[str, str] = RULES["idioms"]
LEDE_SENTENCES = R["lede_sentences"]
SEQUENCE_OPENERS = frozenset(R["sequence_openers"])
VERB_BEFORE_DA = frozenset(R["verb_before_da"])
VENUE_PARTICLES = frozenset(R["venue_particles"])
PAST_TENSE = compiled(RULES["dates"]["past_tense"])
DECIDED_AHEAD = compiled(RULES["dates"]["decided_ahead"])
COMING_TENSE = compiled(RULES["dates"]["coming_tense"])
COMING_MONTH_GAP: int = RULES["dates"]["coming_month_gap"]
QUOTED_WILL = compiled(RULES["dates"]["quoted_will"])
HELD_PAST = compiled(RULES["dates"]["held_past"])
MATCH = compiled(R["match_pattern"])
MATCH_DESCRIBED = compiled(R["match_described"])
ROUND_GAME = compiled(R["round_game"])
PLACE_DETERMINERS = frozenset(R["place_determiners"])
COUNTERS = tuple(R["counters"])
DAY_WORDS = frozenset(R["day_words"])
NARRATIVE_DAYS: dict[str, int] = R["narrative_days"]
SPAN_DAYS: dict[str, int] = R["span_days"]
SPAN_WORD = re.compile(r"(?:%s|\d+일)(?:간|동안)" % "|".join(SPAN_DAYS))  # '열흘간', '3일간': a span of days
SPAN_OF_MONTHS = compiled(R["span_of_months"])
SERIES_START = tuple(R["series_start"])
COURT_SITS = compiled(R["court_sits"])
PENALTY_BEFORE = compiled(R["penalty_before"])
RULING = compiled(R["ruling_verbs"])
RULING_NAMES = ("선고", "선고공판", "판결", "선고기일")
DECISION_COURT_ENDINGS = tuple(R["decision_court_endings"])
COURT_DECISION = compiled(R["court_decision"])
DECISION_OUTER_ENDINGS = tuple(R["decision_outer_endings"])
AFTER_GAME = compiled(R["after_game"])
DATE_AHEAD = compiled(R["date_ahead"])
OPENED_BEFORE = compiled(R["opened_before"])
CASE_STAGES = frozenset(R["case_stages"])
DAY_IN_NAME_KINDS = frozenset(R["day_in_name_kinds"])
DAY_IN_NAME = compiled(r"(?:%s)\s*(?=\S)" % R["day_in_name"])
DAY_BEFORE_NAME = compiled(r"(?:%s)\s*$" % R["day_in_name"])
COURT_APPEARANCE = compiled(R["court_appearance"])
# Right after the event's name: the verb that says it is held ('…이 열렸다', '…가 개최된다', '…을 열었다').
HELD = compiled(r"\S{0,2}\s*(?:%s)" % "|".join(map(re.escape, R["held_verbs"] + R["holding_verbs"] + R["doing_verbs"])))
# A title in quotes, the event's word after it ("'…' 쇼케이스를 열고"): that word, the held verb looked for after it.
KIND_AFTER_TITLE = re.compile(r"['’]\s*(?P<word>[가-힣]{2,10})")
HELD_THERE = tuple(R["held_there_verbs"])
SCHEDULE_DONE = compiled(R["schedule_done"])
ATTENDED_AMID = compiled(R["attended_amid"])
ATTENDED_WORDS: int = R["attended_words"]
LIST_SEPARATORS = (",", "·", "ㆍ")  # between the names of those who attend
HOLDING = tuple(R["holding_verbs"])
CARRIED_OUT_THERE = tuple(R["carried_out_there_verbs"])
RETOLD_VERBS = tuple(R["retold_verbs"])
# '회담 직후', '만찬 도중': a time said by an event named before ('…직후 기자회견을 열었다'), as a topic or not ('만찬 뒤에는
# … 축하 공연도 열린다').
SAME_DAY = compiled(r"(?P<word>[가-힣]{2,12})\s+(?:(?:%s)\s+)?(?P<time>%s)(?:%s)?(?![가-힣])"
                    % ("|".join(map(re.escape, R["same_day_finished"])), "|".join(map(re.escape, R["same_day_as"])),
                       "|".join(map(re.escape, R["same_day_particles"]))))
# Endings of a word saying how an event is held, between its place and the verb ('…장으로', '성대하게').
MANNER_ENDINGS = tuple(R["manner_endings"])
HELD_ADVERBS = frozenset(R["held_adverbs"])
# '… 회의를 재차 열어': the verb of holding right after the name, an adverb of when or how often between or not.
HELD_AGAIN = compiled(r"\S{0,2}\s*(?:(?:%s)\s+)?(?:%s)" % (
    alternation(list(HELD_ADVERBS)), alternation(R["held_verbs"] + R["holding_verbs"] + R["doing_verbs"])))
DURATION = compiled(R["duration"])
UMBRELLA_WORDS = frozenset(R["umbrella_words"])
UMBRELLA_KINDS: dict[str, str] = R["umbrella_kinds"]
COMING_YEARS = frozenset(R["coming_years"])
PROGRAMME_ITEM_KINDS = frozenset(R["programme_item_kinds"])
PROGRAMME_ITEM_WORDS = tuple(R["programme_item_words"])
PROGRAMME_HOST_KINDS = frozenset(R["programme_host_kinds"])
YEAR_WORD = re.compile(r"\d{4}년")
YEAR_HEAD = re.compile(r"(?:19|20)\d{2}(?:년도?)?")  # '2031 전국 공예 인정식': the year heading a name
QUOTE_OPENERS = ("‘", "'", "“", "\"", "「", "『", "<", "《")
BEGUN = compiled("|".join(map(re.escape, R["begun_verbs"])))
DATE_COPULA = compiled(R["date_copula"])
OPENING_CEREMONIES = frozenset(R["opening_ceremonies"])
HOST_VENUE_ENDINGS = tuple(R["host_venue_endings"])
TEMPLE_ENDING = R["temple_ending"]
TEMPLE_WORDS = tuple(R["temple_words"])
HOST_MODIFIERS = frozenset(R["host_modifiers"])
TOUR_WORDS = tuple(R["tour_words"])
TOUR_NAME_WORDS = tuple(R["tour_name_words"])
NEXT_OF_SERIES = frozenset(R["next_of_series"])
CLOSING_CEREMONIES = frozenset(R["closing_ceremonies"])
OPENED = compiled("|".join(map(re.escape, R["opened_verbs"])))
AHEAD = compiled(R["ahead_after"])
ONGOING = compiled(R["ongoing_after"])
COUNTED_AHEAD = compiled(R["counted_ahead"])
# A subject's or topic's particle: the word after it is no comparison of it ('영결식은 같은 날 열린다').
SUBJECT_PARTICLES = frozenset(["은", "는", "이", "가"])
HELD_SPAN_GAP = R["held_span_gap"]
NEED_DATE_WORDS = frozenset(R["need_date_words"])
SPECIFIC_ALONE = frozenset(R["specific_alone"])
SPECIFIC_WITH_PARTICLE = frozenset(R["specific_with_particle"])
ORDINALS = frozenset(R["ordinals"])
NUMBERED_SITTING = compiled(R["numbered_sitting"])
LEGISLATURE_ENDINGS = tuple(R["legislature_endings"])
NATIONAL_ASSEMBLY: str = R["national_assembly"]
COPULA_ENDINGS = tuple(R["copula_endings"])
PAST_MENTIONS = frozenset(R["past_mentions"])
PAST_MONTH_WORDS = frozenset(R["past_month_words"])
HELD_OBJECT_WORDS = tuple(R["held_object_words"])
HELD_BY_MODIFIER = tuple(f"{w} " for w in R["held_modifiers"] + R["ongoing_modifiers"])
PAST_SETTING = compiled(R["past_setting_after"])
MEANS_AFTER = compiled(R["means_after"])
SAME_PLACE = tuple(R["same_place"])
SAME_KIND_PLACE = compiled(R["same_kind_place"])
SAME_KIND_WORD = R["same_kind_word"]
PLACE_SHORT_FORMS: dict[str, list[str]] = RULES["place_short_forms"]
FUNERAL_WORDS = tuple(R["funeral_words"])
# '장례식장', '훈련장', '경기장': the hall of a funeral or a drill or a game is a standing place, no happening.
STANDING_VENUES = frozenset(FUNERAL_WORDS) | NEED_DATE_WORDS
WAKE_PLACE = compiled(R["wake_place"])
HELD_MODIFIERS = frozenset(R["held_modifiers"])
HOSTED_MODIFIERS = frozenset(R["hosted_modifiers"])
HELD_ONLY_WORDS: dict[str, str] = R["held_only_words"]
HELD_ONLY_ENDINGS = tuple(HELD_ONLY_WORDS)  # one test of them all at once, asked of every word
OPENING_MODIFIERS = frozenset(R["opening_modifiers"])
MAX_HELD_GAP = R["max_held_gap"]
NEED_DATE_KEYS = tuple(w.replace(" ", "") for w in NEED_DATE_WORDS)
NEED_DAY_WORDS = tuple(R["need_day_words"])
TRY_OUT_WORDS = tuple(R["try_out_words"])
OWN_DAY_WORDS = tuple(R["own_day_words"])
TOURNAMENT_WORDS = tuple(R["tournament_words"])
AT_EVENT = re.compile(r"[’'”\"]?(?:에서|에)\s")  # '‘지스타 2025’에 부스를 내고': at that event
EDITION = compiled(R["edition"])
TOURNAMENT_CONTEXT = compiled("|".join(R["tournament_context"]))
EDITION_WORD = compiled(R["edition_word"])
GATHERING_ENDINGS = tuple(R["gathering_endings"])
QUOTED_GATHERING_HEADS = tuple(R["quoted_gathering_heads"])
SITTING_WORDS = frozenset(R["sitting_words"])
SITTING_PREFIX_MAX = 3  # syllables of a word compounded before a sitting word ('예비심사', '본회의 심사' is two words)
OPENED_SERVICES: dict[str, str] = RULES["opened_services"]
OPENED_SERVICE_WORDS = tuple(OPENED_SERVICES)  # for str.endswith, which takes a tuple
SERVICE_OPENED = compiled(r"(?:을|를)(?:%s|%s)" % (R["sitting_opened"], R["service_carried_out"]))
SERVICES_OPENED_ONLY = frozenset(R["services_opened_only"])
SERVICE_HELD = compiled(R["service_held"])
ENTERED_MODIFIERS = frozenset(R["entered_modifiers"])
OBJECT_PARTICLE = compiled(r"(?:을|를)\s+")
SERVICE_PLACE_THEN_OPENED = compiled(r"%s(?:%s|%s)" % (R["service_place_before_verb"], R["sitting_opened"],
                                                        R["service_carried_out"]))
SERVICE_PLACE_THEN_SITTING_OPENED = compiled(r"%s%s" % (R["service_place_before_verb"], R["sitting_opened"]))
KINDRED: dict[str, frozenset[str]] = {k: frozenset(g) for g in R["kindred_kinds"] for k in g}
SITTING_KINDS = frozenset(R["sitting_kinds"])
SITTING_BODIES = tuple(R["sitting_bodies"])
UNDATED_BODIES = tuple(R["undated_bodies"])
COMMITTEE_HEADS = SITTING_BODIES + tuple(R["committee_short_heads"])
GLUED_SUBJECT_PARTICLES = ("이",)
HOUSE_SITTING_KINDS = frozenset(R["house_sitting_kinds"])
HOUSE_VOTE_KINDS = frozenset(R["house_vote_kinds"])
HOUSE_VOTE_HELD = compiled(R["house_vote_held"])
GENITIVE_BODY_PARTICLE: str = R["genitive_body_particle"]
SITTING_OPENED = compiled(r"(?:을|를)%s" % R["sitting_opened"])
SITTING_HELD = compiled(r"(?:은|는|이|가)\s(?:[^\s.,\"“”]+\s){0,%d}(?:%s)" % (
    R["sitting_held_reach"], "|".join(map(re.escape, R["sitting_held_verbs"]))))
SHORT_COMMITTEE_END = R["short_committee_end"]
BEGUN_PERIODS = tuple(R["begun_periods"])
BEGUN_MODIFIERS = frozenset(R["begun_modifiers"])
BEGUN_PERIOD_WORDS = 2  # bare words between the verb of beginning and the camp ('시작하는 팀 전지훈련 캠프')
SUBJECT_PARTICLE_SPACE = re.compile(r"(?:은|는|이|가)\s")
DAY_THEN_HELD = compiled(r"(?:\s*\(현지\s?시간\))?\s(?:%s)" % "|".join(map(re.escape, R["sitting_held_verbs"])))
SITTING_HELD_AT_END = compiled(r"\s(?:%s)\S{0,3}\s*[.!]?\s*$" % "|".join(map(re.escape, R["sitting_held_verbs"])))
NOUN_HELD = compiled(r"(?:은|는|이|가)\s(?:[^\s.,\"“”]+\s){0,%d}(?:%s)" % (
    R["sitting_held_reach"], "|".join(map(re.escape, R["noun_held_verbs"]))))
OPENED_NOT_HELD = tuple(R["opened_not_held"])
FULL_COMMITTEE_END = R["full_committee_end"]
SESSION_WORDS = tuple(R["session_words"])
SESSION_SITTING_WORDS = tuple(R["session_sitting_words"])
SUBJECT_OR_TOPIC = ("은", "는", "이", "가")
SITTING_BEGUN = compiled(r"(?:을|를)\s*(?:%s)" % "|".join(map(re.escape, R["begun_sitting_verbs"]
                                                                + R["carried_out_sitting_verbs"])))
SITTING_ENTERED = compiled(r"에\s*(?:%s)" % "|".join(map(re.escape, R["entered_sitting_verbs"])))
TALKS_RESUMED = compiled(r"(?:을|를|도)\s*(?:%s)" % "|".join(map(re.escape, R["begun_sitting_verbs"] + R["carried_on_verbs"])))
HELD_PAST_PLACE = compiled(r"\S{0,2}\s+(?:[가-힣A-Za-z0-9]+\s+){0,2}[가-힣A-Za-z0-9]+에서\s+(?:%s)" % "|".join(
    map(re.escape, R["held_verbs"] + R["holding_verbs"] + R["doing_verbs"])))
PLACE_NOUNS = frozenset(R["place_nouns"])
WATCHED = compiled(R["watched_after"])
WATCHED_FROM = compiled(R["watched_from"])
PERIOD = compiled(R["period_after"])
RUN_UNTIL = compiled(R["run_until_after"])
LOCAL_TIME = compiled(R["local_time_after"])
RANKING_CONTEXT = compiled("|".join(R["ranking_context"]))
QUOTED_KINDS: dict[str, str] = RULES["quoted_kinds"]
QUOTED_TAILS: dict[str, str] = RULES["quoted_tails"]
QUOTED_HEADS: dict[str, str] = RULES["quoted_heads"]
QUOTED_VERBS: dict[str, str] = RULES["quoted_verbs"]
QUOTED_VERB_REACH = RULES["quoted_verb_rules"]["reach"]
QUOTED_VERB = compiled(r"(?<![가-힣])(?:첫\s*)?(?P<noun>%s)%s(?![가-힣]*(?:려고|려는|기로|지\s*(?:않|못)))" % (
    "|".join(map(re.escape, QUOTED_VERBS)), RULES["quoted_verb_rules"]["endings"]))
CRAFT_NAME = compiled(RULES["quoted_verb_rules"]["craft_name"])
CRAFT_NUMBER = compiled(RULES["quoted_verb_rules"]["craft_number"])
CRAFT_WORDS = frozenset(RULES["quoted_verb_rules"]["craft_words"])
CRAFT_BACK_REACH: int = RULES["quoted_verb_rules"]["craft_back_reach"]
EVENING_HELD = compiled(RULES["quoted_verb_rules"]["evening_held"])
EVENING_REACH: int = RULES["quoted_verb_rules"]["evening_reach"]
HELD_ANYWHERE = compiled("|".join(map(re.escape, R["held_verbs"] + R["holding_verbs"])))
QUOTED_SUBJECT = re.compile(r"[’']\s*(?:이|가|은|는)\s")
WORK_HEADS = frozenset(R["work_heads"])
QUOTED_KEYS = sorted(set(KINDS) | set(QUOTED_KINDS), key=len, reverse=True)
BODY_ENDINGS = tuple(R["body_endings"])
BODY_MEETINGS = frozenset(R["body_meeting_kinds"])
HELD_FOR_OTHERS = tuple(R["held_for_others"])
COMMITTEE_SESSION = compiled(R["committee_session"])
COMMITTEE_REVIEW = compiled(R["committee_review"])
SUBJECT_DATE = compiled(R["subject_date"])
NUMBERED = compiled(R["numbered"])
DISCIPLINE = compiled(R["discipline"])
BOARD_GAME_WORD = compiled(R["board_game_word"])
DIVISION_WORDS = frozenset(R["division_words"])
ROUND_WORDS = tuple(R["round_words"])
ROUND_OPENERS = frozenset(R["round_openers"])
LINKED_WITH = frozenset(R["linked_with"])
PARTNER_AFTER = frozenset(R["partner_after"])
PLACE_PARTICLE = "에서"
ROLE_NOUNS = frozenset(R["role_nouns"])
AGENT_NOUN = re.compile(R["agent_noun"])
DAYS_OF_EVENT = frozenset(R["days_of_event"])
ALONG_WITH = compiled(R["along_with"])
FUNERAL_HOME = compiled(R["funeral_home"], re.M)
RECURRING = compiled(r"(?:%s)%s\s*$" % ("|".join(map(re.escape, R["recurring_before"])), R["recurring_week"]))
DISTRIBUTIVE = R["distributive_suffix"]
JOINED_TO_NEXT = re.compile(r"\s*(?:과|와|및|,)\s")  # '개막식과 기념 공연': an event joined to the next one
RECURRING_REACH = 12  # characters before a date that a word of recurrence may stand in ('매달 첫째 주 월요일')
_COST = "|".join(map(re.escape, R["cost_nouns"]))
COST_AFTER = compiled(r"[’'\"”]?(?:%s)?\s*(?:%s)(?:은|는|이|가|을|를|의|으로|로|도|만|과|와|에)?(?![가-힣])" % (
    R["cost_of_pair"], _COST))
HELD_AT_VENUE = compiled(r"\s+(?:%s)(?![가-힣])" % "|".join(map(re.escape, R["held_modifiers"])))
PLACE_PHRASE = re.compile(r"[가-힣A-Za-z0-9)]에서\s")
HALL_UNIT = compiled(R["hall_unit"])
DAY_NAMED_PLACE = compiled(R["day_named_place"])
DAY_NAMED_PREFIX = compiled(R["day_named_prefix"])
VENUE_COUNT = compiled(R["venue_count"])
COUNTED_PLACES = compiled(R["counted_places"])
LIST_JOINERS = frozenset(R["list_joiners"])
MAX_LISTED_VENUE_WORDS = 6  # words of the venues named before '등' and a count of the places ('… 강당 등 투표소 3곳')
SCHOOL_EXAMS = tuple(R["school_exams"])
SCHOOL_ENDINGS = tuple(R["school_endings"])
VENUE_COUNT_NUMBER = compiled(R["venue_count_number"])
COURT_NAME = compiled(R["court_name"])
COURT_NAME_AT = compiled(R["court_name_at"])
COMBINED_INTO = compiled(R["combined_into_after"])
PROGRAMME_OF_NEXT = compiled(R["programme_of_next_after"])
PROGRAMME_FILLED = compiled(R["programme_filled_after"])
PROGRAMME_FOLLOWED = compiled(R["programme_followed_after"])
OPENED_FOR = compiled(R["opened_for_before"])
PROGRAMME_OPENED_BEFORE = compiled(R["programme_opened_before"])
PROGRAMME_CARRIED_AFTER = compiled(R["programme_carried_after"])
AGENDA_WORDS = tuple(R["agenda_words"])
BACKGROUND = compiled(R["background_after"])
BACKGROUND_KINDS = frozenset(R["background_kinds"])
TITLE_WON = compiled(R["title_won_after"])
SCHEDULED_BEFORE = compiled(R["scheduled_before"])
PLANNED_BEFORE = compiled(R["planned_before"])
MOVED_TO = compiled(R["moved_to"])
MOVED_GAP = R["moved_gap"]
GAME_WORDS = frozenset(R["game_words"])
TIME_WORDS = frozenset(R["time_words"])
SAME_AS_EVENT_DAYS = frozenset(w.replace(" ", "") for w in R["same_as_event_days"])
RELATIVE_TO_EVENT = frozenset(w.replace(" ", "") for w in R["relative_to_event_days"])
COURT_SESSION_WORDS = tuple(R["court_session_words"])
HELD_ALONE_KINDS = frozenset(R["held_alone_kinds"])
HELD_ALONE_WORDS = frozenset(R["held_alone_words"])
ROUND_PLAYED = compiled(R["round_played"])
GAMES_PLAYED = [compiled(p) for p in R["games_played"]]
BOARD_GAME_BARE = compiled(R["board_game_bare"])
BOARD_SERIES = R["board_series"]
REACHED = compiled(R["reached_after"])
PUBLIC_MEETINGS = frozenset(R["public_meetings"])
LINKING = tuple(R["linking_particles"])
PART_MODIFIERS = frozenset(R["part_modifiers"])
PAST_YEARS = frozenset(R["past_years"])
COUNT_AFTER = compiled(R["count_after"])
COUNTED_AFTER = compiled(R["counted_after"])
SPEECH_WORDS = tuple(R["speech_words"])
SPEECH_AT_GAP = compiled(R["speech_at_gap"])
SPEECH_HOST_KINDS = frozenset(R["speech_host_kinds"])
QUOTE_SETTING = compiled(R["quote_setting"])
REMARK_TOLD = compiled(R["remark_told"])
SETTING_NEEDS_OWN_DAY = tuple(R["setting_needs_own_day"])
SETTING_POINTED_DAY_WORDS = tuple(R["setting_pointed_day_words"])
ATTENDED_ONLY = compiled(R["attended_only"])
OPENING_WORDS = frozenset(R["opening_words"])
MEETING_MANNERS = tuple(R["meeting_manners"])
RESULT_NOUNS = tuple(R["result_nouns"])
RESULT_HELD_VERBS = frozenset(R["result_held_verbs"])
TOUR_REGIONS = frozenset(R["tour_regions"])
TOUR_KINDS = frozenset(R["tour_kinds"])
NEXT_LEG_AFTER = compiled(R["next_leg_after"])
NEXT_LEG_VERB = compiled(R["next_leg_verb"])
NOT_THIS_ONE = frozenset(R["not_this_one"])
SEVERAL_AFTER = compiled(R["several_after"])
AMOUNT_CHANGED_AFTER = compiled(R["amount_changed_after"])
ALONG_WITH_WORDS = "|".join(map(re.escape, R["along_with_words"]))
IN_TURN_WORDS = "|".join(map(re.escape, R["in_turn_words"]))
# '수료식과 함께 폐관식을 열었다': the first of a pair the verb after the second holds, held with it.
PAIRED_HELD = compiled(r"(?:과|와)\s+(?:(?:%s)\s+)?(?:[^\s.,]+\s+){0,2}?[^\s.,]+?(?:을|를)\s+(?:(?:%s)\s+)?(?:%s)" % (
    ALONG_WITH_WORDS, IN_TURN_WORDS, "|".join(map(re.escape, R["holding_verbs"] + R["held_verbs"]))))
# ... and, between the first's word and the second's name, the words joining them.
PAIR_TAIL = compiled(r"(?:과|와)\s+(?:(?:%s)\s+)?(?:[^\s.,]+\s+){0,2}" % ALONG_WITH_WORDS)
# '착공식과 기공식을 잇달아 연다': after the second of a pair, a word saying they follow each other (two happenings).
IN_TURN_AFTER = compiled(r"\s+(?:%s)(?![가-힣])" % IN_TURN_WORDS)
SEVERAL_PLACES = compiled(R["several_places"])
BECOMING_AFTER = compiled(R["becoming_after"])
DAY_PARTS = frozenset(R["day_parts"])
COMMITTEE_SPEECH = compiled(R["committee_speech"])
COMMITTEE_HELD = compiled(R["committee_held"])
QUOTED_BODY_HELD = compiled(R["quoted_body_held"])
SUBJECT_HELD_ENDS = compiled(R["subject_held_ends"])
SUBJECT_PARTICLE_AFTER = re.compile(r"(?:은|는|이|가)\s")  # right after the closing quotation mark
COMMITTEE_CONVENED = compiled(R["committee_convened"])
COMMITTEE_SAT_AT = compiled(R["committee_sat_at"])
RUN_TOPICS: dict[str, str] = R["run_topics"]
RUN_TOPIC = compiled(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<word>%s)(?:은|는)\s" % alternation(list(RUN_TOPICS)))
RUN_VERB = compiled(R["run_verbs"])
RECOUNT_TOLD = compiled(R["recount_told"])
RECOUNT_NAME: str = R["recount_name"]
RAID_TOLD = compiled(R["raid_told"])
RAID_NAME: str = R["raid_name"]
RAID_OBJECT_PARTICLES = tuple(R["raid_object_particles"])
STRIKE_WORDS = tuple(R["strike_words"])
PLENARY_WORDS = tuple(R["plenary_words"])
NATIONAL_HOUSE: str = R["national_house"]
COUNCIL_ENDING: str = R["council_ending"]
STRIKERS = re.compile(
    r"(?<![가-힣])(?P<place>[가-힣A-Za-z0-9·]+(?:" + "|".join(map(re.escape, R["workplace_endings"])) + r"))\s+"
    r"(?:" + "|".join(map(re.escape, R["striker_words"])) + r")(?:들)?(?:\s*\d[\d,]*여?\s*명)?(?:이|가|은|는)(?=\s)")
DIVISIONS = tuple(R["divisions"])
SERIES_GAME = compiled(R["series_game"])
STAGED = compiled(R["staged"])
STAGED_OBJECT = compiled(R["staged_object"])
START_VERBS = tuple(R["start_verbs"])
START_KINDS = frozenset(R["start_kinds"])
START_WORDS = tuple(R["start_words"])
RECURRING_KINDS = frozenset(R["recurring_kinds"])
AROUND = tuple(R["around"])
# After a quoted name: a verb saying it is held ('‘…’가 열린다'), or held by someone ('‘…’를 개최한다').
QUOTED_HELD_AFTER = compiled(r"\S{0,2}\s*(?:%s)" % "|".join(map(re.escape, R["held_there_verbs"] + R["hosting_verbs"])))
# ... or opened, the days and the place of its opening said between ('‘…’을 3일부터 다음 달 26일까지 미술관 전시실에서 연다고'),
# no other object between ('‘…’을 말하며 … 간담회를 연다').
QUOTED_OPENED_AFTER = compiled(r"[’']?(?:을|를)\s*(?:[^\s.]+(?<![을를])\s+){0,6}?(?:%s)" % "|".join(map(re.escape, R["opening_verbs"])))
# '하다' after an event word makes it the verb of its sentence ('방문합니다', '개최했다', '회담할').
DOING = re.compile(r"(?:하|한|할|함|합|했|해)")
VERBAL_EVENT = compiled(R["verbal_event_endings"])
TALKS_VERB_NOUNS = tuple(R["talks_verb_nouns"])
TALKS_VERB_SIDES = frozenset(R["talks_verb_sides"])
TALKS_VERB_SIDE_WORDS = R["talks_verb_side_words"]
SPAN_AFTER_DAY = compiled(R["span_after_day"])
WEEKDAYS = "월화수목금토일"
# Spellings of the same month and year words: '다음 달' is '다음달', '이번 달' is '이달', '작년' is '지난해'.
MONTH_WORDS = {"이번달": "이달", "내달": "다음달", "작년": "지난해"}


def _agent_noun(t: Tok) -> bool:
    """Is the word a noun naming a person by what they do ('연출가', '기획자'), read by Kiwi as one dictionary noun?
    ('무대가' is '무대' and the particle '가': no agent.)"""
    for word in (t.stem, t.stem + t.particle[:1]):
        if AGENT_NOUN.match(word) and _one_common_noun(word):
            return True
    return False


@lru_cache(maxsize=1024)
def _one_common_noun(word: str) -> bool:
    return morph.common_word(word)


@lru_cache(maxsize=4096)  # a pure function of the word, asked of every word of a body
def sitting_word(stem: str) -> bool:
    """'심사', '심의', or one compounded by a word before it saying which ('예비심사', '재심의', '공개변론'): the business a
    body's sitting is named by."""
    return stem in SITTING_WORDS or HANGUL_WORD.match(stem) is not None and any(
        stem.endswith(w) and 1 <= len(stem) - len(w) <= SITTING_PREFIX_MAX for w in SITTING_WORDS)


def _month_word(words: str) -> str:
    """'다음 달', '내달' → '다음달'; '이번 달' → '이달'."""
    w = words.replace(" ", "")
    return MONTH_WORDS.get(w, w)


@lru_cache(maxsize=16384)  # a pure function of the word, asked of every word by several rules
def kind_of(word: str) -> tuple[str, str] | None:
    """(kind key, kind) when the word ends with an event word."""
    key = next((k for k in KIND_ENDINGS.all(word) if not _LATIN_GLUED.search(word[:len(word) - len(k)] + k[:1])), None)
    return (key, KINDS[key]) if key else None


def _opens_with_event(word: str) -> bool:
    """The word is an event word with at most three letters of particle after it ('패널토론에선')."""
    return any(kind_of(word[:len(word) - n]) for n in range(0, min(4, len(word) - 1)))


def not_event(name: str) -> bool:
    """'재산권 행사', '분양 시행사': a name that ends in an event word but names a right or a firm."""
    return name.replace(" ", "").endswith(NOT_EVENT_PHRASES) or name.split()[-1].endswith(NOT_EVENT_ENDINGS)


def _open_syllable(ch: str) -> bool:
    """A Hangul syllable with no final consonant ('레' of '릴레이'; not '린' of '어린이')."""
    return bool(ch) and "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 == 0


def _name_word(t: Tok) -> bool:
    """A word an event's name may hold: letters or digits, not ending a label (a transcript's speaker tag, '◆ 이름 :',
    '진행자:', is none)."""
    return not t.sep and _HAS_LETTER.search(t.text) is not None and not t.text.endswith(LABEL_MARKS) and not t.particle and t.text not in STOP_WORDS and not t.text.endswith(DISTRIBUTIVE) \
        and (not _NUMERIC.match(t.text) or NUMBERED.fullmatch(t.text) is not None
             or DISCIPLINE.fullmatch(t.text) is not None) \
        and (not t.text.endswith(MODIFIER_ENDINGS) or t.text in SEAS) and not DATE.fullmatch(t.text)


def _place_word(t: Tok) -> bool:
    """A word of a place's name: a name word, '한' of '여의도 한 호텔', a place ending in '도' ('여의도',
    '제주도' read as a particle), or a foreign place ending in '다' ('플로리다 자택', '캐나다 밴쿠버') but
    not a sentence-final verb ('말했다', '있다') left without its full stop."""
    if SPAN_WORD.fullmatch(t.text):
        return False  # '다음 달 3일부터 나흘간 군청 마당에서': how long, no word of the place
    return _name_word(t) or t.text in PLACE_DETERMINERS or (t.particle == "도" and not t.sep and len(t.stem) >= 2) \
        or (not t.sep and not t.particle and len(t.text) >= 3 and t.text.endswith("다")
            and t.text[-2] not in VERB_BEFORE_DA and t.text not in STOP_WORDS)


# -- dates -----------------------------------------------------------------------------------
def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    m0 = y * 12 + (m - 1) + delta
    return m0 // 12, m0 % 12 + 1


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve(m: re.Match, published: str | None, past: bool = False,
            coming: bool = False) -> tuple[date | None, date | None]:
    """(start, end) for a date expression; (None, None) without a publication date.

    `past`: the sentence reports a finished happening, so a bare day after the publication
    day ('28일' in an article of the 1st) is last month's. `coming`: it tells a happening still to
    come (`told_coming`), so a bare day well before the publication day ('2일' in an article of the
    27th) is next month's.
    """
    pub = dates.local_date(published)
    if pub is None:
        return None, None
    g = m.groupdict()
    if g["clock"]:  # a time of day alone ('오전 9시 15분'): the day the article speaks of, its own
        return pub, pub
    if g["week"]:  # '다음 주', '지난주 중': a week names no day, like a year alone
        return None, None
    if g["wkend"]:  # '지난 주말': Saturday and Sunday of the week before the article's, '이번 주말' its own
        weeks = {"지난": -1, "이번": 0, "다음": 1}[g["wkend"]]
        saturday = pub - timedelta(days=pub.weekday()) + timedelta(days=5 + 7 * weeks)
        return saturday, saturday + timedelta(days=1)
    if g["nm"]:  # '6.20(금)': the year that puts the day nearest the publication
        days = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _day(y, int(g["nm"]), int(g["nd"])))]
        day = min(days, key=lambda d: abs((d - pub).days), default=None)
        return day, day
    if g["wday"]:
        return (_weekday(pub, WEEKDAYS.index(g["wday"]), (g["wrel"] or "").replace(" ", ""), past),) * 2
    if g["mo"] or g["prel"]:  # '6월', '오는 6월 말', '내달 초': a month or its part names no day, like a year alone
        return None, None
    if g["relday"]:
        hour = dates.local_hour(published)
        ref = pub - timedelta(days=1) if hour is not None and hour < NIGHT_DESK_UNTIL else pub
        offset = {"이날": 0, "당일": 0, "같은날": 0, "오늘": 0, "전일": -1, "전날": -1, "어제": -1, "내일": 1, "다음날": 1,
                  "이튿날": 1, "그제": -2, "그저께": -2, "모레": 2, "어젯밤": -1, "간밤": -1, "지난밤": -1}[g["relday"].replace(" ", "")]
        base = pub if g["relday"].replace(" ", "") in ("이날", "당일", "같은날") else ref
        d = base + timedelta(days=offset)
        return d, d
    if g["relmonth"]:  # '지난달', '올해': a month or a year alone names no day; the start stays unknown, never the 1st
        return None, None
    rel = (g["rel"] or "").replace(" ", "")
    rel = MONTH_WORDS.get(rel, rel)
    y, mo = pub.year, pub.month
    if g["y"]:
        y = int(g["y"])
    elif rel == "지난해":
        y -= 1
    elif rel == "내년":
        y += 1
    if g["m"]:
        mo = int(g["m"])
        if not g["y"] and rel == "지난" and (mo, int(g["d"])) > (pub.month, pub.day):
            y -= 1
        if not g["y"] and rel == "오는" and (mo, int(g["d"])) < (pub.month, pub.day):
            y += 1
    elif rel in ("지난달", "다음달", "이달"):
        y, mo = _shift_month(y, mo, {"지난달": -1, "다음달": 1, "이달": 0}[rel])
    elif rel == "지난" and int(g["d"]) >= pub.day:
        y, mo = _shift_month(y, mo, -1)
    elif not rel and past and int(g["d"]) > pub.day + 1:
        y, mo = _shift_month(y, mo, -1)
    elif not rel and coming and not past and int(g["d"]) <= pub.day - COMING_MONTH_GAP:
        y, mo = _shift_month(y, mo, 1)
    elif rel == "오는" and int(g["d"]) <= pub.day:
        y, mo = _shift_month(y, mo, 1)
    start = _day(y, mo, int(g["d"]))
    end = start
    if g["d3"]:  # '2∼4일': the same month
        end = _day(y, mo, int(g["d3"]))
    if g["d2"]:
        y2, m2 = y, mo
        if g["rel2"]:
            rel2 = _month_word(g["rel2"])
            y2, m2 = _shift_month(pub.year, pub.month, {"지난달": -1, "다음달": 1, "이달": 0}[rel2])
        if g["m2"]:
            m2 = int(g["m2"])
        end = _day(y2, m2, int(g["d2"]))
        if not (g["rel2"] or g["m2"]) and start and end and end < start:
            # '지난 28일부터 24일까지' in an article of the 2nd: a last day with no month of its own, before the first
            # day, is in the month after the first day's, not the first day's own
            end = _day(*_shift_month(y2, m2, 1), int(g["d2"]))
    elif g["until"]:
        start, end = None, start
    if g["ndays"] and start:  # '6일부터 나흘간': the span's last day
        n = SPAN_DAYS.get(g["ndays"]) or int(re.sub(r"\D", "", g["ndays"]))
        end = start + timedelta(days=max(n, 1) - 1)
    return start, end


def told_past(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] reports something finished: a past verb other than a decision about what is
    to come ('24일 … 회의를 열기로 했다' sets a coming day, so a bare day after publication stays this month's)."""
    return any(not DECIDED_AHEAD.search(body, max(start, m.start() - 12), m.start())
               for m in PAST_TENSE.finditer(body, start, end))


def told_coming(body: str, start: int, end: int) -> bool:
    """Whether body[start:end], the rest of a sentence, tells a happening still to come: a plan or a schedule
    ('쟁점을 추릴 계획이다'), the future '-겠-', or a close in the present tense ('열린다.', '연다.', '갖는다.')."""
    if COMING_TENSE.search(body, start, end):
        return True
    close = body[start:end].rstrip(" .!?\"'”’\n")
    return len(close) >= 2 and close.endswith("다") and _final_n(close[-2])


def quoted_coming_first(body: str, start: int, end: int) -> bool:
    """Whether body[start:end], the rest of a quotation after an event, says what is to come before any past verb:
    its first predicate sets the tense ('"… 9일 본회의에 … 올릴 수밖에 없다고 했다"': the speaker's coming
    sitting, not a report of one gone by)."""
    past = next((m.start() for m in PAST_TENSE.finditer(body, start, end)
                 if not DECIDED_AHEAD.search(body, max(start, m.start() - 12), m.start())), end)
    will = next((m.start() for m in QUOTED_WILL.finditer(body, start, past) if _final_l(m.group("will"))), None)
    return will is not None or COMING_TENSE.search(body, start, past) is not None


def _final_l(syllable: str) -> bool:
    """A Hangul syllable closed by ㄹ ('할', '될', '갈'): the future form before '수밖에', '것'."""
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 8


def _final_n(syllable: str) -> bool:
    """A Hangul syllable closed by ㄴ ('한', '린', '는'): before '다' it makes the present tense."""
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 4


def _same_place(one: str, other: str) -> bool:
    """'충남 보령 일대' and '보령 대천항 인근 일대', '가온' and '가온 전시장': the two places share a name word."""
    words = [set(w for w in place.split() if w not in AREA_WORDS) for place in (one, other)]
    return bool(words[0] & words[1])


def _present_said(said: str) -> bool:
    """'연다고', '개최한다고', '갖는다고': an indirect quotation in the present tense ('-ㄴ다고', '-는다고'), of
    something still to come; '열었다고', '돌려보냈다고' are past."""
    if len(said) < 3 or not said.endswith("다고"):
        return False
    syllable = said[-3]
    return syllable == "는" or ("가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 4)  # final ㄴ


def _weekday(pub: date, target: int, rel: str, past: bool) -> date:
    """'지난 금요일', '오는 월요일', '다음 주 화요일', or a bare '수요일' of the week the article is in."""
    monday = pub - timedelta(days=pub.weekday())
    if rel in ("지난주",):
        return monday - timedelta(days=7) + timedelta(days=target)
    if rel == "다음주":
        return monday + timedelta(days=7 + target)
    if rel == "지난" or (not rel and past and target > pub.weekday()):
        return pub - timedelta(days=(pub.weekday() - target) % 7 or 7)
    if rel == "오는":
        return pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
    return monday + timedelta(days=target)


def glued_to_modifier(word: str, kind: str) -> bool:
    """'해상훈련': an event word written after its modifier as a noun of its own (해상/NNG 훈련/NNG), not the tail of
    another noun ('대행사' holds no '행사')."""
    if len(word) <= len(kind) or not word.endswith(kind):
        return False
    forms = morph.kiwi().tokenize(word)
    return bool(forms) and forms[-1].form == kind and forms[-1].tag == "NNG"


def said_when(m: re.Match) -> str:
    """'회담 뒤에는' → '회담 뒤': a `SAME_DAY` phrase as written, without the particle its time word takes."""
    return m.string[m.start("word"):m.end("time")].strip()


def names_a_day(m: re.Match) -> bool:
    """'25일', '이날', '금요일', '6.20(금)': a date expression that names one day (or a span's first), not a month or an hour."""
    return bool(m.group("d") or m.group("nm") or m.group("relday") or m.group("wday"))


def year_only(m: re.Match | None) -> bool:
    """'올해', '지난해': a date expression that gives a year and nothing finer."""
    return bool(m) and bool(m.group("relmonth")) and _month_word(m.group("relmonth")) in ("지난해", "올해")


def _year_only_text(text: str) -> bool:
    """'올해', '지난해': an event's date text that gives a year and nothing finer; a later day replaces it."""
    return year_only(DATE.fullmatch(text))


def _words_within(short: str, long: str) -> bool:
    """'최종 선발전' in '국가대표 최종 2차 선발전': a shorter mention whose words stand, in order and with the same
    head, in a longer name is the same event."""
    a, b = short.split(), long.split()
    if len(a) < 2 or len(a) >= len(b) or a[-1] != b[-1]:
        return False
    rest = iter(b)
    return all(w in rest for w in a)


def _place_in_name(name: str) -> str | None:
    """'세종 청사 브리핑' → '세종 청사': the leading words of a name that end with a place word; a one-syllable ending
    ends a place only after a name of two syllables or more ('서울역', not '지역' or '해역')."""
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        word = words[k - 1]
        ending = next((e for e in VENUE_ENDINGS if word.endswith(e)), None)
        if ending and len(word) >= 2 and (len(ending) > 1 or len(word) >= 3):
            return " ".join(words[:k])
    return None


def _school_of_exam(name: str, before: str = "") -> str | None:
    """'파도울대 논술고사' → '파도울대': a university's admission exam is held at the school its name leads with, or
    that is written right before it (`before`, the word before the name)."""
    words = name.split()
    if not words[-1].endswith(SCHOOL_EXAMS):
        return None
    school = words[-2] if len(words) >= 2 else before
    return school if len(school) >= 3 and HANGUL_WORD.match(school) and school.endswith(SCHOOL_ENDINGS) else None


def _district_in_name(name: str) -> str | None:
    """'충남 가온시 누리구 국회의원 보궐선거' → '충남 가온시 누리구': an election is held in the district its name
    leads with, words ending in an administrative unit (after a two-syllable province, '경남'); not a body's
    electoral ward ('…군의회 가선거구'), whose polling places a sentence may give."""
    words = name.split()
    last = max((k for k, w in enumerate(words[:-1]) if len(w) >= 2 and w.endswith(DISTRICT_UNITS)
                and not w.endswith(WARD_WORDS)), default=None)
    if last is None or not all(w.endswith(DISTRICT_UNITS) or (k == 0 and len(w) == 2) for k, w in enumerate(words[:last + 1])):
        return None
    return " ".join(words[:last + 1])


# -- finding ---------------------------------------------------------------------------------
class Finder:
    def __init__(self, body: str, ctx: Context):
        self.body = body
        self.ctx = ctx
        self.toks = tokenize(body)
        self._reach: list[int] | None = None  # token_index()
        self.double = quote_spans(body)
        self.events: list[Event] = []
        self.loose: set[int] = set()  # events whose place was taken from further off in the sentence
        self.named_by_quote: set[int] = set()  # offsets of event words whose name is the quote after them
        self.joined: set[int] = set()  # offsets of event words joined to the one before ('폐막식과 시상식')
        self.heads: dict[int, str] = {}  # a quoted name's event → the event word beside it ('‘…’ 기공식', '팬미팅 ‘…’')
        self.by_game: set[int] = set()  # competitions named with a game of theirs, no row until told opening
        self.within_name: set[int] = set()  # offsets of event words a rule has named with the words around them
        self.quote_dated: set[int] = set()  # events whose day was read inside a quotation (the speaker's 'today')

    def name_word(self, t: Tok) -> bool:
        """A word of an event's name (`_name_word`) that Kiwi does not read as a verb form ('건 맞대결', '불러
        간담회'), or a word joined to the name by '과의'/'와의' ('관객과의 대화(GV) 행사', '한빛FC와의 홈경기')."""
        if t.particle in LINKING and not t.sep and len(t.stem) >= 2 and t.stem not in STOP_WORDS \
                and not _NUMERIC.match(t.stem):
            return True
        if t.particle in GLUED_SUBJECT_PARTICLES and not t.sep and _open_syllable(t.stem[-1:]) and self.whole_noun(t):
            return True  # '릴레이 농성': after an open syllable the subject particle is '가', so this '이' is the word's own
        return _name_word(t) and not morph.ends_modifier(self.body, t.start, t.end) \
            and not morph.is_inflected(self.body, t.start, t.end)

    def whole_noun(self, t: Tok) -> bool:
        """Kiwi reads the whole word, in the body, as one common noun: what looked like a particle is its last letter."""
        ms = morph.morphs_in(self.body, t.start, t.end)
        return len(ms) == 1 and ms[0].start == t.start and ms[0].end == t.end and ms[0].tag == "NNG"

    def noun_like_ending(self, t: Tok) -> bool:
        """'선고 공판', '상인 간담회': a word that ends like a verb form ('…고', '…인') but that Kiwi reads
        as nouns only; a word of the name only when the event is dated by a day (`dated_by_day`), for
        such a word mostly says what kind of thing it is ('할인 행사'), and not after a demonstrative ('이번
        내한 공연' points back to the article's own event, whose day another sentence gives)."""
        if t.sep or t.particle or not HANGUL_WORD.match(t.text) or len(t.text) < 2 or t.text in STOP_WORDS \
                or not t.text.endswith(MODIFIER_ENDINGS):
            return False
        ms = morph.morphs_in(self.body, t.start, t.end)
        return bool(ms) and ms[0].start == t.start and ms[-1].end == t.end and all(m.tag.startswith("NN") for m in ms)

    def place_word(self, t: Tok) -> bool:
        """A word of a place's name (`_place_word`), or one ending like a verb form that Kiwi reads as
        nouns ('교보문고', '공군기지'): a name, not '열고' or '마치고', nor a season ('내년 봄 …문화원에서')."""
        if t.text in TIME_WORDS or t.text.endswith(DISTRIBUTIVE) or SPAN_WORD.fullmatch(t.text):
            return False  # '오는 5일부터 사흘 동안 역 광장에서': a span of days, no word of the place
        if t.particle == "의" and HANGUL_WORD.match(t.stem) and len(t.stem) >= 2:  # '경기 여주의 … 골프클럽'
            return morph.reading(self.body, t.start, t.start + len(t.stem)) == "proper"
        if t.particle == "로" and not t.sep and HANGUL_WORD.match(t.text) and t.text not in STOP_WORDS:
            ms = morph.morphs_in(self.body, t.start, t.end)  # a street: '대학로', '충장로' (no particle)
            return bool(ms) and ms[-1].end == t.end and all(m.tag.startswith("NN") for m in ms)
        return _place_word(t) or (not t.sep and not t.particle and len(t.text) >= 2 and t.text not in STOP_WORDS
                                  and HANGUL_WORD.match(t.text) is not None and not DATE.fullmatch(t.text)
                                  and morph.reading(self.body, t.start, t.end) != "other")

    def dot_joined(self, j: int, word: Tok) -> tuple[Tok, int]:
        """'한·페루 외교장관 회담', '한·중·일 정상회의': parties joined by a middle dot with no space are one word of the
        name; (the joined word, the index before it)."""
        toks = self.toks
        while j >= 1 and toks[j].sep and toks[j].text in NAME_DOTS and toks[j].end == word.start \
                and toks[j - 1].end == toks[j].start and not toks[j - 1].sep and not toks[j - 1].particle \
                and HANGUL_WORD.match(toks[j - 1].text):
            text = self.body[toks[j - 1].start:word.end]
            word = Tok(text, toks[j - 1].start, word.end, text, "", False, word.in_quote)
            j -= 2
        return word, j

    def in_double_quotes(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.double)

    def token_index(self, pos: int) -> int:
        """The first token that holds pos or starts after it (len(toks) if none): the first whose end is past pos,
        found by bisection over the running maximum of the tokens' ends (the tokens are never changed)."""
        if self._reach is None:
            self._reach = list(accumulate((t.end for t in self.toks), max))
        return bisect_right(self._reach, pos)

    def location(self, name_start: int, name_end: int) -> tuple[str | None, bool]:
        """(place, loose): the '…에서' phrase right before the name (at most two words between) or
        right after it; when the sentence says the event is held ('…에서는 … 환영식이 열릴', '법원
        주변에는 집회가 열렸다'), the nearest '…에서' or '…에는' phrase before it in the sentence (loose)."""
        i0 = self.token_index(name_start)
        i1 = self.token_index(name_end - 1)
        own = self.quote_of(name_start)  # a place counts only from the same quotation as the name, or outside all
        s0, s1 = sentence_bounds(self.body, name_start)
        candidates = self.words_before(i0, 3, s0) + [k for k in range(i1 + 1, min(len(self.toks), i1 + 3))]
        near = len(candidates)
        held = bool(HELD.match(self.body, name_end, min(s1, name_end + 12))
                    or self.held_after_kind_word(name_end, s1)  # "'…' 쇼케이스를 열고": the title named, then its kind
                    or PAIRED_HELD.match(self.body, name_end, s1)  # '수료식과 함께 폐관식을 열었다': held with it
                    or self.subject_held_on_day(name_end, s1))  # '…축제가 8일 열려': held on its day
        if held:
            candidates += [k for k in range(i0 - 4, -1, -1) if self.toks[k].start >= s0]
        for n, k in enumerate(candidates):
            t = self.toks[k]
            if (quoted := self.quoted_place(k)) is not None and t.start >= s0 and self.quote_of(t.start) == own \
                    and self.toks[k - 1].start != name_end:  # "‘누리파이널’에서": the name itself, not a place
                return quoted, n >= near
            place = t.stem if t.particle.startswith("에서") else \
                t.text[:-2] if held and t.text.endswith(("에는", "에선")) and len(t.text) > 2 else None
            scene = place in SCENE_PLACES and (n < near and k < i0 or self.named_scene(k, s0))
            if t.start < s0 or t.end > s1 or not place or place in NOT_PLACES and not scene or place in TIME_NOUNS \
                    or place.endswith(SIDE_ENDINGS + CIRCLE_ENDINGS) or kind_of(place) \
                    or _NUMERIC.match(place) and not self.numbered_hall(k, place) and not self.day_named(t, place) \
                    or place.endswith(DIVISIONS):
                continue  # '오는 12월 6일에는 … 열린다': a day, no place
            if n >= near and any(self.toks[x].text.startswith(GOING) for x in range(k + 1, i0)):
                continue  # '법정에서 곧바로 자택으로 향한 그는 … 연설을 할 예정': where one left, not where it is held
            if n >= near and any(t.end <= e.offset < name_start and not self.paired(e, name_start) for e in self.events):
                break  # '시청 앞에서 시위를 벌인 데 이어 … 기자회견을 열 계획': the place of the event named between
            if k > i1 and WATCHED_FROM.match(self.body, t.end):
                continue  # '마지막 공연도 앞자리에서 보고 싶다': where the watchers sit
            if self.quote_of(t.start) != own:
                return None, False
            if self.day_named(t, place):
                day = DAY_NAMED_PREFIX.search(self.body, max(0, t.start - 3), t.start).start()
                place = self.body[day:t.start] + place
                k = self.token_index(day)  # '4', '·': the day the place is named after, a part of its word
            return " ".join(self.place_run(k - 1, s0 if k < i0 else name_end, [place])), n >= near
        if own is not None:  # '"주민과의 간담회를 다음 달 2일 시청에서 열겠다"': only a place held there in the quote
            return self.held_there(i1, min(s1, own[1])), False
        there = self.held_there(i1, s1) or self.held_before(i0, s0) or self.first_stop_before(i0, s0)
        if there:
            return there, False
        return self.destination(i0, s0)

    def held_after_kind_word(self, name_end: int, s1: int) -> bool:
        """"…에서 신작 '…' 쇼케이스를 열고": a quoted title named as the event, the word of its kind and the held verb
        after the closing quote."""
        if name_end >= s1 or self.body[name_end] not in "'’":
            return False
        m = KIND_AFTER_TITLE.match(self.body, name_end, s1)
        return m is not None and _opens_with_event(m.group("word")) \
            and HELD.match(self.body, m.end("word") - 2, min(s1, m.end("word") + 12)) is not None

    def named_scene(self, k: int, s0: int) -> bool:
        """'사고 현장에서 현장검증을': the scene right before the event is its place; further off, only a scene a word
        before names ('… 발굴 현장에서 조사 성과를 알리는 설명회를'), not a bare '현장' or one of a time ('오전 현장에서')."""
        prev = self.toks[k - 1] if k > 0 else None
        return prev is not None and prev.start >= s0 and not prev.sep and not prev.particle \
            and prev.text not in TIME_NOUNS and self.place_word(prev)

    def subject_held_on_day(self, name_end: int, s1: int) -> bool:
        """'…한인타운에서 … 알리는 제2회 …축제가 8일(현지시간) 열려': the name the subject of a verb of being held,
        only its day between (a local-time gloss after it or not)."""
        subject = SUBJECT_PARTICLE_SPACE.match(self.body, name_end, s1)
        dm = DATE.match(self.body, subject.end(), s1) if subject else None
        return dm is not None and names_a_day(dm) and not dm.group("clock") \
            and DAY_THEN_HELD.match(self.body, dm.end(), s1) is not None

    def words_before(self, i0: int, count: int, s0: int) -> list[int]:
        """The `count` words right before token i0, nearest first, and a side met written right after a place phrase
        ('별관에서 상인회와 (함께)'), which does not count (`partner_after`); a pair of things listed after it
        ('일대에서는 불꽃놀이와 국악 공연이') counts."""
        found: list[int] = []
        k, counted = i0 - 1, 0
        while k >= 0 and counted < count:
            found.append(k)
            counted += not self.side_after_place(k, s0)
            k -= 1
        return found

    def side_after_place(self, k: int, s0: int) -> bool:
        """Token k is a side met ('의사단체와', '노조와 함께') written right after a '…에서' place phrase."""
        t = self.toks[k]
        if t.text in PARTNER_AFTER and k > 0 and self.toks[k - 1].particle in LINKED_WITH:
            k -= 1  # '함께' after the side
        side = self.toks[k]
        return side.start >= s0 and k > 0 and not side.sep and side.particle in LINKED_WITH \
            and self.toks[k - 1].particle == PLACE_PARTICLE and self.toks[k - 1].start >= s0

    def paired(self, e: Event, name_start: int) -> bool:
        """'수료식과 함께 폐관식을': the event named right before, joined to the one at name_start, held with it."""
        text = self.body[e.offset:name_start]
        last = e.name.split()[-1]
        at = text.rfind(last)
        return at != -1 and PAIR_TAIL.fullmatch(text, at + len(last)) is not None

    def day_named(self, t: Tok, place: str) -> bool:
        """'5·18민주광장에서': a place named after a day of history, split at its dot ('18민주광장' after '5·')."""
        return DAY_NAMED_PLACE.fullmatch(place) is not None \
            and DAY_NAMED_PREFIX.search(self.body, max(0, t.start - 3), t.start) is not None

    def numbered_hall(self, k: int, place: str) -> bool:
        """'아트홀 1관에서', '본관 3층에서': a numbered part of the venue named by the word before it, not a day."""
        prev = self.toks[k - 1] if k > 0 else None
        return prev is not None and not prev.sep and not prev.particle and DATE.match(place) is None \
            and HALL_UNIT.fullmatch(place) is not None and self.place_word(prev) and not _NUMERIC.match(prev.text)

    def quoted_place(self, k: int) -> str | None:
        """"책방 '…'에서": a place named in single quotes, its '에서' split off as a word at token k: the quoted name
        with the place words before it ('… 책방 '…'')."""
        toks = self.toks
        if k < 3 or toks[k].sep or toks[k].text not in VENUE_PARTICLES or not toks[k].text.startswith("에서"):
            return None
        close = toks[k - 1]
        o = k - 2
        while o > k - 2 - QUOTED_PLACE_WORDS and o > 0 and not toks[o].sep:
            o -= 1  # "책방 '푸른 마루'에서": a quoted name of a few words
        opening = toks[o]
        if not (close.sep and close.text in "'’" and opening.sep and opening.text in "'‘" and o < k - 2
                and close.end == toks[k].start) or o < k - 3 and toks[k - 2].stem in KINDS:
            return None  # "'2025 전기차 엑스포'에서": an event held there, no venue ("'베르톨엑스포'에서" is one)
        words = []
        j = o - 1
        s0 = sentence_bounds(self.body, toks[k].start)[0]
        while j >= 0 and len(words) < 4 and toks[j].start >= s0 and self.place_word(toks[j]):
            words.insert(0, toks[j].text)
            j -= 1
        return " ".join(words + [self.body[opening.start:close.end]])

    def held_before(self, i0: int, s0: int) -> str | None:
        """'…볼파크에서 열린 2025 … 인천과의 홈경기에서': a place phrase before a verb saying the event
        is held, the verb a few words before the event's name."""
        k = i0
        while k - 1 > max(0, i0 - 1 - MAX_HELD_GAP):
            k = self.before_gloss(k - 1)
            t = self.toks[k]
            heads_quote = k == i0 - 2 and self.toks[i0 - 1].text in ("'", "‘")  # '개막하는 국제대회 ‘…’': its head
            if t.start < s0 or t.sep and t.text not in ("'", "‘", "’", *NAME_DOTS) or (k < i0 - 1 and kind_of(t.stem) and not heads_quote):
                break  # the verb belongs to another event named between ('…에서 열린 회의 뒤 세미나')
            p = self.glossed_place(k - 1)
            prev = self.toks[p]
            if t.text in HELD_MODIFIERS and (prev.particle.startswith("에서") or p != k - 1) and prev.start >= s0 \
                    and prev.stem not in NOT_PLACES and not kind_of(prev.stem) and not self.in_double_quotes(prev.start):
                return self.place_words(p, s0)
        return None

    def first_stop_before(self, i0: int, s0: int) -> str | None:
        """'…아트센터를 시작으로 청주, 원주를 도는 여름 투어 공연 ‘…’을 연다': a tour or series whose first stop is named
        before it in its sentence ('…을 시작으로') is placed there, as one whose first stop follows it (`held_there`); an
        event word with a particle between names another happening, whose stop it is."""
        for k in range(i0 - 1, -1, -1):
            t = self.toks[k]
            if t.start < s0:
                break
            if t.sep:
                continue
            if t.particle and kind_of(t.stem):
                return None  # '개막식을 시작으로': another event first, no place
            if t.particle in ("을", "를") and k + 1 < i0 and self.toks[k + 1].text.startswith(SERIES_START) \
                    and t.stem not in NOT_PLACES and t.stem not in STOP_WORDS and not DATE.match(t.stem) \
                    and not self.in_double_quotes(t.start) and HANGUL_WORD.match(t.stem) \
                    and morph.reading(self.body, t.start, t.start + len(t.stem)) == "proper":
                span = self.body[t.end:self.toks[i0].end]
                return self.place_words(k, s0) if any(w in span for w in TOUR_WORDS) else None
        return None

    def before_gloss(self, k: int) -> int:
        """'플레이오프(3전 2승제) 2차전': for a closing bracket at k glossing the word before it, the index of
        that word; else k."""
        toks = self.toks
        if not (toks[k].sep and toks[k].text in (")", "）")):
            return k
        for o in range(k - 1, max(-1, k - 6), -1):
            if toks[o].sep and toks[o].text in ("(", "（"):
                return o - 1 if o > 0 and not toks[o - 1].sep else k
        return k

    def glossed_place(self, k: int) -> int:
        """'…컨트리클럽(파72)에서': for '에서' cut off by a gloss, the index of the word before the gloss;
        else k."""
        toks = self.toks
        if k >= 3 and toks[k].text == "에서" and toks[k - 1].text == ")":
            j = k - 2
            while j > 0 and toks[j].text != "(" and k - j < 8:
                j -= 1
            if toks[j].text == "(" and j > 0 and not toks[j - 1].sep and not toks[j - 1].particle:
                return j - 1
        return k

    def held_there(self, i1: int, s1: int) -> str | None:
        """'…제작발표회가 9일 서울 한 호텔에서 열렸다': later in the sentence, a place phrase right before a
        verb saying the event is held there; another event named on the way ends the search, unless
        joined to this one ('폐막식과 시상식은 … 같은 곳에서 열린다')."""
        joined = self.toks[i1].particle in ("과", "와")
        own = self.quote_of(self.toks[i1].start)
        for k in range(i1 + 1, len(self.toks) - 1):
            t = self.toks[k]
            if t.start >= s1:
                break
            if not t.sep and kind_of(t.stem) and t.start not in self.named_by_quote:
                if not joined:
                    break
                joined = False
            if k > i1 + 3 and (quoted := self.quoted_place(k)) is not None and self.quote_of(t.start) == own \
                    and (self._verb_of_holding(k + 1) or self.carried_out_there(i1, k)):
                return quoted  # "북토크는 … 독립서점 '…'에서 열린다": a venue named in quotes after the name
            if t.particle.startswith("에서") and (self._verb_of_holding(k + 1) or self.carried_out_there(i1, k)) \
                    and t.stem not in NOT_PLACES and not kind_of(t.stem) and self.quote_of(t.start) == own:
                if self.toks[k + 1].text in HELD_MODIFIERS and k + 2 < len(self.toks) and kind_of(self.toks[k + 2].stem):
                    break  # '… 이날 저녁 시장 공관에서 열린 만찬에': the place of the event the verb modifies
                return self.place_words(k, self.toks[i1].end)
            if t.particle in ("을", "를") and self.toks[k + 1].text.startswith(SERIES_START) \
                    and t.stem not in NOT_PLACES and t.stem not in STOP_WORDS and not kind_of(t.stem) \
                    and not DATE.match(t.stem) and not self.in_double_quotes(t.start) \
                    and morph.reading(self.body, t.start, t.start + len(t.stem)) == "proper":
                return self.place_words(k, self.toks[i1].end)  # '부산을 시작으로 …': the first stop
        return None

    def carried_out_there(self, i1: int, k: int) -> bool:
        """'… 할인 행사를 오는 22∼28일 읍내 광장에서 진행한다': the event ending at token i1 is the object of the verb
        of carrying it out right after the place phrase at k, with no other object between."""
        toks = self.toks
        return toks[i1].particle in ("을", "를") and k + 1 < len(toks) and not toks[k + 1].sep \
            and self.body.startswith(CARRIED_OUT_THERE, toks[k + 1].start) \
            and not any(toks[x].particle in ("을", "를") for x in range(i1 + 1, k))

    def _verb_of_holding(self, k: int) -> bool:
        """The word at k says the event is held ('열렸다', '연다', '개최한다'), or a manner word does
        before such a verb ('교육청장으로 치러진다', '성대하게 열렸다')."""
        toks = self.toks
        while k + 1 < len(toks) and not toks[k].sep and DURATION.match(toks[k].text):
            k += 1  # '운동장에서 이틀 동안 열린다': how long, then the verb
        for n in (3, 2):  # '…전시장에서 나흘 일정을 끝내고 폐막했다': the schedule finished there, then the verb
            if k + n < len(toks) and not any(t.sep for t in toks[k:k + n]) \
                    and SCHEDULE_DONE.match(self.body[toks[k].start:toks[k + n - 1].end]):
                k += n
                break
        k = self.skip_attendance(k)
        while k + 1 < len(toks) and not toks[k].sep and toks[k].text in HELD_ADVERBS:
            k += 1  # '강변공원에서 다시 열린다': when or with whom, then the verb
        if k < len(toks) and self.body.startswith(HELD_THERE + HOLDING, toks[k].start):  # '… 열 예정이다': two words
            return True
        return k + 1 < len(toks) and not toks[k].sep and toks[k].text.endswith(MANNER_ENDINGS) \
            and toks[k + 1].text.startswith(HELD_THERE + HOLDING)

    def skip_attendance(self, k: int) -> int:
        """The token after '… 참석한 가운데' when the words from k tell who attends ('…에서 주민 등 3천여명이 참석한 가운데
        열렸다'), else k: who attends stands between the place and the verb holding the event there."""
        toks = self.toks
        for x in range(k, min(len(toks) - 2, k + ATTENDED_WORDS)):
            if toks[x].sep and toks[x].text not in LIST_SEPARATORS or toks[x].particle.startswith("에서"):
                return k
            if toks[x + 1].text == "가운데" and ATTENDED_AMID.match(toks[x].text) and not toks[x + 1].sep:
                return x + 2
        return k

    def destination(self, i0: int, s0: int) -> tuple[str | None, bool]:
        """'공항에서 곧바로 제주 자택으로 향한 그는 … 대국민 담화를 할 예정': where the one who
        holds the event went before it, the '…(으)로' of a verb of going earlier in the sentence (loose)."""
        for k in range(i0 - 2, -1, -1):
            t, verb = self.toks[k], self.toks[k + 1]
            if t.start < s0:
                break
            if t.particle in ("으로", "로") and verb.text in MOVED_OBJECTS and k + 2 < len(self.toks) \
                    and self.toks[k + 2].text.startswith(MOVED_ON) and t.stem.endswith(VENUE_ENDINGS) \
                    and not self.in_double_quotes(t.start) and t.stem not in NOT_PLACES and not kind_of(t.stem):
                return self.place_words(k, s0), False  # '가람 체육관으로 자리를 옮겨 4차전을 치른다': where it moved
            if t.particle in ("으로", "로") and verb.text.startswith(GOING) and not self.in_double_quotes(t.start) \
                    and t.stem not in NOT_PLACES and not kind_of(t.stem):
                return self.place_words(k, s0), True
            if t.particle in ("을", "를") and verb.text.startswith(VISITING) and not self.in_double_quotes(t.start) \
                    and t.stem not in NOT_PLACES and not kind_of(t.stem) and HANGUL_WORD.match(t.stem) \
                    and (t.stem.endswith(VENUE_ENDINGS) or self.proper_place(k)):
                return self.place_words(k, s0), True  # '피해 지역을 찾아 현장 점검에 나선다': the place visited
        return None, False

    def proper_place(self, k: int) -> bool:
        """The word at k, or the one right before it ('솔내 카운티'), is a proper noun as Kiwi reads it."""
        t = self.toks[k]
        a = self.toks[k - 1].start if k > 0 and not self.toks[k - 1].sep else t.start
        return any(m.tag == "NNP" or m.oov for m in morph.morphs_in(self.body, a, t.start + len(t.stem)))

    def quote_of(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.double if a <= pos < b), None)

    def date_near(self, name_start: int, name_end: int) -> re.Match | None:
        """The date expression of the sentence nearest to the name, preferring one before it.
        A date inside a quotation counts only for an event named inside the same quotation."""
        s0, s1 = sentence_bounds(self.body, name_start)
        own = self.quote_of(name_start)
        found = [m for m in DATE.finditer(self.body, s0, s1) if self.quote_of(m.start()) == own and not self.announced(m)
                 and not DATE_AHEAD.match(self.body, m.end())  # '한글날(9일)을 앞두고': a day ahead, no event's
                 and not PENALTY_BEFORE.search(self.body, max(s0, m.start() - 12), m.start())]  # '징역 6월': a length
        if any(not m.group("clock") for m in found):  # '28일 오후 3시': the day, not the hour, dates it
            found = [m for m in found if not m.group("clock")]
        if any(not year_only(m) for m in found):  # '오는 9~10일 올해 마지막 회의': the days, not the year
            found = [m for m in found if not year_only(m)]
        before = [m for m in found if m.end() <= name_start]
        after = [m for m in found if m.start() >= name_end]
        if before and after and not after[0].group("clock") and self.reporting_day(before[-1], s1) \
                and NAME_THEN_OWN_DAY.fullmatch(self.body, name_end, after[0].start()):
            return after[0]  # '해경은 9일 …훈련을 다음 달 10일부터 연다고 밝혔다': the topic's day dates the report
            # (not '…는 27일 … 브리핑을 열고 내년 2월까지 …': the happening held on the topic's day, the day after another's)
        if after and SUBJECT_DATE.fullmatch(self.body, name_end, after[0].start()) \
                and (not before or name_start - before[-1].end() > OWN_DATE_CHARS):
            return after[0]  # '…, 발인 17일 오전 6시': the date right after its subject, not one far before
        if before and name_start - before[-1].end() > OWN_DATE_CHARS \
                and not self.body.startswith(OWN_TIME_TOPICS, before[-1].end()):
            span = next((m for m in before if m.group("since") or m.group("from")), None)
            if span is not None:
                return span
        return before[-1] if before else (after[0] if after else None)

    def reporting_day(self, m: re.Match, s1: int) -> bool:
        """'가람시는 9일 … 연다고 밝혔다': a bare day right after the sentence's topic, the sentence closing on a verb of
        reporting after an indirect quotation of something to come, is the day of the report; the quoted happening
        keeps a day of its own written after its name."""
        if not m.group("d") or m.group("rel") or m.group("m") or m.group("clock") \
                or not TOPIC_BEFORE_DAY.search(self.body, max(0, m.start() - 3), m.start()):
            return False
        closing = [c for c in REPORT_CLOSING.finditer(self.body, m.end(), s1)]
        if not closing:
            return False
        said = self.body[max(0, closing[-1].start() - 16):closing[-1].start() + 1]
        return said.endswith(COMING_SAID) or _present_said(said)

    def announced(self, m: re.Match) -> bool:
        """'…를 연다고 11일 밝혔다': a day between an indirect quotation of a coming event and a verb of reporting
        dates the report; after a past one ('…를 열었다고 10일 밝혔다') it is the event's day as often as not."""
        if not m.group("d") or m.group("rel") or m.group("m") or ANNOUNCED.match(self.body, m.end()) is None \
                or ANNOUNCED_BEFORE.search(self.body, max(0, m.start() - 3), m.start()) is None:
            return False
        said = self.body[max(0, m.start() - 16):m.start()].rstrip()
        return said.endswith(COMING_SAID) or _present_said(said)

    def add(self, name: str, kind: str, start: int, end: int, quoted_name: bool = False,
            location: str | None = None, apart: bool = False) -> None:
        """Keep the event unless it is demanded rather than held or a passing mention; `location` is the
        place the rule itself read (a court the person appeared before), else one is looked for nearby; `apart`, the
        rule found it held on another day than any named alike, so it joins none of them."""
        if kind in DAY_IN_NAME_KINDS and not DAY_IN_NAME.match(name) \
                and (day := DAY_BEFORE_NAME.search(self.body, max(0, start - 8), start)):
            name, start = f"{day.group().strip()} {name}", day.start()  # '5·28 지방선거': the day is a word of its name
        named_day = kind in DAY_IN_NAME_KINDS and DAY_IN_NAME.match(name) is not None
        if DEMANDED.match(self.body, end, end + 30):
            return  # demanded or disputed ('‘…청문회’ 등 핵심 쟁점'), not held
        if NEGATED.match(self.body, end, end + 30):
            return  # '설명회를 한 번도 열지 않은', '공청회 없이': not held
        if kind == "press conference" and location is None and AFTER_GAME.search(self.body, max(0, start - 16), start):
            return  # '경기 뒤 기자회견에서 말했다': the post-game conference, no happening of its own
        if COST_AFTER.match(self.body, end, end + 24):
            return  # '‘…축제’ 예산 복원', '대형 축제 지원금': the event heads a cost or a budget, no happening reported
        if POSTED.match(self.body, end, end + 24):
            return  # '해외 해킹 포럼에 매물로 올라온': a web board posted on, no happening
        if CALLED_OFF.match(self.body, end, end + 20):
            return  # '예정됐던 파업이 철회됐다': called off, not held
        if self.called_off_later(end):
            return  # '…로 잡혔던 토론회는 상인회 반대로 무산됐다': called off for a reason told between
        if (plan := PLANNED_BUT.match(self.body, end, end + 24)) and self.planned_then_called_off(name, plan.end()):
            return  # '조정 회의를 열 계획이었지만 … 무산됐다': planned, then called off
        if kind == "election" and MEANS_AFTER.match(self.body, end, end + 12):
            return  # the means of a choice ('관객 투표로 뽑는 상'), not a happening
        if kind in ("match", "competition") and REACHED.match(self.body, end, end + 12):
            return  # '결승전에 진출했다': the way to a game, not the game
        if COMBINED_INTO.match(self.body, end, end + 12) or PROGRAMME_OF_NEXT.match(self.body, end, end + 30):
            return  # '시상식을 겸한 폐막식', '율동 공연과 … 체험이 어우러진 ‘…마당’': part of the event named next
        if PROGRAMME_FILLED.match(self.body, end, end + 100):
            return  # '잔치는 개막식과 함께 … 놀이 등으로 채워진다': an item its subject's programme is made of
        s0, s1 = sentence_bounds(self.body, start)
        if self.body[self.body.rfind("\n", 0, start) + 1:].lstrip().startswith(QUESTION_MARKS):
            return  # '―개관 행사는 어떻게 꾸리나.': an interviewer's question about an event, none reported
        if name.replace(" ", "").endswith(AGENDA_WORDS) and OPENED_FOR.search(self.body, s0, start):
            return  # '전체회의를 열어 … 현안 질의를 할 예정': the business of the meeting just named, not another
        if kind != "press conference" and PROGRAMME_CARRIED_AFTER.match(self.body, end) and self.opened_before(s0, start):
            return  # '… 팬 축제를 열고 … 환영식을 함께 진행한다': the programme of the event just opened
        if name.endswith(TALKS_WORDS) and self.talks_at_meeting(s0, start):
            return  # '3차 조정회의에서 마라톤 협상을 벌인 끝에': the business of the meeting just named, not another
        if ONGOING.match(self.body, end):
            return  # '국빈 방문 중인 가람국 대통령이 … 정상회담을 열었다': a state of the one described, no happening
        ahead = AHEAD.match(self.body, end, end + 8) is not None  # '총회에 앞서 오는 20일 …': another's day
        watched = WATCHED.match(self.body, end, end + 12) is not None  # '방청석에서 선고를 지켜본': the watchers' place
        # '…보궐선거를 2주 남짓 앞두고': a named event still to come; the sentence's day is the gathering's, not its own
        coming = " " in name and COUNTED_AHEAD.match(self.body, end, end + 24) is not None
        ahead = ahead or coming
        scheduled = ahead and self.scheduled(start)  # '다음 달 11일 평양에서 소집하는 최고인민회의를 앞두고': its own day
        if scheduled:
            ahead = False
        loc, loose = (location, False) if location else (None, False) if ahead or watched else self.location(start, end)
        if not loc and kind == "election":
            loc = _district_in_name(name) or self.district_of_office(end)
        if not loc and not quoted_name:
            loc = _place_in_name(name) or _school_of_exam(name, self.bare_word_before(start)) \
                or next((p for v, p in VISIT_PLACES.items() if name.endswith(v)), None) or self.wake_place(name, start)
        if loc and self.points_back(loc, start):
            loc = self.earlier_place(start)
        elif loc and self.same_kind(loc, start):  # '같은 법원에서': a court none named before is left to courts_placed
            loc = self.earlier_of_kind(loc, start) or (None if loc in PLACE_SHORT_FORMS else loc)
        if not loc and (kind in START_KINDS or name.endswith(START_WORDS)):
            loc = self.start_place(start)
        dm = None if ahead else self.date_near(start, end)
        if dm and dm.start() >= end and not self.body[end:dm.start()].strip() \
                and (dm.group("relday") or "").replace(" ", "") in RELATIVE_TO_EVENT:
            dm = None  # '입단식 당일 선착순 500명에게': a day counted from the event itself, none of its own
        if dm and self.other_clause(dm, start, end):
            dm = None  # '본협상이 끝내 결렬되자 노조는 지난달 28일 조정을 신청했고': the filing's day, not the talks'
        if dm and dm.end() <= start and self.held_by_modifier(dm, start):
            dm = None  # '다음 달 8일 치러지는 … 보궐선거 후보들이 첫 방송 토론에서': the day of the election its verb holds
        if dm and dm.end() <= start and SCHEDULE_ANNOUNCED.match(self.body, end):
            dm = None  # '…는 11일 … ‘…’의 일정을 공개했다': the day its schedule was made public, not its own
        if dm and RECURRING.search(self.body, max(0, dm.start() - RECURRING_REACH), dm.start()):
            return  # '매주 금요일 관객과의 만남이 열리고': a recurring happening, not one the article reports
        dated = dm if not year_only(dm) else None  # '올해' alone dates nothing
        if PROGRAMME_FOLLOWED.match(self.body, end, end + 40) and not (
                dated and names_a_day(dated) and dated.end() <= start and "," not in self.body[dated.end():start]):
            return  # '…열리며, 합창단 공연과 연등 행렬이 이어진다': an item that follows in a programme, no day of its own
        if kind in ("competition", "match") and TITLE_WON.match(self.body, end, end + 12) \
                and not (loc or quoted_name or (dated and names_a_day(dated))):
            return  # '두 번째 세계대회 정상에 오른다': a title counted, not a competition held
        if kind in BACKGROUND_KINDS and not (loc or quoted_name) and self.quote_of(start) is None \
                and BACKGROUND.search(self.body, end, s1):
            return  # '지난달 27일 국무회의에서 "…"고 약속한 바 있다': the setting of an earlier remark, told as background
        if not (dated and names_a_day(dated)) and not quoted_name \
                and any(m.end() <= start for m in ERA_BEFORE.finditer(self.body, max(s0, start - ERA_REACH), start)):
            return  # '1970년대 중반 파리에서 연 개인전이 호평을 받았지만': an era dates a past one, told as background
        if not quoted_name and YEARS_AGO.search(self.body, max(s0, start - ERA_REACH), start):
            return  # '"12년 전 창단 공연도 봤는데 그때보다 훨씬 나았다"': a past one, years ago
        if not (dated and names_a_day(dated)) and not quoted_name and self.past_year_before(s0, start):
            return  # '2020년 … 병원 강당에서 연 작은 음악회에서 출발했다': a year before the article's, told as background
        if UNDECIDED.match(self.body, end, end + 30):
            return  # '공청회를 열지 검토하고 있다': whether it will be held is open
        if PROCESS.match(self.body, end, end + 16) and not ((dated and (names_a_day(dated) or dated.end() <= start)) or loc):
            return  # '설명회 등을 통해 의견을 수렴', '공청회를 거쳐 다음 달 확정': a means or a step, no happening
            # ('9월 당원 투표를 거쳐 확정된다': a month before it dates a step still to come)
        if not ((dated and names_a_day(dated)) or quoted_name) and self.recurs(start, end) \
                and self.common_words(name, start):
            return  # '구는 해마다 주민 설명회를 연다', '주말마다 공원에서 정기 공연을 한다': a habit, at a place or not, no
            # one happening ('한빛 학술대회는 매년 …' names a series)
        if TOPIC.match(self.body, end, end + 12) and not (dated or loc):
            return  # the topic of a discussion ('청문회에 대해선 입장차가 여전하다'), not a happening
        if FINISHED.match(self.body, end, end + 12) and not (dated or loc):
            return  # '시상식이 끝난 뒤': a point in time after an event, no happening of its own
        if WISHED.match(self.body, end, end + 24) and not (dated and names_a_day(dated)):
            return  # '언젠가 같이 듀오 리사이틀을 여는 게 꿈': a wish, no happening
        if PLANNED.match(self.body, end, end + 16) and not (dated or loc or quoted_name) \
                and self.common_words(name, start):
            return  # '구는 하반기에 주민 설명회를 열 계획이다': an intention with no day, no place, no name of its own
        if CONTINUED.match(self.body, end, end + 24) and not ((dated and names_a_day(dated)) or loc or quoted_name) \
                and self.common_words(name, start):
            return  # '인형극과 거리 공연도 이어간다': a kind of happening kept up as a programme, no one happening
        if SUBMITTED.match(self.body, end, end + 24) and not ((dated and names_a_day(dated)) or loc or quoted_name):
            return  # '9월 국무회의에 수정안을 부칠 방침': the meeting a plan is put before, a step of the process
        if FORECAST.match(self.body, end, min(s1, end + 40)) and not ((dated and names_a_day(dated)) or loc or quoted_name):
            return  # '"정상회담 전에 외교장관 회담도 열릴 것"이라고 내다봤다': a guess about the future, none reported
        if COUNTED_AFTER.match(self.body, end, end + 14) and not ((dated and names_a_day(dated)) or quoted_name):
            return  # '합동연설회가 여섯 차례 열리는 동안': several sittings, no one happening
        if name.replace(" ", "").endswith(SPEECH_WORDS) and not quoted_name \
                and (self.event_right_before(end - len(name.split()[-1])) or self.speech_at_event(s0, start)
                     or any(e.offset < start for e in self.events) and not loc and (not dated or self.event_day_word(dated))):
            return  # '길 신임 위원장은 취임 연설에서 "…"', '군수는 이날 축사에서 "…"': a part of the event named before,
            # on its day, no row of its own; so is one named by the event right before it, on the day and at the
            # place of the phrase ('지난 2일 … 열린 금융 포럼 기조연설에서')
        if name.split()[0] in OPENING_WORDS and not (dated or loc or quoted_name) \
                and any(e.kind == kind and e.offset < start and e.name.split()[0] in OPENING_WORDS for e in self.events):
            return  # '… 첫 공연을 올렸다. … 개막 공연을 본 평론가는': the opening named before, told again
        if kind in TOUR_KINDS and name.split()[0] in TOUR_REGIONS and not (dated or loc or quoted_name):
            return  # '북미 공연에서는 … 선보일 예정이다': a leg of a tour, no one happening
        if kind == "meeting" and not (loc or quoted_name) and name.split()[0] in MEETING_MANNERS and len(name.split()) == 2:
            return  # '지난달 30일 운수업체 대표들과 비공개 회의를 가졌다': a generic meeting with a date only
        if CONDITIONAL.match(self.body, end, end + 16) and not (dated and names_a_day(dated)):
            return  # '청문회가 열린다면': a hypothetical
        before_name = self.token_index(start) - 1
        if (own := self.quote_of(start)) is not None and not (loc or quoted_name or (dated and names_a_day(dated))) \
                and not HELD.match(self.body, end, end + 12) and self.common_words(name, start) \
                and VOLITIONAL_END.search(self.body[end:min(s1, own[1])].rstrip("\"”’' ")):
            return  # '"다음 달 선발전에서 다시 붙어 보겠다"': the speaker's will to take part, no happening reported
            # ('"다음 달 공청회를 열어 … 모으겠다"' holds one, as a promise)
        if ahead and not (loc or quoted_name or coming or scheduled) and before_name >= 0 \
                and (self.toks[before_name].text in COMING_YEARS or YEAR_WORD.fullmatch(self.toks[before_name].text)):
            return  # '내년 세계선수권대회를 앞두고': a year's background, a point in time for something else
        if self.quote_of(start) is not None and not (dated or loc or quoted_name) \
                and (self.common_words(name, start) or name in KINDS) and not self.told_outside_quotes(name):
            return  # '"전국 대회에 꼭 나가겠다"': talk of such happenings, none the article reports
        if (quoted := self.quote_of(start)) is not None and not ((dated and names_a_day(dated)) or loc or quoted_name) \
                and not HELD.match(self.body, end, end + 12) and not self.common_words(name, start) \
                and not self.named_outside_quotes(name) \
                and not VOLITIONAL_END.search(self.body[end:min(s1, quoted[1])].rstrip("\"”’' ")):
            return  # '"다음 달 초 … 전원회의를 앞두고 …"', '"…사 봉축 행사는 … 자리 잡았다"': a speaker's talk of a named
            # one, with no day or place of its own, not said to be held and not named by the article itself, none it reports;
            # one the speaker means to go to ('"… D포럼에 꼭 가겠다"') stays, as the rule above keeps it
        if kind in CLOSING_KINDS and " " not in name and not (dated or loc or quoted_name) \
                and any(e.kind in CLOSED_KINDS for e in self.events):
            return  # '대회를 주최한 … 회장은 시상식에서 "…"': the closing of the competition reported, no other
        if not (dated or loc or quoted_name or coming) and " " in name \
                and name.rsplit(" ", 1)[0] in SCOPE_WORDS and kind_of(name.rsplit(" ", 1)[1]):
            return  # '해외 음악제에서 먼저 주목을 받았다': such events in general, none reported
        if kind in NEED_DATE and not (dated or loc or quoted_name or coming or named_day) \
                and self.retelling(name, s1) is None:
            return  # a passing mention ('제20대 대선에서 … 선출됐지만'), not an event the article reports
        if _GLOSS_END.sub("", name.replace(" ", "")).endswith(NEED_DATE_KEYS) and not ((dated and not dated.group("mo")) or loc or quoted_name) \
                and self.retelling(name, s1) is None:
            return  # '9월 임시국회 소집을 요구': a month names the session; a day or a place makes it a happening
        if name.replace(" ", "").endswith(NEED_DAY_WORDS) and not (
                dated and names_a_day(dated) and not dated.group("mo")
                and (quoted_name or not name.endswith(OWN_DAY_WORDS) or dated.end() <= start
                     and (start - dated.end() <= OWN_DATE_CHARS or self.modified_only(dated.end(), start)))):
            return  # '복지관 주변에서 무료 강좌를 열어': a practice at a place; '이달 말 전면 파업': no day of its own
        if name.endswith(HELD_OBJECT_WORDS) and not HELD.match(self.body, end, end + 12) \
                and not self.held_or_ongoing_before(start):
            return  # '가을 세일 소식을 듣고 몰린': a sale qualifying another noun, none held
        if name.replace(" ", "").endswith(TRY_OUT_WORDS) and self.quote_of(dated.start()) is not None:
            return  # '"오늘은 리허설을 하러 일찍 나간다"': a try-out the speaker speaks of, no day the narrator gives
        before = self.token_index(start) - 1
        if dm and not (loc or quoted_name) and self.past_month_setting(dm, start, end) and self.common_words(name, start):
            return  # '검사는 지난달 결심 공판에서 … 구형했고': a past one told only by its month, the setting of the news
        if not (dated or loc or quoted_name) and before >= 0 and (self.toks[before].text in PAST_MENTIONS
                                                                 or self.toks[before].text in PAST_YEARS and " " not in name):
            return  # a past one referred to in passing ('지난 국정감사에서 답했다', '지난해 국정감사에 출석해')
        # inside a quotation the tense is the quotation's own ('"…19일 … 열린다"고 설명했다': a coming day)
        own = self.quote_of(start)
        past = told_past(self.body, end, min(s1, own[1]) if own else s1)
        if dm and dm.end() <= start and PLANNED_BEFORE.search(self.body, dm.end(), start):
            past = False  # '18일 … 열릴 예정이던 축제는 취소됐다': the day it was set for, still to come
        if (moved := self.moved_to(end, s1)) is not None:
            dm, past = moved, False  # '… 열릴 예정이던 ‘…’는 다음 달 12일로 미뤄졌다': the day it was moved to
        if past and own and quoted_coming_first(self.body, end, min(s1, own[1])):
            past = False  # '"… 9일 본회의에 … 올릴 수밖에 없다고 했다"': the quotation's first predicate is to come
        coming = dm is not None and not past and (told_coming(self.body, end, min(s1, own[1]) if own else s1)
                                                  or own is not None and quoted_coming_first(self.body, end, min(s1, own[1]))) \
            and not HELD_PAST.search(self.body, min(dm.end(), end), max(dm.end(), end) + 6)
        d0, d1 = resolve(dm, self.ctx.published, past, coming) if dm else (None, None)
        if dm and (named := self.narrative_day(dm, past)):
            d0 = d1 = named
        elif dm and not past and (month := self.month_carried(dm)):
            d0, d1 = resolve(dm, month.isoformat())
        date_text = dm.group("text").strip() if dm else None
        if kind in DAY_IN_NAME_KINDS and (own_day := self.day_in_name(name, start)):
            date_text, d0, d1 = own_day
        own_loc, day_of_the_one_before = loc, False
        if not dm and (same_day := self.same_day_as(s0, start)):
            date_text, d0, d1, held_with = same_day
            loc = loc or held_with.location
            day_of_the_one_before = True
        if not dm and date_text is None and ALONG_WITH.match(self.body, end) \
                and (prev := self.dated_just_before(s0, start)):
            date_text, d0, d1 = prev.date_text, prev.start_date, prev.end_date  # '…’ 행사도 함께 연다': with it
        if not dm and date_text is None and before >= 0 and self.toks[before].text in DAY_PARTS \
                and (day := self.narrative_day_at(before, past)):
            date_text, d0, d1 = self.toks[before].text, day, day  # '오후 정례 기자회견에서': that day's afternoon
        # '총회 뒤 기자간담회에선 "…"': an informal talk keeps neither the day nor the place of the one it follows
        borrowed = day_of_the_one_before and name.endswith(SETTING_NEEDS_OWN_DAY)
        # '대변인은 이날 오전 정례 브리핑에서 "…"': a briefing dated only by the story's day is where a remark was made
        pointed = dm is not None and self.pointing_day(dm) and name.replace(" ", "").endswith(SETTING_POINTED_DAY_WORDS) \
            and not self.same_day_before_story(dm, d0)  # '… 29일 기자회견을 열고 … 같은 날 정례 브리핑에서' of the 30th
        own_day, own_place = (None, own_loc) if borrowed or pointed else (date_text, loc)
        if own_day is None and not (own_place or quoted_name) and QUOTE_SETTING.match(self.body, end) \
                and self.quote_of(start) is None and REMARK_TOLD.search(self.body, end, s1):
            return  # '회장은 개막식에서 "…"고 말했다': the setting of a remark, with no day of its own or of one just before
        if not loc and not quoted_name:
            loc = self.region_in_name(name, start)  # '광주 원정 경기에서 졌다': where the name says, after the keeping above
        ev = Event(name, kind, start, loc, date_text, d0, d1)
        if any(other.offset == start and other.name == name for other in self.events):
            return  # found by two rules ('상생협의회를 열고': a body's meeting and a gathering word): one row
        key = name.replace(" ", "")
        for other in [] if apart else self.events:
            other_key = other.name.replace(" ", "")
            same_head = other.name.split()[-1] == name.split()[-1] and ev.date_text and other.date_text == ev.date_text
            if other.kind == kind and (key in other_key or other_key in key or same_head or _words_within(name, other.name)
                                       or self.heads.get(id(other)) == key) \
                    and not (kind in RECURRING_KINDS and (self.another_day(other, dm, d0, start)
                                                          or self.carried_on_another_day(other, dm, d0, end))) \
                    and not self.another_one(key, other_key, d0, other) and not self.elsewhere_another_day(ev, other) \
                    and not (kind in HELD_ALONE_KINDS and (self.held_same_day(self.token_index(start))
                                                           or self.another_side_same_day(start, end))):
                if ev.location and (not other.location or (id(other) in self.loose and not loose)):
                    other.location = ev.location  # a place right beside the name beats one further off
                    self.loose.discard(id(other))
                narrated = dated is not None and names_a_day(dated) and self.quote_of(dated.start()) is None
                if ev.date_text and (other.date_text is None or _year_only_text(other.date_text) and not year_only(dm)
                                     or id(other) in self.quote_dated and narrated):
                    # '"4차전은 지난 경기를 털고 …" … 오는 31일 … 4차전을 치른다': the narrator's day beats a quote's
                    other.date_text, other.start_date, other.end_date = ev.date_text, ev.start_date, ev.end_date
                    self.quote_dated.discard(id(other))
                elif ev.start_date and other.start_date and ev.start_date < other.start_date \
                        and OPENED_BEFORE.search(self.body, max(0, start - 12), start):
                    # '지난 3일 개막한 올해 연극제에는': the day it opened is its first; the later one it had stays its last
                    other.date_text, other.start_date = ev.date_text, ev.start_date
                    other.end_date = max(other.end_date or ev.start_date, ev.end_date or ev.start_date)
                return
        if loose:
            self.loose.add(id(ev))
        if dm is not None and self.quote_of(dm.start()) is not None:
            self.quote_dated.add(id(ev))
        self.events.append(ev)

    def event_right_before(self, start: int) -> bool:
        """'제2차 임시회 본회의 연설에서', '한빛포럼 기조연설에서': an event named before ends at the word right before the
        speech word at `start`; the day of the phrase is that event's, the speech given at it."""
        k = self.token_index(start) - 1
        if k < 0 or self.toks[k].sep:
            return False
        return any(e.offset <= self.toks[k].start and self.body[e.offset:self.toks[k].end].replace(" ", "")
                   == e.name.replace(" ", "") for e in self.events)

    def district_of_office(self, end: int) -> str | None:
        """'5·28 지방선거 경북 솔내군수 후보들이' → '경북 솔내군': right after an election's name, bare words and a district's
        head office, then a word of the race; the office's district is where the election is held."""
        k = self.token_index(end)  # the word after the name; the name's own word when a particle ends it
        words: list[str] = []
        for j in range(k, min(k + 3, len(self.toks) - 1)):
            t, nxt = self.toks[j], self.toks[j + 1]
            if t.sep or t.start < end:
                return None
            office = next((o for o in DISTRICT_OFFICES if t.text.endswith(o) and len(t.text) > len(o)), None)
            if office is not None:
                if nxt.sep or not nxt.text.startswith(RACE_WORDS):
                    return None
                return " ".join(words + [t.text[:-len(office)] + DISTRICT_OFFICES[office]])
            if t.particle or not self.place_word(t):
                return None
            words.append(t.text)
        return None

    def called_off_later(self, end: int) -> bool:
        """The event's clause calls it off with words between ('…낭독회는 강당 누수로 취소됐다'), none of them closing
        the clause or being another subject or object of the verb."""
        m = CALLED_OFF_LATER.match(self.body, end, sentence_bounds(self.body, end)[1])
        return m is not None and not any(x.tag in CALLED_OFF_GAP_TAGS
                                         for x in morph.morphs_in(self.body, m.start("gap"), m.end("gap")))

    def region_in_name(self, name: str, start: int) -> str | None:
        """'광주 원정 경기' → '광주', '동해 해상 기동훈련' → '동해', '오하이오주 프라이머리' → '오하이오주': the city
        or the sea a name of two words or more leads with, or a region's proper name ending in a unit; not a side
        met ('…유나이티드와의 홈 경기') nor what an agreement is about ('군산 관광 활성화 협약'), which happen elsewhere."""
        words = name.split()
        if len(words) < 2 or not self.body.startswith(words[0], start) or name.endswith(AGREEMENT_WORDS) \
                or any(w.endswith(SIDE_MET) for w in words):
            return None
        first = words[0]
        if first in LOCALITIES or first in SEAS or (first[:-1] in LOCALITIES and first.endswith(DISTRICT_UNITS)):
            return first
        if len(first) >= 3 and HANGUL_WORD.match(first) and first.endswith(REGION_ENDINGS) and first not in WEEK_WORDS \
                and morph.reading(self.body, start, start + len(first)) == "proper":
            return first
        return None

    def moved_to(self, end: int, s1: int) -> re.Match | None:
        """The day, soon after the event's name, that a verb of postponing moves it to."""
        return next((m for m in DATE.finditer(self.body, end, min(s1, end + MOVED_GAP))
                     if names_a_day(m) and MOVED_TO.match(self.body, m.end())), None)

    def other_clause(self, dm: re.Match, start: int, end: int) -> bool:
        """A clause closes between the date and the event's name (`clause_break_endings`, or a past tense with
        `past_clause_endings` before a comma, or `later_clause_endings` before a date after the name): the date is
        that of another verb."""
        a, b = (end, dm.start()) if dm.start() >= end else (dm.end(), start)
        ms = morph.morphs_in(self.body, a, b)
        for k, m in enumerate(ms):
            if m.tag == "ETM" and k + 1 < len(ms) and ms[k + 1].form in CLAUSE_BREAK_NOUNS \
                    and ms[k + 1].tag.startswith("NN") and dm.start() < start:
                return True  # '지난 5일 … 등록을 받은 결과 … 선거에': the day of the act whose outcome is told
            if m.tag != "EC":
                continue
            if m.form in CLAUSE_BREAKS or (m.form in PAST_CLAUSE_BREAKS and k and ms[k - 1].tag == "EP"
                                           and self.body.startswith(",", m.end)):
                return True
            if m.form in LATER_CLAUSE_BREAKS and dm.start() >= end:
                return True
        return False

    def speech_at_event(self, s0: int, start: int) -> bool:
        """'… ‘…경제협력포럼’에서 기조연설을 한 뒤': a speech whose name follows '…에서' right after an event named before in
        its sentence is given at that event, when it is a gathering with a programme (`speech_host_kinds`)."""
        return any(e.kind in SPEECH_HOST_KINDS and s0 <= e.offset < start and self.body.startswith(e.name, e.offset)
                   and SPEECH_AT_GAP.fullmatch(self.body, e.offset + len(e.name), start) for e in self.events)

    def talks_at_meeting(self, s0: int, start: int) -> bool:
        """Talks whose name follows '…에서' right after a meeting named before in the sentence are held at it, as are
        talks the meeting is opened for ('회동을 열어 협상을 이어가기로')."""
        return any(e.kind in TALKS_AT_KINDS and s0 <= e.offset < start and self.body.startswith(e.name, e.offset)
                   and (TALKS_AT_GAP.fullmatch(self.body, e.offset + len(e.name), start)
                        or TALKS_OPENED_GAP.fullmatch(self.body, e.offset + len(e.name), start)) for e in self.events)

    @staticmethod
    def another_one(key: str, other_key: str, day: date | None, other: Event) -> bool:
        """'두 번째 TV토론회' on the 26th after the 'TV토론회' of the 12th, '청주∼다낭 노선 취항식' next month after the '취항식'
        of today: a name saying more than one named before, on another day, is another happening."""
        return other_key != key and other_key in key and day is not None and other.start_date is not None \
            and day != other.start_date

    @staticmethod
    def elsewhere_another_day(ev: Event, other: Event) -> bool:
        """'21일 … 한 조선소 앞에서 유세를 열고' and '오는 20일 다른 도시에서 … 유세를 할 예정': the same word on
        another day at another place is another happening."""
        return bool(ev.location and other.location and ev.start_date and other.start_date
                    and ev.location != other.location and ev.start_date != other.start_date)

    def held_by_modifier(self, dm: re.Match, start: int) -> bool:
        """The date is followed by a verb holding an event ('다음 달 8일 치러지는', '오는 20일 열리는') whose name, already
        found, stands between the date and this event: the date is that event's, the verb it is written with."""
        verb = re.match(r"\s*(\S+)", self.body[dm.end():start])
        return verb is not None and verb.group(1) in HELD_MODIFIERS \
            and any(dm.end() < e.offset < start and not JOINED_TO_NEXT.match(self.body, e.offset + len(e.name))
                    for e in self.events)  # '열리는 개막식과 기념 공연': two joined, held together

    def past_month_setting(self, dm: re.Match, start: int, end: int) -> bool:
        """'지난달 결심 공판에서', '지난 3월 열린 총회에서': a past month or year alone right before the event word, at most a
        verb of holding between, the event the setting of what its sentence reports ('에서')."""
        if names_a_day(dm) or dm.end() > start or not PAST_SETTING.match(self.body, end):
            return False
        g = dm.groupdict()
        word = (g.get("relmonth") or g.get("prel") or g.get("mrel") or "").replace(" ", "")
        if _month_word(word) not in PAST_MONTH_WORDS or (word == "지난" and not g.get("mo")):
            return False
        between = self.body[dm.end():start].split()
        return not between or len(between) == 1 and between[0] in HELD_MODIFIERS

    def past_year_before(self, s0: int, start: int) -> bool:
        """A year before the publication year leads the clause of the event, outside any quotation ('2020년 … 연 작은
        음악회'); none when the article has no publication date."""
        pub = dates.local_date(self.ctx.published)
        if pub is None:
            return False
        return any(m.end() <= start and int(m.group("year")) < pub.year and self.quote_of(m.start()) == self.quote_of(start)
                   for m in PAST_YEAR_BEFORE.finditer(self.body, max(s0, start - PAST_YEAR_REACH), start))

    def recurs(self, start: int, end: int) -> bool:
        """A word of recurrence in the event's sentence before its name, or right after it before the verb ('해마다 주민
        설명회를 연다', '설명회를 자주 연다'), outside quotations other than the event's own."""
        s0, s1 = sentence_bounds(self.body, start)
        own = self.quote_of(start)
        before = [t for t in self.toks if s0 <= t.start < start and not t.sep and self.quote_of(t.start) == own]
        after = [t for t in self.toks if end <= t.start < s1 and not t.sep][:2]
        return any(t.text in RECURRING_WORDS or t.stem in RECURRING_WORDS for t in before + after)

    def common_words(self, name: str, start: int) -> bool:
        """The name is made of common words only ('전국 대회', '단독 공연'): no number, no Latin letter, no word Kiwi reads as
        a proper noun ('한빛 D포럼', '제3회 …')."""
        if re.search(r"[0-9A-Za-z]", name):
            return False
        return all(morph.reading(self.body, start + m.start(), start + m.end()) in ("common", "nouns")
                   for m in re.finditer(r"\S+", name))

    def named_outside_quotes(self, name: str) -> bool:
        """The article's own words, outside quotations, write the name itself (spaced or not)."""
        pattern = r"\s*".join(map(re.escape, name.replace(" ", "")))
        return any(self.quote_of(m.start()) is None for m in re.finditer(pattern, self.body))

    def told_outside_quotes(self, name: str) -> bool:
        """The article's own words name a happening of the kind the name ends with ('이날 간담회에서 …' before '"상인
        간담회에서 결론을 못 냈다"'): the quotation speaks of that one."""
        hit = kind_of(name.split()[-1])
        return hit is not None and any(not t.in_quote and not t.sep and t.stem.endswith(hit[0]) and t.start not in self.named_by_quote
                                       for t in self.toks)  # ('전국 대회 ‘…컵’': a word the quoted name names is not its own)

    def dated_just_before(self, s0: int, start: int) -> Event | None:
        """The last dated event named in this sentence before start or in the sentence before it."""
        p0 = sentence_bounds(self.body, s0 - 2)[0] if s0 > 1 else s0
        near = [e for e in self.events if e.start_date and p0 <= e.offset < start]
        return max(near, key=lambda e: e.offset) if near else None

    def day_in_name(self, name: str, start: int) -> tuple[str, date, date] | None:
        """'5·28 지방선거': the month·day the name opens with, in the year that puts it nearest the
        publication (such names are of elections just held or coming)."""
        m = DAY_IN_NAME.match(name) or DAY_BEFORE_NAME.search(self.body, max(0, start - 8), start)
        pub = dates.local_date(self.ctx.published)
        if not m:
            return None
        if pub is None:
            return m.group().strip(), None, None  # a page with no date: the day is written, its year unknown
        days = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _day(y, int(m["m"]), int(m["d"])))]
        day = min(days, key=lambda d: abs((d - pub).days), default=None)
        return (m.group().strip(), day, day) if day else None

    def narrative_day(self, dm: re.Match, past: bool = False) -> date | None:
        """The day a narrative day word ('이날', '같은 날', '전날') stands for: counted from the day last
        named before it in the narrative (outside quotations unless it is in the same one), if any.
        A sentence in the past tense skips days still to come ('오는 20일 회담 … 같은 날 열린 브리핑')."""
        word = (dm.group("relday") or "").replace(" ", "")
        if word not in NARRATIVE_DAYS:
            return None
        day = word in SAME_AS_EVENT_DAYS and self.last_day(dm.start(), past, skip_announced=True) \
            or self.last_day(dm.start(), past)
        return day + timedelta(days=NARRATIVE_DAYS[word]) if day else None

    def last_day(self, pos: int, past: bool, skip_announced: bool = False) -> date | None:
        """The day last named before pos in the narrative (in pos's quotation, or outside all), skipping
        days after publication when the sentence at pos is in the past tense, and with `skip_announced` the
        day something was announced ('16일 … 행렬을 연다고 13일 밝혔다. … 같은 날 오후 4시': the day of the
        happening, not of the announcement)."""
        own = self.quote_of(pos)
        pub = dates.local_date(self.ctx.published)
        paragraph = self.body.rfind("\n", 0, pos)
        background: date | None = None
        for m in reversed(list(DATE.finditer(self.body, 0, pos))):
            if self.quote_of(m.start()) != own:
                continue
            rel = (m.group("relday") or "").replace(" ", "")
            if not (m.group("d") or m.group("nm") or m.group("wday") or (rel and rel not in NARRATIVE_DAYS)):
                continue
            if PERIOD.match(self.body, m.end()):
                continue  # '6월 18일부터 7월 2일 사이 생산된': a period things happened over, no day of the story
            if (m.group("until") and not m.group("from")) or self.opens_run(m):
                continue  # '총회는 지난 9일 개막해 21일까지 이어진다': a run's first and last days, no day of the story
            if m.start() < paragraph and LOCAL_TIME.match(self.body, m.end()) and self.home_clock():
                continue  # '14일(현지시간) 국무부 대변인은' in a paragraph before: a foreign clock's day, where the lede
                # told the story on the home clock ('14일 발사했다고 15일 밝혔다'); 'this day' is the story's own
            if skip_announced and self.announced(m):
                continue
            s0, s1 = sentence_bounds(self.body, m.start())
            day = resolve(m, self.ctx.published, told_past(self.body, m.end(), s1))[0]
            if day and past and pub and day > pub:
                continue
            if day and pub and day < pub and (m.group("rel") or "").replace(" ", "") in BACKGROUND_RELS \
                    and self.told_on_narrative_day(m, s0):
                continue  # '전날 … 판매량은 지난달 12일 세운 기록을 넘어섰다': the sentence is told on its own
                # narrative day; the past day before it is a point of comparison, not the day 'this day' counts from
            if day and m.start() < paragraph and (m.group("d2") or m.group("d3")):
                background = background or day  # '이달 9~15일 … 의사환자는 12.4명으로': a span in a paragraph before is a
                continue  # period, not one day; 'this day' is the story's own, the single day told before it
            if day and m.start() < paragraph and (m.group("rel") or "").replace(" ", "") in BACKGROUND_RELS:
                background = background or day  # '지난달 30일 … 조정회의에서도', '오는 14일부터 … 포럼': a day told as
                continue  # background or a plan in a paragraph before; 'this day' is the story's own, the bare day of the lede
            return day
        return background

    def told_on_narrative_day(self, m: re.Match, sentence_start: int) -> bool:
        """Does a narrative day word ('전날', '이날') open the clause before the day m in its sentence, outside quotations
        ('전날 … 판매량은 지난달 12일 세운 기록을 넘어섰다'): the sentence's own day, m a day it is measured against."""
        for dm in DATE.finditer(self.body, sentence_start, m.start()):
            word = (dm.group("relday") or "").replace(" ", "")
            if word in NARRATIVE_DAYS and self.quote_of(dm.start()) is None and self.quote_of(m.start()) is None:
                return True
        return False

    def home_clock(self) -> bool:
        """The first day the narrative names is told on the home clock, without `local_time_after` ('북한이 14일 오전
        … 발사했다'), not on a foreign one ('19일(현지시간) … 열린 고위급 회의')."""
        for m in DATE.finditer(self.body):
            if self.quote_of(m.start()) is None and m.group("d"):
                return LOCAL_TIME.match(self.body, m.end()) is None
        return True

    def opens_run(self, m: re.Match) -> bool:
        """'지난 9일 개막해 21일까지 이어진다': a day whose clause goes on, after a verb or two, to the last day of a run
        (`run_until_after`): the first day of a period, like a span, not the day a narrative day word counts from."""
        return RUN_UNTIL.match(self.body, m.end()) is not None

    def narrative_day_at(self, k: int, past: bool) -> date | None:
        """The day a part of a day at token k ('오후') is of: the day last named in the narrative, else the
        publication day."""
        return self.last_day(self.toks[k].start, past) or dates.local_date(self.ctx.published)

    @staticmethod
    def another_day(other: Event, dm: re.Match | None, d0: date | None, start: int) -> bool:
        """The same name dated again, by a day of its own (right before the name) outside the other's days
        ('15일 통화정책방향 회의를 열고 … 다음 달 26일 통화정책방향 회의에서는'): a second happening."""
        if dm is None or d0 is None or other.start_date is None or dm.group("relday") or start - dm.end() > OWN_DATE_CHARS \
                or dm.group("since") or dm.group("until") or dm.group("from"):
            return False
        return not other.start_date <= d0 <= (other.end_date or other.start_date)

    def carried_on_another_day(self, other: Event, dm: re.Match | None, d0: date | None, end: int) -> bool:
        """'환경위원회는 오는 13일 시설공단을 상대로 감사를 이어간다' after the audit of the 10th: a sitting
        carried on or resumed (the verb right after its name) on a day of its own sentence outside the other's days is
        the next sitting, however many words stand between the day and the name."""
        if dm is None or d0 is None or other.start_date is None or not names_a_day(dm) or dm.group("relday") \
                or dm.group("since") or dm.group("until") or dm.group("from") or dm.end() > end \
                or not TALKS_RESUMED.match(self.body, end, end + 12):
            return False
        return not other.start_date <= d0 <= (other.end_date or other.start_date)

    def month_carried(self, dm: re.Match) -> date | None:
        """The first day of the month a bare day ('9일') stands in when the narrative last named another month
        ('다음 달 9일부터 … 개막식은 9일'): the month named last before it, over bare days, in the same quotation
        or outside all, and in the same paragraph unless this month's day is already past; None when the month is the
        article's own."""
        g = dm.groupdict()
        if not g["d"] or g["m"] or g["y"] or g["rel"]:
            return None
        own = self.quote_of(dm.start())
        pub = dates.local_date(self.ctx.published)
        passed = pub is not None and int(g["d"]) < pub.day  # this month's day is gone: a coming one is next month's
        for m in reversed(list(DATE.finditer(self.body, 0, dm.start()))):
            if self.quote_of(m.start()) != own:
                continue
            if not passed and "\n" in self.body[m.end():dm.start()]:
                return None  # '다음 달 22일 … 추모 음악회를 연다.', then in a new paragraph '발인은 12일': a day still to come
                # this month is this month's once the paragraph naming another month has ended
            h = m.groupdict()
            if (h["d"] and not (h["m"] or h["y"] or h["rel"])) or h["clock"] or year_only(m):
                continue  # another bare day, an hour or a year: the month before it still holds
            rel = MONTH_WORDS.get((h["rel"] or "").replace(" ", ""), (h["rel"] or "").replace(" ", ""))
            if pub is None or not h["d"] or h["y"] or rel not in ("다음달", "") or (not h["m"] and not rel):
                return None
            y, mo = _shift_month(pub.year, pub.month, 1) if rel else (pub.year, int(h["m"]))
            return date(y, mo, 1) if (y, mo) != (pub.year, pub.month) else None
        return None

    def same_day_as(self, s0: int, start: int) -> tuple[str, date, date, Event] | None:
        """'회담 직후 공동기자회견을 열고': an undated event right after, before or during one named and
        dated before takes its day (and, with none of its own, its place: '주주총회 직후 기자간담회를 열어')."""
        for m in SAME_DAY.finditer(self.body, s0, start):
            hit = kind_of(m.group("word")) or kind_of(strip_particle(m.group("word"))[0])  # '회의' is no '회' + '의'
            if not hit and m.group("word") in GAME_WORDS:  # '경기 뒤 기자회견에서': after the game dated before
                game = [e for e in self.events if e.start_date and e.kind == "match" and e.offset < start]
                if game:
                    return said_when(m), game[-1].start_date, game[-1].start_date, game[-1]
            if not hit:
                continue
            other = next((e for e in self.events if e.start_date and e.name.endswith(hit[0])), None)
            if other:
                return said_when(m), other.start_date, other.start_date, other
        return None

    def points_back(self, place: str, pos: int) -> bool:
        """The place is '같은 장소', '같은 곳' of the sentence: the place named before."""
        s0, s1 = sentence_bounds(self.body, pos)
        sentence = self.body[s0:s1]
        return any(place.replace(" ", "").endswith(p.split()[-1]) and re.search(re.escape(p) + r"\s*에서", sentence)
                   for p in SAME_PLACE)

    def same_kind(self, place: str, pos: int) -> bool:
        """The place is '같은 법원', '같은 공항' of the sentence: one of a kind named before."""
        s0, s1 = sentence_bounds(self.body, pos)
        return any(place.replace(" ", "") == m.group("noun") for m in SAME_KIND_PLACE.finditer(self.body, s0, s1))

    def earlier_of_kind(self, place: str, pos: int) -> str | None:
        """The last place named before pos that ends with the noun or a short form of it ('한빛지법' for '법원')."""
        endings = (place, *PLACE_SHORT_FORMS.get(place, []))
        placed = [e for e in self.events if e.location and e.offset < pos and e.location.split()[-1].endswith(endings)]
        if placed:
            return max(placed, key=lambda e: e.offset).location
        return self.written_place_of_kind(endings, pos)

    def written_place_of_kind(self, endings: tuple[str, ...], pos: int) -> str | None:
        """'… 가온아트홀에서 첫 무대를 올렸다. … 같은 극장에서': the last '…에서' phrase before pos, outside
        quotations, naming a place of the kind by its own name (longer than the kind's word), with its place words."""
        for k in range(self.token_index(pos) - 1, -1, -1):
            t = self.toks[k]
            if t.start >= pos or t.sep or not t.particle.startswith("에서") or self.quote_of(t.start) is not None:
                continue
            ending = next((e for e in endings if t.stem.endswith(e)), None)
            if ending and len(t.stem) > len(ending) and HANGUL_WORD.match(t.stem) and not t.stem.startswith(SAME_KIND_WORD):
                prev = self.toks[k - 1] if k > 0 else None
                if prev is not None and prev.text == SAME_KIND_WORD:
                    continue  # another '같은 극장에서' pointing back itself
                return self.place_words(k, sentence_bounds(self.body, t.start)[0])
        return None

    def earlier_place(self, pos: int) -> str | None:
        """The place of the last event named before pos that has one ('같은 장소에서' points back to it)."""
        placed = [e for e in self.events if e.location and e.offset < pos]
        return max(placed, key=lambda e: e.offset).location if placed else None

    def wake_place(self, name: str, pos: int) -> str | None:
        """'빈소는 서울대병원 장례식장, 발인은 오는 30일': a funeral's place is the wake the obituary names
        (in its sentence or the one before)."""
        if not name.endswith(FUNERAL_WORDS):
            return None
        s0, s1 = sentence_bounds(self.body, pos)
        p0 = sentence_bounds(self.body, max(0, s0 - 2))[0] if s0 > 0 else s0
        m = WAKE_PLACE.search(self.body, p0, s1) or FUNERAL_HOME.search(self.body, p0, s1)
        return m.group("place").strip() if m else None

    def result_held(self, i: int) -> bool:
        """'지난 3일부터 6일까지 … 치른 쟁의 투표 결과 … 가결됐다': the event word at token i modifies '결과', a verb of
        holding (`result_held_verbs`) right before its name (two name words between at most) and a day before that verb in
        its sentence: the event was held that day, and its result is reported."""
        toks = self.toks
        if i + 1 >= len(toks) or not toks[i + 1].text.startswith(RESULT_NOUNS) or toks[i].particle:
            return False
        k = i - 1
        while k >= 0 and i - k <= 3 and toks[k].text not in RESULT_HELD_VERBS and self.name_word(toks[k]):
            k -= 1
        if k < 0 or toks[k].text not in RESULT_HELD_VERBS:
            return False
        s0 = sentence_bounds(self.body, toks[i].start)[0]
        return any(names_a_day(d) and not d.group("clock") and self.quote_of(d.start()) is None
                   for d in DATE.finditer(self.body, s0, toks[k].start))

    def held_dated(self, i: int) -> bool:
        """'오는 24∼25일 부산에서 열리는 3국 정상회의 참석 계획': a verb saying the event at token i is held, right
        before its name, and a day in its sentence before it: a happening, though its name modifies the next word."""
        t = self.toks[i]
        s0 = sentence_bounds(self.body, t.start)[0]
        if any(not w.sep and kind_of(w.stem) for w in self.toks[i + 1:i + 3]) or self.held_before(i, s0) is None:
            return False  # '월드컵 5차 대회': it names the event a word after it heads
        dm = self.date_near(t.start, t.start + len(t.stem))
        return dm is not None and names_a_day(dm) and dm.end() <= t.start

    def held_on_day(self, i: int) -> bool:
        """'다음 달 4∼7일 … 누리CC에서 열리는 메이저 대회 누리 챔피언십': a verb saying the event whose name opens at token i
        is held, right before the name, and a day before it in its sentence."""
        t = self.toks[i]
        if self.held_before(i, sentence_bounds(self.body, t.start)[0]) is None:
            return False
        dm = self.date_near(t.start, t.start + len(t.stem))
        return dm is not None and names_a_day(dm) and dm.end() <= t.start

    def whole_word_event(self, i: int) -> bool:
        """An event word ending in 의 at token i ('본회의', '일반토의') is the word whole, not a genitive, when a date
        right before its name makes it a happening and Kiwi reads no particle in it, or when a verb says it is held
        ('…에서 열린 연합총회 일반토의에서'), however Kiwi reads it."""
        t = self.toks[i]
        return self.dated_before(i) and not morph.is_inflected(self.body, t.start, t.end) \
            or self.held_before(i, sentence_bounds(self.body, t.start)[0]) is not None

    def dated_before(self, i: int) -> bool:
        """A date expression right before the name the event word at token i heads ('지난달 영월 군수 보궐선거'), or
        before a verb saying it is held right before the name ('다음 달 8일 치러지는 … 보궐선거 후보들이'); a year alone
        ('올해 단오대회 관객이') says which edition, not when one was held; nor does a day of the candidacy the sentence
        declares ('3일 가람시장 선거 출마를 선언했다', `candidacy_declared`), unless it is told as coming."""
        j = i
        while j > 0 and i - j < MAX_NAME_WORDS and _name_word(self.toks[j - 1]):
            j -= 1
        if j > 0 and self.toks[j - 1].text in HELD_MODIFIERS:
            if any(not t.sep and kind_of(t.stem) for t in self.toks[i + 1:i + 3]):
                return False  # '지난 3일 열린 … 시장 선거 후보 토론회': the verb is the debate's, named next
            j -= 1
        head = self.body[max(0, self.toks[j].start - 30):self.toks[j].start]
        declared = CANDIDACY_DECLARED.match(self.body, self.toks[i].end)
        return any(m.end() >= len(head) - 1 and not year_only(m)
                   and not (declared and not m.group("text").lstrip().startswith(CANDIDACY_COMING_DAYS))
                   for m in DATE.finditer(head))

    def held_here(self, t: Tok, stem: str) -> bool:
        """'오는 5일 수원체육관에서 … 맞대결을 펼친다', '1일 … 대강당에서 열린 결선에서': a bare game word that the sentence
        says is held, on a day and at a place, is one game all the same."""
        end = t.start + len(stem)
        i = self.token_index(t.start)
        if not HELD.match(self.body, end, end + 12) and not HELD_PAST_PLACE.match(self.body, end, end + 30) \
                and not (i > 0 and self.toks[i - 1].text in HELD_MODIFIERS | HOSTED_MODIFIERS) \
                and not (stem.endswith(TALKS_WORDS) and (TALKS_RESUMED.match(self.body, end, end + 12)
                                                         or HELD_AGAIN.match(self.body, end, end + 16))):
            return False  # '… 열린 결선에서', '… 인사회를 누리체육관에서 연다': held, said before it or after its place;
            # talks resumed ('교섭을 재개한다', '협상을 다시 열기로 했다')
        if i > 0 and self.toks[i - 1].text in HOSTED_MODIFIERS:
            dm = self.date_near(t.start, end)
            if dm is not None and dm.end() <= t.start and names_a_day(dm) and not year_only(dm):
                return True  # '이날 저녁 … 장관이 주최하는 만찬에 참석한 뒤': a day and its host make it one happening
        s0, _ = sentence_bounds(self.body, t.start)
        if any(AT_EVENT.match(self.body, at + len(e.name)) for e in self.events
               if (at := self.body.find(e.name, s0, t.start)) != -1):
            return False  # '‘…포럼’에서 … 세션이 이어지고 있다': a part of the event named before, held at it
        dm = self.date_near(t.start, end)
        if (dm is None or year_only(dm) or dm.group("clock")) and self.same_day_as(s0, t.start) is None:
            return False  # '회담 뒤 … 기자실에서 브리핑을 열고': the day of the talks named before is its day
        return self.location(t.start, end)[0] is not None

    def held_same_day(self, i: int) -> bool:
        """'여자 대표팀은 같은 날 열린 16강에서 … 졌다': a game word held on the day of the one told before
        (`same_as_event_days` right before the verb) is another game that day, not that one told again (which would
        need no day of its own)."""
        if i < 2 or self.toks[i - 1].text not in HELD_MODIFIERS:
            return False
        dm = self.date_near(self.toks[i].start, self.toks[i].end)
        return dm is not None and dm.end() <= self.toks[i - 1].start \
            and not self.body[dm.end():self.toks[i - 1].start].strip() \
            and dm.group("text").replace(" ", "") in SAME_AS_EVENT_DAYS

    def another_side_same_day(self, start: int, end: int) -> bool:
        """'가온은 21일 … 경기를 치르고, 누리는 같은 날 안방에서 … 경기를 갖는다': a game whose day is told as the one before
        (`same_as_event_days`) right after a topic of its own is that side's game that day, not the one told again."""
        dm = self.date_near(start, end)
        return dm is not None and dm.end() <= start and dm.group("text").replace(" ", "") in SAME_AS_EVENT_DAYS \
            and TOPIC_BEFORE_DAY.search(self.body, max(0, dm.start() - 3), dm.start()) is not None

    def placed_again(self, kind: str, i: int) -> None:
        """'…(8∼10일) 정상에 올랐다. … 해오름 컨트리클럽에서 열린 대회 최종 라운드에서': a bare event word of the
        kind of the one event named in the sentences before, said to be held at a place, gives it its place."""
        s0, _ = sentence_bounds(self.body, self.toks[i].start)
        same = [e for e in self.events if e.kind == kind and e.offset < s0]
        if len(same) != 1 or same[0].location is not None:
            return
        place = self.held_before(i, s0)
        if place:
            same[0].location = place

    def told_again(self, kind: str | None, i: int) -> None:
        """'…‘누리 감자 캐기 축제’를 연다. 축제는 오는 28일 폐교 운동장에서 열린다': a bare event word opening a
        sentence as its subject (after a year at most: '올해 축제는'), the sentence saying it is held or began, stands for the
        one event of its kind named before (or the one undated event its word ends) ('행사는' for one of any kind); it gives that event the day and place it lacks."""
        t = self.toks[i]
        s0, s1 = sentence_bounds(self.body, t.start)
        opening = all(year_only(DATE.fullmatch(w.text)) for w in self.toks[:i] if s0 <= w.start)  # '올해 축제는'
        if t.particle not in SUBJECT_PARTICLES or not opening or self.in_double_quotes(t.start) \
                or not (HELD.search(self.body, t.end, s1) or BEGUN.search(self.body, t.end, s1) or self.dated_by_copula(t, s1)):
            return
        same = [e for e in self.events if (e.kind == kind or t.stem in UMBRELLA_WORDS) and e.offset < s0]
        if len(same) > 1:  # '… 기동훈련을 마쳤다. … 연합훈련도 (3∼7일) … 훈련은 지난 8일 … 시작됐다': the one its word names
            same = [e for e in same if e.date_text is None and e.name.endswith(t.stem)]  # and still lacks its day
        if not any(e.name.endswith(t.stem) for e in same) and kind is not None \
                and (named := self.named_as_modifier(t, s0)) is not None:
            # ('… 지방선거 … 후보로 … 솔내군수 경선 결과 …. 경선은 …': the race its own word names, not the election)
            ev = Event(named[0], kind, named[1])
            self.events.insert(sum(e.offset < ev.offset for e in self.events), ev)
            self.fill_from_back_reference(ev, t, s1)
            if ev.date_text is not None:
                return
            self.events.remove(ev)
        if len(same) == 1:
            self.fill_from_back_reference(same[0], t, s1)

    def named_as_modifier(self, t: Tok, s0: int) -> tuple[str, int] | None:
        """'… 솔내군수 경선 결과 … 발표했다. 경선은 지난 4일 … 치러졌다': the bare word t, subject of a sentence
        saying it was held, is the event written in full in a sentence right before (up to `told_again_sentences`), there
        only the modifier of the next word ('결과', `modified_nouns`): (its name, its offset)."""
        p0 = s0
        for _ in range(TOLD_AGAIN_SENTENCES):
            p1 = len(self.body[:p0].rstrip())
            if p1 == 0:
                return None
            p0, p1 = sentence_bounds(self.body, p1 - 1)
            for k, w in enumerate(self.toks):
                if not p0 <= w.start < p1 or w.sep or w.particle or w.stem != t.stem or self.in_double_quotes(w.start):
                    continue
                nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
                if nxt is None or nxt.sep or not nxt.text.startswith(MODIFIED_NOUNS):
                    continue
                words = [x for x in self.toks[max(0, k - 2):k] if x.start >= p0]
                while words and (words[0].sep or words[0].particle or not self.name_word(words[0])):
                    words.pop(0)
                if words and all(not x.sep and not x.particle and self.name_word(x) for x in words):
                    return " ".join(x.text for x in words + [w]), words[0].start
        return None

    def dated_by_copula(self, t: Tok, s1: int) -> bool:
        """'행사는 다음 달 2일이다': the sentence after the subject is a day and a copula (`date_copula`), and nothing else."""
        dm = self.date_near(t.start, t.end)
        return dm is not None and names_a_day(dm) and not self.body[t.end:dm.start()].strip() \
            and (c := DATE_COPULA.match(self.body, dm.end(), s1)) is not None and not self.body[c.end():s1].strip(" .")

    def dated_again(self, kind: str, i: int) -> None:
        """'… 누리 오픈 최종 4라운드에서 5타를 줄여 우승했다. 대회는 5∼8일 나흘간 열렸다': a bare event word of the kind of
        the one event named in the sentences before, the subject of a sentence saying it was held over a span of days
        that holds that event's own day, gives it the span: the day of the sentence naming it was that of a part."""
        t = self.toks[i]
        if t.particle not in SUBJECT_PARTICLES:
            return
        s0, s1 = sentence_bounds(self.body, t.start)
        same = [e for e in self.events if e.kind == kind and e.offset < s0]
        dm = self.date_near(t.start, t.start + len(t.stem))
        if len(same) != 1 or dm is None or dm.start() < t.end or not (dm.group("d3") or dm.group("d2")) \
                or not HELD.search(self.body, dm.end(), min(s1, dm.end() + HELD_SPAN_GAP)):
            return
        past = told_past(self.body, dm.end(), s1)
        d0, d1 = resolve(dm, self.ctx.published, past)
        ev = same[0]
        if d0 is None or d1 is None or (ev.start_date is not None and not d0 <= ev.start_date <= d1):
            return
        ev.date_text, ev.start_date, ev.end_date = dm.group("text").strip(), d0, d1

    def opened_on(self, kind: str, i: int) -> None:
        """'지난 3일 개막식으로 막을 올린 축제는 오는 12일까지 계속된다', '지난 9일 개막한 올해 음악제에는': a bare event
        word of the kind of the one event named before, in a clause saying it opened on a day, gives it that day as its
        first (and the day it runs until). An earlier day than the one it had wins: that one was the day of a part told
        first ('23일 … 폐막 공연과 시상식을 열고'), which stays its last."""
        t = self.toks[i]
        if not OPENED_BEFORE.search(self.body, max(0, t.start - 12), t.start):
            return
        s0, s1 = sentence_bounds(self.body, t.start)
        same = [e for e in self.events if e.kind == kind and e.offset < s0]
        days = [m for m in DATE.finditer(self.body, s0, t.start) if names_a_day(m) and not m.group("clock")]
        if len(same) != 1 or not days:
            return
        d0, _ = resolve(days[-1], self.ctx.published, True)
        if (day := self.narrative_day(days[-1], True)) is not None:
            d0 = day
        ev = same[0]
        if d0 is None or ev.date_text is not None and not (ev.start_date is not None and d0 < ev.start_date):
            return
        last = ev.end_date if ev.end_date is not None and ev.end_date > d0 else d0
        ev.date_text, ev.start_date, ev.end_date = days[-1].group("text").strip(), d0, last
        until = next((m for m in DATE.finditer(self.body, t.end, s1) if m.group("until")), None)
        if until is not None and (end := resolve(until, self.ctx.published)[1]) is not None and end > d0:
            ev.end_date = end
            ev.date_text = f"{ev.date_text} ~ {until.group('text').strip()}"

    def quoted_happens(self, start: int, end: int) -> bool:
        """'‘김솔가온 선생 추모의 밤’을 열고', '29일 ‘후원의 밤’': the quoted name is said to be held, or its sentence names a day
        outside any other quotation."""
        words = self.body[max(0, start - 16):start].split()
        if words and words[-1].rstrip("‘'") in HELD_MODIFIERS | HOSTED_MODIFIERS \
                or HELD.match(self.body, end + 1, end + 14) or QUOTED_HELD_AFTER.match(self.body, end + 1, end + 15) \
                or QUOTED_OPENED_AFTER.match(self.body, end, min(end + 60, sentence_bounds(self.body, end)[1])):
            return True
        dm = self.date_near(start, end)
        return dm is not None and names_a_day(dm)

    def held_quoted(self, q0: int, q1: int) -> bool:
        """'다음 달 13∼16일 벼리시 전시장에서 열리는 ‘누리플레이 2026’에': a quoted name with no event word, that the sentence
        says is held (a held verb right before it, or before a category word: '개막하는 게임쇼 ‘…’', or after it), on a day
        at a place or over a span of days; or opened ('‘…’을 연다') over a span of days, at a place or not."""
        # up to two category words between ('개막하는 시즌 최종전 ‘…’에서')
        before = re.search(r"(\S+)\s+(?:(?P<wider>[가-힣]{2,6})\s+)?(?:(?P<category>[가-힣]{2,6})\s+)?$",
                           self.body[max(0, q0 - 24):q0])
        said_before = {before.group(1), before.group("wider"), before.group("category")} if before else set()
        after = QUOTED_HELD_AFTER.match(self.body, q1, q1 + 14)
        opened = QUOTED_OPENED_AFTER.match(self.body, q1 - 1, min(q1 + 60, sentence_bounds(self.body, q1 - 1)[1]))
        if not (HELD_MODIFIERS & said_before or after or opened):
            return self.subject_held(q0, q1)
        dm = self.date_near(q0 + 1, q1 - 1)
        if dm is None or year_only(dm) or dm.group("clock"):
            return False
        span = bool(dm.group("d2") or dm.group("d3") or dm.group("ndays"))
        if OPENING_MODIFIERS & said_before and names_a_day(dm):
            return True  # '지난 17일 개막한 ‘…’의': a happening of some days opened that day, wherever it is held
        if opened:  # '오는 11일부터 13일까지 … ‘…’을 연다': held over a span of days, wherever; one day may open a shop
            return span or self.quoted_gathering(q0, q1) and self.location(q0 + 1, q1 - 1)[0] is not None
        return span or self.location(q0 + 1, q1 - 1)[0] is not None  # '오는 11월 12∼20일 열리는 ‘…’에서': held over days

    def planned_then_called_off(self, name: str, after: int) -> bool:
        """'회의를 열 계획이었지만 … 끝내 회의가 무산됐다', '… 열기로 했지만 태풍 탓에 취소했다': a verb of calling off later in
        the sentence, with no other subject or object right before it (adverbs aside) than the event's own word taken up
        again; one said of another ('… 일부 프로그램은 취소됐다') leaves the event held."""
        verb = CALLED_OFF_VERB.search(self.body, after, sentence_bounds(self.body, after)[1])
        if verb is None:
            return False
        words = [w for w in self.body[after:verb.start()].split() if w not in CALLED_OFF_ADVERBS]
        if not words:
            return True
        stem, particle = strip_particle(words[-1])
        return particle not in CALLED_OFF_ARGUMENTS or stem == name.split()[-1].strip("‘’'\"“”") \
            or stem in GENERIC_BACK_WORDS

    def quoted_gathering(self, q0: int, q1: int) -> bool:
        """'‘… 성과 보고회’를 연다', '‘… 직거래 장터’를 연다': a quoted name whose last word is a word for a gathering, which
        a shop or a service opened on a day is not; a body's meeting ('‘… 운영 협의회’를 열어') is read as a meeting
        elsewhere."""
        last = self.body[q0 + 1:q1 - 1].split()
        word = last[-1] if last else ""
        return HANGUL_WORD.match(word) is not None and not word.endswith(SITTING_BODIES) \
            and (len(word) >= 3 and word.endswith(GATHERING_ENDINGS) or word.endswith(QUOTED_GATHERING_HEADS))

    def subject_held(self, q0: int, q1: int) -> bool:
        """'전시 ‘…’은 다음 달 2일부터 20일까지 … 갤러리에서 열린다': a quoted name opening its sentence (after one
        word at most), the subject of the verb of being held that ends it, with a day between: the event is held."""
        s0, s1 = sentence_bounds(self.body, q0)
        if len(self.body[s0:q0].split()) > 1 or not SUBJECT_PARTICLE_AFTER.match(self.body, q1):
            return False
        tail = self.body[q1:s1 + 1]
        end = SUBJECT_HELD_ENDS.search(tail)
        if end is None or tail[end.end():].strip() or '"' in tail[:end.start()] or "“" in tail[:end.start()]:
            return False
        return any(names_a_day(d) and not d.group("clock") for d in DATE.finditer(self.body, q1, q1 + end.start()))

    def staged_quoted(self, q0: int, q1: int) -> str | None:
        """'창작뮤지컬 ‘…’이 지난 3일 … 대극장에서 막을 올렸다': a quoted title, the subject of a sentence
        saying it is staged, or the object of a troupe staging it ('극단은 3일 … 대극장에서 ‘…’을 무대에 올린다'), on a
        day at a place: that place (the last '…에서' before the verb)."""
        subject = re.match(r"[’']?(?:이|가|은|는)\s", self.body[q1 - 1:q1 + 3])
        if not (subject or re.match(r"[’']?(?:을|를)\s", self.body[q1 - 1:q1 + 3])):
            return None
        s0, s1 = sentence_bounds(self.body, q0 + 1)
        verb = (STAGED if subject else STAGED_OBJECT).search(self.body, q1, s1)
        dm = self.date_near(q0 + 1, q1 - 1)
        if verb is None or dm is None or year_only(dm) or dm.group("clock"):
            return None
        places = [k for k, t in enumerate(self.toks) if (q1 if subject else s0) <= t.start < verb.start()
                  and t.particle.startswith("에서")
                  and t.stem not in NOT_PLACES and not kind_of(t.stem) and not self.in_double_quotes(t.start)]
        return self.place_words(places[-1], q1 if subject else s0) if places else None

    def holding_body(self, start: int, end: int) -> str | None:
        """'관계기관 협의회는 오는 19일 … 두 번째 회의를 연다': the body that is the topic of the sentence
        holding a meeting (the verb right after it), with the name words before it, names the meeting."""
        if not HELD_AGAIN.match(self.body, end, end + 16):
            return None
        s0, _ = sentence_bounds(self.body, start)
        idx = [k for k, t in enumerate(self.toks) if s0 <= t.start < start and not t.sep]
        topics = [k for k in idx if self.toks[k].particle in ("은", "는") and (
            self.toks[k].stem.endswith(BODY_ENDINGS)
            or self.toks[k].stem.endswith(SHORT_COMMITTEE_END)
            and self.committee_written_short(self.toks[k].stem, self.toks[k].start) is not None)]
        if not topics:
            return None
        k = topics[-1]
        if any(self.toks[h].particle in ("이", "가") for h in idx if h > k):
            return None  # another subject between: the meeting is someone else's
        words = [self.toks[k].stem]
        j = k - 1
        while j >= 0 and len(words) < MAX_NAME_WORDS - 1 and self.toks[j].start >= s0 and _name_word(self.toks[j]):
            words.insert(0, self.toks[j].text)
            j -= 1
        body_name = " ".join(words)
        name = self.body[start:end]
        return None if body_name.replace(" ", "") in name.replace(" ", "") else body_name

    def evenings_held(self) -> None:
        """'가람재단 후원의 밤이 19일 … 호텔에서 열렸다': an evening a group holds, unquoted, is an event when a verb of
        holding follows in its sentence and the sentence names a day; otherwise '…의 밤' is a night."""
        for m in EVENING_HELD.finditer(self.body):
            start, end = m.start("name"), m.end("name")
            if self.in_double_quotes(start):
                continue
            s1 = sentence_bounds(self.body, start)[1]
            before = self.body[max(sentence_bounds(self.body, start)[0], start - 16):start].split()
            verbs = [v for v in HELD_ANYWHERE.finditer(self.body, end, min(s1, end + EVENING_REACH))
                     if self.body[v.start():].split(maxsplit=1)[0] not in HELD_MODIFIERS]  # '열린 마음': another's
            if not (verbs or HELD_MODIFIERS.intersection(before[-3:])):
                continue
            dm = self.date_near(start, end)
            if dm is None or not names_a_day(dm):
                continue
            self.add(" ".join(m["name"].split()), "event", start, end)

    def told_by_verb(self) -> None:
        """'‘솔새-2’가 21일 오전 경남 솔가온 해솔기지에서 발사돼', '가람호가 오는 5일 … 조선소에서 진수된다': a quoted
        name, or a craft's name unquoted ('…호', '…-3'), the subject of a verb of launching, taking off or sailing, on a
        day and at a place its sentence names before the verb, is that happening ('솔새-2 발사')."""
        subjects = [(m.start(1), m.end(1), m.group(1).strip()) for m in _SINGLE_QUOTED.finditer(self.body)
                    if QUOTED_SUBJECT.match(self.body, m.end(1))]
        subjects += [(t.start, t.start + len(t.stem), t.stem) for t in self.toks
                     if t.particle in ("이", "가", "은", "는") and not t.sep and CRAFT_NAME.fullmatch(t.stem)]
        subjects += [(p.start, t.start + len(t.stem), f"{p.text} {t.stem}") for p, t in zip(self.toks, self.toks[1:])
                     if t.particle in ("이", "가", "은", "는") and not t.sep and CRAFT_NUMBER.fullmatch(t.stem)
                     and not p.sep and not p.particle and HANGUL_WORD.match(p.text) and p.text not in STOP_WORDS]
        subjects += [(t.start, t.start + len(t.stem), named) for t in self.toks
                     if t.particle in ("이", "가") and not t.sep and t.stem in CRAFT_WORDS
                     and (named := self.craft_told_back(t.stem, t.start))]
        for start, end, name in subjects:
            if self.in_double_quotes(start):
                continue
            s1 = sentence_bounds(self.body, start)[1]
            verb = QUOTED_VERB.search(self.body, end, min(s1, end + QUOTED_VERB_REACH))
            if verb is None:
                continue
            dm = self.date_near(start, end)
            if dm is None or not names_a_day(dm) or not end < dm.start() < verb.start():
                continue
            k = max((k for k, t in enumerate(self.toks) if dm.end() <= t.start < verb.start()
                     and t.particle.startswith("에서") and not t.sep and t.stem not in NOT_PLACES), default=None)
            if k is None:
                continue
            place = " ".join(self.place_run(k - 1, dm.end(), [self.toks[k].stem]))
            noun = verb.group("noun")
            self.add(f"{name} {noun}", QUOTED_VERBS[noun], start, end, location=place)

    def craft_told_back(self, word: str, pos: int) -> str | None:
        """'관측위성 ‘별새-1호’가 … 위성이': the name of the craft a kind word at pos tells back, the last one in the sentences
        before (`craft_back_reach`) that follows a word ending in that kind word; none when there is none."""
        s0 = sentence_bounds(self.body, pos)[0]
        for _ in range(CRAFT_BACK_REACH):
            if s0 <= 0:
                break
            s0 = sentence_bounds(self.body, s0 - 1)[0]
        named = [(m.start(), m.group(1).strip()) for m in _SINGLE_QUOTED.finditer(self.body, s0, pos)
                 if (before := self.body[max(s0, m.start() - 16):m.start()].split()) and before[-1].endswith(word)
                 and not self.in_double_quotes(m.start())]
        named += [(u.start, u.stem) for t, u in zip(self.toks, self.toks[1:])
                  if s0 <= t.start and u.start < pos and not t.sep and not t.particle and t.text.endswith(word)
                  and CRAFT_NAME.fullmatch(u.stem) and not self.in_double_quotes(u.start)]
        return max(named)[1] if named else None

    def crafts_launched(self) -> None:
        """'… 우주센터에서 가온별 4호 발사를 진행했고', '… 솔누리호 발사를 실시했다': a craft's name unquoted (`craft_name`, or a
        series name and its number spaced) right before a word that makes an event of the thing named (`quoted_heads`),
        held by the verb after it on a day its sentence names, is that happening, as the quoted name's is."""
        for i, (t, head) in enumerate(zip(self.toks, self.toks[1:])):
            if t.sep or t.particle or head.sep or head.stem not in QUOTED_HEADS or self.in_double_quotes(t.start):
                continue
            if CRAFT_NAME.fullmatch(t.text):
                start, name = t.start, t.text
            elif CRAFT_NUMBER.fullmatch(t.text) and i > 0 and not (p := self.toks[i - 1]).sep and not p.particle \
                    and HANGUL_WORD.match(p.text) and p.text not in STOP_WORDS:
                start, name = p.start, f"{p.text} {t.text}"
            else:
                continue
            end = head.start + len(head.stem)
            if not HELD.match(self.body, end, end + 12):
                continue
            dm = self.date_near(start, end)
            if dm is None or not names_a_day(dm):
                continue
            self.add(f"{name} {head.stem}", QUOTED_HEADS[head.stem], start, end)

    def sitting_opened(self, t: Tok, stem: str) -> bool:
        """'지난 2일 심의를 열고', '오는 23일 … 심문을 연다': a sitting word opened by the verb right after it, or the subject
        of a verb of holding ('피의자 심문은 28일 …지원에서 열린다'), on a day its sentence names (a month alone is no day)."""
        end = t.start + len(stem)
        if not SITTING_OPENED.match(self.body, end) and not SITTING_HELD.match(self.body, end) and not (
                (SITTING_BEGUN.match(self.body, end) or SITTING_ENTERED.match(self.body, end))
                and (self.sitting_body_or_short(t.start) or self.committee_right_before(t.start))):
            return False  # '특위는 오는 30일부터 심사를 시작한다', '… 4일부터 상임위 예산 심사에 들어가': begun by the
            # body that sits, the topic of the sentence or the word right before
        dm = self.date_near(t.start, end)
        return dm is not None and names_a_day(dm)

    def committee_right_before(self, start: int) -> bool:
        """'도시건설위원회 심사에': the bare word right before the sitting word at `start` is a committee or board."""
        k = self.token_index(start) - 1
        return k >= 0 and not self.toks[k].sep and not self.toks[k].particle \
            and self.toks[k].bare.endswith(COMMITTEE_HEADS)

    def sitting_body_or_short(self, start: int) -> bool:
        """'…위원회는' or a committee written short whose full name was told before ('예결위는' after '예산결산특별위원회'):
        a body that sits. A short form alone may be an agency ('공정위는 … 합병 심사를 시작했다'), which reviews, not sits."""
        if self.sitting_body(start) is not None:
            return True
        short = self.sitting_body(start, (SHORT_COMMITTEE_END,))
        return short is not None and self.committee_written_short(short.split()[-1], start) is not None

    def opened_before(self, s0: int, start: int) -> bool:
        """'… 팬 축제를 열고' before `start` in its sentence: an event already found there, opened by a verb joining
        the next clause."""
        return any(s0 <= e.offset < m.start() for m in PROGRAMME_OPENED_BEFORE.finditer(self.body, s0, start)
                   for e in self.events)

    @staticmethod
    def pointing_day(dated: re.Match) -> bool:
        """'이날', '같은 날 오후': a narrative word for the story's day, with at most a part of the day, and no day written out."""
        words = dated.group("text").split()
        while words and words[-1] in DAY_PARTS:
            words.pop()
        return NARRATIVE_DAYS.get("".join(words)) == 0

    def same_day_before_story(self, dm: re.Match, day: date | None) -> bool:
        """'같은 날' standing for a day before the publication day: it points to the day of a happening told before, a
        day of its own for what it dates, not the story's day ('이날' is read as the story's)."""
        pub = dates.local_date(self.ctx.published)
        word = (dm.group("relday") or "").replace(" ", "")
        return word in SAME_AS_EVENT_DAYS and day is not None and pub is not None and day < pub

    @staticmethod
    def event_day_word(dated: re.Match) -> bool:
        """'이날', '당일', '같은 날': the day of the happening told before, no day of the speech's own."""
        return NARRATIVE_DAYS.get(dated.group("text").replace(" ", "")) == 0

    def service_opened(self, t: Tok, stem: str) -> str | None:
        """'오는 23일 … 어르신 건강 상담을 연다': the kind of a service word (`opened_services`) opened by the verb right after
        it, or after its day and place, on a day its sentence names; None for one received, offered or undated."""
        if not stem.endswith(OPENED_SERVICE_WORDS):
            return None  # most words: one test of all the service words at once, asked of every word
        word = next((w for w in OPENED_SERVICES if stem.endswith(w)), None)
        opened = SITTING_OPENED if word in SERVICES_OPENED_ONLY else SERVICE_OPENED
        held = word not in SERVICES_OPENED_ONLY and SERVICE_HELD.match(self.body, t.start + len(stem)) \
            and self.named_service(t, stem, word)
        if word is None or not (opened.match(self.body, t.start + len(stem)) or held
                                or self.opened_after_day_and_place(t.start + len(stem), word)):
            return None
        dm = self.date_near(t.start, t.start + len(stem))
        return OPENED_SERVICES[word] if dm is not None and names_a_day(dm) else None

    def named_service(self, t: Tok, stem: str, word: str) -> bool:
        """'어린이 수영 교실이 열린다': the service word held as a subject has a name word of its own before it (compounded
        or the word right before); '연을 직접 만드는 교실이 열린다', a bare word a clause modifies, names none."""
        if len(stem) > len(word):
            return True
        k = self.token_index(t.start) - 1
        prev = self.toks[k] if k >= 0 else None
        return prev is not None and not prev.sep and not prev.particle and self.name_word(prev) \
            and not morph.is_inflected(self.body, prev.start, prev.end)

    def period_begun_there(self, i: int, stem: str) -> bool:
        """'오는 4월 2일 미국 애리조나에서 시작하는 전지훈련 캠프에 합류한다': a word for a camp or a like period (`begun_periods`)
        that a verb of beginning modifies (two bare words between at most), a place phrase right before that verb and a
        day before it in its sentence: held there from that day. A camp unmodified ('후보 캠프', '피란민 캠프') is none."""
        if not stem.endswith(BEGUN_PERIODS) or self.in_double_quotes(self.toks[i].start):
            return False
        k = i - 1
        while k >= 1 and i - k <= BEGUN_PERIOD_WORDS and self.toks[k].text not in BEGUN_MODIFIERS \
                and self.name_word(self.toks[k]):
            k -= 1  # '시작하는 구단 캠프', '시작하는 대표팀 전지훈련 캠프'
        if k < 1 or self.toks[k].text not in BEGUN_MODIFIERS or not self.toks[k - 1].particle.startswith(PLACE_PARTICLE):
            return False
        s0 = sentence_bounds(self.body, self.toks[i].start)[0]
        return any(names_a_day(d) and not d.group("clock") and d.end() <= self.toks[k - 1].start
                   and not self.quote_of(d.start()) for d in DATE.finditer(self.body, s0, self.toks[k].start))

    def opened_after_day_and_place(self, end: int, word: str) -> bool:
        """'… 직무 교육을 오는 3일 본사 대강당에서 진행한다': the service word ending at `end` is the object of a verb of
        opening or carrying it out, its day named right after its particle and its place right before the verb."""
        obj = OBJECT_PARTICLE.match(self.body, end)
        dm = DATE.match(self.body, obj.end()) if obj else None
        if dm is None or not names_a_day(dm):
            return False
        opened = SERVICE_PLACE_THEN_SITTING_OPENED if word in SERVICES_OPENED_ONLY else SERVICE_PLACE_THEN_OPENED
        return opened.match(self.body, dm.end()) is not None

    def sitting_body(self, start: int, endings: tuple[str, ...] = SITTING_BODIES,
                     topic_particles: tuple[str, ...] = ("은", "는")) -> str | None:
        """'…시 인사위원회(인사위)는 지난 2일 심의를 열고': the body that is the topic of the
        sentence of a sitting it opens, with the name words before it, where no place phrase says otherwise."""
        s0, _ = sentence_bounds(self.body, start)
        idx = [k for k, t in enumerate(self.toks) if s0 <= t.start < start and not t.sep]
        topics = [k for k in idx if self.toks[k].particle in topic_particles and self.toks[k].text not in STOP_WORDS
                  or self.toks[k].text in ("은", "는") and k > 0 and self.before_gloss(k - 1) != k - 1]
        if not topics or any(self.toks[h].particle in ("이", "가", "은", "는") and self.toks[h].text not in STOP_WORDS
                             for h in idx if h > topics[-1]):
            return None  # another subject between ('오는' is a day's word)
        k = topics[-1] if self.toks[topics[-1]].particle else self.before_gloss(topics[-1] - 1)  # '…위원회(학폭위)는'
        if not self.toks[k].bare.endswith(endings):
            return None
        words = [self.toks[k].bare]
        j = k - 1
        while j >= 0 and len(words) < MAX_NAME_WORDS - 1 and self.toks[j].start >= s0 and _name_word(self.toks[j]):
            words.insert(0, self.toks[j].text)
            j -= 1
        return " ".join(words)

    def committee_sessions(self) -> None:
        """'동의안은 오는 24일 건설도시위원회에서 다뤄진 뒤': a committee dated as where a bill is taken up is
        its session that day; so is one dated where someone speaks ('이날 참의원 외교방위위원회에서 "…"고 말했다'),
        and one said to meet ('오는 11월 7일 국가대표 선발위원회를 열어')."""
        # and the review by a committee a bill goes through on a day ('조례안은 오는 9일 …군의회 복지위원회 심사를
        # 받는다', `committee_review`), held at the house its name leads with
        for m in [*COMMITTEE_SESSION.finditer(self.body), *COMMITTEE_SPEECH.finditer(self.body),
                  *COMMITTEE_HELD.finditer(self.body), *QUOTED_BODY_HELD.finditer(self.body),
                  *COMMITTEE_REVIEW.finditer(self.body)]:
            words = m.group("name").split()
            start = m.start("name")
            if m.re is not QUOTED_BODY_HELD and len(words) > 1 and (words[0] in STOP_WORDS or DATE.fullmatch(words[0])
                                   or strip_particle(words[0])[1] in LINKED_WITH
                                   or strip_particle(words[0])[1].startswith("에")):
                start += len(words[0]) + 1  # '이날 외교방위위원회에서': the day; '대표들과': who meets; '국회에서': where
            head = self.body[max(0, start - 20):start]
            s0 = sentence_bounds(self.body, start)[0]
            if any(d.end() >= len(head) - 1 and not year_only(d) and not d.group("clock") for d in DATE.finditer(head)) \
                    or (m.re in (COMMITTEE_HELD, QUOTED_BODY_HELD) and self.dated_and_placed(s0, start)) \
                    or (m.re is COMMITTEE_SESSION and self.held_dated_before(s0, start)):
                house = words[0] if m.re is COMMITTEE_REVIEW and words[0].endswith(LEGISLATURE_ENDINGS) else None
                self.add(self.body[start:m.end("name")], "meeting", start, m.end("name"), location=house)
        for m in COMMITTEE_CONVENED.finditer(self.body):
            if not self.quote_of(m.start()) and any(
                    d.group("d") and not d.group("clock") for d in DATE.finditer(self.body, m.start("span"), m.end("span"))):
                self.add(m.group("name"), "meeting", m.start("name"), m.end("name"))  # '…위원회는 다음 달 9일 열린다'
        for m in COMMITTEE_SAT_AT.finditer(self.body):
            if self.quote_of(m.start()) or self.known_at(m.start("name")):
                continue
            s0 = sentence_bounds(self.body, m.start())[0]
            if any(names_a_day(d) and not d.group("clock") and not self.quote_of(d.start())
                   for d in DATE.finditer(self.body, s0, m.start())):
                self.add(m.group("name"), "meeting", m.start("name"), m.end("name"))  # '전날 열린 제78차 …위원회에서'

    def bare_word_before(self, pos: int) -> str:
        """The word right before pos, parted from it by a space and with no particle ('누리대 논술고사'), or ''."""
        k = self.token_index(pos) - 1
        if k < 0:
            return ""
        t = self.toks[k]
        return t.text if not t.sep and not t.particle and t.end + 1 == pos else ""

    def known_at(self, pos: int) -> bool:
        """An event already found starts at pos or holds it in its name."""
        return any(e.offset <= pos < e.offset + len(e.name) + 1 for e in self.events)

    def place_between(self, a: int, b: int) -> str | None:
        """'26일 … 군청 소회의실에서 … 다시 셌다': the last place phrase ('…에서') between a day and a verb, with its name words."""
        k = max((k for k, t in enumerate(self.toks) if a <= t.start < b and t.particle.startswith("에서") and not t.sep
                 and t.stem not in NOT_PLACES), default=None)
        return None if k is None else " ".join(self.place_run(k - 1, a, [self.toks[k].stem]))

    def runs_until(self) -> None:
        """'…특별전을 개막했다. 전시는 다음 달 30일까지 이어진다': a sentence whose topic is a bare word for the showing told
        before gives the last day of its run, when that event has no last day of its own."""
        for m in RUN_TOPIC.finditer(self.body):
            s1 = sentence_bounds(self.body, m.start("word"))[1]
            until = next((d for d in DATE.finditer(self.body, m.end(), s1) if d.group("until") and not d.group("from")), None)
            if until is None or self.quote_of(m.start()) or not RUN_VERB.match(self.body, until.end() + 1):
                continue
            kind = RUN_TOPICS[m.group("word")]
            target = next((e for e in reversed(self.events) if e.kind == kind and e.offset < m.start()), None)
            if target is None or target.start_date is None or target.end_date not in (None, target.start_date):
                continue
            end = resolve(until, self.ctx.published)[1]
            if end is not None and end > target.start_date:
                target.end_date = end
                target.date_text = f"{target.date_text} ~ {until.group('text').strip()}"

    def held_dated_before(self, s0: int, start: int) -> bool:
        """'다음 달 2일 …교육지원청에서 열리는 …위원회에서 심의된다': a verb of holding right before the name, a day before
        it in its clause: the committee meets that day."""
        words = self.body[s0:start].split()
        return bool(words) and words[-1] in HELD_MODIFIERS and any(
            d.group("d") and not self.quote_of(d.start()) for d in DATE.finditer(self.body, s0, start))

    def dated_and_placed(self, s0: int, start: int) -> bool:
        """'오는 9일 부산 본사에서 협력사들과 동반성장협의회를 열고': a day, then a place phrase, before the name in its
        sentence say the body meets then and there."""
        for d in DATE.finditer(self.body, s0, start):
            if d.group("d") and not self.quote_of(d.start()) and PLACE_PHRASE.search(self.body, d.end(), start):
                return True
        return False

    def scan(self) -> None:
        quoted_names = []
        for m in _SINGLE_QUOTED.finditer(self.body):
            text = m.group(1).strip()
            name_end = m.end(1)
            staged_at = None
            head = None
            after = self.body[m.end(1):m.end(1) + 12]
            if NICKNAME.match(after):
                quoted_names.append((m.start(1), m.end(1)))
                continue
            w0 = max(0, m.start(1) - 20)
            prev = re.search(r"(\S+)\s+[‘']$", self.body[w0:m.start(1)])
            after_word = re.match(r"[’']\s*([^\s,.]+)", self.body[m.end(1):m.end(1) + 20])
            if prev and prev.group(1) in WORK_HEADS and not (after_word and kind_of(strip_particle(after_word.group(1))[0])):
                quoted_names.append((m.start(1), m.end(1)))
                continue  # "국제 학술지 '… 오픈(…)' 최신호에": a journal or a work named, not an event ('드라마 ‘…’
                # 제작발표회' is the work's event)
            # the event word that ends last, and the longest one there ('정상회의' over '회의')
            kinds = [(text.rfind(k) + len(k), len(k), KINDS.get(k) or QUOTED_KINDS[k], k) for k in QUOTED_KEYS if k in text]
            rest = text[max(kinds)[0]:].split() if kinds else []
            if kinds and (rest == [] or (len(rest) == 1 and (rest[0] in QUOTED_NAME_TAILS or len(rest[0]) >= 2
                                                             and rest[0].endswith(QUOTED_TAIL_SUFFIXES)))) \
                    and not not_event(text) \
                    and (len(text.split()) >= 2 or max(kinds)[0] == len(text) and len(text) > max(kinds)[1]) \
                    and (max(kinds)[3] in KINDS or self.quoted_happens(m.start(1), m.end(1))):
                # ('‘별숲 연가’와 ‘물안개의 밤’은 … 음반 차트 정상을 다퉜고': a word only a quote makes an event, neither held
                # nor dated, is a title)
                kind = max(kinds)[2]
                if prev and not strip_particle(prev.group(1))[1] and kind_of(prev.group(1)):
                    self.named_by_quote.add(w0 + prev.start(1))  # 'e스포츠 대회 ‘크로노 컵’': the same event
                nxt = re.match(r"[’']\s([^\s,.]+)", self.body[m.end(1):m.end(1) + 20])
                word = strip_particle(nxt.group(1))[0] if nxt else None
                if word and (hit := kind_of(word)) and hit[0] == word and word not in NEED_MODIFIER:
                    self.named_by_quote.add(m.end(1) + nxt.start(1))  # '‘… 어워즈’ 시상식은 21일 …': the same event
                    name_end = m.end(1) + nxt.start(1) + len(word)  # its place and day are told after the word
                elif nxt and word == nxt.group(1) and HANGUL_WORD.match(word) \
                        and (nxt2 := re.match(r"[’']\s*[^\s,.]+\s+([^\s,.]+)", self.body[m.end(1):m.end(1) + 24])) \
                        and strip_particle(nxt2.group(1))[0] in UMBRELLA_WORDS:
                    self.named_by_quote.add(m.end(1) + nxt2.start(1))  # '‘… 한마당’ 야간 행사를': one word saying what it is
            else:
                # a quoted name right before an event word ('‘블록체인 위크 2025’ 행사에') or right after one
                # ('투어 콘서트 ‘소년, 길을 걷다’를')
                nxt = re.match(r"[’']\s*([^\s,.]+)", self.body[m.end(1):m.end(1) + 20])
                word = strip_particle(nxt.group(1))[0] if nxt else None
                hit = kind_of(word) if word else None
                if not hit and nxt and nxt.start(1) <= 2 and word in QUOTED_TAILS \
                        and (dm := self.date_near(m.start(1), m.end(1))) is not None and names_a_day(dm):
                    hit = (word, QUOTED_TAILS[word])  # '한미 연합 ‘…’ 연습이': an exercise the quote names, held on a day
                if nxt and not hit and word == nxt.group(1) and HANGUL_WORD.match(word) \
                        and (nxt2 := re.match(r"[’']\s*[^\s,.]+\s+([^\s,.]+)", self.body[m.end(1):m.end(1) + 24])) \
                        and (hit2 := kind_of(strip_particle(nxt2.group(1))[0])) \
                        and hit2[0] == strip_particle(nxt2.group(1))[0] and hit2[0] in UMBRELLA_WORDS:
                    nxt, word, hit = nxt2, hit2[0], hit2  # '‘가을 특가전’ 할인 행사를': one word saying what the event is
                if not hit and nxt and nxt.start(1) <= 2 and word in QUOTED_HEADS \
                        and (dm := self.date_near(m.start(1), m.end(1))) is not None and names_a_day(dm) \
                        and HELD.match(self.body, m.end(1) + nxt.end(1), m.end(1) + nxt.end(1) + 12):
                    end_of_word = m.end(1) + nxt.start(1) + len(word)  # '‘여울-3’ 발사를 진행했고': the launch of the work named
                    self.add(f"{text} {word}", QUOTED_HEADS[word], m.start(1), end_of_word)
                    continue
                if not (hit and hit[0] == word) and prev and not strip_particle(prev.group(1))[1]:
                    word, hit = prev.group(1), kind_of(prev.group(1))
                    if hit and (hit[0] not in NEED_MODIFIER or glued_to_modifier(word, hit[0])):
                        word = hit[0]  # '연합 방공연습 ‘푸른성벽-27’': a compound of the event word names it too, as does
                        # one glued to its modifier ('해상훈련 ‘…’')
                    if hit and hit[0].replace(" ", "").endswith(NEED_DATE_KEYS) \
                            and not ((dm := self.date_near(m.start(1), m.end(1))) is not None and names_a_day(dm)):
                        hit = None  # '시즌 최종전 ‘…’에서 역전에 도전한다': a word that needs its day, undated, names none
                    if hit and hit[0] == word:
                        self.named_by_quote.add(w0 + prev.start(1))  # the event word the quote names
                        if word not in UMBRELLA_WORDS:
                            head = word  # '팬미팅 ‘…’을 연다. 팬미팅을 앞두고': the word alone later tells it again
                elif hit and hit[0] == word:
                    self.named_by_quote.add(m.end(1) + nxt.start(1))  # '‘…’ 제작발표회가': the same event
                    if word not in UMBRELLA_WORDS and nxt.start(1) <= 2:
                        head = word  # '‘… 캠퍼스’ 기공식을 열었다. 기공식에는 …': the word alone later tells it again
                if (not hit or hit[0] != word) and self.held_quoted(m.start(1) - 1, m.end(1) + 1):
                    hit = (text, UMBRELLA_KINDS.get(prev.group(1) if prev else "", "event"))
                    # '…에서 열리는 ‘지스타 2025’에': a name said to be held, dated and placed
                elif (not hit or hit[0] != word) and (staged_at := self.staged_quoted(m.start(1) - 1, m.end(1) + 1)):
                    hit = (text, "performance")  # '‘등대지기의 딸’이 지난 3일 … 막을 올렸다': a work staged
                elif not hit or hit[0] != word:
                    continue
                kind = hit[1]
            quoted_names.append((m.start(1), m.end(1)))
            self.add(text, kind, m.start(1), name_end, quoted_name=True, location=staged_at)
            if head and self.events and self.events[-1].name == text:
                self.heads[id(self.events[-1])] = head
        self.told_by_verb()
        self.crafts_launched()
        self.evenings_held()
        for m in MATCH.finditer(self.body):
            self.add(m.group(), "match", m.start(), m.end())
        for m in ROUND_GAME.finditer(self.body):
            self.add(" ".join(m.group().split()), "match", m.start(), m.end())
        for m in MATCH_DESCRIBED.finditer(self.body):
            self.add(f"{m['a']}-{m['b']}전", "match", m.start("a"), m.end())
        for m in COURT_APPEARANCE.finditer(self.body):
            place = m["place"] if m["place"] and _place_word(self.toks[self.token_index(m.start("place"))]) else None
            start = m.start("place") if place else m.start("court")
            self.add(" ".join(filter(None, [place, m["court"], "출석"])), "hearing", start, m.end("court"),
                     location=f"{place} {m['court']}" if place else None)
        self.committee_sessions()
        for m in RECOUNT_TOLD.finditer(self.body):
            if not self.in_double_quotes(m.start()) and (dm := self.date_near(m.start(), m.end())) and names_a_day(dm):
                self.add(RECOUNT_NAME, "other", m.start("ballots"), m.end("ballots"),
                         location=self.place_between(dm.end(), m.start()))  # '투표지 … 다시 셌다': a recount
        for h, t in enumerate(self.toks[:-1]):
            if t.text in HELD_MODIFIERS and not self.toks[h + 1].sep:
                self.competition_of_final(h + 1)  # '열린 전국체전 육상 남자 1만m 결승에서'
        self.editions_held()
        self.called_up()
        self.agreements_signed()
        self.tributes_paid()
        self.raids_made()
        toks = self.toks
        in_quoted_name = inside_any([(a, b + 2) for a, b in quoted_names])  # or the two marks closing it
        for i, t in enumerate(toks):
            if t.sep or t.start in self.named_by_quote or t.start in self.joined or t.start in self.within_name \
                    or in_quoted_name(t.start):
                continue
            stem, particle = t.stem, t.particle
            hit = kind_of(stem) or (kind_of(t.bare) if stem.endswith(")") else None)  # '세계경제포럼(WEF)'
            if not hit and particle == "의" and kind_of(t.text):
                if not self.whole_word_event(i):
                    continue  # '첫날 본회의 5분 자유발언에서는': the session as a time, no happening of its own
                stem, particle, hit = t.text, "", kind_of(t.text)  # '오는 21일 본회의 전까지': '의' ends the word
            if not hit and (held := self.held_copula(i)):
                stem, particle, hit = held, "", kind_of(held)  # '… 열리는 기념관 착공식이다'
            if not hit and particle and (inner := strip_particle(stem))[1] \
                    and (kind_of(inner[0]) or _GLOSS_END.sub("", inner[0]) in PUBLIC_MEETINGS):
                stem, hit = inner[0], kind_of(inner[0])  # two particles: '박람회에는' is '박람회' + '에' + '는'
            if not hit and stem.endswith(VENUE_SUFFIX) and particle in VENUE_PARTICLES \
                    and (inner_hit := kind_of(stem[:-len(VENUE_SUFFIX)])) \
                    and inner_hit[0] not in STANDING_VENUES and not self.hall_of(i):
                stem = stem[:-len(VENUE_SUFFIX)]  # '기자회견장에 섰다': someone at the press conference
                hit = kind_of(stem)
            if i > 0 and stem.endswith(TWO_WORD_TAILS) and not toks[i - 1].sep \
                    and (pair := kind_of(f"{toks[i - 1].text} {stem}")) and " " in pair[0]:
                hit = pair  # a two-word event word ('라운드 테이블')
            elif i > 0 and (spaced := self.spaced_compound(i, stem)) and (not hit or len(spaced[0]) > len(hit[0]) + 1):
                hit = spaced  # a compound event word written in two words ('합동 감식', '현장 점검')
            if not hit and _GLOSS_END.sub("", stem) in PUBLIC_MEETINGS and i > 0 and toks[i - 1].particle in LINKING \
                    and self.name_word(toks[i - 1]):
                hit = (stem, "event")  # '관객과의 대화(GV)', '작가와의 만남': the public met names it
            if not hit and len(stem) >= 3 and stem.endswith(GATHERING_ENDINGS) and particle in ("을", "를") \
                    and HANGUL_WORD.match(stem) and self.held_here(t, stem):
                hit = (stem, "event")  # '오는 18일 … 본원에서 성과 보고회를 열고': a gathering held on a day at a place
            if not hit and len(stem) >= 3 and stem.endswith(GATHERING_ENDINGS) and HANGUL_WORD.match(stem) \
                    and self.held_before_name(i):
                hit = (stem, "event")  # '지난 10일 … 수성구에서 열린 … 공예 인정식에서': held on a day at a place
            if not hit and len(stem) >= 3 and stem.endswith(GATHERING_ENDINGS) and HANGUL_WORD.match(stem) \
                    and self.gathering_held(t, stem):
                hit = (stem, "event")  # '보고회는 다음 달 9일 … 회관에서 열린다': the subject held on a day at a place
            if not hit and self.noun_held(i):
                hit = (stem, "other")  # '올해 첫 수매가 5일 … 농협 창고에서 열렸다': the subject held on a day at a place
            if not hit and (held_only := self.held_only(i)):
                hit = held_only  # '… 열리는 소자 학회에 논문을 낸다': a society's word, said to be held, is its gathering
            sitting = not hit and sitting_word(stem) and self.sitting_opened(t, stem)
            if sitting:
                hit = (stem, "hearing")  # '인사위는 지난 2일 심의를 열고': a body's sitting opened on a day
            if not hit and (service := self.service_opened(t, stem)):
                hit = (stem, service)  # '오는 23일 … 어르신 건강 상담을 연다': a service opened on a day
            if not hit and self.period_begun_there(i, stem):
                hit = (stem, "other")  # '오는 4일 제주에서 시작하는 동계 캠프에': a camp begun on a day
            if not hit and t.stem in UMBRELLA_WORDS:
                self.told_again(None, i)  # '전시는 다음 달 3일 … 개막한다': the one event named before
            if not hit:
                continue
            key, kind = hit
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if i >= 2 and toks[i - 1].text == "(" and toks[i - 2].end == toks[i - 1].start and not toks[i - 2].sep \
                    and kind_of(toks[i - 2].stem) and nxt is not None and nxt.text == ")":
                continue  # '코커스(당원대회)': a gloss of the event word right before it, no second event
            if particle == "의" and nxt is not None and nxt.stem in STAKES:
                continue  # '여당 경선의 분수령': what a race is weighed by, no happening
            if particle.startswith(COMPARISONS) or (nxt is not None and nxt.text.startswith(COMPARISONS)
                                                      and particle not in SUBJECT_PARTICLES):
                continue  # '초호화 시상식 못지않은': a comparison, no event; '영결식은 같은 날': the subject
            if not particle and nxt is not None and not nxt.sep \
                    and (kind_of(nxt.stem) or nxt.particle == "의" and kind_of(nxt.text) and self.whole_word_event(toks.index(nxt))) \
                    and nxt.start not in self.named_by_quote and not nxt.stem.endswith(SPEECH_WORDS):
                continue  # '전국 차 품평회 시상식', '관객과의 대화(GV) 행사': it names the event the next word heads
                # ('임시회 본회의 연설에서': a speech is given at the event before it, which stays the happening)
            if not particle and COUNT_AFTER.match(self.body, t.end):
                continue  # '북미 공연 12회가 매진됐다': several, no one happening
            if SEVERAL_AFTER.match(self.body, t.start + len(stem)) \
                    or self.places_counted(t.start) and not any(w in stem for w in TOUR_NAME_WORDS):
                continue  # '지역 행사도 줄줄이 취소됐다', '전국 17곳에서 투자설명회를 열고': several, no one happening
            if AMOUNT_CHANGED_AFTER.match(self.body, t.start + len(stem)):
                continue  # '시음 행사를 네 배로 늘렸다': how much of it a programme has, no happening
            if particle in ("로", "으로") and BECOMING_AFTER.match(self.body, t.start + len(stem)):
                continue  # '국제대회로 자리 잡았다': what something became, no happening
            if not particle and nxt is not None and nxt.text.startswith(AROUND):
                continue  # '다음 달 전원회의 전후가 될 것': a time around it, no happening reported
            if not particle and nxt is not None and not nxt.sep and nxt.particle in VENUE_PARTICLES \
                    and HELD_AT_VENUE.match(self.body, nxt.end):
                continue  # '… 올림픽 공원에서 열리는 …': a venue named after the event word, not the event
            if not particle and nxt is not None and nxt.stem in ROLE_NOUNS:
                continue  # '오는 9일 종합감사 증인으로 채택하자': a role at it heads the phrase, dated or not
            if not particle and nxt is not None and not nxt.sep \
                    and (_name_word(nxt) or title_of(nxt.stem) or nxt.text.startswith(MODIFIED_NOUNS)
                         or _agent_noun(nxt)) \
                    and not self.dated_before(i) and not self.division_of(nxt, t) and not self.held_dated(i) and not self.result_held(i) \
                    and not (nxt.text in DAYS_OF_EVENT and not (i + 2 < len(toks) and _opens_with_event(toks[i + 2].text))) \
                    and not (kind in DAY_IN_NAME_KINDS and DAY_BEFORE_NAME.search(self.body, max(0, t.start - 8), t.start)):
                # ('5·28 지방선거 경북 솔내군수 후보들이' names the election by its day: it heads its name)
                if stem == key and key in NEED_MODIFIER:
                    self.placed_again(kind, i)  # '…에서 열린 대회 최종 라운드': the tournament named before
                continue  # it modifies the next word ('특별모금 성금 전달식', '대선 후보'): not the head
            if self.stage_of_next(i, kind):
                continue  # '파기환송심 첫 변론기일': the stage of the session named next, one event
            words = []
            j = i - 1 - key.count(" ")
            if j >= 1 and self.ordinal(toks[j]) and self.stage_of_next(j - 1, kind):
                words = [toks[j - 1], toks[j]]
                j -= 2
            glossed = j >= 0 and words == [] and self.before_gloss(j) != j
            if glossed:
                j = self.before_gloss(j)  # '플레이오프(3전 2승제) 2차전': the gloss is no word of the name to look at...
            while j >= 0 and len(words) < MAX_NAME_WORDS - 1 \
                    and (self.name_word(toks[j]) or (self.noun_like_ending(toks[j]) and self.dated_by_day(t, stem)
                                                      and not (j > 0 and toks[j - 1].text in DEMONSTRATIVES))) \
                    and (toks[j].text not in BACK_REFERENCES or toks[j + 1].text.startswith(COUNTERS)):  # '세 번째'

                word, j = self.dot_joined(j - 1, toks[j])
                words.insert(0, word)
            if words and words[0].text in NOT_THIS_ONE or not words and j >= 0 and toks[j].text in NOT_THIS_ONE \
                    and not toks[j].sep and toks[j].end + 1 == toks[i - key.count(" ")].start \
                    and not any(x.tag.startswith("V") for x in morph.morphs_in(self.body, toks[j].start, toks[j].end)):
                continue  # '이전 대회 최고 기록', '지난해 한 시상식에서': a former or an indefinite one, not reported
            if words and words[-1].text in ENTERED_MODIFIERS and kind == "competition":
                continue  # '41번째 출전 대회 만에 우승': the competitions someone entered, no one happening
            if words and all(NUMBERED.fullmatch(w.text) for w in words) and stem == key \
                    and not self.numbered_held(t, t.start + len(stem)):
                words = []  # '2차 대회에서': which one of a series, but no name says of what ('2차 조정회의' says it)
            if j >= 0 and toks[j].text == LIST_CLOSER and (key in NEED_MODIFIER or key in UMBRELLA_WORDS):
                continue  # '주민 한마음대회 등 주요 행사는': a summary of the events listed, no other
            if stem in PART_MARKERS:  # '…의 공식 부대행사로': says what the event named before is part of
                self.back_reference(kind, t)
                continue
            generic = (stem == key or " " in key) and (key in NEED_MODIFIER or len(key) <= 2) and key not in SPECIFIC_ALONE \
                and not (key in SPECIFIC_WITH_PARTICLE and particle) and not sitting
            if not words and j >= 0 and toks[j].text in NEXT_OF_SERIES and not toks[j].sep and self.next_held(t, stem):
                words = [toks[j]]  # '다음 GV는 오는 15일 … 열리며': the next of a series, on its own day, is a new one
            if not words and j >= 0 and toks[j].text in BACK_REFERENCES and (generic or toks[j].text in DEMONSTRATIVES) \
                    and (generic or toks[j].text not in DAY_WORDS or any(e.kind == kind for e in self.events)) \
                    and not (toks[j].text in ORDINALS and j > 0 and toks[j - 1].text in HELD_MODIFIERS
                             and not any(e.kind == kind for e in self.events) and self.date_near(toks[j].start, t.end)) \
                    and not (toks[j].text in ORDINALS and j > 0 and toks[j - 1].text in ORDINALS and self.dated_by_day(t, stem)):
                self.back_reference(kind, t)
                continue  # '이번 포럼은 …'; but '검찰은 이날 결심공판에서', naming none before, dates a new one
            if not words and generic:
                if j >= 0 and toks[j].text in ORDINALS and self.date_near(toks[j].start, t.end):
                    words = [toks[j]]  # '첫 공판을 다음 달 5일 열 예정': the first one, dated, is one happening
                    if j > 0 and toks[j - 1].text in ORDINALS:
                        words.insert(0, toks[j - 1])  # '첫 공식 법회는 다음 달 9일': both words say which one
                elif kind in BODY_MEETINGS and self.dated_by_day(t, stem) \
                        and self.holding_body(t.start, t.start + len(stem)) is not None:
                    pass  # '소위원회는 오는 5일 회의를 열어': the body holding it on a day names its bare meeting word
                elif not (self.held_here(t, stem) or kind in HELD_ALONE_KINDS and self.held_same_day(i)) \
                        or key in UMBRELLA_WORDS or (
                        kind not in HELD_ALONE_KINDS and key not in HELD_ALONE_WORDS and any(e.kind == kind for e in self.events)):
                    # '이날 저녁 시장 공관에서 열린 만찬에': a bare word held on a day at a place is one happening, unless one
                    # of its kind was named before, which it tells again, or it says no more than '행사' (an event)
                    self.told_again(kind, i)
                    self.placed_again(kind, i)
                    self.dated_again(kind, i)
                    self.opened_on(kind, i)
                    continue
            if key in TOURNAMENT_WORDS and not EDITION.search(" ".join([w.text for w in words] + [stem])) \
                    and not TOURNAMENT_CONTEXT.search(self.body, *sentence_bounds(self.body, t.start)) \
                    and not self.held_on_day(i - len(words)):
                continue  # '매장 오픈', '종이컵': a tournament is named by its edition, year or sponsor, or played
            first = toks[i - key.count(" ")] if key.count(" ") else t
            cut = max((k for k, w in enumerate(words) if w.text in PLACE_NOUNS and k > 0), default=None)
            place = None
            if cut is not None:  # '법원 앞 기자회견': a place and a noun of position before the event word are where
                place = " ".join(w.text for w in words[:cut + 1])  # it is held, not its name
                words = words[cut + 1:]
            if place is None and len(words) >= MAX_NAME_WORDS - 1 and self.sitting_house(j):
                place = toks[j].text  # '한별도의회 제301회 임시회 제1차 본회의에서': the house the sitting is in
            if place is None and len(words) >= 2 and self.house_word(words[0]) \
                    and (self.ordinal(words[1]) or kind_of(words[1].stem)):
                place, words = words[0].text, words[1:]  # '한별군의회 제2차 정례회 본회의': the house, then the session
            if place is None and len(words) == 1 and kind in HOUSE_SITTING_KINDS and stem in SESSION_SITTING_WORDS \
                    and (self.house_word(words[0]) or words[0].text == NATIONAL_ASSEMBLY and not words[0].particle):
                place = words[0].text  # '오는 9일 군의회 본회의에서', '국회 본회의에서': the sitting of the house before it
            if place is None and sitting and not self.placed_next_to(words[0].start if words else first.start,
                                                                     t.start + len(stem)):
                place = self.sitting_body(t.start)  # '학폭위는 … 심의를 열고': the body sits where it is, unless a place
                # phrase says where ('… 3층 위원회실에서 예산 심사를 진행하고')
            start = words[0].start if words else first.start
            name = " ".join([w.text for w in words] + ([key] if " " in key else [stem]))
            if glossed and words and " " not in key:
                name = " ".join(self.body[start:t.start + len(stem)].split())  # ... but the name keeps it as written
            if not_event(name):
                continue
            if words and words[0].text in PART_MODIFIERS \
                    and any(sentence_bounds(self.body, start)[0] <= e.offset < start for e in self.events):
                continue  # '개막식은 … 열리며, 가수 하늘이 축하 공연을 한다': a part of the event named before
            end = t.start + len(stem)
            if kind in BODY_MEETINGS and stem == key and not stem.endswith(HELD_FOR_OTHERS) \
                    and (body_name := self.holding_body(start, end)):
                name = f"{body_name} {name}"  # '관계기관 협의회는 … 두 번째 회의를 연다': the body names its bare meeting
                # word; a compound one ('2차 조정회의', '정기총회') names itself, as written
            if particle in ("과", "와") and nxt is not None and not nxt.sep and len(nxt.stem) > 2 \
                    and (other := kind_of(nxt.stem)) and other[0] == nxt.stem and nxt.stem not in NEED_MODIFIER \
                    and not IN_TURN_AFTER.match(self.body, nxt.end):
                name, end = f"{name}{particle} {nxt.stem}", nxt.start + len(nxt.stem)
                self.joined.add(nxt.start)  # '폐막식과 시상식은 … 열린다': held together, one happening
            self.add(name, kind, start, end, location=place)
        self.games_named_by_number()

    def ruling_told(self) -> None:
        """'물너울행정법원 행정6부(재판장 …)는 … 원고 승소로 판결했다': a court that sits and rules in its sentence holds the
        sentencing the report is about, '선고', on the sentence's day (a session already named, '선고 공판', takes them)."""
        for m in COURT_NAME.finditer(self.body):
            if not COURT_SITS.match(self.body, m.end("court")) or self.in_double_quotes(m.start()):
                continue
            s0, s1 = sentence_bounds(self.body, m.start())
            verb = next((v for v in RULING.finditer(self.body, m.end(), s1)
                         if not self.in_double_quotes(v.start())), None)
            day = self.ruling_day(verb.start()) if verb is not None else None
            if verb is not None and any(e.name.replace(" ", "").endswith(RULING_NAMES)
                                        and (day is None or e.start_date is None or e.start_date == day)
                                        or s0 <= e.offset < s1 and e.name.replace(" ", "").endswith(COURT_SESSION_WORDS)
                                        for e in self.events):
                return  # '선고는 지난 10일 이뤄졌다', '… A씨의 항소심에서 … 선고했다': the ruling is named already; a
                # sentencing of another day ('공범 셋의 선고기일은 이달 30일로 잡혔다') is another session
            if verb is None:
                decided = self.court_decision(m.end(), s1) if m.group("court").endswith(DECISION_COURT_ENDINGS) else None
                if decided is not None:
                    self.add(*decided, location=m.group("court"))
                return
            self.add("선고", "trial", verb.start(), verb.start() + 2, location=m.group("court"),
                     apart=day is not None and any(e.name.replace(" ", "").endswith(RULING_NAMES) for e in self.events))
            return  # the report's ruling; a second court's is another story

    def ruling_day(self, at: int) -> date | None:
        """The day its sentence gives a ruling told at `at` ('… 26일 … 징역 5년을 선고했다'), or None for none named or
        for the day it was reported ('… 판결했다고 23일 밝혔다': the ruling may be of another day)."""
        dm = self.date_near(at, at + 2)
        if dm is None or not names_a_day(dm) or dm.start() > at or ANNOUNCED.match(self.body, dm.end()):
            return None
        return resolve(dm, self.ctx.published, told_past(self.body, at, sentence_bounds(self.body, at)[1]))[0]

    def court_decision(self, start: int, end: int) -> tuple[str, str, int, int] | None:
        """'… 회생절차 개시를 결정하고': (name, kind, start, end) of the decision a sitting court tells by its verb, named
        by its object without the words that qualify it from outside ('다온건설에 대한')."""
        d = next((d for d in COURT_DECISION.finditer(self.body, start, end) if not self.in_double_quotes(d.start())), None)
        if d is None:
            return None
        words = d.group("what").split()
        while len(words) > 1 and words[0].endswith(DECISION_OUTER_ENDINGS):
            words.pop(0)
        if words[0].endswith(DECISION_OUTER_ENDINGS):
            return None
        name = " ".join(words) + " 결정"
        return name, "trial", d.end("what") - len(" ".join(words)), d.end("what")

    def courts_placed(self) -> None:
        """'첫 공판은 … 서울남부지법 형사합의13부 심리로 열린다', '심사는 … 한빛지법에서 X 부장판사 심리로 열린다',
        '서울행정법원 행정7부는 … 판결했다. 선고는 지난 22일 이뤄졌다': a court's session no phrase places is held at
        the court that sits in its sentence (with '에서' too), or in the sentence before it in the same paragraph, or
        else at the one court the article names sitting."""
        for ev in self.events:
            if ev.location or not ev.name.replace(" ", "").endswith(COURT_SESSION_WORDS):
                continue
            s0, s1 = sentence_bounds(self.body, ev.offset)
            court = next((m for m in COURT_NAME_AT.finditer(self.body, s0, s1) if not self.in_double_quotes(m.start())), None)
            line_start = self.body.rfind("\n", 0, ev.offset) + 1
            if court is None and s0 - line_start >= 2:
                p0 = sentence_bounds(self.body, s0 - 2)[0]
                court = next((m for m in COURT_NAME.finditer(self.body, p0, s0) if not self.in_double_quotes(m.start())), None)
            if court is not None:
                ev.location = court.group("court")
            elif len(courts := {m.group("court") for m in COURT_NAME.finditer(self.body)
                                if not self.in_double_quotes(m.start()) and COURT_SITS.match(self.body, m.end("court"))}) == 1:
                ev.location = courts.pop()  # '물너울지법 형사합의2부는 … 선고했다. … 선고를 지켜봤다': the one court of the report
            elif (earlier := self.court_pointed_back(ev)) is not None:
                ev.location = earlier  # '… 결심공판 …. 선고는 다음 달 4일 같은 법정에서': the court before

    def court_pointed_back(self, ev: Event) -> str | None:
        """'선고는 … 같은 법정에서 한다': a court's session whose sentence points back to a place of a court's kind
        (`place_short_forms`) is held where the last court session before it was."""
        s0, s1 = sentence_bounds(self.body, ev.offset)
        if not any(m.group("noun") in PLACE_SHORT_FORMS for m in SAME_KIND_PLACE.finditer(self.body, s0, s1)):
            return None
        before = [e for e in self.events if e.location and e.offset < ev.offset
                  and e.name.replace(" ", "").endswith(COURT_SESSION_WORDS)]
        return max(before, key=lambda e: e.offset).location if before else None

    def bodies_placed(self) -> None:
        """'국회 산업통상위원회는 4일 … 인사청문회를 개최했다', '위원회는 오는 11일 전체회의를 열어': a meeting or a
        hearing no phrase places sits at the body that is the topic of its sentence, a bare '위원회' being the one named
        in full before."""
        for ev in self.events:
            if ev.location is None and ev.kind in HOUSE_VOTE_KINDS and not self.in_double_quotes(ev.offset):
                ev.location = self.house_voting_at(ev)
            if ev.location or ev.kind not in SITTING_KINDS:
                continue
            at = [ev.offset] if not self.in_double_quotes(ev.offset) else []
            at += self.told_again_outside_quotes(ev)  # '"오는 2일 본회의에서 …" … 국회는 오는 2일 본회의를 열어'
            for pos in at:
                if body := self.body_sitting_at(pos, ev.kind):
                    ev.location = body
                    break

    def hosts_placed(self) -> None:
        """'…사가 다음 달 3일부터 나흘 동안 ‘…문화제’를 연다': an event no phrase places, held by a temple, museum, library or
        church that is the subject or topic of its sentence, is held on that host's grounds (`host_venue_endings`)."""
        for ev in self.events:
            if ev.location is None and not self.in_double_quotes(ev.offset) and self.body.startswith(ev.name, ev.offset):
                ev.location = self.hosting_venue(ev.offset, ev.offset + len(ev.name))

    def hosting_venue(self, start: int, end: int) -> str | None:
        """The venue that holds the event named at start:end, as `hosts_placed` reads it: the last subject or topic
        before the name in its sentence, holding it by a verb after it (its object) or a modifier right before it."""
        s0, s1 = sentence_bounds(self.body, start)
        if self.body.find("에서", s0, s1) != -1:
            return None  # a place phrase in the sentence: the other rules read it
        before = [k for k, t in enumerate(self.toks) if s0 <= t.start < start and not t.sep]
        if not before:
            return None
        subjects = [k for k in before if self.toks[k].particle in SUBJECT_OR_TOPIC and len(self.toks[k].stem) > 1]
        if not subjects:
            return None
        k = subjects[-1]
        if not self.hosting_place(self.toks[k].stem):
            return None
        last = max((j for j in before if self.toks[j].end <= start), default=before[-1])  # not the quote's own word
        if any(kind_of(self.toks[j].stem) for j in before if k < j < last):
            return None  # another event named between (the word right before the name heads it: '기획전 ‘…’')
        modified = self.toks[before[-1]].text in HOST_MODIFIERS
        after = self.body[end:s1].lstrip("'’\"”")
        held = after[:1] in ("을", "를") and any(  # held or opened by its host ('…미술관이 … 기획전 ‘…’을 10일 개막했다')
            t.text.startswith(HOLDING) or OPENED.match(t.text) for t in self.toks if end < t.start < s1 and not t.sep)
        return self.place_words(k, s0) if modified or held else None

    def hosting_place(self, word: str) -> bool:
        """Is the word a host that is a place of its own: a museum, library or church by its ending, or a temple, a
        word ending in '사' that is no common noun, in an article that speaks of a temple?"""
        if word.endswith(HOST_VENUE_ENDINGS) and len(word) > max(len(e) for e in HOST_VENUE_ENDINGS if word.endswith(e)):
            return True
        return len(word) >= 3 and word.endswith(TEMPLE_ENDING) and HANGUL_WORD.match(word) is not None \
            and not morph.common_word(word) and not morph.derived_noun(word) and not morph.noun_compound(word) \
            and any(w in self.body for w in TEMPLE_WORDS)

    def body_sitting_at(self, pos: int, kind: str) -> str | None:
        """The body that is the topic of the sentence of a sitting named at pos, as `bodies_placed` reads it."""
        body = self.sitting_body(pos)
        if body and " " not in body and body in SITTING_BODIES:
            body = self.body_named_before(body, pos)
        elif body is None and kind in HOUSE_SITTING_KINDS:
            body = self.sitting_body(pos, LEGISLATURE_ENDINGS, SUBJECT_OR_TOPIC)  # '국회가 이날 청문회를 열었다'
        if body is None and (short := self.sitting_body(pos, (SHORT_COMMITTEE_END,))) is not None:
            body = self.committee_written_short(short.split()[-1], pos)  # '국토위는 … 2차 청문회를 열어'
        return body or self.genitive_body(pos)

    def genitive_body(self, pos: int) -> str | None:
        """'국회 …위원회의 …부 국정감사에서는': a committee or a house written in the genitive right before the sitting
        named at pos, with the name words before it; the sitting is that body's."""
        k = max((j for j, t in enumerate(self.toks) if t.end <= pos and not t.sep), key=lambda j: self.toks[j].end,
                default=None)
        if k is None or self.body[self.toks[k].end:pos].strip():
            return None
        t = self.toks[k]
        if t.particle != GENITIVE_BODY_PARTICLE or not t.bare.endswith(SITTING_BODIES + LEGISLATURE_ENDINGS):
            return None
        s0 = sentence_bounds(self.body, pos)[0]
        words = [t.bare]
        j = k - 1
        while j >= 0 and len(words) < MAX_NAME_WORDS - 1 and self.toks[j].start >= s0 and _name_word(self.toks[j]):
            words.insert(0, self.toks[j].text)
            j -= 1
        return " ".join(words)

    def house_voting_at(self, ev: Event) -> str | None:
        """'군의회는 3일 부의장 선거를 새로 치러': a vote held by a verb of holding, its house the topic or subject of
        the sentence (`house_vote_kinds`)."""
        end = ev.offset + len(ev.name)
        if self.body[ev.offset:end] != ev.name or not HOUSE_VOTE_HELD.match(self.body, end):
            return None
        return self.sitting_body(ev.offset, LEGISLATURE_ENDINGS, SUBJECT_OR_TOPIC)

    def told_again_outside_quotes(self, ev: Event) -> list[int]:
        """Later places where the narrator names a dated sitting again by its whole name, on the same day."""
        if ev.start_date is None:
            return []
        found = []
        for m in re.finditer(re.escape(ev.name), self.body[ev.offset + len(ev.name):]):
            pos = ev.offset + len(ev.name) + m.start()
            if self.in_double_quotes(pos):
                continue
            dm = self.date_near(pos, pos + len(ev.name))
            s1 = sentence_bounds(self.body, pos)[1]
            if dm is not None and names_a_day(dm) \
                    and resolve(dm, self.ctx.published, told_past(self.body, dm.end(), s1))[0] == ev.start_date:
                found.append(pos)
        return found

    def committee_written_short(self, short: str, pos: int) -> str | None:
        """'국토위' after '국회 국토교통위원회': the last committee named in full before pos that keeps the short form's
        syllables in order, with the name words before it."""
        syllables = short[:-len(SHORT_COMMITTEE_END)]
        if not syllables:
            return None
        # one syllable keeps too little to tell: '소위' is the '…소위원회' named before, its last syllables whole
        keeps = re.compile(".*".join(map(re.escape, syllables)) if len(syllables) >= 2
                           else ".*" + re.escape(syllables + FULL_COMMITTEE_END) + "$")
        for k in range(self.token_index(pos) - 1, -1, -1):
            t = self.toks[k]
            if t.sep or not t.bare.endswith(FULL_COMMITTEE_END) or not keeps.match(t.bare) \
                    or self.in_double_quotes(t.start):
                continue
            return self.full_name_ending_at(k)
        return None

    def full_name_ending_at(self, k: int) -> str:
        """A body's name whose last word is token k, with the name words before it in its sentence."""
        t = self.toks[k]
        s0 = sentence_bounds(self.body, t.start)[0]
        words, j = [t.bare], k - 1
        while j >= 0 and len(words) < MAX_NAME_WORDS - 1 and self.toks[j].start >= s0 and _name_word(self.toks[j]):
            words.insert(0, self.toks[j].text)
            j -= 1
        return " ".join(words)

    def body_named_before(self, word: str, pos: int) -> str | None:
        """'위원회는 …' after '국회 산업통상위원회는 …': the last body named in full before pos whose name ends
        with the bare word, with the name words before it."""
        for k in range(self.token_index(pos) - 1, -1, -1):
            t = self.toks[k]
            if not t.sep and t.bare != word and t.bare.endswith(word) and HANGUL_WORD.match(t.bare) \
                    and not self.in_double_quotes(t.start):
                return self.full_name_ending_at(k)
        return None

    def dated_by_lede(self) -> None:
        """'장마를 앞둔 상인들이 오늘 모아시청 앞 광장에 모였습니다. … 모아시청 앞 광장에서 열린 ‘…상인대회’에는':
        the lede sets the day of the gathering at a place; an undated event later held at that place is it."""
        l1 = sentence_bounds(self.body, 0)[1]
        days = [m for m in DATE.finditer(self.body, 0, l1) if names_a_day(m) and self.quote_of(m.start()) is None]
        if len(days) != 1:
            return
        lede = self.body[days[0].end():l1].replace(" ", "")
        for e in self.events:
            if e.date_text is None and e.location and e.offset > l1 and not self.in_double_quotes(e.offset) \
                    and e.location.replace(" ", "") in lede:
                e.date_text = days[0].group("text").strip()
                e.start_date, e.end_date = resolve(days[0], self.ctx.published, told_past(self.body, days[0].end(), l1))

    def act_named_later(self) -> None:
        """'양국 기업은 양해각서 5건에 서명했다. … 차관은 서명식 직후 취재진 앞에 서': a ceremony word made of a verbal
        noun ('서명식' of '서명하다', '체결식' of '체결하다') with no day of its own names the act told by its verb before
        it in the article (the last such): one happening, on the day the narrative last named, at the place its
        sentence gives or of the event held that day."""
        for t in self.toks:
            stem = t.stem
            if t.sep or KINDS.get(stem) != "ceremony" or not stem.endswith(ACT_CEREMONY_SUFFIX) \
                    or self.in_double_quotes(t.start):
                continue
            same = [e for e in self.events if e.name.endswith(stem)]
            if any(e.date_text or e.location for e in same):
                continue
            s0, _ = sentence_bounds(self.body, t.start)
            if (dm := self.date_near(t.start, t.start + len(stem))) is not None and names_a_day(dm):
                continue  # dated in its own sentence: the scan's business
            act = stem[: -len(ACT_CEREMONY_SUFFIX)]
            told = [m for m in re.finditer(re.escape(act) + DOING.pattern, self.body[:s0])
                    if self.quote_of(m.start()) is None]
            if not told:
                continue
            pos = told[-1].start()
            days = [m for m in DATE.finditer(self.body, 0, pos) if self.quote_of(m.start()) is None and names_a_day(m)
                    and not m.group("clock") and not self.announced(m)]
            if not days:
                continue
            v0, v1 = sentence_bounds(self.body, pos)
            d0, d1 = resolve(days[-1], self.ctx.published, told_past(self.body, told[-1].end(), v1))
            there = [k for k, w in enumerate(self.toks) if v0 <= w.start < pos and w.particle.startswith("에서")
                     and w.stem not in NOT_PLACES and not kind_of(w.stem) and not DATE.match(w.stem)]
            held = [e for e in self.events if e.offset < pos and e.location and e.start_date == d0]
            place = self.place_words(there[-1], v0) if there else held[-1].location if held else None
            ev = same[0] if same else Event(stem, "ceremony", t.start)
            ev.location, ev.date_text, ev.start_date, ev.end_date = place, days[-1].group("text").strip(), d0, d1
            if not same:
                self.events.append(ev)

    def named_then_held(self) -> None:
        """'가람대 제9대 학장 선거가 열흘 앞으로 다가왔다. … 다음 달 2일 … 투표소 4곳에서 학장 선거를 치른다': an event
        named with no day, its last words told again in a following sentence as what is held there on a day (a
        holding verb right after), takes that sentence's day and place."""
        for e in self.events:
            if e.date_text is not None or self.in_double_quotes(e.offset):
                continue
            t = self.retelling(e.name, sentence_bounds(self.body, e.offset)[1])
            if t is None:
                continue
            loc = e.location
            if e.kind == "election" and loc == _district_in_name(e.name) or loc and loc == _place_in_name(e.name):
                e.location = None  # the polling places given beat the district or the place its name leads with
            t0, t1 = sentence_bounds(self.body, t.start)
            self.fill_from_back_reference(e, t, t1)
            if e.location is None and VERBAL_EVENT.search(t.text):
                e.location = self.place_before(t0, t.start)  # '전날 솔빛시에서 … 회담했다'
            e.location = e.location or loc

    def talks_told_by_verb(self) -> None:
        """'12일 가람국 수도로 옮겨 가람국 외교장관과 회담한다': talks told only by the verb, on a single day of their
        sentence's own, with the side met written before '과/와', are a meeting of that day, unless the article has
        talks on that day already (the verb then tells them again)."""
        for k, t in enumerate(self.toks):
            noun = next((w for w in TALKS_VERB_NOUNS if t.text.startswith(w) and VERBAL_EVENT.match(t.text, len(w))), None)
            if noun is None or k == 0 or self.in_double_quotes(t.start):
                continue
            side = self.toks[k - 1]
            s0 = sentence_bounds(self.body, t.start)[0]
            if side.sep or side.particle not in TALKS_VERB_SIDES or side.start < s0 or len(side.stem) < 2:
                continue
            dm = self.date_near(t.start, t.start + len(noun))
            if dm is None or not names_a_day(dm) or dm.group("clock") or dm.end() > side.start or dm.start() < s0 \
                    or SPAN_AFTER_DAY.search(self.body, dm.start(), dm.end() + 3) or self.quote_of(dm.start()):
                continue
            day = resolve(dm, self.ctx.published, told_past(self.body, t.start, t.end))[0]
            if day is None or any(e.kind in ("meeting", "summit") and e.start_date is not None
                                  and e.start_date <= day <= (e.end_date or e.start_date) for e in self.events):
                continue
            j, first = k - 2, side
            while j >= 0 and k - 1 - j < TALKS_VERB_SIDE_WORDS and self.toks[j].start > dm.end() \
                    and not self.toks[j].sep and self.name_word(self.toks[j]) and not DATE.fullmatch(self.toks[j].text):
                first, j = self.toks[j], j - 1
            self.add(self.body[first.start:t.start + len(noun)], "meeting", first.start, t.start + len(noun))

    def retelling(self, name: str, s1: int) -> Tok | None:
        """In the sentences after the one ending at s1, the object of a holding verb that tells the event named again:
        by its last two words ('… 학장 선거가 다가왔다. … 학장 선거를 치른다'), or, on a day its sentence names, by the
        event word its last word ends with ('쟁의행위 찬반투표를 가결했다. … 지난 6일부터 이틀간 … 투표를 진행한
        결과', `retold_verbs`)."""
        words = name.split()
        tail = " ".join(words[-2:]) if len(words) >= 2 else None
        heads = {k for k in KIND_ENDINGS.all(words[-1]) if k != words[-1]} if tail else set()  # '보궐선거' → '선거'
        n1 = s1
        for _ in range(TOLD_AGAIN_SENTENCES):
            if n1 >= len(self.body):
                break
            n1 = sentence_bounds(self.body, n1 + 1)[1]
        for k, t in enumerate(self.toks):
            if not (s1 <= t.start < n1) or k == 0 or self.in_double_quotes(t.start):
                continue
            if self.subject_retold(words[-1], t):
                return t
            if t.particle not in ("을", "를") or k + 1 >= len(self.toks):
                continue
            after = self.toks[k + 1].text
            if f"{self.toks[k - 1].text} {t.stem}" == tail and after.startswith(HOLDING + HELD_THERE):
                return t
            if t.stem in heads and after.startswith(HOLDING + HELD_THERE + RETOLD_VERBS) \
                    and (dm := self.date_near(t.start, t.end)) is not None and names_a_day(dm) \
                    and not dm.group("clock") and s1 <= dm.start():
                return t
        for t in self.toks:
            if s1 <= t.start < n1 and not self.in_double_quotes(t.start) and self.done_as_verb(t, {words[-1]} | heads):
                return t
        return self.retold_by_part_later(name, n1)

    def retold_by_part_later(self, name: str, n1: int) -> Tok | None:
        """'… 이사장 선거가 양자 대결로 치러진다. … (후보들의 말) … 투표는 오는 25일 … 투표소 3곳에서 진행된다': an
        election is told again by its vote (`retold_by_part`) anywhere after, when the article names no other of its kind."""
        last = name.split()[-1]
        if not any(last.endswith(whole) for whole in RETOLD_BY_PART) \
                or any(e.name != name and (e.name.split()[-1].endswith(last) or last.endswith(e.name.split()[-1]))
                       for e in self.events):
            return None
        parts = next(p for whole, p in RETOLD_BY_PART.items() if last.endswith(whole))
        for t in self.toks:
            if t.start < n1 or t.stem not in parts or t.particle not in SUBJECT_PARTICLES \
                    or sentence_bounds(self.body, t.start)[0] != t.start or self.in_double_quotes(t.start):
                continue
            t1 = sentence_bounds(self.body, t.start)[1]
            if not SITTING_HELD_AT_END.search(self.body, t.end, t1 + 1):
                continue  # '투표는 … 투표소 3곳에서 진행된다': the vote held, the verb closing its sentence
            dm = self.date_near(t.start, t.end)
            if dm is not None and names_a_day(dm) and not dm.group("clock") and dm.start() >= t.end:
                return t
        return None

    def place_before(self, s0: int, pos: int) -> str | None:
        """The last '…에서' place phrase between s0 and pos that is no event and no word of `not_places`."""
        places = [k for k, t in enumerate(self.toks) if s0 <= t.start < pos and t.particle.startswith("에서")
                  and t.stem not in NOT_PLACES and not kind_of(t.stem) and not self.in_double_quotes(t.start)]
        return self.place_words(places[-1], s0) if places else None

    def done_as_verb(self, t: Tok, nouns: set[str]) -> bool:
        """'두 나라가 국방장관 회담을 열었다. 장관은 전날 솔빛시에서 … 회담했다': the event's word made a verb with
        '하다' (`verbal_event_endings`), on a day its sentence names, tells the event again."""
        word = next((w for w in nouns if t.text.startswith(w) and VERBAL_EVENT.match(t.text, len(w))), None)
        if word is None:
            return False
        dm = self.date_near(t.start, t.start + len(word))
        return dm is not None and names_a_day(dm) and not dm.group("clock") and dm.end() <= t.start

    def held_or_ongoing_before(self, start: int) -> bool:
        """'… 점포에서 진행 중인 겨울 세일의 매출': a verb of holding or going on modifies the name right before it."""
        return self.body[max(0, start - 10):start].endswith(HELD_BY_MODIFIER)

    def modified_only(self, a: int, b: int) -> bool:
        """'11일 정오부터 배달 기사와 정비공 250여 명이 동참하는 파업에 들어갔다': the words between a day and the name make one
        clause modifying the name (every verb in them a modifier, the last right before the name, no comma), so the
        day is the name's own, however far."""
        between = self.body[a:b]
        if "," in between or "\n" in between:
            return False
        verbs = morph.predicate_words(self.body, a, b)
        return bool(verbs) and all(tag == "ETM" for _, _, tag in verbs) and not self.body[verbs[-1][1]:b].strip()

    def next_held(self, t: Tok, stem: str) -> bool:
        """'다음 GV는 오는 15일 … 상영 직후 열리며': the subject of a verb of holding (`sitting_held_verbs`) on a day its
        sentence names after it."""
        end = t.start + len(stem)
        if t.particle not in SUBJECT_PARTICLES or not SITTING_HELD.match(self.body, end):
            return False
        dm = self.date_near(t.start, end)
        return dm is not None and names_a_day(dm) and dm.start() >= end

    def noun_held(self, i: int) -> bool:
        """'올해 첫 수매가 5일 … 농협 창고에서 열렸다': a noun no table knows, its name opening the sentence as the
        subject of '열리다' ending it (`noun_held_verbs`), with a day and a place after it, names the happening held;
        not a body ('위원회가'), nor what opens rather than is held (`opened_not_held`: '하늘길이 열렸다')."""
        toks = self.toks
        t = toks[i]
        stem = t.stem
        if t.sep or t.particle not in SUBJECT_PARTICLES or len(stem) < 2 or not HANGUL_WORD.match(stem) \
                or stem in STOP_WORDS or stem.endswith(BODY_ENDINGS + OPENED_NOT_HELD):
            return False
        end = t.start + len(stem)
        s0, _ = sentence_bounds(self.body, t.start)
        if not NOUN_HELD.match(self.body, end) \
                or any(w.sep or w.particle or not (_name_word(w) or w.text in ORDINALS) for w in toks[:i] if w.start >= s0):
            return False  # the subject's words open the sentence, no other phrase before them
        dm = self.date_near(t.start, end)
        return dm is not None and names_a_day(dm) and not year_only(dm) and dm.start() >= end \
            and self.location(t.start, end)[0] is not None

    def placed_next_to(self, start: int, end: int) -> bool:
        """A '…에서' phrase next to the name from start to end says where it is held, not one found loosely further off."""
        place, loose = self.location(start, end)
        return place is not None and not loose

    def held_before_name(self, i: int) -> bool:
        """'지난 10일 대구 수성구에서 열린 2031 전국 공예 인정식에서': the word at i ends a name whose words follow a
        verb saying it is held ('열린', `held_modifiers`), at a place, on a day its sentence names before it."""
        toks = self.toks
        j = i - 1
        while j >= 0 and i - j < MAX_NAME_WORDS and not toks[j].sep and not toks[j].particle \
                and toks[j].text not in HELD_MODIFIERS and (_name_word(toks[j]) or YEAR_HEAD.fullmatch(toks[j].text)):
            j -= 1
        if j < 1 or j == i - 1 or toks[j].sep or toks[j].text not in HELD_MODIFIERS:
            return False  # right after the verb, the bare word is left to `held_here`
        t = toks[i]
        dm = self.date_near(t.start, t.start + len(t.stem))
        if dm is None or not names_a_day(dm) or year_only(dm) or dm.group("clock") or dm.end() > toks[j].start:
            return False
        return self.location(toks[j + 1].start, t.start + len(t.stem))[0] is not None

    def gathering_held(self, t: Tok, stem: str) -> bool:
        """'… 사업 경과 보고회도 연다. 보고회는 다음 달 23일 … 수련관에서 열린다': a gathering word no table knows, opening its sentence
        as the subject of a verb of holding (`sitting_held_verbs`), on a day its sentence names and at a place; a body
        ('위원회는', `body_endings`) sits, it is no gathering."""
        end = t.start + len(stem)
        if t.particle not in SUBJECT_PARTICLES or stem.endswith(BODY_ENDINGS) \
                or sentence_bounds(self.body, t.start)[0] != t.start or not SITTING_HELD.match(self.body, end):
            return False
        dm = self.date_near(t.start, end)
        return dm is not None and names_a_day(dm) and dm.start() >= end and self.location(t.start, end)[0] is not None

    def subject_retold(self, last: str, t: Tok) -> bool:
        """'공동 안전점검은 장마 전에 한 번 더 한다. 점검은 오는 24일 … 진행된다': a word opening a sentence as its subject,
        the event's last word or its tail of two syllables or more, the sentence holding it (`sitting_held_verbs`) on a day."""
        stem = t.stem
        part = any(last.endswith(whole) and stem in parts for whole, parts in RETOLD_BY_PART.items())
        if t.particle not in SUBJECT_PARTICLES or len(stem) < 2 or not (last.endswith(stem) or part) \
                or sentence_bounds(self.body, t.start)[0] != t.start \
                or not SITTING_HELD.match(self.body, t.start + len(stem)):
            return False
        dm = self.date_near(t.start, t.end)
        return dm is not None and names_a_day(dm) and not dm.group("clock") and dm.start() >= t.end

    def ceremonies_placed(self) -> None:
        """'솔뫼시립미술관은 6일 … 제2전시실에서 기획전 ‘…’을 개막했다. … 탁이온 씨도 이날 개막식을 찾았다': a bare opening
        (closing) ceremony with no place, on the first (last) day of an event named before it, is held at that event's place."""
        for e in self.events:
            if e.location is not None or e.start_date is None:
                continue
            opening, closing = e.name in OPENING_CEREMONIES, e.name in CLOSING_CEREMONIES
            if not (opening or closing):
                continue
            host = next((o for o in reversed(self.events) if o is not e and o.offset < e.offset and o.location
                         and o.name not in OPENING_CEREMONIES | CLOSING_CEREMONIES
                         and (o.start_date if opening else o.end_date) == e.start_date), None)
            if host is not None:
                e.location = host.location

    def sittings_of_session(self) -> None:
        """'… 오는 22일 개회하는 시의회 임시회에서 … 마치고 29일 본회의에서 의결된다': a sitting with no place,
        after a placed session in its sentence and not before it begins, is held where the session is."""
        for e in self.events:
            if e.location is not None or e.kind not in SITTING_KINDS \
                    or not e.name.replace(" ", "").endswith(SESSION_SITTING_WORDS):
                continue
            s0, _ = sentence_bounds(self.body, e.offset)
            session = next((o for o in reversed(self.events) if o is not e and s0 <= o.offset < e.offset and o.location
                            and o.name.replace(" ", "").endswith(SESSION_WORDS)), None)
            if session is not None and not (session.start_date and e.start_date and e.start_date < session.start_date):
                e.location = session.location

    def lede_told_again(self) -> None:
        """'…창단 15주년을 맞아 연 축하 음악회가 … 끝났다. 6일 저녁 … 소극장에서 열린 ‘창단 15주년 축하 연주회’는': an
        event with no day and no place, and one named in the same or the next sentence with a day or a place, that share
        a word other than an event word: one happening told twice, kept once. A month that resolves to no day ('지난해
        12월 태어난 … 시민 투표가') dates no happening: the lede's event stays undated for this ('올해 축제' keeps its year)."""
        drop = set()
        for e in self.events:
            dated = e.date_text and (e.start_date is not None or _year_only_text(e.date_text))  # '올해' dates a year's
            if dated or self.in_double_quotes(e.offset):
                continue
            s0, s1 = sentence_bounds(self.body, e.offset)
            nxt = s1 + 1 + len(self.body[s1 + 1:]) - len(self.body[s1 + 1:].lstrip())  # the next sentence, past a blank line
            n1 = sentence_bounds(self.body, nxt)[1] if nxt < len(self.body) else s1
            words = {w for w in e.name.split() if len(w) >= 2 and not kind_of(w) and w not in STOP_WORDS}
            if not e.location and any(o is not e and e.offset < o.offset < n1 and (o.date_text or o.location)
                                      and words & {w.strip("‘’'") for w in o.name.split()} for o in self.events):
                drop.add(id(e))
            elif all(o.offset >= e.offset for o in self.events) and any(
                    s1 <= o.offset < n1 and o.date_text and o.kind in KINDRED.get(e.kind, {e.kind})
                    and (not e.location or (o.start_date is not None and o.location and _same_place(e.location, o.location)))
                    for o in self.events):
                drop.add(id(e))  # '… 부임 후 첫 무대에서 … 초연했다. … 9일 … 열린 제31회 정기연주회에서': the lede's, named next
                # ('… 다음 달 포항 일대에서 … 상륙훈련을 벌인다. … ‘…’를 다음 달 10일부터 … 일대에서': placed by the lede
                # with no day, and named next with a day and a place)
        self.events = [e for e in self.events if id(e) not in drop]

    def hall_of(self, i: int) -> bool:
        """'대한상공회의소 국제회의장에서': a hall named after a building's name is where something is held, not
        someone at the event its word names ('기자회견장에 섰다')."""
        prev = self.toks[i - 1] if i > 0 else None
        return prev is not None and not prev.sep and not prev.particle and prev.end + 1 == self.toks[i].start \
            and prev.text not in STOP_WORDS and _place_word(prev)

    def places_counted(self, pos: int) -> bool:
        """A count of places in the clause right before pos ('전국 17곳에서 투자설명회를'): held many times."""
        line_start = max(self.body.rfind("\n", 0, pos), self.body.rfind(",", 0, pos), self.body.rfind(".", 0, pos)) + 1
        return SEVERAL_PLACES.search(self.body[line_start:pos]) is not None

    def spaced_compound(self, i: int, stem: str) -> tuple[str, str] | None:
        """('합동 감식', kind): the word before i and the stem at i, written apart, are together an event word."""
        prev = self.toks[i - 1]
        if prev.sep or prev.particle or not HANGUL_WORD.match(prev.text) or not HANGUL_WORD.match(stem):
            return None
        key = KIND_ENDINGS.longest(prev.text + stem)
        return (f"{prev.text} {stem}", KINDS[key]) if key == prev.text + stem else None

    def dated_by_day(self, t: Tok, stem: str) -> bool:
        """The sentence gives the event word at t a day ('지난 10일 … 상인 간담회를 가졌다')."""
        dm = self.date_near(t.start, t.start + len(stem))
        return dm is not None and names_a_day(dm)

    def numbered_held(self, t: Tok, end: int) -> bool:
        """'25일 교내 대강당에서 치러진 1차 투표': a bare event word named by its number in a series, on a day
        and at a place, is one happening; so is one on a day after another of its word was told ('10일 파업에
        들어갔다. … 오는 24일 2차 파업에 나선다': the next of the series)."""
        dm = self.date_near(t.start, end)
        if dm is None or not names_a_day(dm):
            return False
        word = self.body[t.start:end]
        return self.location(t.start, end)[0] is not None \
            or any(e.offset < t.start and e.name.replace(" ", "").endswith(word) for e in self.events)

    def editions_held(self) -> None:
        """'이탈리아에서 열린 제9회 밀라노 국제 피아노 콩쿠르에서': a name headed by its edition number ('제9회', '제69기') right
        after a verb saying it is held names an event, whatever its last word; a competition when its sentence speaks of
        ranks or winning. (A name ending in a known event word is found by the event words.)"""
        toks = self.toks
        for i, t in enumerate(toks):
            if t.sep or not EDITION_WORD.fullmatch(t.text) or i == 0 or toks[i - 1].text not in HELD_MODIFIERS:
                continue
            if self.competition_of_final(i):
                continue
            j = i + 1
            while j < len(toks) and j - i < MAX_NAME_WORDS and not toks[j].sep and not toks[j].particle:
                j += 1
            if j >= len(toks) or toks[j].sep or not toks[j].particle or j == i or kind_of(toks[j].stem) \
                    or not HANGUL_WORD.match(toks[j].stem) and not toks[j].stem.isalnum():
                continue
            end = toks[j].start + len(toks[j].stem)
            s0, s1 = sentence_bounds(self.body, t.start)
            kind = "competition" if RANKING_CONTEXT.search(self.body, s0, s1) else "event"
            self.add(self.body[t.start:end], kind, t.start, end)

    def competition_of_final(self, i: int) -> bool:
        """'10일 … 실내수영장에서 열린 제31회 도민체전 수영 남자 일반부 자유형 400m 결승에서', '… 열린 제4회 … 물너울배 바둑오픈 결승
        3번기 최종국에서': the words from i, right after a verb saying it is held, up to a game word name the game the
        results sentence reports, held on its day and at its place, with its competition (up to the last competition
        word) and division; one row, as most gold writes it. The competition is a row of its own only when the article
        says when it opened ('이번 대회는 지난 20일 … 개막해'); until then it waits in `by_game`. True when so."""
        toks = self.toks

        def competition_word(t: Tok) -> bool:
            return (hit := kind_of(t.stem)) is not None and hit[1] == "competition"

        def bare(t: Tok) -> bool:
            return not t.sep and (not t.particle or t.particle == "도" and HANGUL_WORD.match(t.text) is not None)  # '태권도'

        g = i
        while g < len(toks) and g - i <= MAX_NAME_WORDS + GAME_WORDS_REACH and bare(toks[g]):
            g += 1
        if g >= len(toks) or toks[g].sep:
            return False
        stem = toks[g].stem
        game = kind_of(stem)
        if not (game and game[1] == "match" and stem.endswith(game[0]) or BOARD_GAME_WORD.fullmatch(stem)):
            return False
        k = next((k for k in range(g - 1, i - 1, -1) if competition_word(toks[k])), None)  # the last, '… 월드컵 2차 대회'
        if k is None or k - i > MAX_NAME_WORDS + 2 or g - k > GAME_WORDS_REACH:
            return False
        if (dm := self.date_near(toks[g].start, toks[g].end)) is None or not names_a_day(dm) or year_only(dm):
            return False  # '지난해 열린 도민체전 수영 결승에서 우승한 바 있다': a past one spoken of, no result reported
        end = toks[g].start + len(stem)
        self.add(self.body[toks[i].start:end], "match", toks[i].start, end)
        n = len(self.events)
        self.add(self.body[toks[i].start:toks[k].end], "competition", toks[i].start, toks[k].end)
        if len(self.events) > n:
            self.by_game.add(id(self.events[-1]))
        self.within_name.update(t.start for t in toks[i:g + 1])
        return True

    def called_up(self) -> None:
        """'대표팀은 다음 달 2일 …트레이닝센터에 소집된다': a squad called up to a place on a day, its camp
        opening there, is the happening '소집', placed at the place before '에'."""
        for m in CALLED_UP.finditer(self.body):
            k = self.token_index(m.start() - 1)
            verb = m.start() + m.group().index("소집")
            dm = self.date_near(verb, verb + 2)
            if dm is None or not names_a_day(dm) or dm.group("mo") or self.quote_of(m.start()) is not None:
                continue
            s0 = sentence_bounds(self.body, m.start())[0]
            self.add("소집", "other", verb, verb + 2, location=self.place_words(k, s0))

    def agreements_signed(self) -> None:
        """'지난 6일에는 너울벌 신항 물류단지 조성 협약을 맺었다': an agreement signed on a day, named by the words before its
        word or by a clause of its content ('…공동 운영을 담은 협정에 서명했다'), is the happening of its signing; undated, or
        with nothing saying which agreement, it is none."""
        toks = self.toks
        for i, t in enumerate(toks):
            stem = _GLOSS_END.sub("", t.stem)
            if t.sep or not stem.endswith(AGREEMENT_WORDS) or not SIGNED.match(self.body, t.start + len(stem)):
                continue
            if kind_of(stem) or any(e.offset <= t.start < e.offset + len(e.name) for e in self.events):
                continue  # '업무협약을 맺고': the event words find it
            dm = self.date_near(t.start, t.start + len(stem))
            if dm is None or not names_a_day(dm) or dm.group("mo") \
                    or dm.end() <= t.start and VAGUE_TIME.search(self.body, dm.end(), t.start):
                continue  # '12일 업계에 따르면 … 최근 … 비밀유지협약을 맺고': the report's day, the signing's vague
            words, j = [], i - 1
            while j >= 0 and len(words) < MAX_NAME_WORDS and (self.name_word(toks[j]) or self.noun_like_ending(toks[j])) \
                    and toks[j].text not in BACK_REFERENCES:
                words.insert(0, toks[j])
                j -= 1
            if not (words or stem not in AGREEMENT_WORDS or i > 0 and toks[i - 1].text in AGREEMENT_CONTENT):
                continue  # '…공동 운영을 담은 협정에 서명했다': a clause of its content says which agreement
            start = words[0].start if words else t.start
            place = self.location(start, t.start + len(stem))[0] \
                or self.place_before(sentence_bounds(self.body, t.start)[0], start)  # '이날 솔빛시청에서 … 서명했다'
            self.add(" ".join([w.text for w in words] + [stem]), "ceremony", start, t.start + len(stem), location=place)

    def tributes_paid(self) -> None:
        """'오는 28일에는 4·19민주묘지를 참배할 예정이다': the memorial a verb of tribute takes as its object, on a day its
        sentence names, is the happening '… 참배' held there; undated, it is none."""
        for m in TRIBUTE_VERB.finditer(self.body):
            k = self.token_index(m.start() - 1)
            if k < 0 or self.toks[k].particle not in ("을", "를") or self.toks[k].end != m.start() + len(self.toks[k].particle):
                continue
            place = self.place_words(k, sentence_bounds(self.body, m.start())[0])
            if not place or self.quote_of(m.start()) is not None:
                continue
            start = self.body.rfind(place.split()[0], 0, m.start())
            if (day_mark := re.search(r"(?<![\d])\d{1,2}[·ㆍ]$", self.body[max(0, start - 3):start])) is not None:
                start -= len(day_mark.group())  # '4·19민주묘지': a memorial named by a month·day
                place = self.body[start:m.start()]
            dm = self.date_near(start, m.start())
            if dm is None or not names_a_day(dm) or any(e.offset == start for e in self.events):
                continue
            self.add(f"{place} 참배", "other", start, m.start(), location=place)

    def raids_made(self) -> None:
        """'지난 28일 … 본사와 주거지 등 7곳을 압수수색했다': a search told by its verb, on a day its clause names, is the
        raid, held at the first place its object lists; undated it is none."""
        for m in RAID_TOLD.finditer(self.body):
            if self.in_double_quotes(m.start()) or self.quote_of(m.start()) is not None:
                continue
            dm = self.date_near(m.start(), m.end())
            if dm is None or dm.end() > m.start() or not names_a_day(dm):
                continue
            k = next((k for k, t in enumerate(self.toks) if dm.end() <= t.start < m.start() and not t.sep
                      and t.particle in RAID_OBJECT_PARTICLES), None)
            place = " ".join(self.place_run(k - 1, dm.end(), [self.toks[k].stem])) if k is not None else None
            self.add(RAID_NAME, "other", m.start(), m.start() + len(RAID_NAME), location=place)

    def plenaries_placed(self) -> None:
        """'개정안은 … 오는 26일 본회의에 상정될 예정이다': a plenary no rule placed, in an article naming the National
        Assembly and no council, sits at the Assembly."""
        if not re.search(rf"(?<![가-힣]){NATIONAL_HOUSE}", self.body) or COUNCIL_ENDING in self.body:
            return
        for ev in self.events:
            if ev.location is None and ev.name.replace(" ", "").endswith(PLENARY_WORDS):
                ev.location = NATIONAL_HOUSE

    def strikes_placed(self) -> None:
        """'대전 서구 한결병원 간호사 600여 명이 … 전면 파업에 들어갔다': a strike no phrase places is held at the workplace
        its strikers are named by, in its own sentence or else in the article's first."""
        for ev in self.events:
            if ev.location or not ev.name.replace(" ", "").endswith(STRIKE_WORDS):
                continue
            for s0, s1 in (sentence_bounds(self.body, ev.offset), sentence_bounds(self.body, 0)):
                m = next((m for m in STRIKERS.finditer(self.body, s0, s1) if not self.in_double_quotes(m.start())), None)
                if m is not None:
                    k = self.token_index(m.start("place"))
                    ev.location = " ".join(self.place_run(k - 1, s0, [m.group("place")]))
                    break

    def games_named_by_number(self) -> None:
        """'포항과 32라운드를 치른다', '주말 3연전 마지막 경기를 치른다': games named by their round or place in
        a series, found after the others so that '같은 장소에서' finds the place of the game named before."""
        described = [(m.start(), m.end()) for m in MATCH_DESCRIBED.finditer(self.body)]
        for m in [*ROUND_PLAYED.finditer(self.body), *SERIES_GAME.finditer(self.body)]:
            if not any(a <= m.start() < b for a, b in described):  # '열린 두산과 롯데의 주중 2연전 첫 경기': named so
                self.add(" ".join(m.group().split()), "match", m.start(), m.end())
        patterns = GAMES_PLAYED + ([BOARD_GAME_BARE] if BOARD_SERIES in self.body else [])
        for m in (m for pattern in patterns for m in pattern.finditer(self.body)):
            if any(e.offset <= m.start() < e.offset + len(e.name) for e in self.events):
                continue  # '제41기 명인전 도전3번기 제1국': a part of a name found already
            dm = self.date_near(m.start(), m.end())
            if dm is not None and names_a_day(dm) and not any(a <= m.start() < b for a, b in described):
                self.add(" ".join(m.group().split()), "match", m.start(), m.end())

    def start_place(self, pos: int) -> str | None:
        """'25일 강원 춘천 공지천 공원을 출발해 … 도는 … 마라톤': a race is placed where its sentence says it starts."""
        s0, s1 = sentence_bounds(self.body, pos)
        for k, t in enumerate(self.toks[:-1]):
            if s0 <= t.start < s1 and t.particle in ("을", "를", "에서") and self.toks[k + 1].text.startswith(START_VERBS) \
                    and t.stem not in NOT_PLACES and not kind_of(t.stem) and not self.in_double_quotes(t.start):
                return self.place_words(k, s0)
        return None

    def division_of(self, nxt: Tok, t: Tok) -> bool:
        """'25일 … 2026 춘천국제마라톤 남자부 풀코스에서': the next word is a division of the competition at t,
        in a sentence that gives a day; so is its round ('… 오픈 최종 4라운드에서')."""
        k = self.toks.index(nxt)
        after = self.toks[k + 1] if k + 1 < len(self.toks) else None
        is_round = nxt.stem.endswith(ROUND_WORDS) or nxt.text in ROUND_OPENERS and after is not None \
            and not after.sep and after.stem.endswith(ROUND_WORDS)
        if not (nxt.stem.endswith(DIVISIONS) or nxt.stem in DIVISION_WORDS or is_round):
            return False
        dm = self.date_near(t.start, t.end)
        return dm is not None and not year_only(dm) and not dm.group("clock") and not dm.group("mo")

    def held_only(self, i: int) -> tuple[str, str] | None:
        """The word at i ends with a word naming a body and its gathering alike (`held_only_words`), and a verb of
        holding modifies it, only name words between: '… 열리는 국제소자학회에서', not '대한지리학회 회장을 지냈다'."""
        t = self.toks[i]
        word = next((w for w in HELD_ONLY_WORDS if t.bare.endswith(w)), None) if t.bare.endswith(HELD_ONLY_ENDINGS) else None
        if word is None or t.in_quote or not t.particle:
            return None  # '열리는 …학회(ASCO) 연례 학술대회에서': a bare society word names the gathering after it
        for k in range(i - 1, max(-1, i - MAX_NAME_WORDS), -1):
            before = self.toks[k]
            if before.sep:
                return None
            if before.text in HELD_MODIFIERS:
                return word, HELD_ONLY_WORDS[word]
            if before.particle or not self.name_word(before):
                return None
        return None

    def held_copula(self, i: int) -> str | None:
        """The event word of '… 열리는 X 준공식이다': a copula after an event word a verb of holding modifies."""
        t = self.toks[i]
        if not t.text.endswith(COPULA_ENDINGS):
            return None  # most words: one test of all the endings at once, asked of every word
        ending = next((c for c in COPULA_ENDINGS if t.text.endswith(c) and len(t.text) > len(c) + 1), None)
        if ending is None or not kind_of(word := t.text[:-len(ending)]):
            return None
        held = any(self.toks[k].text in HELD_MODIFIERS and not self.toks[k].sep for k in range(max(0, i - MAX_NAME_WORDS), i))
        return word if held else None

    def sitting_house(self, j: int) -> bool:
        """The word at j, bare and right before a full session name, is a legislature."""
        return j >= 0 and self.house_word(self.toks[j])

    @staticmethod
    def house_word(t: Tok) -> bool:
        """A bare word naming a legislature ('한별군의회'), not one pointing back ('같은 의회')."""
        return not t.particle and not t.sep and len(t.text) > 2 and t.text.endswith(LEGISLATURE_ENDINGS) \
            and t.text not in BACK_REFERENCES

    @staticmethod
    def ordinal(t: Tok) -> bool:
        """'첫', or a sitting's number ('제2차'): the word between a stage or session and the one held in it."""
        return t.text in ORDINALS or (not t.particle and NUMBERED_SITTING.fullmatch(t.text) is not None)

    def stage_of_next(self, i: int, kind: str) -> bool:
        """The event word at i, bare, is followed by an ordinal and an event word of the same kind
        ('항소심 첫 공판', '파기환송심 첫 변론기일'): the stage of a case the session belongs to."""
        toks = self.toks
        if i + 2 >= len(toks) or toks[i].particle or toks[i].sep or not self.ordinal(toks[i + 1]):
            return False
        here, there = kind_of(toks[i].stem), kind_of(toks[i + 2].stem)
        return bool(there and there[1] == kind and not toks[i + 2].sep
                    and (toks[i].stem in CASE_STAGES or (here and here[1] == kind)))

    def back_reference(self, kind: str, tok: Tok) -> None:
        """'이번 포럼은 오는 14일까지 이어진다': a later sentence about an event already named."""
        target = next((e for e in self.events if e.kind == kind), None)
        if target is None and kind == "event" and self.events:
            target = self.events[0]
        if target is None:
            return
        s0, s1 = sentence_bounds(self.body, tok.start)
        sentence = self.body[s0:s1]
        if target.kind == kind and target.offset < s0:
            self.fill_from_back_reference(target, tok, s1)
            self.opened_on(kind, self.token_index(tok.start))  # '지난 9일 개막한 올해 음악제에는': the day it opened
        for m in DATE.finditer(self.body, s0, s1):
            if m.group("until") and target.end_date == target.start_date:
                _, end = resolve(m, self.ctx.published)
                if end and (target.start_date is None or end > target.start_date):
                    target.end_date = end
                    target.date_text = f"{target.date_text} ~ {m.group('text').strip()}" if target.date_text else m.group("text").strip()
        part = PART_OF.search(sentence)
        if part:
            parent = self.named(part.group("parent"))
            if parent is not None and parent is not target:
                target.parent = parent.name

    def fill_from_back_reference(self, target: Event, tok: Tok, s1: int) -> None:
        """'…설명회를 연다고 밝혔다. 이번 설명회는 오는 20일 시청 대회의실에서 열린다': a sentence about an event named
        before, without its day or place, gives them."""
        if id(target) in self.by_game \
                and (OPENED.search(self.body, tok.end, s1) or OPENED_BEFORE.search(self.body, max(0, tok.start - 12), tok.start)) \
                and (dm := self.date_near(tok.start, tok.end)) is not None and names_a_day(dm):
            # '이번 대회는 지난 20일 … 개막해', '지난 2일 개막한 이번 대회는'
            target.date_text = target.start_date = target.end_date = target.location = None
            self.by_game.discard(id(target))
        if target.date_text is None or _year_only_text(target.date_text) or target.start_date is None:
            # ('… 다음 달 ‘…’를 연다. 행사는 다음 달 2일이다': a month or a week gives way to the day)
            dm = self.date_near(tok.start, tok.end)
            if dm is not None and names_a_day(dm):
                own = self.quote_of(tok.start)
                past = told_past(self.body, tok.end, min(s1, own[1]) if own else s1)
                d0, d1 = resolve(dm, self.ctx.published, past)
                if (day := self.narrative_day(dm, past)) is not None:
                    d0 = d1 = day
                target.date_text, target.start_date, target.end_date = dm.group("text").strip(), d0, d1
        if target.location is None:
            target.location = self.location(tok.start, tok.end)[0] or self.place_of_own_word(target.kind, tok, s1)
        elif target.kind == "election" and target.location in (_district_in_name(target.name),
                                                                self.region_in_name(target.name, target.offset)):
            # '이번 보궐선거는 … 7개 투표소에서 투표가 진행된다': the polling places given beat the district of its name
            # (or the city it leads with: '경북 솔뫼 …농협 조합장 선거가 … 투표는 … 투표소 3곳에서 진행된다')
            target.location = self.place_of_own_word(target.kind, tok, s1) or self.location(tok.start, tok.end)[0] \
                or target.location

    def place_of_own_word(self, kind: str, tok: Tok, s1: int) -> str | None:
        """'이번 보궐선거는 … 7개 투표소에서 투표가 진행된다': later in the sentence, a '…에서' phrase right before a bare
        word of the same kind (the event's own business) places the event."""
        i = self.token_index(tok.end)
        for k in range(i, len(self.toks) - 1):
            t, nxt = self.toks[k], self.toks[k + 1]
            if t.start >= s1 or nxt.start >= s1:
                break
            if t.particle.startswith("에서") and not t.sep and (hit := kind_of(nxt.stem)) and hit[1] == kind \
                    and t.stem not in NOT_PLACES and not kind_of(t.stem) and not self.in_double_quotes(t.start):
                return self.place_words(k, tok.end)
        return None

    def named(self, text: str) -> Event | None:
        key = text.replace(" ", "")
        for e in self.events:
            n = e.name.replace(" ", "")
            if n and (n in key or key in n):
                return e
        return None

    def from_lede(self) -> None:
        """'… 오는 24일부터 30일까지 미국을 국빈 방문합니다. 대통령 국빈 방미는 …': a sentence that says
        when or where something happens, with an event word of the same kind as its verb ('방문합니다',
        '개최했다') or an idiom for the event ('…에서 웨딩마치를 울렸다' for a 결혼식), and names no
        event; a sentence soon after (no other event between) names the event without a date or
        place: the earlier one gives them."""
        for e in self.events:
            if (e.date_text is not None and e.location is not None) or self.in_double_quotes(e.offset):
                continue
            p0, _ = sentence_bounds(self.body, e.offset)
            if (e.date_text is None or _year_only_text(e.date_text)) and (scene := self.scene_before(p0)) is not None:
                dm, place = scene
                e.date_text = dm.group("text").strip()
                e.start_date, e.end_date = resolve(dm, self.ctx.published, True)
                e.location = e.location or place
                continue
            for _ in range(LEDE_SENTENCES):
                p1 = len(self.body[:p0].rstrip())
                if p1 == 0:
                    break
                p0, p1 = sentence_bounds(self.body, p1 - 1)
                if any(p0 <= o.offset < p1 for o in self.events) or self.does(e, self.body[p0:p1]):
                    break
            if p1 == 0 or any(p0 <= o.offset < p1 for o in self.events) or not self.does(e, self.body[p0:p1]):
                continue
            found = [m for m in DATE.finditer(self.body, p0, p1) if not m.group("clock") and self.quote_of(m.start()) is None]
            if e.date_text is None and found:
                past = told_past(self.body, found[0].end(), p1)
                e.date_text = found[0].group("text").strip()
                e.start_date, e.end_date = resolve(found[0], self.ctx.published, past)
            if e.location is None:
                places = [k for k, t in enumerate(self.toks) if p0 <= t.start < p1 and t.particle.startswith("에서")
                          and t.stem not in NOT_PLACES and not kind_of(t.stem) and not self.in_double_quotes(t.start)]
                if places:
                    e.location = self.place_words(places[-1], p0)

    def followed_on(self) -> None:
        """'3일 오전 … 공단을 찾아 … 살폈다. 이어 … 간담회를 가졌다': an undated event of a sentence opening with a
        word of sequence (`sequence_openers`) is held on the day the sentence right before names (its first day, outside
        quotations), in the same paragraph."""
        for e in self.events:
            if e.date_text is not None or self.in_double_quotes(e.offset):
                continue
            s0, _ = sentence_bounds(self.body, e.offset)
            first = self.body[s0:e.offset].split(maxsplit=1)
            if not first or first[0].rstrip(",") not in SEQUENCE_OPENERS:
                continue
            p1 = len(self.body[:s0].rstrip())
            if p1 == 0 or "\n" in self.body[p1:s0]:
                continue
            p0, p1 = sentence_bounds(self.body, p1 - 1)
            day = next((m for m in DATE.finditer(self.body, p0, p1) if names_a_day(m) and not m.group("clock")
                        and self.quote_of(m.start()) is None), None)
            if day is not None:
                e.date_text = day.group("text").strip()
                e.start_date, e.end_date = resolve(day, self.ctx.published, told_past(self.body, day.end(), p1))

    def scene_before(self, s0: int) -> tuple[re.Match, str] | None:
        """'지난 8일 서울 종로구 누리아트홀 소극장. … 처음 연 독주회 ‘…’이었다': a sentence of a day and a place's words
        only, no verb, up to `lede_sentences` back in the paragraph with no date or event between, sets the scene of
        the event named next: (its day, its place)."""
        for _ in range(LEDE_SENTENCES):
            p1 = len(self.body[:s0].rstrip())
            if p1 == 0 or self.body[p1 - 1] != ".":
                return None
            p0, p1 = sentence_bounds(self.body, p1 - 1)
            text = self.body[p0:p1]
            dm = DATE.match(text.strip())
            if dm is not None:
                break
            if DATE.search(text) or any(p0 <= e.offset < p1 for e in self.events):
                return None
            s0 = p0
        else:
            return None
        if not names_a_day(dm) or dm.group("clock"):
            return None
        at = p0 + len(text) - len(text.lstrip()) + dm.end()
        words = [t for t in self.toks if at <= t.start < p1 and not (t.sep and t.text == ".")]
        if not 1 <= len(words) <= SCENE_MAX_WORDS or not all(self.place_word(t) and not t.particle for t in words) \
                or any(morph.is_inflected(self.body, t.start, t.end) for t in words):
            return None
        return dm, " ".join(t.text for t in words)

    def scheduled(self, start: int) -> bool:
        """The clause right before the name, from its sentence's date, says when the event is set for ('다음 달 9일로
        예정된 … 국빈 방한을 앞두고'): the date is the event's own, though its sentence speaks of a time before it."""
        dm = self.date_near(start, start)
        return dm is not None and dm.end() <= start and SCHEDULED_BEFORE.fullmatch(self.body, dm.end(), start) is not None

    def told_ahead(self) -> None:
        """'대규모 특별전이 열린다. 박물관은 특별전 ‘…’을 오는 11일부터 … 연다': an event told first without a
        day, a place or a name, whose word the next sentence uses for an event it dates or places, is that one
        told ahead: one row, the named one."""
        drop = []
        for e in self.events:
            if e.date_text is not None or e.location is not None or self.in_double_quotes(e.offset):
                continue
            head = e.name.split()[-1]
            _, s1 = sentence_bounds(self.body, e.offset)
            n0 = s1 + len(self.body[s1:]) - len(self.body[s1:].lstrip(" .!?\n"))
            if n0 >= len(self.body):
                continue
            n1 = sentence_bounds(self.body, n0)[1]
            if head in self.body[n0:n1] and any(n0 <= o.offset < n1 and o is not e and (o.date_text or o.location)
                                                   for o in self.events):
                drop.append(e)
        self.events = [e for e in self.events if all(e is not d for d in drop)]

    def month_told_ahead(self) -> None:
        """'그는 다음 달 첫 개인전을 연다. … 전시 ‘…’은 다음 달 2일부터 20일까지 … 열린다': an event in common words dated
        only by a month, with no place, and a later event of its kind dated by a day of that same month word, are one
        happening: one row, the later one, which names its day."""
        drop = []
        for e in self.events:
            if e.start_date is not None or not e.date_text or e.location is not None \
                    or self.body[max(0, e.offset - 1):e.offset] in QUOTE_OPENERS or self.in_double_quotes(e.offset):
                continue
            month = e.date_text.replace(" ", "")
            if any(o is not e and o.offset > e.offset and o.kind == e.kind and o.start_date is not None
                   and (o.date_text or "").replace(" ", "").startswith(month) for o in self.events):
                drop.append(e)
        self.events = [e for e in self.events if all(e is not d for d in drop)]

    @staticmethod
    def does(e: Event, sentence: str) -> bool:
        """The sentence does the event: an event word of its kind as a verb, or an idiom for it."""
        if any(e.name.endswith(w) and idiom in sentence for idiom, w in IDIOMS.items()):
            return True
        return any(KINDS.get(w[:k]) == e.kind and DOING.match(w, k) for w in sentence.split() for k in range(2, len(w) - 1))

    def attended_only(self, e: Event) -> bool:
        """'서명부 전달식에는 … 통장 9명이 참석했다': an event no rule dated or placed, told only by who attended it and
        named by no quotation, is a scene of the story, no happening it reports."""
        if e.date_text or e.location or self.body[max(0, e.offset - 1):e.offset] in QUOTE_OPENERS:
            return False
        head = e.name.split()[-1]
        at = self.body.find(head, e.offset, sentence_bounds(self.body, e.offset)[1])
        return at >= 0 and ATTENDED_ONLY.match(self.body, at + len(head)) is not None

    def bare_occasion(self, e: Event) -> bool:
        """'시승 행사에 다녀간 시민들은', '"햇차 시음 행사를 두 배로 늘렸다"': an umbrella word ('행사') with what is done at
        it, given no day, no place and no quoted name anywhere in the article, is the occasion of the story spoken
        of, no happening of its own."""
        if e.date_text or e.location or e.name.split()[-1] not in UMBRELLA_WORDS:
            return False
        end = e.offset + len(e.name)
        if HELD.match(self.body, end, end + 12) or BEGUN.match(self.body, end + 2, end + 12) \
                or BEGUN.match(self.body, end + 3, end + 12):
            return False  # '기념 행사가 시작됩니다': told as it happens
        return self.body[max(0, e.offset - 1):e.offset] not in QUOTE_OPENERS and not any(q in e.name for q in QUOTE_OPENERS)

    def programme_item(self, e: Event) -> bool:
        """'… 전어축제를 연다. … 포구 음악회가 마련된다': a concert, a show or a talk with no day, place or quoted name of its
        own, in common words, after a festival, a fair or another event of some days the article named, is an item of
        that programme."""
        if e.date_text or e.location or not (e.kind in PROGRAMME_ITEM_KINDS or e.name.endswith(PROGRAMME_ITEM_WORDS)):
            return False
        if self.body[max(0, e.offset - 1):e.offset] in QUOTE_OPENERS or any(q in e.name for q in QUOTE_OPENERS) \
                or not self.common_words(e.name, e.offset):
            return False
        return any((o.kind in PROGRAMME_HOST_KINDS or self.runs_days(o)) and o.offset < e.offset for o in self.events)

    @staticmethod
    def runs_days(e: Event) -> bool:
        """The event runs over a span of days ('다음 달 19일부터 21일까지 … ‘…’을 운영한다'): a programme, as a festival is."""
        return e.start_date is not None and e.end_date is not None and e.end_date > e.start_date

    def tours_first_stop(self) -> None:
        """'… 다음 달 남미 6개 도시 순회공연을 떠난다. 악단은 다음 달 3일 리마의 한 공연장을 시작으로 … 거쳐 공연한다': a tour
        told with a month alone or no date takes, from the sentence right after, the day and the place of its first stop
        ('…을 시작으로' after a day that names one)."""
        for ev in self.events:
            if ev.start_date is not None or not any(w in ev.name for w in TOUR_NAME_WORDS):
                continue
            n0 = sentence_bounds(self.body, ev.offset)[1]
            while n0 < len(self.body) and self.body[n0] in ".!? \n":
                n0 += 1
            if n0 >= len(self.body):
                continue
            n1 = sentence_bounds(self.body, n0)[1]
            dm = next((d for d in DATE.finditer(self.body, n0, n1) if names_a_day(d) and self.quote_of(d.start()) is None),
                      None)
            if dm is None:
                continue
            k = next((k for k, t in enumerate(self.toks) if dm.end() <= t.start < n1 and t.particle in ("을", "를")
                      and k + 1 < len(self.toks) and self.toks[k + 1].text.startswith(SERIES_START)
                      and t.stem not in NOT_PLACES and t.stem not in STOP_WORDS), None)
            if k is None:
                continue
            d0, d1 = resolve(dm, self.ctx.published)
            if d0 is None:
                continue
            ev.date_text, ev.start_date, ev.end_date = dm.group("text").strip(), d0, d1
            ev.location = ev.location or self.place_words(k, dm.end())

    def next_legs(self) -> None:
        """'서울 공연에 이어 7일에는 광주 … 극장에서 … 공연한다': a performance named by a city and followed
        by '에 이어' is the leg told before; the happening is the next leg, at the '…에서' place after it, on the day the
        rest of the sentence names, when the sentence ends in the verb of the same word; named by the place's first word."""
        for ev in self.events:
            words = ev.name.split()
            if ev.kind not in TOUR_KINDS or len(words) != 2 or not self.body.startswith(ev.name, ev.offset):
                continue
            after = NEXT_LEG_AFTER.match(self.body, ev.offset + len(ev.name))
            if after is None:
                continue
            s1 = sentence_bounds(self.body, ev.offset)[1]
            verb = re.compile(re.escape(words[1]) + NEXT_LEG_VERB.pattern).search(self.body, after.end(), s1)
            day = next((d for d in DATE.finditer(self.body, after.end(), s1) if names_a_day(d) and not d.group("clock")),
                       None)
            if verb is None or day is None:
                continue
            k = next((k for k, t in enumerate(self.toks) if day.end() <= t.start < verb.start()
                      and t.particle.startswith(PLACE_PARTICLE) and t.stem not in NOT_PLACES and not kind_of(t.stem)), None)
            if k is None:
                continue
            place = self.place_words(k, day.end())
            first = self.body.find(place.split()[0], day.end())
            ev.name, ev.offset, ev.location = place.split()[0] + " " + words[1], first, place
            ev.date_text = day.group("text").strip()
            ev.start_date, ev.end_date = resolve(day, self.ctx.published, told_past(self.body, day.end(), s1))

    def place_words(self, k: int, s0: int) -> str:
        """The place a '…에서' or '…으로' word at token k ends: it and up to four place words before it."""
        return " ".join(self.place_run(k - 1, s0, [self.toks[k].stem]))

    def place_run(self, j: int, s0: int, words: list[str]) -> list[str]:
        """`words` with the place words that end at token j put before them (five words in all at most); a list of
        administrative units joined by a middle dot ('읍·면') is one word, and a numbered floor or hall of the venue
        before it is a word of the place ('시청 별관 2층 대회의실')."""
        while j >= 0 and len(words) < 5 and self.toks[j].start >= s0:
            if (units := self.unit_list(j)) is not None:
                words.insert(0, self.body[self.toks[units].start:self.toks[j].end])
                j = units - 1
                continue
            floor = HALL_UNIT.fullmatch(self.toks[j].text) is not None and not self.toks[j].sep and j > 0 \
                and self.toks[j - 1].start >= s0 and self.place_word(self.toks[j - 1])  # '별관 2층 대회의실'
            if (counted := self.venue_count_at(j, s0)) is not None:
                words.insert(0, self.body[self.toks[counted].start:self.toks[j].end])
                j = counted - 1
                continue
            if not (self.place_word(self.toks[j]) or floor):
                break
            words.insert(0, self.toks[j].text)
            j -= 1
        if j >= 1 and self.toks[j].start >= s0 and self.toks[j].text == LIST_CLOSER and COUNTED_PLACES.search(words[-1]):
            listed = self.venues_listed(j - 1, s0)  # '… 강당 등 투표소 3곳': the venues the count sums up
            return listed + [LIST_CLOSER] + words if listed else words
        return words

    def venues_listed(self, j: int, s0: int) -> list[str]:
        """'…농협 본점 2층 강당 등 투표소 3곳에서', '본관과 도서관 등 투표소 5곳에서': the venues a count of places
        sums up after '등', named before it (joined by '과/와' or not), are words of the place; none when no place word
        ends right before '등'."""
        named: list[str] = []
        while j >= 0 and len(named) < MAX_LISTED_VENUE_WORDS and self.toks[j].start >= s0:
            t = self.toks[j]
            joined = named and not t.sep and t.particle in LIST_JOINERS and HANGUL_WORD.match(t.stem) is not None
            floor = named and not t.sep and HALL_UNIT.fullmatch(t.text) is not None  # '본점 2층 강당'
            if not (self.place_word(t) or joined or floor):
                break
            named.insert(0, t.text)
            j -= 1
        return named

    def venue_count_at(self, j: int, s0: int) -> int | None:
        """'전국 85개 시험지구 1천282개 시험장': a count of the venues named after it, ending at token j, is a word of the
        place; the index of its first token ('1천300여 개' is two), or None."""
        t = self.toks[j]
        if t.sep:
            return None
        if VENUE_COUNT.fullmatch(t.text) is not None:
            return j
        if t.text == "개" and j > 0 and self.toks[j - 1].start >= s0 and not self.toks[j - 1].sep \
                and VENUE_COUNT_NUMBER.fullmatch(self.toks[j - 1].text) is not None:
            return j - 1
        return None

    def unit_list(self, j: int) -> int | None:
        """'읍·면', '시·군·구': for a list of administrative units joined by middle dots with no space, ending at token j,
        the index of its first unit; else None."""
        toks = self.toks
        k = j
        while k >= 2 and toks[k].text in ADMIN_UNITS and toks[k - 1].sep and toks[k - 1].text in NAME_DOTS \
                and toks[k - 2].text in ADMIN_UNITS and toks[k - 2].end == toks[k - 1].start == toks[k].start - 1:
            k -= 2
        return k if k < j else None

    def side_part(self, a: int, b: int) -> tuple[re.Match, str | None] | None:
        """The day and place of one side's part of a sentence: its one date naming a day, and its last '…에서'."""
        days = [m for m in DATE.finditer(self.body, a, b) if names_a_day(m) and not m.group("clock") and not self.quote_of(m.start())]
        if len(days) != 1:
            return None
        places = [k for k, t in enumerate(self.toks) if a <= t.start < b and t.particle.startswith("에서")
                  and t.stem not in NOT_PLACES and not kind_of(t.stem)]
        return days[0], (self.place_words(places[-1], a) if places else None)

    def talks_told_twice(self) -> None:
        """'노사 교섭이 9일 새벽 결렬됐다. … 이날 밤 … 본사 회의실에서 마지막 협상을 벌였지만': two rounds of talks on one
        day are one round told in the lede and again in the detail; the first row keeps the place the second gives."""
        kept: list[Event] = []
        for e in self.events:
            first = next((k for k in kept if k.start_date and k.start_date == e.start_date and k.kind == e.kind
                          and k.name.endswith(TALKS_WORDS) and e.name.endswith(TALKS_WORDS)), None)
            if first is None:
                kept.append(e)
            elif first.location is None:
                first.location = e.location
        self.events = kept

    def split_sides(self) -> None:
        """'10일 … A경기장에서 X국과, 14일 … B경기장에서 Y국과 친선경기를 치른다': two sides met on
        two days at two places, sharing one event word, are two happenings, each named by its side."""
        for e in list(self.events):
            s0, s1 = sentence_bounds(self.body, e.offset)
            second = SECOND_SIDE.search(self.body, s0, e.offset)
            firsts = list(FIRST_SIDE.finditer(self.body, s0, second.start())) if second else []
            if not second or len(firsts) != 1 or " " in e.name or self.quote_of(e.offset):
                continue
            first = firsts[0]
            one, two = self.side_part(s0, first.end()), self.side_part(first.end(), second.start())
            if one is None or two is None:
                continue
            past = told_past(self.body, e.offset, s1)
            parts = []
            for (dm, place), side in ((one, first), (two, second)):
                d0, d1 = resolve(dm, self.ctx.published, past)
                if not past and (month := self.month_carried(dm)):
                    d0, d1 = resolve(dm, month.isoformat())  # '다음 달 6일 소집된다. … 10일 …, 14일 …'
                parts.append((f"{side['side']}{side['with']} {e.name}", side.start("side"), place, dm.group("text").strip(), d0, d1))
            e.name, e.offset, e.location, e.date_text, e.start_date, e.end_date = parts[1]
            self.events.append(Event(parts[0][0], e.kind, *parts[0][1:]))
        self.events.sort(key=lambda ev: ev.offset)

    def link_parts(self) -> None:
        """A panel or ceremony in the same sentence as a larger event it took place at; an event with no
        place of its own held at one named before it in its sentence ('‘지스타 2025’에 부스를 내고 … 대회를
        연다') takes that one's place. One held on another day is no part ('오는 3일 … 조정회의에 참석하고 오는 6일 …
        정문 앞에서 출범식을 연다': neither takes the other's place)."""
        for e in self.events:
            if e.location is None and not e.parent:
                s0, _ = sentence_bounds(self.body, e.offset)
                at = [o for o in self.events if o is not e and o.location and s0 <= o.offset < e.offset
                      and self.body.startswith(o.name, o.offset)
                      and AT_EVENT.match(self.body, o.offset + len(o.name))
                      and not (o.start_date and e.start_date and o.start_date != e.start_date)]
                if at:
                    e.location, e.parent = at[-1].location, at[-1].name
        for e in self.events:
            if e.parent or e.kind not in PART_KINDS:
                continue
            s0, s1 = sentence_bounds(self.body, e.offset)
            for other in self.events:
                if other is not e and other.kind not in PART_KINDS and s0 <= other.offset < e.offset \
                        and self.body.find("에서", other.offset, e.offset) != -1 \
                        and not (other.start_date and e.start_date and other.start_date != e.start_date):
                    e.parent = other.name
                    if other.location is None and e.location:
                        other.location = e.location  # '영화제가 … 야외극장에서 개막식을 열고': held there too
                    break


def find(body: str, ctx: Context) -> list[Event]:
    f = Finder(body, ctx)
    f.scan()
    f.split_sides()
    f.talks_told_twice()
    f.from_lede()
    f.followed_on()
    f.told_ahead()
    f.month_told_ahead()
    f.ruling_told()
    f.courts_placed()
    f.bodies_placed()
    f.hosts_placed()
    f.strikes_placed()
    f.plenaries_placed()
    f.link_parts()
    f.act_named_later()
    f.named_then_held()
    f.talks_told_by_verb()
    f.ceremonies_placed()
    f.sittings_of_session()
    f.lede_told_again()
    f.dated_by_lede()
    f.runs_until()
    f.tours_first_stop()
    f.next_legs()
    return [e for e in f.events if not f.bare_occasion(e) and not f.programme_item(e) and id(e) not in f.by_game
            and not f.attended_only(e) and not undated_body(e) and not undated_span(e)]


def undated_body(e: Event) -> bool:
    """'…위원회 소위원회는 심사를 끝냈지만': a standing body named with no day at all is the body that acts, no
    sitting of it."""
    return not e.date_text and e.name.split()[-1].endswith(UNDATED_BODIES)


def undated_span(e: Event) -> bool:
    """'… 캠페인 출정식을 열고 석 달 동안 캠페인을 편다': a run told only by how long it lasts, with no day it starts, is
    the one named before (or no happening); one run from a day ('오는 1일부터 석 달간') stays."""
    return e.start_date is None and any(SPAN_OF_MONTHS.fullmatch(w) for w in e.name.split())
