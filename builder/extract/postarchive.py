"""A social network's archive of posts saved as a script: the export assigns a JSON array of posts to a variable
(Twitter/X's `tweets.js`: `window.YTD.tweet.part0 = [{"tweet": {…}}, …]`; other exports write `var posts = […]`).
When an outlet's account posted an article as a thread (its headline first, then its paragraphs, each post a reply
to the one before), the article is that thread: the longest chain of replies. The other posts (a promotion, a reply
to a stranger), the posts' counters and ids, and the thread's marks (`1/`, `🧵 …👇`, a link-and-hashtags post) are
the account's, not the article's."""

from __future__ import annotations

import json
import re
from datetime import datetime

# `window.YTD.tweet.part0 = [`, `var posts = [`, `const archive = [`: an assignment of an array, first in the file.
_ASSIGNMENT = re.compile(r"\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*=\s*(?=\[)")
# The fields of a post, as the exports name them (Twitter's, Mastodon's, Bluesky's), first found wins.
_TEXT_KEYS = ("full_text", "text", "content", "body")
_TIME_KEYS = ("created_at", "createdAt", "published", "timestamp", "date")
_ID_KEYS = ("id_str", "id", "uri")
_REPLY_KEYS = ("in_reply_to_status_id_str", "in_reply_to_status_id", "in_reply_to_id", "inReplyTo", "reply_to")
# A thread's marks: a post's number ('1/', '2/5', '(3/5)'), a line that announces the thread ('🧵 …', '… 👇'),
# a line of links and hashtags only.
_POST_NUMBER = re.compile(r"^\s*\(?\d{1,2}\s*/\s*(?:\d{1,2})?\)?\s+")
_THREAD_ANNOUNCEMENT = re.compile(r"^.*(?:🧵|👇|⬇️).*$", re.M)
_LINKS_AND_TAGS = re.compile(r"^(?:\s*(?:https?://\S+|#\S+|(?:[^\s#]{1,12}\s+){0,3}[👉➡→:]\s*https?://\S+))+\s*$")
MIN_THREAD_POSTS = 3
OPENER_MINUTES = 10
MIN_THREAD_CHARS = 200


def _field(post: dict, keys: tuple[str, ...]) -> object:
    return next((post[k] for k in keys if post.get(k) not in (None, "")), None)


def _post(item: object) -> dict | None:
    """The post of an archive's item: the item itself, or the one object it wraps (`{"tweet": {…}}`)."""
    if not isinstance(item, dict):
        return None
    if _field(item, _TEXT_KEYS) is None and len(item) == 1 and isinstance(inner := next(iter(item.values())), dict):
        item = inner
    return item if isinstance(_field(item, _TEXT_KEYS), str) else None


def _iso_time(value: object) -> str | None:
    """A post's time as ISO 8601: Twitter's 'Mon Sep 14 16:05:11 +0000 2026', an ISO string, or epoch seconds."""
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
        seconds = float(value) / (1000 if float(value) > 1e11 else 1)
        return datetime.utcfromtimestamp(seconds).isoformat(timespec="seconds") + "Z"
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip(), "%a %b %d %H:%M:%S %z %Y").isoformat()
    except ValueError:
        return value.strip() if re.match(r"\d{4}-\d{2}-\d{2}", value.strip()) else None


def _thread(posts: list[dict]) -> list[dict]:
    """The longest chain of replies among the posts, in the order written (the opening post first)."""
    by_id = {str(_field(p, _ID_KEYS)): p for p in posts if _field(p, _ID_KEYS) is not None}
    replies: dict[str, list[dict]] = {}
    for p in posts:
        if (parent := _field(p, _REPLY_KEYS)) is not None and str(parent) in by_id:
            replies.setdefault(str(parent), []).append(p)
    best: list[dict] = []
    for p in posts:
        if (parent := _field(p, _REPLY_KEYS)) is not None and str(parent) in by_id:
            continue  # not the opening post of a chain
        chain = [p]
        while (nxt := replies.get(str(_field(chain[-1], _ID_KEYS)))) and len(chain) < len(posts):
            chain.append(nxt[0])
        if len(chain) > len(best):
            best = chain
    if best and (opener := _opener(posts, best[0])):
        best = [opener, *best]
    return best


def _opener(posts: list[dict], first: dict) -> dict | None:
    """The post that opens a thread without being replied to: the one before the chain's first post, itself a
    reply to none, announcing the thread (`🧵`, `👇`) or posted at most OPENER_MINUTES before it."""
    i = next(i for i, p in enumerate(posts) if p is first)
    if i == 0 or _field(before := posts[i - 1], _REPLY_KEYS) is not None:
        return None
    if _THREAD_ANNOUNCEMENT.search(str(_field(before, _TEXT_KEYS))):
        return before
    times = [_iso_time(_field(p, _TIME_KEYS)) for p in (before, first)]
    try:
        gap = (datetime.fromisoformat(times[1].replace("Z", "+00:00"))
               - datetime.fromisoformat(times[0].replace("Z", "+00:00"))).total_seconds()
    except (AttributeError, ValueError, TypeError):
        return None
    return before if 0 <= gap <= OPENER_MINUTES * 60 else None


def _post_lines(text: str, first: bool) -> list[str]:
    lines = []
    for line in text.splitlines():
        line = _POST_NUMBER.sub("", line).strip()
        if not line or _LINKS_AND_TAGS.fullmatch(line) or (not first or lines) and _THREAD_ANNOUNCEMENT.fullmatch(line):
            continue
        lines.append(line)
    return lines


def thread_record(text: str) -> bytes | None:
    """The record (a JSON object: body, published) of the article an archive of posts carries as a thread; None for
    any other text."""
    if not (m := _ASSIGNMENT.match(text)):
        return None
    try:
        items = json.loads(text[m.end():].strip().rstrip(";"))
    except ValueError:
        return None
    posts = [p for p in map(_post, items if isinstance(items, list) else []) if p]
    thread = _thread(posts)
    paragraphs = [ln for i, p in enumerate(thread) for ln in _post_lines(str(_field(p, _TEXT_KEYS)), i == 0)]
    if len(thread) < MIN_THREAD_POSTS or sum(map(len, paragraphs)) < MIN_THREAD_CHARS:
        return None
    record = {"title": paragraphs[0], "body": "\n\n".join(paragraphs[1:]),
              "published": _iso_time(_field(thread[0], _TIME_KEYS))}
    return json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False).encode("utf-8")
