#!/usr/bin/env python3
"""Checks a relevance set judged vacancy by vacancy (vacancies.tsv, queries.tsv) for forsa's
vacancy search: the held-out set or the development set.

Run from anywhere:  python3 crates/bench/data/check.py heldout|development [VACANCIES QUERIES]
Exits 1 and names every problem found; otherwise prints a summary and exits 0.
Standard library only.
"""
import collections
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent
ROOT = DATA.parents[2]  # data -> bench -> crates -> repository root
if len(sys.argv) not in (2, 4) or sys.argv[1] not in ("heldout", "development"):
    sys.exit("usage: check.py heldout|development [VACANCIES QUERIES]")
HERE = DATA / sys.argv[1]
REF = ROOT / "migrations" / "data"

VACANCY_COLUMNS = ["id", "title_ar", "title_en", "description_ar", "description_en",
                   "occupation", "sector", "location", "skills"]
QUERY_COLUMNS = ["id", "query", "language", "category", "judgements"]
CATEGORIES = ["morphology", "derivation", "multi-word", "cross-language", "synonyms", "typos"]
LANGUAGES = ["ar", "en"]

problems = []


def problem(msg):
    problems.append(msg)


def read_tsv(path, ncols, name):
    """Returns (line number, cells) for every data line; checks the header and cell counts."""
    out = []
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problem(f"{name}: file not found: {path}")
        return out
    except UnicodeDecodeError as e:
        problem(f"{name}: not valid UTF-8 ({e})")
        return out
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or not lines[0].startswith("#"):
        problem(f"{name}: the first line must be a header starting with '#'")
    for n, line in enumerate(lines, 1):
        if n == 1 and line.startswith("#"):
            continue
        if line.endswith("\r"):
            problem(f"{name}:{n}: carriage return at end of line")
            line = line.rstrip("\r")
        if not line.strip():
            problem(f"{name}:{n}: empty line")
            continue
        cells = line.split("\t")
        if len(cells) != ncols:
            problem(f"{name}:{n}: {len(cells)} cells, expected {ncols}")
            continue
        for i, c in enumerate(cells):
            if c != c.strip():
                problem(f"{name}:{n}: cell {i + 1} has leading or trailing spaces")
        out.append((n, cells))
    return out


def reference_codes():
    isco, isic, loc = set(), set(), set()
    for line in (REF / "isco08.tsv").read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if len(p) >= 2 and p[1] == "4":
            isco.add(p[0])
    for line in (REF / "isic4-sections.tsv").read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if p and p[0]:
            isic.add(p[0])
    for line in (REF / "locations-jo.tsv").read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if p and p[0]:
            loc.add(p[0])
    return isco, isic, loc


