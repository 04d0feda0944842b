"""English persons: capitalised names with a title, role or organisation the article gives them.

A capitalised run ('Assistant Director of Public Health Anna-Lena Berglund') is split into
title words and a name. The name is a person when the article says so: a title in front, a role
around it ('analyst Tom Reller', 'Jane Doe, a spokeswoman for the ministry'), an age
('Gregory T. Hallam Jr., 48,'), a speech verb next to it, or a common given name. A run ending
in an organisation word ('Silver Pine Records') never is. Later mentions by surname ('Doe said',
'Ms Persson') count for the person already named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from importlib.resources import files

from builder.rules import Context
from builder.rules.model import Mention, Person, count_mentions, record
from builder.rules.tables import alternation, load

LEX = load("en", "person")
TITLE_WORDS = frozenset(LEX["title_words"].split())
ROLES = sorted(LEX["roles"], key=len, reverse=True)
ORG_WORDS = frozenset(LEX["organization_words"].split())
LEGAL_FORMS = frozenset(LEX["legal_forms"].split())
PLACE_PREFIXES = frozenset(LEX["place_prefixes"].split())
NOT_FIRST = frozenset(LEX["not_first_names"].split())
ORGANISATION_ROLES = frozenset(LEX["organisation_roles"].split())


def _dictionary_names() -> dict[str, str]:
    """First names of some 50 countries and their gender ('m', 'f' or '?' for either or mostly one), from the
    dictionary gender-guesser ships (Jörg Michael's nam_dict). Words that open sentences or name
    things ('May', 'Will' stay: they need a surname after them) are left out by the rule tables."""
    path = files("gender_guesser") / "data" / "nam_dict.txt"
    names: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line or line[0] in "#=":
            continue
        code, name = line.split()[:2]
        if not name.isalpha() and "+" not in name and "-" not in name:
            continue
        g = {"M": "m", "F": "f"}.get(code, "?")  # '1M', '?M', '?F', '?': mostly one or either
        for form in {name.replace("+", "-"), name.replace("+", "")}:
            names[form] = g if names.get(form, g) == g else "?"
    return names


DICTIONARY_NAMES = _dictionary_names()
NOT_GIVEN = frozenset(LEX["not_given_names"].split())
NAME_PART_WORDS = frozenset(LEX["name_part_words"].split())
POSSESSIVE_END = re.compile(r"['’]s?$")
CLOSING_APOSTROPHES = re.compile(r"['’]+$")
SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[\"“]\s*)$")
# 'Hong Kong-based', 'Oxford-educated': an adjective made of a name
NOT_A_NAME_END = re.compile(r"-(?:based|born|listed|led|owned|backed|educated|made|style|era|type|linked|run|funded|"
                            r"controlled|sponsored|registered|speaking|bound|area|wide)$")
GIVEN = (frozenset(LEX["given_names"].split()) | frozenset(DICTIONARY_NAMES)) - NOT_GIVEN
SURNAME_TITLES = frozenset(LEX["surname_titles"].split())
QUOTE_RULES = load("en", "quote")
SPEECH = alternation(QUOTE_RULES["reporting_verbs"])
# 'said Jane Doe' names the speaker; 'told Harbor Weekly' names the listener
SPEECH_NAMING_SPEAKER = alternation([v for v in QUOTE_RULES["reporting_verbs"] if v not in QUOTE_RULES["listener_verbs"]])
SPEECH_AFTER = re.compile(rf"^\s*(?:also\s+)?(?:{SPEECH})\b")
# 'Dana Wexley, vice president for engines at Corvane, said': a person when the apposition names a role
SPEECH_AFTER_APPOSITION = re.compile(rf"^,(?P<apposition>[^\n\"“”]{{3,160}}?),\s*(?:also\s+)?(?:{SPEECH})\b")
SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH_NAMING_SPEAKER})$")
HONORIFICS = {"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Prof.", "Professor"}
CONNECTORS = {"of", "the", "for", "and"}
SUFFIXES = {"Jr.", "Jr", "Sr.", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
MAX_NAME_WORDS = 4  # 'Martin Luther King Jr.', 'Mary Ann Delgado': more capitalised words are a title or a list

ABBREVIATIONS = ("Jr.", "Sr.", "Rep.", "Sen.", "Gov.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Lt.", "Col.", "Gen.", "Sgt.",
                 "Capt.", "Prof.", "Rev.", "Adm.", "Maj.", "Cmdr.", "Gov.", "Supt.", "Insp.", "Det.")
# Inside a word: a combining accent of decomposed text ('Trevidic' with U+0301), and the symbol that follows
# 'Ã' or 'Â' when UTF-8 text was read as Latin-1 ('TrÃ©vidic' for 'Trévidic', also decomposed: 'A' U+0303 '©').
MOJIBAKE = r"[\u0300-\u036f]|(?<=[ÃÂ\u0302\u0303])[\x80-\xbf]"
# A capitalised word (no trailing full stop, so a run never crosses a sentence end), an initial,
# an abbreviation from the list, or an acronym such as U.S. or BBC.
_WORD = (r"(?:%s|(?:al|el|ul|ur|bin|ibn|abu|ben)-[A-Z][^\W\d_]+|(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-]|%s)*?[a-zß-öø-ÿ](?:[^\W\d_]|['’\-]|%s)*|[A-Z]{2,5}(?![a-z]))"
         % ("|".join(re.escape(a) for a in ABBREVIATIONS), MOJIBAKE, MOJIBAKE))
NAME_RUN = re.compile(
    rf"(?<![\w.])({_WORD}(?:\s+(?:{_WORD}|(?:of|the|for|de|van|von|der|den|bin|al|da|di|la|le|du|dos|del|wa)(?=\s+[A-Z])))*"
    r"(?:,?\s+(?:Jr\.?|Sr\.?|I{1,3}|IV|VI{0,3}|IX)(?![\w]))?)")
ROLE_ALT = "|".join(re.escape(r) for r in ROLES)
# Lower-case words right before a name that end like role nouns ('hydrologist', 'midfielder', 'curator')
ROLE_LIKE = re.compile(rf"(?<![\w-])[a-z]+(?:{'|'.join(LEX['role_suffixes'])})$")
NOT_ROLES = frozenset(LEX["not_roles"].split())
ROLE_IN_TEXT = re.compile(rf"\b(?i:{ROLE_ALT})\b")
ROLE_LAST_WORDS = frozenset(r.split()[-1].lower() for r in ROLES)
ROLE_WORDS = frozenset(r for r in ROLES if " " not in r)
APPOSITION = re.compile(
    rf"^,\s+(?:(?i:the|a|an|his|her|its|their)\s+)?(?:(?i:{alternation(LEX['apposition_adjectives'])})\s+)?"
    rf"(?:(?P<org1>(?:[A-Z][\w&.'’-]*\s+){{1,4}}))?(?P<role>(?i:{ROLE_ALT})|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})"
    r"(?:\s+(?:of|for|at|with|to)\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of|for|the|and|&|[A-Z][\w&.'’-]*))*))?"
    r"(?=\s*[,.;)\n]|\s*$|\s+(?:who|which|said|says|of|in|at|for|with)\b)")
# 'Harriet Lane Okafor of the University of Eastfield'
OF_ORG = re.compile(r"^\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of|for|the|and|&|[A-Z][\w&.'’-]*))*)")
# 'the then Home Secretary, Amir Lateef,'
TITLE_BEFORE = re.compile(r"(?P<title>(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*),\s*$")
ROLE_BEFORE = re.compile(rf"(?:(?<![\w.])(?P<org>(?:[A-Z][\w&.'’-]*\s+){{1,3}}))?(?P<role>(?i:{ROLE_ALT}))\s*,?\s*$")
POSSESSIVE_ROLE = re.compile(
    rf"(?P<owner>[A-Z][\w'’-]+)['’]s\s+(?:(?i:former|new|longtime|then|own)\s+)?(?P<role>(?i:{ROLE_ALT})),\s*$")
AGE = re.compile(r"^,\s+\d{1,3},")
# What follows a person's name and nothing else's: ', who', a country or a minute in brackets
# ('Marco Bellini (Italy) beat', 'Owen Pritchard (2nd minute, 75th)')
PERSON_AFTER = re.compile(LEX["person_after"])
# A player's shirt number in a line-up ('15 - Callum Reade')
PERSON_BEFORE = re.compile(r"(?:^|[\s(;,])\d{1,2}\s*[-–]\s*$")
# A substitute in a line-up, named by surname: '(16 - Ferreira 86th)', '(Ferreira 46th)', '(16 - Ferreira, 86th)'
SUBSTITUTE_BEFORE = re.compile(r"(?:\(|\(\s*\d{1,2}\s*[-–]\s*)$")
SUBSTITUTE_AFTER = re.compile(r"^,?\s+\d{1,3}(?:st|nd|rd|th)\)")
# 'Ray "Iron Hand" Pellow': a nickname in quotation marks between the given name and the surname
NICKNAMED = re.compile(r"(?<![\w.])(?P<given>[A-Z][a-z]+)\s+[\"“](?P<nick>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the))"
                       r"{0,3})[\"”]\s+(?P<surname>[A-Z][a-z][\w'’-]+)\b")
# '(Martin) Quellby', '(world champion Ines) Marlow': a given name (and a role) an editor adds in brackets inside a
# quotation to the surname the speaker said
BRACKETED_GIVEN = re.compile(r"(?<![\w)])\((?:(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})\s+)?(?P<given>[A-Z][a-z]+)\)"
                             r"\s+(?P<surname>(?:Mc|Mac|De|Di|La|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# Between two names of a list: a comma, 'and', a line-up number
LIST_GAP = re.compile(r"\s*(?:,|;|and|&)\s*(?:\d{1,2}\s*[-–]\s*)?|\s+\(\s*(?:\d{1,2}\s*[-–]\s*)?")
PARTY = re.compile(r"^\s*\((?:[DRI]|Lab|Con|LD)-[A-Z][\w. ]*\)")
# After a capitalised run that is not a person: it is the subject of a clause, so an organisation
# that may speak ('Silver Pine have twice denied', 'Gannett said').
SUBJECT_VERB = re.compile(r"^,?\s+(?:\w+ly\s+|also\s+|twice\s+|still\s+)?(?:have|has|had|denied|denies|is|was|are|were|will|"
                          rf"would|declined|{SPEECH})\b")
ARTICLES = {"The", "A", "An", "But", "And", "So", "Yet", "Or"}
# 'Harlan & Co.', 'Brisk & Moor': a name joined by an ampersand is a firm's
AMPERSAND_AFTER = re.compile(r"^\s*&\s*[A-Z]")
# 'said Falcons owner Rory Adair': a team or firm in front of a role and a name is not the speaker
ROLE_NAME_AFTER = re.compile(rf"^\s+(?i:{ROLE_ALT})\s+[A-Z]")
# A title of a work that fills its quotation marks ('starred in "Cold Harbour Nights"'); the words after the
# run up to the closing mark are capitalised or short function words.
# 'the aircraft carrier Sara Welby', 'her memoir Still Standing': a vessel or a work, not a person
THING_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(LEX['thing_nouns'])})\s+$")
# 'at Hallam Pryce airport', 'the Edith Marlow prize': a place or a prize named after a person
FACILITY_AFTER = re.compile(rf"^\s+(?:{alternation(LEX['facility_nouns'])})\b")
# 'Indonesian president Halim', 'midfielder Okonkwo': a role that names a person by the surname alone
SURNAME_ROLE_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(LEX['surname_roles'])})\s+$")
QUOTED_TITLE_BEFORE = re.compile(r"(?:^|[\s(])[\"“]$")
QUOTED_TITLE_AFTER = re.compile(r"^(?:\s+(?:[A-Z][\w'’-]*|of|in|on|the|a|an|and|to|at|for|from|with))*[,.!?]?[\"”]")
# The sign-off of wire copy: '-- Nora Adley, Lisbon Newsroom +351 1 555 0101'
WIRE_SIGN_OFF = re.compile(r"^--\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*,\s*[^\n,]{0,40}?"
                           r"\b(?i:newsroom|desk|bureau)\b", re.M)
SQUAD_MIN_ITEMS = 4  # 'Wells, Orton, Baines, Crickley, Faraday.': a line-up of surnames when some are known players
KIN = alternation(LEX["kin_nouns"])
KIN_MODIFIERS = alternation(LEX["kin_modifiers"])
# 'his sister Orlaith', "the mayor's wife, Ysolde,": a person's kin named by one word
KIN_BEFORE = re.compile(rf"(?<![\w-])(?:his|her|their|[\w-]+['’]s?)\s+(?:(?:{KIN_MODIFIERS})\s+)?(?:{KIN})\s*,?\s*$")
# "Dellaway's colleagues", "Quenby's widow": the owner of kin is a person
KIN_AFTER = re.compile(rf"^\s+(?:(?:{KIN_MODIFIERS})\s+)?(?:{KIN})\b")
# 'the Velmont Herald (Morning Star) newspaper': after 'the', a name glossed in brackets is a paper's or a firm's
DEFINITE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
# 'Tavish Marrick joked', 'Dale Faraday homered': a verb only people do
PERSON_VERB_AFTER = re.compile(rf"^\s+(?:(?:also|then|later)\s+)?(?:{alternation(LEX['person_verbs'])})\b")
# 'Orlaith Quenby, with her son beside her,', 'Tavish Marrick, in his late 40s,': an aside about the person
PRONOUN_ASIDE = re.compile(r"^,\s+(?:[a-z]+\s+){1,2}(?:his|her)\s+[a-z\d]")
GIVEN_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*[a-zß-öø-ÿ][^\W\d_]*(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?"
GIVEN_BEFORE = re.compile(rf"(?<![\w.’'])(?P<given>{GIVEN_WORD})\s+(?:[A-Z]\.\s+)?$")


def _clean(words: list[str]) -> list[str]:
    while words and words[-1] in CONNECTORS:
        words = words[:-1]
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return words


def _before_possessed(words: list[str]) -> list[str]:
    """'Elon Musk's SpaceX', 'Barack Obama's America': the name ends at its possessive, and what it owns is no part
    of it; a possessive on the first word ('That's Hillary', 'Chad's Ambassador') may be a contraction or a place,
    so such a run is left whole, and so is a headline in title case ('Jo Hale Says Trump’s Plan Will Fail'), which is
    no name at all. Closing apostrophes ('Bernie Sanders’', "Obama''") go too."""
    headline = sum(w[:1].isupper() for w in words) > MAX_NAME_WORDS
    k = None if headline else next((k for k in range(1, len(words) - 1) if POSSESSIVE_END.search(words[k])), None)
    if k is not None:
        words = words[:k + 1]
    last = CLOSING_APOSTROPHES.sub("", POSSESSIVE_END.sub("", words[-1]) if k is not None else words[-1])
    return [*words[:-1], last] if last else words


def _title_word(word: str) -> bool:
    """'Senator', 'Sen.', and hyphenated titles such as 'Major-General' or 'Vice-President'."""
    return word in TITLE_WORDS or ("-" in word and all(part in TITLE_WORDS for part in word.split("-")))


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading title words (with 'of'/'the'/'for' between them) and the rest."""
    i = 0
    while i < len(words) and (_title_word(words[i]) or (words[i] in CONNECTORS and i + 1 < len(words)
                                                           and words[i + 1] in TITLE_WORDS and i > 0)):
        i += 1
    while i > 0 and words[i - 1] in CONNECTORS:
        i -= 1
    return words[:i], words[i:]


def is_org(words: list[str]) -> bool:
    """A run with an organisation word, also in the possessive ('the Labour Department's July report')."""
    return any(POSSESSIVE_END.sub("", w.rstrip(".,")) in ORG_WORDS or w.rstrip(",") in ORG_WORDS for w in words)


def _role_match(text: str) -> str | None:
    low = text.lower().strip()
    for r in ROLES:
        if low == r or low.endswith(" " + r):
            return text.strip()
    return None


def _capitalised_role(word: str) -> bool:
    """'Comedian', 'Pollster', 'Analyst': a role noun written with a capital at the start of a sentence."""
    low = word.lower()
    return low in ROLE_WORDS or (len(low) >= 6 and ROLE_LIKE.search(low) is not None and low not in NOT_ROLES)


def _role_apposition(after: str) -> bool:
    m = SPEECH_AFTER_APPOSITION.match(after)
    return bool(m) and ROLE_IN_TEXT.search(m.group("apposition")) is not None


TITLE_REFERENCE = re.compile(rf"\b[Tt]he\s+(?:(?:{alternation(LEX['title_reference_modifiers'])})\s+)?(?P<word>[a-z-]+)\b")
TITLE_FILLERS = frozenset(LEX["title_fillers"].split())


class Finder:
    def __init__(self, body: str, ctx: Context):
        self.body = body
        self.ctx = ctx
        self.persons: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self.orgs: list[tuple[str, int]] = []
        # names with no cue of their own: (name, start, end, a single word)
        self.pending: list[tuple[str, int, int, bool]] = []
        self.by_surname: dict[str, str] = {}  # last word (before 'Jr.') → the first person of that surname
        self.firm_heads = self._firm_heads()
        self.things: set[str] = set()  # names of vessels, works and places: 'The Karen Ellsworth sailed' later too

    def _firm_heads(self) -> set[str]:
        """'Halvern Controls' of 'Halvern Controls Inc': what a firm's name is without its legal form."""
        heads = set()
        for m in NAME_RUN.finditer(self.body):
            words = m.group(1).split()
            if len(words) >= 3 and words[-1].rstrip(",") in LEGAL_FORMS:
                heads.add(" ".join(w for w in words[:-1] if w not in ARTICLES).rstrip(","))
        return heads

    def add(self, name: str, title: str | None, org: str | None, rule: str, start: int, end: int) -> None:
        if name not in self.persons:
            parts = name.replace(",", "").split()
            self.by_surname.setdefault(parts[-1], name)
            if parts[-1] in SUFFIXES and len(parts) > 1:
                self.by_surname.setdefault(parts[-2], name)
        record(self.persons, name, title, org, rule, start)
        self.mentions.append(Mention(name, start, end, "subject", "full"))

    def known(self, words: list[str]) -> str | None:
        """The person a short form refers to: the full name, or a surname of someone already named."""
        text = " ".join(words)
        if text in self.persons:
            return text
        if len(words) == 1:
            return self.by_surname.get(words[0])
        return next((name for name in self.persons if text in name), None)

    def full_name(self, surname: str) -> str | None:
        """'Cam Heyward' for 'Heyward': the first place the article gives a given name before it."""
        if surname.isupper():
            return None
        body = self.body
        for m in re.finditer(rf"(?<=\s){re.escape(surname)}\b(?!\s+[A-Z])", body):
            lead = body[max(0, m.start() - 60):m.start()]
            g = GIVEN_BEFORE.search(lead)
            if not g:
                continue
            given = g.group("given")
            opens_sentence = re.search(r"(?:^|[.!?:\n]\s*|[\"“]\s*)$", lead[:g.start("given")][-3:])
            in_longer_run = re.search(r"(?<![.!?:\n]\s)(?<!^)\b[A-Z][\w’'-]*\s+$", lead[:g.start("given")][-30:])
            if (given in GIVEN or not opens_sentence) and not in_longer_run and given not in TITLE_WORDS \
                    and given not in NOT_FIRST and given not in ARTICLES and given not in HONORIFICS \
                    and given.rstrip(".") not in ORG_WORDS:
                return " ".join((g.group(0) + m.group(0)).split())
        return None

    def scan(self) -> None:
        for m in NAME_RUN.finditer(self.body):
            words = m.group(1).split()
            start = m.start(1)
            org_words = _clean([w for w in words if w not in ARTICLES] if words[0] in ARTICLES else list(words))
            place_part = False  # 'New York Stock Exchange', 'South Sudan': a name of a place or a thing
            while words and words[0] in NOT_FIRST and words[0] not in TITLE_WORDS:
                place_part = place_part or words[0] in NAME_PART_WORDS
                start = self.body.index(words[1], start + len(words[0])) if len(words) > 1 else start
                words = words[1:]
            if len(words) >= 2 and words[0] in PLACE_PREFIXES:
                place_part = True  # 'St Louis', 'Fort Mercer'
            if not words:
                continue
            # "Kenya's Daniel Otieno", 'Ex-Mariner Joe Castell', 'Outspoken Canadian Rhys Pellow':
            # what stands before a given name that starts a name of two words or more
            cut = next((k for k in range(1, len(words) - 1) if words[k] in GIVEN and (
                POSSESSIVE_END.search(words[k - 1]) or words[k - 1].startswith(("Ex-", "ex-"))
                or words[k - 1] in CONNECTORS
                or (k <= 3 and all(w not in GIVEN and w not in TITLE_WORDS and not w.endswith(".") for w in words[:k])
                    and SENTENCE_START.search(self.body, max(0, start - 3), start)))), None)
            if cut is not None:
                start = self.body.index(words[cut], start)
                words = words[cut:]
            title_words, name_words = split_title(words)
            if not title_words and len(words) >= 3 and words[1] in GIVEN and _capitalised_role(words[0]):
                title_words, name_words = words[:1], words[1:]  # 'Comedian Jess Harlow' opening a sentence
            run_org = None
            # 'Acme CFO Lisa Wong': organisation, title, name in one run; also when the organisation's name opens
            # with a word that can be a title ('Federal Port Authority Director Lisa Wong')
            if not title_words or is_org(name_words):
                for i in range(len(words) - 2, 0, -1):
                    if words[i] in TITLE_WORDS and words[i] not in HONORIFICS:
                        j = i
                        while j > 0 and words[j - 1] in TITLE_WORDS:
                            j -= 1
                        if j > 0 and len(words) - i - 1 >= 2:
                            run_org, title_words, name_words = " ".join(words[:j]), words[j:i + 1], words[i + 1:]
                        break
            run_words = words  # the words that decide whether the run names an organisation
            if "of" in name_words[2:]:  # 'Ellen Thornbury of Vermont': the name ends before 'of'
                cut_off = len(name_words) - name_words.index("of", 2)
                name_words, run_words = name_words[:-cut_off], words[:-cut_off]
            name_words = _clean(name_words)
            if not name_words or name_words[0] in NOT_FIRST or name_words[0] in CONNECTORS:
                continue
            if is_org(name_words) or (not title_words and is_org(run_words)):
                self.orgs.append((" ".join(org_words), self.body.find(org_words[0], m.start(1))))
                continue
            name_words = _before_possessed(name_words)
            name = " ".join(name_words).rstrip(",")
            name_start = self.body.find(name_words[0], start)
            end = m.end(1)
            after = self.body[end:end + 160]
            before = self.body[max(0, start - 80):start]
            if not title_words and ((run_words is words and AMPERSAND_AFTER.match(after)) or name in self.firm_heads):
                self.orgs.append((" ".join(org_words), self.body.find(org_words[0], m.start(1))))
                continue
            if not title_words and ((QUOTED_TITLE_BEFORE.search(before) and QUOTED_TITLE_AFTER.match(after))
                                    or THING_BEFORE.search(before[-30:]) or FACILITY_AFTER.match(after)
                                    or name in self.things):
                self.things.add(name)
                continue  # 'best known for "Harbour of Saints"': the title of a work
            title = " ".join(title_words) if title_words and not set(title_words) <= HONORIFICS else None
            org = run_org
            rule = None
            ap = APPOSITION.match(after) if after[:1] == "," else None
            if ap and (_role_match(ap.group("role")) or all(w in TITLE_WORDS for w in ap.group("role").split())):
                title = title or ap.group("role")
                org = (ap.group("org") or ap.group("org1") or "").strip() or None
                rule = "name_apposition"
            tail = before.rstrip()
            # each pattern only where the text right before the name can end like it (they are costly)
            tb = TITLE_BEFORE.search(before) if tail.endswith(",") and not title else None
            if tb and all(w in TITLE_WORDS or w in CONNECTORS for w in tb.group("title").split()):
                title, rule = tb.group("title"), "title_comma_name"
            last_word = (tail.rstrip(",").split() or [""])[-1].lower()  # '\n,Jane Doe': nothing but space
            rb = ROLE_BEFORE.search(before[-60:]) if last_word in ROLE_LAST_WORDS and not title else None
            if rb:
                title = rb.group("role")
                org = org or ((rb.group("org") or "").strip() or None)
                rule = "role_name"
            elif not title and len(last_word) >= 6 and ROLE_LIKE.search(tail) and last_word not in NOT_ROLES \
                    and (name_words[0] in GIVEN or SPEECH_AFTER.match(after)) and len(name_words) >= 2:
                title, rule = last_word, "role_name"  # 'hydrologist Nils Brandt said': a role noun we do not list
            pr = POSSESSIVE_ROLE.search(before[-60:]) if tail.endswith(",") and ("'s " in tail or "’s " in tail) else None
            if pr and (not title or rule == "role_name"):
                title, rule = pr.group("role"), "possessive_role_name"
                org = pr.group("owner") if self.known([pr.group("owner")]) is None else None
            of = OF_ORG.match(after) if after[1:3] in ("of", "at", "fr") else None
            if of and not org and is_org(of.group("org").split()):
                org = of.group("org")
                rule = rule or "name_of_organization"
            known = self.known(name_words)
            speech = SPEECH_AFTER.match(after) or (tail[-1:].isalpha() and SPEECH_BEFORE.search(tail[-24:])) \
                or (after[:1] == "," and _role_apposition(after))
            surname_title = bool(title_words) and title_words[-1] in SURNAME_TITLES
            possessive = POSSESSIVE_END.search(words[-1]) is not None
            kin = (tail[-1:].isalpha() or tail.endswith(",")) and KIN_BEFORE.search(tail[-40:]) is not None \
                or (possessive and KIN_AFTER.match(after) is not None)
            if not known and len(name_words) == 1 and not surname_title and speech and ROLE_NAME_AFTER.match(after):
                self.orgs.append((name, name_start))
                continue
            surname_role = (rule == "role_name" and SURNAME_ROLE_BEFORE.search(tail[-30:] + " ") is not None) or (
                # 'Leeson, the Belfast-born actor who …': a single name set off by a person's role
                rule == "name_apposition" and not title_words and title.lower().split()[-1] not in ORGANISATION_ROLES)
            if not known and len(name_words) == 1 and not place_part and not title_words and kin \
                    and not is_org(org_words):
                # 'his wife Ysolde' … 'Ysolde Brennick': the full name when the article gives it
                full = re.search(rf"(?<![\w-]){re.escape(name)}\s+(?P<surname>[A-Z][\w'’-]+)", self.body)
                if full and (full.group("surname") in NOT_FIRST or is_org([full.group("surname")])):
                    full = None
                self.add(full.group(0) if full else name, None, org, "kin", name_start, name_start + len(name))
                continue
            if not known and len(name_words) == 1 and (surname_title or surname_role or speech):
                # 'President Trump', 'Mr. Lopes', 'Heyward said': a person named by surname; the
                # full name when the article gives it elsewhere
                full = self.full_name(name_words[0]) if surname_title or not is_org(org_words) else None
                if full or surname_title or surname_role:
                    self.add(full or name, title, org, "title_surname" if surname_title else "surname_speaker",
                             name_start, name_start + len(name))
                    continue
            if not known and not title_words and not rule and org_words and SUBJECT_VERB.match(after) \
                    and name_words[0] not in GIVEN:
                self.orgs.append((" ".join(org_words), self.body.find(org_words[0], m.start(1))))
                continue
            if not known and len(name_words) == 1 and not place_part and SUBSTITUTE_BEFORE.search(before[-8:]) \
                    and SUBSTITUTE_AFTER.match(after):
                self.add(name, None, None, "substitute", name_start, name_start + len(name))
                continue
            if len(name_words) == 1 or known:
                if not known and not title_words and not place_part and not is_org(words):
                    self.pending.append((name, name_start, name_start + len(name), True))
                if known:
                    self.mentions.append(Mention(known, name_start, name_start + len(name), "subject", "short"))
                    if title and not self.persons[known].title:
                        self.persons[known].title = title
                continue
            if sum(w[:1].isupper() for w in name_words) > MAX_NAME_WORDS:
                continue  # 'Gregory Hallam Reportedly Caught In Yet Another Scandal': a headline in title case
            if all(w.isupper() for w in name_words if len(w) > 1):
                continue  # 'NEW YORK', 'USA TODAY': a dateline or a masthead
            plain = len(name_words) >= 2 and not place_part and not is_org(run_words) and not NOT_A_NAME_END.search(name_words[-1])
            cue = title or rule or AGE.match(after) or PARTY.match(after) or speech \
                or (plain and ((PERSON_AFTER.match(after) and not DEFINITE_BEFORE.search(before[-5:]))
                               or PERSON_BEFORE.search(before[-12:]) or kin
                               or PRONOUN_ASIDE.match(after) or PERSON_VERB_AFTER.match(after)))
            given = name_words[0] in GIVEN and not place_part and not NOT_A_NAME_END.search(name_words[-1]) \
                and name_words[-1] not in TITLE_WORDS
            if given or cue:
                if org and is_org(org.split()) is False and org.split()[0] in NOT_FIRST:
                    org = None
                self.add(name, title, org, rule or ("title_name" if title_words else "given_name" if given
                                                    else "speech_cue"), name_start, name_start + len(name))
            elif plain and len(name_words) <= 3:
                self.pending.append((name, name_start, name_start + len(name), False))

    def nicknames(self) -> None:
        """'Ray "Iron Hand" Pellow': a boxer's or a player's nickname set between the names; the person is named
        with it, and the surname alone refers to him later."""
        for m in NICKNAMED.finditer(self.body):
            words = [m.group("given"), m.group("surname")]
            if m.group("given") in GIVEN and not is_org(words) and m.group("surname") not in NOT_FIRST:
                self.add(" ".join(m.group(0).split()), None, None, "nickname", m.start(), m.end())

    def bracketed_given_names(self) -> None:
        """'I watched (Martin) Quellby', '(world champion Ines) Marlow': a given name set in brackets before a
        capitalised word is an editor's completion of a surname; the person is named with both, and the surname
        alone refers to them later. A role in the brackets before the given name is the person's title. After a
        capitalised word that is no title the brackets hold a nickname inside a full name, not a completion."""
        for m in BRACKETED_GIVEN.finditer(self.body):
            given, surname, role = m.group("given"), m.group("surname"), m.group("role")
            if given not in GIVEN or given in NOT_FIRST or given in TITLE_WORDS or surname in NOT_FIRST \
                    or surname in TITLE_WORDS or surname in ARTICLES or surname in CONNECTORS or is_org([surname]):
                continue
            prev = re.search(r"(\S+)\s*$", self.body[max(0, m.start() - 40):m.start()])
            if prev and prev.group(1)[:1].isupper() and prev.group(1)[-1:].isalpha() and prev.group(1) not in TITLE_WORDS:
                continue  # 'Samuel Tobiah (Sam) Kerrow': a nickname between the given names and the surname
            title = _role_match(role) if role else None
            if role and not title and not all(w in TITLE_WORDS for w in role.split()):
                continue  # '(see Figure) Three': words in brackets that are no role
            self.add(f"{given} {surname}", title or role, None, "bracketed_given_name", m.start("given"), m.end())

    def wire_sign_off(self) -> None:
        """'-- Nora Adley, Lisbon Newsroom +351 …': the reporter who signs wire copy."""
        for m in WIRE_SIGN_OFF.finditer(self.body):
            name = m.group("name")
            words = name.split()
            if name not in self.persons and not is_org(words) and words[0] not in NOT_FIRST:
                self.add(name, None, None, "wire_sign_off", m.start("name"), m.end("name"))

    def squads(self) -> None:
        """'Wells, Orton, Baines, Crickley, Faraday.': a list of four names or more of which two are people
        already named is a line-up; its other single names are people too."""
        people = [(m.start, m.end, True) for m in self.mentions if m.person and m.kind != "organization"]
        items = sorted(people + [(start, end, False) for _, start, end, _ in self.pending])
        groups: list[list[tuple[int, int, bool]]] = []
        for item in items:
            if groups and LIST_GAP.fullmatch(self.body, groups[-1][-1][1], item[0]):
                groups[-1].append(item)
            else:
                groups.append([item])
        listed = {(start, end) for group in groups if len(group) >= SQUAD_MIN_ITEMS
                  and sum(is_person for _, _, is_person in group) >= 2 for start, end, _ in group}
        for cand in list(self.pending):
            name, start, end, _ = cand
            if (start, end) in listed:
                self.pending.remove(cand)
                self.add(name, None, None, "listed_with_person", start, end)

    def earlier_surnames(self) -> None:
        """'Thornbury said …' before 'Ellen Thornbury' is named in full: a mention of him all the same."""
        for name, start, end, single in self.pending:
            person = self.by_surname.get(name) if single else None
            if person and start < self.persons[person].first_offset:
                self.mentions.append(Mention(person, start, end, "subject", "short"))

    def listed(self) -> None:
        """A name listed with people ('Imran Qadir, Faisal Noor, Tariq Hameed') is a person too; a single
        word ('Zia-ul-Karim', 'Pemberton') only between two of them."""
        changed = True
        while changed and self.pending:
            changed = False
            people = [m for m in self.mentions if m.person and m.kind != "organization"]
            starts = sorted(m.start for m in people)
            ends = sorted(m.end for m in people)
            for cand in list(self.pending):
                name, start, end, single = cand
                lo, hi = bisect_right(ends, start - 24), bisect_right(ends, start)
                left = any(LIST_GAP.fullmatch(self.body, e, start) for e in ends[lo:hi])
                lo, hi = bisect_left(starts, end), bisect_left(starts, end + 24)
                right = any(LIST_GAP.fullmatch(self.body, end, b) for b in starts[lo:hi])
                if (left and right) or (not single and (left or right)):
                    self.pending.remove(cand)
                    self.add(name, None, None, "listed_with_person", start, end)
                    changed = True

    def reporters(self) -> None:
        for name in self.ctx.authors:
            if is_org(name.split()) or (self.ctx.outlet and name in self.ctx.outlet):
                continue  # an outlet given as author ('BBC News')
            if name in self.persons:
                self.persons[name].role = "reporter"
            elif re.fullmatch(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}", name):
                self.persons[name] = Person(name, "reporter", self.ctx.outlet, "reporter", "byline", self.body.find(name))

    def title_mentions(self) -> None:
        """'the minister', 'the senator': a later mention of the person last named with that title."""
        by_word: dict[str, list[str]] = {}
        for p in self.persons.values():
            if p.title and p.role == "subject":
                for w in set(p.title.lower().replace("-", " ").split()) - TITLE_FILLERS:
                    by_word.setdefault(w, []).append(p.name)
        if not by_word:
            return
        named = sorted((m.start, m.person) for m in self.mentions if m.person)
        for m in TITLE_REFERENCE.finditer(self.body):
            fits = by_word.get(m.group("word").lower())
            if not fits:
                continue
            before = [person for start, person in named if start < m.start() and person in fits]
            if before:
                self.mentions.append(Mention(before[-1], m.start(), m.end(), "subject", "title"))

    def result(self) -> tuple[list[Person], list[Mention]]:
        persons = list(self.persons.values())
        count_mentions(persons, self.mentions)
        for name, pos in self.orgs:
            self.mentions.append(Mention(name, pos, pos + len(name), "subject", "organization"))
        self.mentions.sort(key=lambda m: m.start)
        return persons, self.mentions


def find(body: str, ctx: Context) -> tuple[list[Person], list[Mention]]:
    f = Finder(body, ctx)
    f.nicknames()
    f.bracketed_given_names()
    f.scan()
    f.wire_sign_off()
    f.listed()
    f.squads()
    f.earlier_surnames()
    f.title_mentions()
    f.reporters()
    return f.result()
