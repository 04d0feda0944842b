"""Would Kiwi cost less per document if each distinct word (eojeol) were analysed alone, once per
worker process, and its analysis kept in a cache shared by every document the worker builds?

usage: python benchmarks/kiwi_words.py [--shared ../shared] [--orders 3]

Builds the Korean sets of ../shared whose texts are all different (ko-klue's news sentences,
ko-more, ko, ko-text and the seed) once, takes their bodies, and prints, in CPU ms per document:
  - Kiwi on each whole body (what builder/rules/ko/morph.py does);
  - every word alone, batched into one kiwi.tokenize(list) call per document, with no cache,
    and the distinct words of each document alone, batched or one call each;
  - the word cache filled cold, documents taken in random orders: cost per document and hit rate
    (by words and by characters) over the first 10, the next 30 and the rest; and the cost with
    every word already cached (the floor);
  - how many eojeols Kiwi reads differently alone than in their sentence, by kind of change;
  - the share of characters in sentences whose every word is already cached (the most a hybrid
    'words alone, whole sentences where a word is new' could leave to the cache);
  - the memory one cached word takes.
Figures, not assertions; the results are summarised in builder/rules/ko/morph.py's docstring.
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("corpus/ko-klue/text", "corpus/ko-more/pages", "corpus/ko/html", "corpus/ko-text/text", "seed")
WORD = re.compile(r"\S+")
SENTENCE = re.compile(r"[^\n.?!]+[.?!]?")


def bodies(shared: Path) -> list[str]:
    """The bodies the build extracts from the distinct Korean texts of ../shared."""
    import polars as pl

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for d in SOURCES:
            for f in sorted((shared / d).glob("*")) if (shared / d).exists() else []:
                if f.is_file() and f.suffix != ".json":
                    shutil.copy(f, raw / f"{d.replace('/', '_')}_{f.name}")
        if not any(raw.iterdir()):
            sys.exit(f"no Korean texts under {shared}")
        out = Path(tmp) / "out"
        cli = Path(sys.executable).with_name("build-dataset")
        subprocess.run([str(cli), str(raw), str(out), "--no-cache", "--quiet", "--jobs", "1"], check=True)
        return [b for b in pl.read_parquet(out / "article.parquet")["body"].to_list() if b]


def cpu_ms_per_doc(f, n: int) -> float:
    t0 = time.process_time()
    f()
    return 1000 * (time.process_time() - t0) / n


def key(t) -> tuple:  # noqa: ANN001 - a kiwipiepy Token
    return (t.form, t.tag, t.start, t.end, bool(t.oov))


def cold_cache(kiwi, docs: list[str]) -> tuple[list[float], list[tuple[int, int, int, int, int, int]], dict]:
    """Per document: CPU seconds, and (words, hit words, chars, hit chars, chars in sentences, chars in wholly cached sentences)."""
    cache: dict[str, tuple] = {}
    cost, counts = [], []
    for body in docs:
        words = [(m.start(), m.group()) for m in WORD.finditer(body)]
        hit = [w in cache for _, w in words]
        sentences = [s.group() for s in SENTENCE.finditer(body) if s.group().strip()]
        cached = sum(len(s) for s in sentences if all(w in cache for w in s.split()))
        t0 = time.process_time()
        new = list({w for _, w in words if w not in cache})
        if new:
            for w, toks in zip(new, kiwi.tokenize(new)):
                cache[w] = tuple(key(t) for t in toks)
        [(f, tag, s + a, s + e, o) for s, w in words for f, tag, a, e, o in cache[w]]
        cost.append(time.process_time() - t0)
        counts.append((len(words), sum(hit), sum(len(w) for _, w in words),
                       sum(len(w) for (_, w), h in zip(words, hit) if h), sum(map(len, sentences)), cached))
    return cost, counts, cache


def differences(kiwi, docs: list[str]) -> tuple[int, collections.Counter]:
    """Eojeols whose morphemes (form, tag) alone differ from those in the whole body, by change of tags."""
    kinds: collections.Counter = collections.Counter()
    total = 0
    for body in docs:
        whole = [key(t) for t in kiwi.tokenize(body)]
        words = list(WORD.finditer(body))
        for m, toks in zip(words, kiwi.tokenize([m.group() for m in words])):
            total += 1
            s, e = m.span()
            inside = [x[:2] for x in whole if s <= x[2] and x[3] <= e]
            alone = [(t.form, t.tag) for t in toks]
            if inside != alone:
                kinds["+".join(t for _, t in inside) + " -> " + "+".join(t for _, t in alone)] += 1
    return total, kinds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--orders", type=int, default=3)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from builder.rules.ko.morph import kiwi as load

    docs = bodies(args.shared)
    kiwi = load()
    n = len(docs)
    words = [m.group() for b in docs for m in WORD.finditer(b)]
    print(f"{n} distinct Korean bodies, {sum(map(len, docs))} characters, {len(words)} eojeols, {len(set(words))} distinct")

    print("\nCPU ms per document (each twice):")
    for _ in range(2):
        print(f"  whole body {cpu_ms_per_doc(lambda: [list(kiwi.tokenize(b)) for b in docs], n):6.1f}"
              f" | every word alone, batched {cpu_ms_per_doc(lambda: [list(kiwi.tokenize([m.group() for m in WORD.finditer(b)])) for b in docs], n):6.1f}"
              f" | distinct words, batched {cpu_ms_per_doc(lambda: [list(kiwi.tokenize(list({m.group() for m in WORD.finditer(b)}))) for b in docs], n):6.1f}"
              f" | distinct words, one call each {cpu_ms_per_doc(lambda: [[kiwi.tokenize(w) for w in {m.group() for m in WORD.finditer(b)}] for b in docs], n):6.1f}")

    print("\ncold word cache, documents in random order (cost in CPU ms/doc; hit = share already cached):")
    for seed in range(args.orders):
        order = docs[:]
        random.Random(seed).shuffle(order)
        cost, counts, cache = cold_cache(kiwi, order)
        parts = []
        for a, z in ((0, 10), (10, 40), (40, n)):
            c = counts[a:z]
            parts.append(f"docs {a + 1}-{z}: {1000 * sum(cost[a:z]) / len(cost[a:z]):5.1f} ms,"
                         f" hit {sum(x[1] for x in c) / sum(x[0] for x in c):.2f} words"
                         f" {sum(x[3] for x in c) / sum(x[2] for x in c):.2f} chars,"
                         f" wholly cached sentences {sum(x[5] for x in c) / sum(x[4] for x in c):.3f} of chars")
        print(f"  order {seed}: " + "\n           ".join(parts))
        floor = cpu_ms_per_doc(lambda: [[(f, t, s + a, s + e, o) for s, w in ((m.start(), m.group()) for m in WORD.finditer(b))
                                         for f, t, a, e, o in cache[w]] for b in order], n)
        print(f"           every word cached: {floor:.2f} ms/doc; cache {len(cache)} words")

    distinct = list(cache)
    tracemalloc.start()
    rebuilt = {"".join(list(w)): tuple(key(t) for t in toks) for w, toks in zip(distinct, kiwi.tokenize(distinct))}
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\nmemory: {size / len(rebuilt):.0f} bytes per cached word (key and morphemes)")

    total, kinds = differences(kiwi, docs)
    print(f"\n{sum(kinds.values())} of {total} eojeols read differently alone than in the body; commonest changes (in body -> alone):")
    for kind, count in kinds.most_common(15):
        print(f"  {count:5d}  {kind}")
    proper = sum(c for k, c in kinds.items() if ("NNP" in k.split(" -> ")[0]) != ("NNP" in k.split(" -> ")[1]))
    print(f"  {proper} of them gain or lose a proper noun (NNP)")


if __name__ == "__main__":
    main()
