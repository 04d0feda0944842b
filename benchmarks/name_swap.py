"""Name-swap benchmark: do the Korean rules hold for OTHER names than the ones on our annotated pages?

usage: python benchmarks/name_swap.py [--sets dev-ko-heldout11 ko ...] [--seeds 3] [--jobs 2] [--keep DIR]

A metamorphic test. For every page of a gold set and every seed, the Korean-shaped people of the gold
(persons, optional persons, quote speakers: Hangul, 2-4 syllables) get other invented names, consistently
in the page AND in its gold: a surname shared by two people gets one new surname (so the ambiguity stays),
a compound surname (남궁, 제갈 ...) a compound one, a given name a new one of the same length whose last
syllable has the same final-consonant class (none / ㄹ / other), so every particle after it still agrees
(은/는, 이/가, 을/를, 과/와, 으로/로). Only syllables of KS X 1001 are drawn, so a page saved in EUC-KR
is written back in its own charset. The page text is rewritten conservatively: every full name, a short
mention (surname + a title or 씨: '김 대표', '김 전 장관', '김씨') when that surname belongs to a renamed
person, and a given name before 씨/님 or the familiar 이+particle ('민준이가'). The renamed copies are
built and scored like the originals (../shared/tools/score.py). A rule that describes Korean news scores
the same on every copy; a rule that fits the spelling of one page's names drops.

It prints one table, set by set: persons P/R, title and organisation accuracy, attribution and quote
recall, for the original and each seed, and the mean drop; then the rows right on the original and wrong
on a renamed copy (the "spelling-dependent" errors), grouped by kind, with the renamed name and the
original one. Renamed copies live in a temporary folder (or --keep DIR, outside the project).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import re
import shutil
import sys
import tempfile
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from builder.decode import decode  # noqa: E402

COMPOUND_SURNAMES = ("남궁", "제갈", "선우", "황보", "독고", "사공", "서문")
# Surnames to draw from: the common ones, then rarer ones (real Korean surnames all). 전 and 현 are left out:
# '전 대표' is then 'the former head' as much as 'Jeon, the head', for a reader too.
COMMON_SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 고 문 양 손 배 백 허 유 남 심 노 하".split()
RARE_SURNAMES = ("곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 "
                 "금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 "
                 "간 상 시 견 당 화 창 나 라").split()
SURNAMES = frozenset(COMMON_SURNAMES) | frozenset(RARE_SURNAMES)
# Syllables of Korean given names, by position; the last syllable of a new name has the old one's final class.
FIRST_SYLLABLES = ("민 서 준 현 지 영 수 우 진 호 희 은 연 윤 재 성 혜 경 태 동 상 정 하 나 다 예 채 규 석 철 도 한 소 "
                   "미 선 승 유 주 시 세 보 가 아 원 인 효 해 형 기 종 용 병 명 춘 옥 순 말").split()
LAST_SYLLABLES = ("서 지 수 우 호 희 재 혜 태 아 유 주 나 미 자 하 예 채 규 도 소 세 보 기 후 리 래 "
                  "율 솔 별 결 길 열 필 철 일 슬 설 "
                  "민 준 현 영 진 은 연 윤 성 경 동 상 정 석 원 빈 훈 린 람 름 찬 건 욱 완 국 환 식 범 혁 숙 란 한 선 승 인 옥 순 "
                  "봄 온 겸 웅 택 광 명").split()
# Given names that are common nouns too (a harder case for a tagger), by length.
NOUN_GIVEN_NAMES = ("구름 하늘 한결 보람 슬기 다솜 나래 바다 가람 새봄 초롱 하나 누리 아름 우주 기쁨 사랑 소망 햇살 이슬 "
                    "노을 가을 여름 겨울 나무 솔 별 봄 결 빛").split()
# Syllables that mark a Hangul spelling of a foreign name: such gold names are left as they are.
FOREIGN_MARKS = frozenset("스 드 르 트 크 프 브 즈 츠 므 흐 튼 슨 턴 렌 엘 켈 잭 존 톰 폴 케 퍼 버 러 카 코 토 포 티 키 디 "
                          "샤 셸 쉬 윌 웰 앤 엔 맥 레 리아 이트 제임 마이 클".split())
# After a given name alone: the honorifics, and the familiar 이 + particle after a final consonant ('민준이가').
GIVEN_FOLLOWERS = r"(?= ?(?:씨|님)|이(?:가|는|를|의|도|와|랑|에게|한테|나|야|여|며|고)(?![가-힣]))"
FORMER = r"(?:전|현|前|現|당시|신임) "


def final_class(syllable: str) -> str:
    """'none', 'l' (ㄹ) or 'other': what decides which particle follows a Hangul syllable."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return "none"
    jong = code % 28
    return "none" if jong == 0 else "l" if jong == 8 else "other"


