"""A given name an editor adds in brackets to a surname inside a quotation ('(Martin) Quellby'): one person named with
both; and the look-alikes that are no completion (a nickname inside a full name, words in brackets that are no
given name). Invented sentences."""

import pytest

from builder.rules import Context
from builder.rules.en import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p.title for p in found}


@pytest.mark.parametrize("body,name", [
    ('"I watched (Martin) Quellby and (Oscar) Tenwright pitch when they were rookies," he said.', "Martin Quellby"),
    ('"I watched (Martin) Quellby and (Oscar) Tenwright pitch when they were rookies," he said.', "Oscar Tenwright"),
    ('"Coach (Arthur) Brenwick told us to stay calm," the guard said.', "Arthur Brenwick"),
])
def test_a_bracketed_given_name_completes_the_surname(body, name):
    assert name in persons(body)


def test_a_role_in_the_brackets_is_the_title():
    found = persons('"We would pick Ostrova, (Olympic champion Greta) Vallenby and Ana Ruiz," the captain said.')
    assert found.get("Greta Vallenby") == "Olympic champion"


def test_a_nickname_inside_a_full_name_is_no_completion():
    found = persons("Rebel leader Samuel Tobiah (Sam) Kerrow said on Friday the talks had failed.")
    assert "Sam Kerrow" not in found


def test_words_in_brackets_that_are_no_given_name_make_no_person():
    found = persons("Exports rose 4 percent (see Table) Three analysts said the rise would not last.")
    assert not any("Three" in name for name in found)
