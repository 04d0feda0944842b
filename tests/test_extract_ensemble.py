"""trafilatura's own algorithm checked against its full ensemble when its text is short or a site's menu.

Pages written for the test: an invented town's site, its menu and a notice.
"""

from __future__ import annotations

from trafilatura.utils import load_html

from builder.extract.html import _rechecked, menu_like

MENU = ["Home", "The town", "Council", "Councillors", "Committees", "Services", "Waste collection", "Parking",
        "Libraries", "Schools", "Events", "Contact", "Downloads", "Jobs"]
NOTICE = [
    "The Halverton waste centre on Mill Lane will close for repairs from Monday and reopen at the end of the month, "
    "the town's environment office said in a notice published on Thursday morning.",
    "Residents who need to get rid of garden waste or old furniture in the meantime are asked to use the centre in "
    "the neighbouring village, which will open two hours longer every day while the work goes on.",
    "The repairs, which include a new weighbridge and a covered area for electrical goods, will cost the town "
    "about 180,000 pounds and were approved by the council in the spring after a long debate.",
    "Collections from homes are not affected and will run on the usual days, the office added, asking residents "
    "to put their bins out by seven in the morning as the crews will start earlier than usual.",
]


def town_page() -> str:
    menu = "".join(f"<li><a href='/p{i}'>{m}</a></li>" for i, m in enumerate(MENU))
    text = "".join(f"<p>{p}</p>" for p in NOTICE)
    return (f"<html lang='en'><head><title>Waste centre closes for repairs</title></head><body>"
            f"<nav><ul>{menu}</ul></nav><main><article><h1>Waste centre closes for repairs</h1>{text}"
            "</article></main></body></html>")


def test_a_menu_is_menu_like():
    assert menu_like(MENU)
    assert menu_like(MENU * 3 + NOTICE[:1])  # a menu, printed for each screen size, with a paragraph in it


def test_a_text_is_not_menu_like():
    assert not menu_like(NOTICE)
    assert not menu_like(NOTICE + ["Share", "Print"])  # a text with a few short lines of furniture
    assert not menu_like(MENU[:5])  # too few lines to say


def test_a_menu_taken_for_the_text_is_replaced_by_the_ensembles_text():
    lines = _rechecked(load_html(town_page()), None, MENU * 3 + NOTICE[:1])
    assert NOTICE[1] in lines and "Waste collection" not in lines


def test_a_text_cut_after_its_first_paragraph_is_replaced_by_the_longer_one():
    lines = _rechecked(load_html(town_page()), None, NOTICE[:1])
    assert lines[-1] == NOTICE[-1]


def test_a_whole_text_is_kept_as_it_is():
    whole = NOTICE + NOTICE  # long enough not to be re-checked
    assert _rechecked(load_html(town_page()), None, whole) == whole