def euc_kr(text: str) -> bool:
    try:
        text.encode("euc-kr")
        return True
    except UnicodeEncodeError:
        return False


def split_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a Korean-shaped name, or None (a foreign name, a stage name, not Hangul)."""
    if not re.fullmatch(r"[가-힣]{2,4}", name or ""):
        return None
    if any(s in FOREIGN_MARKS for s in name) or any(m in name for m in FOREIGN_MARKS if len(m) > 1):
        return None
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    if name[0] in SURNAMES:
        return name[0], name[1:]
    return None


@dataclass
class Renaming:
    """One page's renaming: full names, surnames and given names, old → new."""
    full: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    given: dict[str, str] = field(default_factory=dict)

    def reverse(self) -> "Renaming":
        return Renaming({v: k for k, v in self.full.items()}, {v: k for k, v in self.surnames.items()},
                        {v: k for k, v in self.given.items()})


def _draw_surname(old: str, rng: random.Random, taken: set[str]) -> str:
    if len(old) == 2:
        pool = [s for s in COMPOUND_SURNAMES if s not in taken]
    else:
        table = COMMON_SURNAMES if rng.random() < 0.5 else RARE_SURNAMES
        pool = [s for s in table if s not in taken and final_class(s) == final_class(old)]
        if not pool:
            pool = [s for s in SURNAMES if s not in taken and final_class(s) == final_class(old)]
    return rng.choice(sorted(pool)) if pool else old


def _draw_given(old: str, rng: random.Random, taken: set[str]) -> str:
    cls = final_class(old[-1])
    nouns = [w for w in NOUN_GIVEN_NAMES if len(w) == len(old) and final_class(w[-1]) == cls and w not in taken]
    if nouns and rng.random() < 0.25:
        return rng.choice(nouns)
    lasts = [s for s in LAST_SYLLABLES if final_class(s) == cls]
    for _ in range(50):
        new = "".join(rng.choice(FIRST_SYLLABLES) for _ in range(len(old) - 1)) + rng.choice(lasts)
        if new not in taken and new != old and euc_kr(new) and len(set(new)) == len(new):
            return new
    return old


def make_renaming(names: list[str], rng: random.Random, text: str = "") -> Renaming:
    """A renaming of every Korean-shaped name of `names`; no new name is already in `text`."""
    parts = {n: split_name(n) for n in dict.fromkeys(names)}
    parts = {n: p for n, p in parts.items() if p}
    r = Renaming()
    old_surnames = {s for s, _ in parts.values()}
    taken_s = set(old_surnames)
    for s in sorted(old_surnames):
        r.surnames[s] = new = _draw_surname(s, rng, taken_s)
        taken_s.add(new)
    taken_g = {g for _, g in parts.values()}
    for n, (s, g) in sorted(parts.items()):
        for _ in range(20):
            new_g = r.given.get(g) or _draw_given(g, rng, taken_g)
            new = r.surnames[s] + new_g
            if new not in text and new not in r.full.values():
                break
            r.given.pop(g, None)
        r.given[g] = new_g
        taken_g.add(new_g)
        r.full[n] = new
    return r


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# Words a surname is also shortened with, beside the titles: how news refers to an elder or an untitled person.
ADDRESS_WORDS = frozenset("할머니 할아버지 어르신 선생님 할매 할배".split())


