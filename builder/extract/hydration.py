"""Serialised state that a front-end framework hands to its components in the page's markup, not in a script.

An island or component rendered only in the browser (Astro's `client:only`, Inertia.js, react-rails, Livewire,
web components) gets its data as an attribute of the element it mounts on: Astro's `<astro-island props="…">`,
Inertia's `<div id="app" data-page="…">`, react-rails' `data-react-props`, React on Rails' `data-props`, Livewire's
`wire:snapshot` / `wire:initial-data`, a component's `data-state` / `data-hydrate` / `:props`. The value is JSON
(HTML-escaped, which the parser undoes); Astro's adds a type tag to every value (`[0, value]`, `[1, [array]]`,
`[3, "date"]`, …), which is taken off so the data reads as the plain object it was. Nothing here names a framework's
keys as a requirement: any attribute whose value is a JSON object or array big enough to hold an article is read.
"""

from __future__ import annotations

import json

# An attribute shorter than this cannot hold an article worth the parse.
MIN_STATE_CHARS = 200
# Astro's type tags (`astro/runtime/server/serialize`): 0 a value (an object's values tagged in turn), 1 an array of
# tagged values, 2 a RegExp, 3 a Date, 4 a Map, 5 a Set, 6 a BigInt, 7 a URL, 8–10 typed arrays, 11 Infinity.
_TAG_VALUE, _TAG_ARRAY, _TAG_MAP, _TAG_SET = 0, 1, 4, 5
MAX_TAG = 11
MAX_DEPTH = 100


def _tagged(value) -> bool:
    return isinstance(value, list) and len(value) == 2 and isinstance(value[0], int) \
        and not isinstance(value[0], bool) and 0 <= value[0] <= MAX_TAG


def is_tagged_state(value) -> bool:
    """A state in Astro's encoding: a tagged value, or an object whose every value is one."""
    if _tagged(value):
        return True
    return isinstance(value, dict) and bool(value) and all(_tagged(v) for v in value.values())


def untagged(value, depth: int = 0):
    """The plain value of a state in Astro's encoding (type tags taken off, dates and URLs as their text)."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, dict):
        return {k: untagged(v, depth + 1) for k, v in value.items()}
    if not _tagged(value):
        return value
    tag, inner = value
    if tag == _TAG_VALUE and isinstance(inner, dict):
        return {k: untagged(v, depth + 1) for k, v in inner.items()}
    if tag in (_TAG_ARRAY, _TAG_SET) and isinstance(inner, list):
        return [untagged(v, depth + 1) for v in inner]
    if tag == _TAG_MAP and isinstance(inner, list):
        return {str(untagged(k, depth + 1)): untagged(v, depth + 1) for k, v in
                (pair for pair in inner if isinstance(pair, list) and len(pair) == 2)}
    return inner


def attribute_states(tree) -> list:
    """Every JSON object or array held in an element's attribute (a component's serialised props), plain."""
    out = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        for name, raw in el.attrib.items():
            raw = raw.strip()
            if len(raw) < MIN_STATE_CHARS or raw[:1] not in "{[" or name in ("style", "class"):
                continue
            try:
                value = json.loads(raw)
            except (ValueError, RecursionError):
                continue
            if isinstance(value, (dict, list)):
                out.append(untagged(value) if is_tagged_state(value) else value)
    return out