def main():
    isco, isic, loc = reference_codes()

    # ---- vacancies
    vac_path = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "vacancies.tsv"
    vacancies = {}
    for n, c in read_tsv(vac_path, len(VACANCY_COLUMNS), "vacancies.tsv"):
        v = dict(zip(VACANCY_COLUMNS, c))
        where = f"vacancies.tsv:{n} ({v['id']})"
        if not re.fullmatch(r"V\d{3,}", v["id"]):
            problem(f"{where}: id must look like V001")
        if v["id"] in vacancies:
            problem(f"{where}: id repeats")
        if v["occupation"] not in isco:
            problem(f"{where}: unknown ISCO-08 unit group {v['occupation']!r}")
        if v["sector"] not in isic:
            problem(f"{where}: unknown ISIC section {v['sector']!r}")
        if v["location"] not in loc:
            problem(f"{where}: unknown location {v['location']!r}")
        if not v["title_ar"] and not v["title_en"]:
            problem(f"{where}: neither an Arabic nor an English title")
        for lang in ("ar", "en"):
            if bool(v[f"title_{lang}"]) != bool(v[f"description_{lang}"]):
                problem(f"{where}: title_{lang} and description_{lang} must be both present or both empty")
        if v["skills"] and any(not s.strip() for s in v["skills"].split(";")):
            problem(f"{where}: empty skill between ';'")
        vacancies[v["id"]] = v

    # ---- queries
    q_path = Path(sys.argv[3]) if len(sys.argv) > 2 else HERE / "queries.tsv"
    queries = {}
    for n, c in read_tsv(q_path, len(QUERY_COLUMNS), "queries.tsv"):
        q = dict(zip(QUERY_COLUMNS, c))
        where = f"queries.tsv:{n} ({q['id']})"
        if not re.fullmatch(r"Q\d{3,}", q["id"]):
            problem(f"{where}: id must look like Q001")
        if q["id"] in queries:
            problem(f"{where}: id repeats")
        if not q["query"]:
            problem(f"{where}: empty query")
        if q["language"] not in LANGUAGES:
            problem(f"{where}: unknown language {q['language']!r}")
        if q["category"] not in CATEGORIES:
            problem(f"{where}: unknown category {q['category']!r}")
        grades = {}
        for item in q["judgements"].split(","):
            m = re.fullmatch(r"(V\d+):(\d+)", item.strip())
            if not m:
                problem(f"{where}: malformed judgement {item!r}")
                continue
            vid, grade = m.group(1), int(m.group(2))
            if vid not in vacancies:
                problem(f"{where}: judgement names unknown vacancy {vid}")
            if grade not in (1, 2):
                problem(f"{where}: grade {grade} for {vid} (only 1 or 2 may be listed)")
            if vid in grades:
                problem(f"{where}: {vid} judged twice")
            grades[vid] = grade
        if 2 not in grades.values():
            problem(f"{where}: no grade-2 vacancy")
        q["grades"] = grades
        queries[q["id"]] = q

    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        sys.exit(1)

    # ---- summary
    def vlang(v):
        if v["title_ar"] and v["title_en"]:
            return "both"
        return "ar only" if v["title_ar"] else "en only"

    nv = len(vacancies)
    print(f"vacancies: {nv}")
    by_lang = collections.Counter(vlang(v) for v in vacancies.values())
    for k in ("ar only", "en only", "both"):
        print(f"  {k:8} {by_lang[k]:4}  ({100 * by_lang[k] / nv:.0f}%)")
    by_occ = collections.Counter(v["occupation"] for v in vacancies.values())
    print(f"  occupations (ISCO-08 unit groups): {len(by_occ)}; "
          f"vacancies per occupation: min {min(by_occ.values())}, max {max(by_occ.values())}")
    per_count = collections.Counter(by_occ.values())
    print("  occupations with n vacancies: " +
          ", ".join(f"{n}: {per_count[n]}" for n in sorted(per_count)))
    cols = sorted(by_occ)
    for i in range(0, len(cols), 10):
        print("   " + "  ".join(f"{c}:{by_occ[c]:<2}" for c in cols[i:i + 10]))
    print(f"  by location: " + ", ".join(f"{k} {n}" for k, n in
                                         sorted(collections.Counter(v['location'] for v in vacancies.values()).items())))

    nq = len(queries)
    print(f"queries: {nq}")
    table = collections.Counter((q["category"], q["language"]) for q in queries.values())
    print(f"  {'category':15} {'ar':>4} {'en':>4} {'all':>4}")
    for cat in CATEGORIES:
        ar, en = table[(cat, "ar")], table[(cat, "en")]
        print(f"  {cat:15} {ar:4} {en:4} {ar + en:4}")
    ar = sum(table[(c, "ar")] for c in CATEGORIES)
    en = sum(table[(c, "en")] for c in CATEGORIES)
    print(f"  {'all':15} {ar:4} {en:4} {ar + en:4}")
    g2 = [sum(1 for g in q["grades"].values() if g == 2) for q in queries.values()]
    g1 = [sum(1 for g in q["grades"].values() if g == 1) for q in queries.values()]
    print(f"  mean grade-2 vacancies per query: {sum(g2) / nq:.2f} (min {min(g2)}, max {max(g2)})")
    print(f"  mean grade-1 vacancies per query: {sum(g1) / nq:.2f} (min {min(g1)}, max {max(g1)})")
    unjudged = set(vacancies) - {v for q in queries.values() for v in q["grades"]}
    print(f"  vacancies relevant to no query: {len(unjudged)}")
    print("OK")


if __name__ == "__main__":
    main()