def title_words() -> frozenset[str]:
    """Words a short mention may carry ('김 대표', '김 선수', '김 할머니'): the person rules' own lexicon of titles,
    person nouns and honorifics (what Korean news writes after a surname), and the words of address."""
    from builder.rules.ko import person
    lex = person.LEX
    return person.TITLES | frozenset(lex["person_nouns"]) | frozenset(lex["name_honorifics"]) \
        | frozenset(lex["field_occupations"]) | ADDRESS_WORDS


def rewrite(text: str, r: Renaming, titles: frozenset[str] | set[str], counts: Counter | None = None) -> str:
    """Every mention of a renamed person in `text`, renamed: full names, surname + title, given name + 씨."""
    counts = counts if counts is not None else Counter()
    if not r.full:
        return text
    alts = []
    alts.append(rf"(?P<full>{_alternation(r.full)})")
    # a short mention: a renamed person's surname before a title (or an honorific) of the page
    title_alt = _alternation(t for t in titles if re.fullmatch(r"[가-힣]{1,8}", t))
    latin = r"[A-Z]{2,4}(?![A-Za-z])"  # 'PD', 'CTO', 'CP'
    after = rf" (?:{FORMER})?(?:{title_alt}|{latin})|" if title_alt else ""
    alts.append(rf"(?P<short>{_alternation(r.surnames)})(?=(?:{after} ?(?:씨|氏)))")
    long_given = [g for g in r.given if len(g) >= 2]
    if long_given:
        alts.append(rf"(?P<given>{_alternation(long_given)}){GIVEN_FOLLOWERS}")
    pattern = re.compile(r"(?<![가-힣])(?:" + "|".join(alts) + ")")

    def swap(m: re.Match) -> str:
        kind = m.lastgroup
        counts[kind] += 1
        table = {"full": r.full, "short": r.surnames, "given": r.given}[kind]
        return table[m.group(kind)]

    return pattern.sub(swap, text)


# Last syllables of a body that speaks ('기상청', '헌법재판소'): a quote speaker ending so is not renamed.
BODY_ENDINGS = tuple("청 처 부 원 회 소 단 당 사 국 실 과 팀 대 원 관 시 도 군 구 법 원".split())


def gold_names(gold: dict) -> list[str]:
    """The people of a gold page: persons, optional persons, and the quote speakers that are no body."""
    names = [p.get("name") for p in gold.get("persons", [])] + list(gold.get("optional_persons", []))
    people = {n for n in names if isinstance(n, str)}
    names += [q.get("speaker") for q in gold.get("quotes", [])
              if q.get("speaker") in people or ("persons" not in gold and not str(q.get("speaker")).endswith(BODY_ENDINGS))]
    return [n for n in names if isinstance(n, str)]


def page_titles(gold: dict) -> set[str]:
    return {p["title"] for p in gold.get("persons", []) if p.get("title")}


def rewrite_gold(gold: dict, r: Renaming, titles, counts: Counter | None = None) -> dict:
    """The gold with every string (but its source and note) rewritten like the page."""
    def walk(v, key=None):
        if isinstance(v, str):
            return v if key in ("source", "note") else rewrite(v, r, titles, counts)
        if isinstance(v, list):
            return [walk(x, key) for x in v]
        if isinstance(v, dict):
            return {k: walk(x, k) for k, x in v.items()}
        return v
    return walk(gold)


def rename_bytes(data: bytes, name: str, r: Renaming, titles, counts: Counter | None = None) -> bytes:
    """A page's bytes with its people renamed, written back in the page's own charset (gzip kept)."""
    if name.endswith(".gz"):
        return gzip.compress(rename_bytes(gzip.decompress(data), name[:-3], r, titles, counts), mtime=0)
    if data[:5] == b"WARC/":
        return data  # record lengths would change; a WARC is left as it is
    text, encoding = decode(data, html=not name.endswith(".txt"))
    new = rewrite(text, r, titles, counts)
    return new.encode("utf-8" if encoding == "ascii" and not new.isascii() else encoding)


