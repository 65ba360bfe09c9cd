"""Search engine benchmark: indexing documents/second and query latency p50/p95.

    .venv/bin/python benchmarks/search_bench.py [--engine embedded] [--documents 100000] [--queries 2000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB .venv/bin/python benchmarks/search_bench.py --engine postgres

The PostgreSQL engine is measured in the migrated database of DATABASE_URL, whose search tables must be
empty (a throwaway database); they are emptied again afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from kernel import languages  # noqa: E402
from search.backends import language_analysis  # noqa: E402
from search.documents import SearchDocument  # noqa: E402
from search.engines.base import Filters, SearchEngine, batches  # noqa: E402
from search.engines.embedded import EmbeddedEngine  # noqa: E402
from search.engines.postgres import PostgresEngine  # noqa: E402

PAGE, ORGANIZATION = "page", "organization"

SYLLABLES = {
    "Latn": ["för", "sä", "kring", "bar", "nen", "bo", "stad", "ar", "bete", "hem", "skol", "vård", "lä", "kare",
             "ta", "ma", "ri", "kon", "tor", "ning", "ga", "ström", "berg", "by", "hus", "ke", "le", "mö",
             "ten", "sam", "häl", "sa", "fri", "tid", "ka", "ssan", "ver", "ket", "ban", "ken", "dag"],
    "Arab": ["مد", "رسة", "كتا", "ب", "سك", "ن", "عمل", "صح", "ة", "أط", "فال", "بي", "ت", "مس", "تش", "فى",
             "خا", "نه", "ی", "ک", "رو", "زی", "دا", "نش", "گا", "ه", "پو", "ښ", "تو"],
    "Cyrl": ["жи", "льё", "ра", "бо", "та", "шко", "ла", "здо", "ро", "вье", "дет", "ки", "по", "мощь", "го",
             "род", "се", "мья", "кни", "га", "ї", "зна", "ння"],
    "Ethi": ["ሰ", "ላም", "ቤ", "ት", "ስ", "ራ", "ሕ", "ፃ", "ናት", "ት", "ም", "ህ", "ርቲ", "ጥዕ", "ና"],
}


def vocabulary(script: str, rng: random.Random, size: int = 3000) -> list[str]:
    syllables = SYLLABLES[script]
    return list({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)})


def corpus(count: int, seed: int = 1) -> tuple[list[SearchDocument], dict[str, list[str]]]:
    rng = random.Random(seed)
    words = {script: vocabulary(script, rng) for script in SYLLABLES}
    lang_words = {lang.code: words[lang.script if lang.script in words else "Latn"] for lang in languages.TABLE}
    docs = []
    for n in range(count):
        lang = languages.TABLE[n % len(languages.TABLE)]
        vocab = lang_words[lang.code]
        title = " ".join(rng.choice(vocab) for _ in range(rng.randint(2, 6)))
        body = " ".join(rng.choice(vocab) for _ in range(rng.randint(40, 120)))
        is_actor = n % 4 == 0
        docs.append(SearchDocument(
            type=ORGANIZATION if is_actor else PAGE, object_id=str(n // len(languages.TABLE)),
            language=lang.code, title=title.capitalize(), body=body, url=f"/{lang.code}/{n}/",
            focus_areas=(rng.choice(["housing", "work", "health", "parenting"]),),
            names=(title.capitalize(),) if is_actor else ()))
    return docs, lang_words


def queries(lang_words: dict[str, list[str]], count: int, seed: int = 2) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    codes = list(lang_words)
    for n in range(count):
        code = codes[n % len(codes)]
        vocab = lang_words[code]
        kind = n % 5
        if kind == 0:  # two words
            q = f"{rng.choice(vocab)} {rng.choice(vocab)}"
        elif kind == 1:  # a typo
            w = rng.choice([w for w in vocab if len(w) >= 5] or vocab)
            i = rng.randrange(1, len(w))
            q = w[:i] + w[i + 1:]
        elif kind == 2:  # nothing like it
            q = "qxzvw"
        else:
            q = rng.choice(vocab)
        out.append((q, code))
    return out


def index_all(engine: SearchEngine, docs: list[SearchDocument], batch_size: int = 1000) -> None:
    for batch in batches(docs, batch_size):
        engine.index(batch)


def server_cpu(engine: SearchEngine) -> float:
    """CPU seconds used so far by the PostgreSQL backend serving this process (0 for other engines, or
    when the server runs on another machine)."""
    if not isinstance(engine, PostgresEngine):
        return 0.0
    with engine.connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def index(engine: SearchEngine, docs: list[SearchDocument], via: str = "index") -> tuple[float, float]:
    """Documents per second, by the wall clock and by the CPU time of this process and of its database
    server process (the machine may be shared)."""
    start, cpu, server = time.perf_counter(), time.process_time(), server_cpu(engine)
    if via == "rebuild":
        engine.rebuild(docs)
    else:
        index_all(engine, docs)
    used = time.process_time() - cpu + server_cpu(engine) - server
    return len(docs) / (time.perf_counter() - start), len(docs) / used


def latencies(engine: SearchEngine, qs: list[tuple[str, str]],
              filters: Filters | None = None) -> tuple[list[float], list[float]]:
    """Milliseconds per search, by the wall clock and by CPU time."""
    for code in languages.CODES:  # first search per language loads its vocabulary
        engine.search("x", code)
    wall, cpu = [], []
    for q, code in qs:
        start, cpu_start, server = time.perf_counter(), time.process_time(), server_cpu(engine)
        engine.search(q, code, filters)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start + server_cpu(engine) - server) * 1000)
    return wall, cpu


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def _size(engine: SearchEngine, path: Path) -> float:
    """Megabytes of the index."""
    if isinstance(engine, PostgresEngine):
        with engine.connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size('portal_search_document') "
                           "+ pg_total_relation_size('portal_search_word')")
            return cursor.fetchone()[0] / 1e6
    return path.stat().st_size / 1e6


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["embedded", "postgres"], default="embedded")
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--via", choices=["index", "rebuild"], default="index",
                        help="index in batches of 1,000 documents, or in one rebuild (the bulk path)")
    parser.add_argument("--queries", type=int, default=2_000)
    args = parser.parse_args(argv)
    docs, lang_words = corpus(args.documents)
    with tempfile.TemporaryDirectory() as tmp:
        if args.engine == "postgres":
            engine = PostgresEngine(language_analysis())
            if sum(engine.counts().values()):
                raise SystemExit("the search tables of DATABASE_URL are not empty: use a throwaway database")
        else:
            engine = EmbeddedEngine(language_analysis(), path=Path(tmp) / "bench.sqlite3")
        rate, cpu_rate = index(engine, docs, args.via)
        size = _size(engine, Path(tmp) / "bench.sqlite3")
        qs = queries(lang_words, args.queries)
        ms, cpu_ms = latencies(engine, qs)
        typed, _ = latencies(engine, qs[: len(qs) // 4], Filters(type="page"))
        suggest = []
        for q, code in qs[:500]:
            start = time.perf_counter()
            engine.suggest(q[:3], code)
            suggest.append((time.perf_counter() - start) * 1000)
        if args.engine == "postgres":
            engine.rebuild([])
    print(f"{args.engine} engine; documents: {len(docs)} in {len(languages.CODES)} languages, index {size:.0f} MB; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"indexing ({args.via}): {rate:,.0f} documents/s wall clock ({cpu_rate:,.0f} documents/s of CPU "
          "time, this process and its database server process)")
    print(f"search ({len(ms)} queries): p50 {percentile(ms, 50):.1f} ms, p95 {percentile(ms, 95):.1f} ms, "
          f"max {max(ms):.1f} ms wall clock; CPU time p50 {percentile(cpu_ms, 50):.1f} ms, "
          f"p95 {percentile(cpu_ms, 95):.1f} ms")
    print(f"search with type filter: p50 {percentile(typed, 50):.1f} ms, p95 {percentile(typed, 95):.1f} ms")
    print(f"suggest ({len(suggest)} prefixes): p50 {percentile(suggest, 50):.1f} ms, "
          f"p95 {percentile(suggest, 95):.1f} ms")
    return rate, ms


if __name__ == "__main__":
    main()