def page_seed(seed: int, page: str) -> random.Random:
    return random.Random(seed * 1_000_003 + zlib.crc32(page.encode("utf-8")))


# ------------------------------------------------------------------------------ building and scoring

def _score_module(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def copy_set(name: str, shared: Path, raw: Path, gold: Path) -> None:
    from quality import PROJECT_SETS, SETS
    inputs, golds = SETS[name]
    base = ROOT if name in PROJECT_SETS else shared
    raw.mkdir(parents=True)
    gold.mkdir(parents=True)
    for d in inputs:
        for f in sorted((base / d).iterdir()):
            if f.is_file() and not f.name.endswith(".json"):
                shutil.copy(f, raw / f.name)
    for d in golds:
        for f in sorted((base / d).glob("*.expected.json")):
            shutil.copy(f, gold / f.name)


def rename_set(raw: Path, gold: Path, new_raw: Path, new_gold: Path, seed: int, titles) -> tuple[dict, Counter]:
    """Renamed copies of a set's pages and gold; (page → Renaming, counts of rewritten mentions)."""
    new_raw.mkdir(parents=True)
    new_gold.mkdir(parents=True)
    golds = {}
    for gf in sorted(gold.glob("*.expected.json")):
        g = json.loads(gf.read_text("utf-8"))
        golds[g["source"]] = (gf.name, g)
    renamings, counts = {}, Counter()
    for f in sorted(raw.iterdir()):
        data = f.read_bytes()
        if f.name not in golds:
            (new_raw / f.name).write_bytes(data)
            continue
        gname, g = golds[f.name]
        plain = gzip.decompress(data) if f.name.endswith(".gz") else data
        try:
            text = decode(plain, html=not f.name.endswith(".txt"))[0]
        except Exception:
            text = ""
        r = make_renaming(gold_names(g), page_seed(seed, f.name), text)
        ts = set(titles) | page_titles(g)
        renamings[f.name] = r
        counts["people"] += len(r.full)
        (new_raw / f.name).write_bytes(rename_bytes(data, f.name, r, ts, counts))
        (new_gold / gname).write_text(json.dumps(rewrite_gold(g, r, ts), ensure_ascii=False, indent=1), "utf-8")
    for gname, g in golds.values():  # gold without a page stays as it is
        if not (new_gold / gname).exists():
            (new_gold / gname).write_text(json.dumps(g, ensure_ascii=False), "utf-8")
    return renamings, counts


def page_rows(sc, out: Path, gold: Path) -> dict:
    """Per page, the status of every gold row, keyed so a renamed copy's rows line up with the original's:
    ('person', i) found; ('title', i) / ('org', i) right; ('quote', j) found; ('speaker', j) right;
    ('negative', k) not hit; plus 'extras': the names found that the gold does not list."""
    import polars as pl
    art, per, quo = sc.load(out, "article"), sc.load(out, "person"), sc.load(out, "quote")
    by_src = {Path(p).name: a for p, a in zip(art["source_path"], art["article_id"])} if art is not None else {}
    result = {}
    for gf in sorted(gold.glob("*.expected.json")):
        g = json.loads(gf.read_text("utf-8"))
        aid = by_src.get(g["source"])
        prow = [] if per is None or aid is None else per.filter(pl.col("article_id") == aid).to_dicts()
        rows = [] if quo is None or aid is None else sorted(
            quo.filter(pl.col("article_id") == aid).to_dicts(), key=lambda x: x.get("start") or 0)
        st, detail = {}, {}
        gp, opt = g.get("persons", []), g.get("optional_persons", [])
        for i, p in enumerate(gp):
            m = [x for x in prow if sc.same_name(x.get("name") or "", p["name"])]
            st[("person", i)] = bool(m)
            detail[("person", i)] = p["name"]
            if m and p.get("title"):
                st[("title", i)] = any(sc.norm(p["title"]) in sc.norm(x.get("title") or "") or (
                    x.get("title") and sc.norm(x["title"]) in sc.norm(p["title"])) for x in m)
                detail[("title", i)] = f'{p["name"]}: gold {p["title"]!r}, ours {[x.get("title") for x in m]}'
            if m and p.get("organization"):
                st[("org", i)] = any(sc.same_name(x.get("organization") or "", p["organization"]) for x in m)
                detail[("org", i)] = f'{p["name"]}: gold {p["organization"]!r}, ours {[x.get("organization") for x in m]}'
        extras = set()
        if "persons" in g:
            for x in prow:
                n = x.get("name") or ""
                if any(sc.same_name(n, o) for o in opt) or any(sc.same_name(n, p["name"]) for p in gp):
                    continue
                if x.get("role") == "reporter":
                    continue
                extras.add(n)
        for k, n in enumerate(g.get("must_not", {}).get("person_names", [])):
            st[("negative", k)] = not any(sc.same_name(x.get("name") or "", n) for x in prow)
            detail[("negative", k)] = n
        names = {x.get("person_id"): x.get("name") for x in prow}
        chains = sc.quotation_parts(rows)

        def text(ix):
            return " ".join(rows[i].get("text") or "" for i in ix)

        def speakers(ix):
            return [s for i in ix for s in (rows[i].get("speaker_name"), names.get(rows[i].get("person_id"))) if s]
        cands = [tuple(c) for c in chains] + [(i,) for i in range(len(rows))]
        cands += [tuple(range(i, j)) for i in range(len(rows)) for j in range(i + 2, min(i + 5, len(rows) + 1))]
        used = set()
        for j, q in enumerate(g.get("quotes", [])):
            hit = next((ix for ix in cands if not used & set(ix) and sc.same_text(text(ix), q["text"])), None)
            st[("quote", j)] = hit is not None
            detail[("quote", j)] = q["text"][:40]
            if hit is None:
                continue
            used |= set(hit)
            if q.get("speaker"):
                spk = speakers(hit)
                st[("speaker", j)] = bool(spk) and sc.same_speaker(spk[0], q["speaker"])
                detail[("speaker", j)] = f'gold {q["speaker"]!r}, ours {spk[0] if spk else None!r}: {q["text"][:30]}'
        result[g["source"]] = {"status": st, "detail": detail, "extras": extras}
    return result


def unrename(name: str, r: Renaming) -> str:
    """A name found on a renamed copy, spelled back with the original names (to compare extras)."""
    back = r.reverse()
    for new, old in sorted(back.full.items(), key=lambda kv: -len(kv[0])):
        if new in name:
            return name.replace(new, old)
    for new, old in sorted(back.surnames.items(), key=lambda kv: -len(kv[0])):
        if name.startswith(new):
            return old + name[len(new):]
    return name


FIGS = [("person_P", "P"), ("person_R", "R"), ("person_title_acc", "title"), ("person_org_acc", "org"),
        ("quote_attr_acc", "attr"), ("quote_R", "quoteR")]
KINDS = {"person": "person missed", "title": "title wrong", "org": "organisation wrong", "quote": "quote missed",
         "speaker": "speaker wrong", "negative": "must-not name found", "extra": "extra person"}


def build_and_score(raw: Path, out: Path, gold: Path, shared: Path, jobs: int, sc) -> tuple[dict, dict]:
    from builder.pipeline import build
    from quality import score
    build(raw, out, jobs=jobs)
    return score(shared, out, gold), page_rows(sc, out, gold)


def compare(orig: dict, renamed: dict, renamings: dict) -> list[tuple[str, str, str]]:
    """(kind, page, what) of every row right on the original and wrong on the renamed copy."""
    found = []
    for page, o in orig.items():
        n = renamed.get(page)
        if n is None:
            continue
        for key, ok in o["status"].items():
            if ok and n["status"].get(key) is False:
                found.append((KINDS[key[0]], page, f'{n["detail"].get(key)}  [was {o["detail"].get(key)}]'))
        r = renamings.get(page, Renaming())
        for extra in sorted(n["extras"]):
            if unrename(extra, r) not in o["extras"]:
                found.append((KINDS["extra"], page, f"{extra} (as {unrename(extra, r)})"))
    return found


def _fmt(v) -> str:
    return "  -  " if v is None or v != v else f"{v:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", nargs="*", default=["dev-ko-heldout11"])
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--first-seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="keep the renamed copies and builds here (outside the project)")
    ap.add_argument("--json", type=Path, help="also write the figures and the spelling-dependent rows here")
    args = ap.parse_args()
    if not (args.shared / "tools" / "score.py").exists():
        sys.exit(f"no scorer under {args.shared}")
    if args.keep and ROOT in args.keep.resolve().parents:
        sys.exit("--keep must be outside the project")
    sc = _score_module(args.shared)
    titles = title_words()
    seeds = list(range(args.first_seed, args.first_seed + args.seeds))
    table, dependent, counts_by_set = {}, defaultdict(list), {}
    tmp_ctx = tempfile.TemporaryDirectory() if args.keep is None else None
    base = Path(tmp_ctx.name) if tmp_ctx else args.keep
    try:
        for s in args.sets:
            d = base / s
            if d.exists():
                shutil.rmtree(d)
            copy_set(s, args.shared, d / "raw", d / "gold")
            figs, orig_rows = build_and_score(d / "raw", d / "out", d / "gold", args.shared, args.jobs, sc)
            table[s] = {"orig": figs}
            counts = Counter()
            for seed in seeds:
                renamings, c = rename_set(d / "raw", d / "gold", d / f"raw{seed}", d / f"gold{seed}", seed, titles)
                counts.update(c)
                figs_n, rows_n = build_and_score(d / f"raw{seed}", d / f"out{seed}", d / f"gold{seed}",
                                                 args.shared, args.jobs, sc)
                table[s][f"seed{seed}"] = figs_n
                for kind, page, what in compare(orig_rows, rows_n, renamings):
                    dependent[kind].append((s, seed, page, what))
            counts_by_set[s] = counts
            print(f"# {s} done: people renamed per seed {counts['people'] // len(seeds)}, mentions rewritten "
                  f"(pages, all seeds) full {counts['full']}, short {counts['short']}, given {counts['given']}",
                  file=sys.stderr, flush=True)
    finally:
        if tmp_ctx:
            tmp_ctx.cleanup()
    print_report(table, dependent, seeds)
    if args.json:
        args.json.write_text(json.dumps({"table": table, "dependent": dependent,
                                         "counts": {k: dict(v) for k, v in counts_by_set.items()}},
                                        ensure_ascii=False, indent=1), "utf-8")


def print_report(table: dict, dependent: dict, seeds: list[int]) -> None:
    head = f"{'set':<22}{'copy':<8}" + "".join(f"{label:>8}" for _, label in FIGS)
    print(head)
    drops = defaultdict(list)
    for s, runs in table.items():
        for copy, figs in runs.items():
            print(f"{s:<22}{copy:<8}" + "".join(f"{_fmt(figs.get(k)):>8}" for k, _ in FIGS))
        line = f"{'':<22}{'drop':<8}"
        for k, _ in FIGS:
            o = runs["orig"].get(k)
            vals = [runs[f"seed{x}"].get(k) for x in seeds]
            vals = [v for v in vals if v is not None and v == v]
            if o is None or o != o or not vals:
                line += f"{'-':>8}"
                continue
            drop = o - sum(vals) / len(vals)
            drops[k].append(drop)
            line += f"{drop:>+8.3f}"
        print(line)
    print(f"{'mean drop over sets':<30}" + "".join(
        f"{(sum(drops[k]) / len(drops[k]) if drops[k] else float('nan')):>+8.3f}" for k, _ in FIGS))
    print()
    total = sum(len(v) for v in dependent.values())
    print(f"spelling-dependent rows (right on the original, wrong on a renamed copy): {total}")
    for kind, rows in sorted(dependent.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {kind}: {len(rows)}")
        for s, seed, page, what in rows:
            print(f"  {s} seed{seed} {page}: {what}")


if __name__ == "__main__":
    main()
