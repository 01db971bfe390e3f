"""Throughput benchmark: floor pass, extraction on 1..N cores, ingest, peak memory, linearity.

    python benchmarks/bench.py                                  # the bundled fixtures/articles/
    python benchmarks/bench.py ../shared/corpora/news2019/articles.jsonl --mb 30
    python benchmarks/bench.py CORPUS --memory-check --profile  # + flat-memory check, cProfile
    python benchmarks/bench.py CORPUS --compare ../old-tree     # another source tree, same run
    python benchmarks/bench.py CORPUS --record news             # keep the figures for the README
    python benchmarks/bench.py --write-readme README.md         # the README's Speed figures

The corpus (a JSONL file, a directory of *.txt files or one text file) is tiled with distinct ids
into a temporary JSONL file of at least ``--mb`` MB. Every measurement runs in its own subprocess
that imports quoteattr from this source tree (or the ``--compare`` tree); peak RSS is the sum over
that process and its children, polled every 10 ms. MB are 10^6 bytes of the JSONL input. Nothing
caches results across documents: every copy is extracted afresh.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import readme_block  # noqa: E402
from tile import MB, source_records, tile  # noqa: E402

#: the floor pass: quote marks (curly, low-9, straight, guillemets, typewriter ,,) and sentence ends
FLOOR_RE = re.compile(r",,|[“”„‘’‚\"'«»]|[.!?…](?=\s)")
#: quote marks only (to size the many-quote-marks document)
MARKS_RE = re.compile(r",,|''|[“”„‘’‚\"«»]")
POLL = 0.01

# ----------------------------------------------------------------------------- child side


def _child_floor(path: str) -> dict:
    start = time.perf_counter()
    docs = hits = 0
    with open(path, "rb") as fh:
        for raw in fh:
            hits += len(FLOOR_RE.findall(raw.decode("utf-8")))
            docs += 1
    return {"seconds": time.perf_counter() - start, "documents": docs, "hits": hits}


def _child_library(path: str, jobs: int) -> dict:
    """read → extract → JSON records to /dev/null, through the library (quoteattr.read + api)."""
    from quoteattr.api import iter_extract
    from quoteattr.model import KINDS
    from quoteattr.read import iter_documents

    start = time.perf_counter()
    docs = quotes = errors = 0
    documents = (d for d in iter_documents([path]) if not isinstance(d, Exception))
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for result in iter_extract(documents, jobs=jobs, kinds=KINDS):
            docs += 1
            errors += result.error is not None
            for quote in result.quotes:
                sink.write(json.dumps(quote.to_dict(), ensure_ascii=False) + "\n")
                quotes += 1
    return {"seconds": time.perf_counter() - start, "documents": docs, "quotes": quotes, "errors": errors}


def _long_documents(path: str, base_chars: int) -> dict[str, list[str]]:
    """Two series of 1x, 2x, 4x documents of ``base_chars`` x factor, from the corpus's paragraphs:
    all of them run together as one paragraph, and those with quote marks as blank-line paragraphs."""
    paras = [p.strip() for rec in source_records(Path(path)) for p in re.split(r"\n\s*\n|\n", rec["text"])]
    paras = [p for p in paras if p]
    prose = " ".join(paras)
    quoted = [p for p in paras if MARKS_RE.search(p)]
    out: dict[str, list[str]] = {"single paragraph": [], "many quote marks": []}
    for factor in (1, 2, 4):
        need = base_chars * factor
        out["single paragraph"].append((prose * (need // len(prose) + 1))[:need])
        parts, chars = [], 0
        while quoted and chars < need:
            for p in quoted:
                parts.append(p)
                chars += len(p) + 2
                if chars >= need:
                    break
        out["many quote marks"].append("\n\n".join(parts))
    if not out["many quote marks"][0]:
        del out["many quote marks"]
    return out


def _child_linearity(path: str, base_chars: int, result_file: str) -> dict:
    """Time extract() on each document of each series; rows are appended as they finish."""
    from quoteattr.api import extract
    from quoteattr.model import KINDS

    extract("„Warm”, zei hij.", "warm-up")
    for series, texts in _long_documents(path, base_chars).items():
        for factor, text in zip((1, 2, 4), texts):
            start = time.perf_counter()
            n = len(extract(text, f"{series}-{factor}", kinds=KINDS))
            row = {"series": series, "factor": factor, "chars": len(text),
                   "marks": len(MARKS_RE.findall(text)), "quotes": n, "seconds": time.perf_counter() - start}
            with open(result_file, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")
    return {}


def _child_profile(path: str, top: int) -> dict:
    """cProfile the library pass over ``path``; the ``top`` functions by own time."""
    import cProfile
    import pstats

    from quoteattr.api import extract

    extract("„Warm”, zei hij.", "warm-up")  # (loading the language data is start-up, not engine time)
    prof = cProfile.Profile()
    prof.enable()
    res = _child_library(path, 1)
    prof.disable()
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{Path(file).name}:{line}({func})" if line else func
        rows.append({"function": where, "calls": calls, "own s": round(tottime, 3), "cumulative s": round(cumtime, 3)})
    rows.sort(key=lambda r: -r["own s"])
    return {"seconds": res["seconds"], "documents": res["documents"], "top": rows[:top]}


def _child(args: argparse.Namespace) -> int:
    if args.child == "profile":
        res = _child_profile(args.input, args.top)
    elif args.child == "floor":
        res = _child_floor(args.input)
    elif args.child == "library":
        res = _child_library(args.input, args.jobs)
    elif args.child == "linearity":
        _child_linearity(args.input, args.base_chars, args.result)
        return 0
    else:
        raise SystemExit(f"unknown child {args.child}")
    Path(args.result).write_text(json.dumps(res), encoding="utf-8")
    return 0


# ----------------------------------------------------------------------------- parent side

#: the figures --record keeps and --write-readme writes into the README
FIGURES = HERE / "speed_figures.json"
MARKERS = ("<!-- speed-figures -->", "<!-- /speed-figures -->")
#: profile lines per tree in the README
PROFILE_TOP = 6


def tree_env(tree: Path) -> dict[str, str]:
    """The environment of a child that imports quoteattr from the source tree ``tree``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tree)] + [p for p in [env.get("PYTHONPATH")] if p])
    return env


def run_measured(cmd: list[str], timeout: float | None = None, env: dict[str, str] | None = None,
                 cwd: Path | None = None) -> dict:
    """Run ``cmd`` with stdout to /dev/null; wall seconds, peak RSS (process tree), exit code."""
    import psutil

    # stderr goes to a temporary file, not a pipe: a run that reports many errors must never
    # block on a full pipe while we only poll its memory
    err = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, text=True, env=env, cwd=cwd)
    peak = 0
    timed_out = False
    while proc.poll() is None:
        try:
            tree = [proc] + proc.children(recursive=True)
            peak = max(peak, sum(_rss(p) for p in tree))
        except psutil.Error:
            pass
        if timeout and time.perf_counter() - start > timeout:
            _kill_tree(proc)
            timed_out = True
            break
        time.sleep(POLL)
    wall = time.perf_counter() - start
    returncode = proc.wait()
    err.seek(0)
    stderr = err.read()
    err.close()
    return {"wall": wall, "rss": peak, "returncode": returncode, "stderr": stderr, "timed_out": timed_out}


def _rss(p) -> int:
    try:
        return p.memory_info().rss
    except Exception:  # noqa: BLE001 - the process ended between listing and reading
        return 0


def _kill_tree(proc) -> None:
    for p in proc.children(recursive=True) + [proc]:
        try:
            p.kill()
        except Exception:  # noqa: BLE001
            pass


def child_run(kind: str, input_path: Path, workdir: Path, tree: Path, jobs: int = 1) -> dict:
    """One child measurement (``--child kind``) with quoteattr from ``tree``."""
    result = workdir / f"{kind}-{jobs}.json"
    cmd = [sys.executable, __file__, "--child", kind, "--input", str(input_path), "--jobs", str(jobs),
           "--result", str(result)]
    run = run_measured(cmd, env=tree_env(tree))
    if run["returncode"] != 0:
        raise RuntimeError(f"{kind} failed:\n{run['stderr']}")
    return {**json.loads(result.read_text()), "rss": run["rss"], "wall": run["wall"]}


def cli_run(tree: Path, *args: str) -> dict:
    """``quoteattr ARGS`` from ``tree``: wall time incl. start-up, peak RSS. (It runs in ``tree``:
    ``python -m`` puts the working directory first on the path, before PYTHONPATH.)"""
    run = run_measured(cli(*args), env=tree_env(tree), cwd=tree)
    if run["returncode"] not in (0, 1):
        raise RuntimeError(f"quoteattr {' '.join(args)} failed:\n{run['stderr']}")
    return {**run, "seconds": run["wall"]}


def fastest(runs: dict[str, list[dict]]) -> dict[str, dict]:
    """Per tree: the fastest run, with the largest peak RSS of all its runs."""
    out = {}
    for label, rs in runs.items():
        best = min(rs, key=lambda r: r["seconds"])
        out[label] = {**best, "rss": max(r["rss"] for r in rs)}
    return out


def interleaved(trees: dict[str, Path], repeat: int, measure) -> dict[str, dict]:
    """``measure(tree)`` ``repeat`` times per tree, the trees taking turns (so that a busy
    neighbour on a shared machine slows them alike); the fastest run of each."""
    runs: dict[str, list[dict]] = {label: [] for label in trees}
    for _ in range(repeat):
        for label, tree in trees.items():
            runs[label].append(measure(tree))
    return fastest(runs)


def _remove_db(db: Path) -> None:
    """A fresh database for every ingest run (SQLite side files included)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def cli(*args: str) -> list[str]:
    """The quoteattr command, run with this interpreter."""
    return [sys.executable, "-m", "quoteattr", *args]


def cli_has(command: str, tree: Path = REPO) -> bool:
    probe = subprocess.run(cli(command, "--help"), capture_output=True, text=True, env=tree_env(tree), cwd=tree)
    return probe.returncode == 0


def machine() -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    except (ValueError, OSError, AttributeError):
        mem = float("nan")
    return {
        "cpu": model, "cores": os.cpu_count(), "memory_gb": round(mem, 1),
        "python": platform.python_version(), "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
    }


def tree_version(tree: Path) -> str:
    """'0.1.0, abc1234': the version and commit of a source tree."""
    probe = subprocess.run([sys.executable, "-c", "import quoteattr; print(quoteattr.__version__, quoteattr.__file__)"],
                           capture_output=True, text=True, env=tree_env(tree), cwd=tree).stdout.split()
    version, module = probe if len(probe) == 2 else ("?", "")
    if not Path(module).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"quoteattr is imported from {module or '?'}, not from {tree}")
    commit = subprocess.run(["git", "-C", str(tree), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    return f"{version}, {commit or 'no git'}"


def _row(label: str, how: str, size: int, docs: int, seconds: float, rss: int) -> dict:
    return {"pass": label, "how": how, "MB/s": size / MB / seconds if seconds else float("inf"),
            "docs/s": docs / seconds if seconds else float("inf"), "seconds": seconds, "peak RSS MB": rss / 1e6}


def benchmark(args: argparse.Namespace) -> dict:
    from tabulate import tabulate

    trees: dict[str, Path] = {}
    if args.compare:
        trees["before"] = args.compare.resolve()
    trees["this tree" if not args.compare else "after"] = REPO
    this = list(trees)[-1]
    work = Path(tempfile.mkdtemp(prefix="quoteattr-bench-"))
    report: dict[str, Any] = {"machine": machine(), "trees": {k: {"path": str(v), "quoteattr": tree_version(v)}
                                                              for k, v in trees.items()}}
    try:
        data = work / "corpus.jsonl"
        ndocs, size = tile(args.corpus, data, args.mb)
        report["corpus"] = {"source": str(args.corpus), "documents": ndocs, "MB": round(size / MB, 2)}
        print(f"corpus: {args.corpus} tiled to {ndocs:,} documents, {size / MB:.1f} MB ({data})", flush=True)
        cores = os.cpu_count() or 1
        rows: list[dict] = []

        def tag(label: str, tree: str) -> str:
            return label if len(trees) == 1 else f"{label} [{tree}]"

        floor = interleaved({"floor": REPO}, args.repeat, lambda t: child_run("floor", data, work, t))["floor"]
        rows.append(_row("(a) floor", "read+decode+1 regex (quote marks, sentence ends)", size,
                         floor["documents"], floor["seconds"], floor["rss"]))
        print("  floor done", flush=True)

        lib = interleaved(trees, args.repeat, lambda t: child_run("library", data, work, t))
        for label, res in lib.items():
            rows.append(_row(tag("(b) extract, 1 core", label), "library: read+extract+JSON to /dev/null", size,
                             res["documents"], res["seconds"], res["rss"]))
        print("  library done", flush=True)

        startup = interleaved(trees, max(1, args.repeat), lambda t: cli_run(t, "--version"))
        cli_rows: dict[int, dict[str, dict]] = {}
        if cli_has("extract"):
            for jobs in range(1, (args.max_jobs or cores) + 1):
                cli_rows[jobs] = interleaved(trees, args.repeat, lambda t, jobs=jobs: cli_run(
                    t, "extract", "--jobs", str(jobs), "--kinds", "all", "--format", "jsonl", "--quiet", str(data)))
                for label, run in cli_rows[jobs].items():
                    rows.append(_row(tag(f"(c) extract --jobs {jobs}", label),
                                     "CLI, jsonl to /dev/null, wall incl. start-up", size, ndocs, run["wall"], run["rss"]))
                print(f"  extract --jobs {jobs} done", flush=True)
        else:
            rows.append({"pass": "(c) extract --jobs N", "how": "skipped: no `quoteattr extract` command"})

        ingest_runs: dict[int, dict] = {}
        if args.ingest and cli_has("ingest"):
            for jobs in sorted({1, args.max_jobs or cores}):
                db = work / f"ingest-{jobs}.db"

                def ingest(tree: Path, db: Path = db, jobs: int = jobs) -> dict:
                    _remove_db(db)
                    return cli_run(tree, "ingest", "--db", str(db), "--jobs", str(jobs), str(data))

                run = interleaved({this: REPO}, args.repeat, ingest)[this]
                ingest_runs[jobs] = run
                rows.append(_row(f"(d) ingest --jobs {jobs}", "CLI, fresh database, wall incl. start-up",
                                 size, ndocs, run["wall"], run["rss"]))
                print(f"  ingest --jobs {jobs} done", flush=True)
        else:
            why = "--no-ingest" if not args.ingest else "no `quoteattr ingest` command yet"
            rows.append({"pass": "(d) ingest", "how": f"skipped: {why}"})

        report["rows"] = rows
        report["startup_seconds"] = {label: r["wall"] for label, r in startup.items()}
        summary: dict[str, dict[str, float]] = {}
        for label in trees:
            s: dict[str, float] = {"extract/floor (b/a)": floor["seconds"] / lib[label]["seconds"],
                                   "MB/s, library, 1 core": size / MB / lib[label]["seconds"]}
            if 1 in cli_rows:
                s["MB/s, --jobs 1 incl. start-up"] = size / MB / cli_rows[1][label]["wall"]
            if 1 in cli_rows and 2 in cli_rows:
                s["--jobs 2 speed-up"] = cli_rows[1][label]["wall"] / cli_rows[2][label]["wall"]
            if 1 in cli_rows and max(cli_rows) > 2:
                top = max(cli_rows)
                s[f"--jobs {top} speed-up"] = cli_rows[1][label]["wall"] / cli_rows[top][label]["wall"]
            if label == this and 1 in ingest_runs and 1 in cli_rows:
                s["ingest/extract time (1 job)"] = ingest_runs[1]["wall"] / cli_rows[1][label]["wall"]
            summary[label] = s
        report["summary"] = summary
        report["floor MB/s"] = size / MB / floor["seconds"]

        if args.memory_check and cli_rows:
            big = work / "corpus-4x.jsonl"
            _, big_size = tile(args.corpus, big, 4 * args.mb)
            jobs = args.max_jobs or cores
            run = cli_run(REPO, "extract", "--jobs", str(jobs), "--kinds", "all", "--format", "jsonl", "--quiet",
                          str(big))
            report["memory_check"] = {"jobs": jobs, "MB_1x": round(size / MB, 1), "MB_4x": round(big_size / MB, 1),
                                      "rss_1x_MB": cli_rows[jobs][this]["rss"] / 1e6, "rss_4x_MB": run["rss"] / 1e6,
                                      "seconds_4x": run["wall"]}
            big.unlink()

        if args.linearity:
            res = work / "linearity.jsonl"
            cmd = [sys.executable, __file__, "--child", "linearity", "--input", str(args.corpus),
                   "--base-chars", str(int(args.linear_mb * MB)), "--result", str(res)]
            run = run_measured(cmd, timeout=args.linear_timeout, env=tree_env(REPO))
            lin = [json.loads(line) for line in res.read_text().splitlines()] if res.exists() else []
            for row in lin:
                row["s/MB"] = row["seconds"] / (row["chars"] / MB)
            report["linearity"] = lin
            if run["timed_out"]:
                report["linearity_note"] = f"stopped after {args.linear_timeout:.0f} s (superlinear?)"
            elif run["returncode"]:
                report["linearity_note"] = f"failed: {run['stderr'][-500:]}"

        if args.profile:
            part = work / "profile.jsonl"
            profile_mb = _head(data, part, args.profile_mb)
            report["profile"] = {"MB": round(profile_mb, 2)}
            for label, tree in trees.items():
                res = work / f"profile-{label}.json"
                cmd = [sys.executable, __file__, "--child", "profile", "--input", str(part), "--top", str(args.top),
                       "--result", str(res)]
                run = run_measured(cmd, env=tree_env(tree))
                if run["returncode"]:
                    raise RuntimeError(f"profile failed:\n{run['stderr']}")
                report["profile"][label] = json.loads(res.read_text())

        # ------------------------------------------------------------------ print
        print()
        for key, value in report["machine"].items():
            print(f"{key:>22}: {value}")
        for label, t in report["trees"].items():
            print(f"{'quoteattr ' + label:>22}: {t['quoteattr']} at {t['path']}")
        print(f"{'corpus':>22}: {report['corpus']['documents']:,} documents, {report['corpus']['MB']} MB "
              f"(tiled from {args.corpus})")
        print(f"{'CLI start-up':>22}: " + ", ".join(f"{v:.2f} s [{k}]" for k, v in report["startup_seconds"].items())
              + " (included in CLI wall times)")
        print(f"{'timing':>22}: fastest of {args.repeat} run(s) each" + (", the trees taking turns" if len(trees) > 1
                                                                          else "") + "; peak RSS: the largest")
        print()
        print(tabulate(
            [[r["pass"], r["how"], _f(r.get("MB/s")), _f(r.get("docs/s"), 0), _f(r.get("seconds")),
              _f(r.get("peak RSS MB"), 0)] for r in rows],
            headers=["pass", "how", "MB/s", "docs/s", "seconds", "peak RSS MB"], tablefmt="github"))
        print()
        for label, s in summary.items():
            for key, value in s.items():
                print(f"{tag(key, label):>40}: {value:.2f}")
        if "memory_check" in report:
            m = report["memory_check"]
            print(f"{'memory, 1x vs 4x input':>40}: {m['rss_1x_MB']:.0f} MB at {m['MB_1x']} MB, "
                  f"{m['rss_4x_MB']:.0f} MB at {m['MB_4x']} MB (--jobs {m['jobs']})")
        if args.linearity:
            print()
            print("linearity (extract() on one document, in-process):")
            print(tabulate([[r["series"], f"{r['factor']}x", f"{r['chars']:,}", f"{r['marks']:,}", r["quotes"],
                             _f(r["seconds"], 2), _f(r["s/MB"], 2)] for r in report.get("linearity", [])],
                           headers=["document", "size", "chars", "quote marks", "quotes", "seconds", "s per MB"],
                           tablefmt="github"))
            if "linearity_note" in report:
                print(f"note: {report['linearity_note']}")
        if args.profile:
            for label in trees:
                prof = report["profile"][label]
                print(f"\nprofile [{label}]: {report['profile']['MB']} MB, {prof['documents']:,} documents, "
                      f"{prof['seconds']:.1f} s under cProfile; top functions by own time:")
                print(tabulate([[r["function"], r["calls"], r["own s"], r["cumulative s"]] for r in prof["top"]],
                               headers=["function", "calls", "own s", "cumulative s"], tablefmt="github"))
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
            print(f"\nfigures written to {args.json}")
        if args.record:
            record(args.record, report, this)
            print(f"figures kept in {FIGURES} as {args.record!r} (write them into the README with --write-readme)")
        return report
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _head(data: Path, part: Path, mb: float) -> float:
    """Copy the first ``mb`` MB (whole lines) of ``data`` to ``part``; the MB copied."""
    written = 0
    with data.open("rb") as src, part.open("wb") as dst:
        for line in src:
            dst.write(line)
            written += len(line)
            if written >= mb * MB:
                break
    return written / MB


# ----------------------------------------------------------------------------- README figures


def record(key: str, report: dict, this: str) -> None:
    """Keep one run's headline figures in speed_figures.json under ``key`` ("news", "novel")."""
    rows = {r["pass"]: r for r in report["rows"] if "MB/s" in r}
    trees = list(report["trees"])

    def row(name: str, label: str) -> dict | None:
        r = rows.get(name) or rows.get(f"{name} [{label}]")
        return None if r is None else {"MB/s": round(r["MB/s"], 2), "peak RSS MB": round(r["peak RSS MB"])}

    kept: dict[str, Any] = {
        "machine": {k: report["machine"][k] for k in ("cpu", "cores", "memory_gb", "python", "load_average_at_start")},
        "corpus": report["corpus"],
        "floor": {"MB/s": round(report["floor MB/s"], 1), "peak RSS MB": round(rows["(a) floor"]["peak RSS MB"])},
        "trees": {},
    }
    for label in trees:
        entry = {"quoteattr": report["trees"][label]["quoteattr"],
                 "library": row("(b) extract, 1 core", label),
                 "jobs": {str(j): row(f"(c) extract --jobs {j}", label) for j in range(1, 65)
                          if row(f"(c) extract --jobs {j}", label) is not None},
                 "summary": {k: round(v, 3) for k, v in report["summary"][label].items()}}
        if "profile" in report and label in report["profile"]:
            entry["profile_top"] = report["profile"][label]["top"][:10]
            entry["profile_MB"] = report["profile"]["MB"]
        kept["trees"][label] = entry
    ingest = {str(j): row(f"(d) ingest --jobs {j}", this) for j in range(1, 65)}
    ingest = {j: r for j, r in ingest.items() if r is not None}
    if ingest:
        kept["ingest"] = {"tree": this, "jobs": ingest,
                          "ingest/extract time (1 job)": round(report["summary"][this].get(
                              "ingest/extract time (1 job)", float("nan")), 2)}
    if report.get("linearity"):
        kept["linearity"] = [{"series": r["series"], "factor": r["factor"], "MB": round(r["chars"] / MB, 2),
                              "marks": r["marks"], "s/MB": round(r["s/MB"], 2)} for r in report["linearity"]]
    if "memory_check" in report:
        kept["memory_check"] = report["memory_check"]
    figures = json.loads(FIGURES.read_text(encoding="utf-8")) if FIGURES.exists() else {}
    figures[key] = kept
    FIGURES.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def figures_text(figures: dict) -> str:
    """The README's Speed figures (markdown), from speed_figures.json."""
    out: list[str] = []
    for key, f in figures.items():
        m = f["machine"]
        trees = f["trees"]
        c = f["corpus"]
        load = m["load_average_at_start"][0] if m.get("load_average_at_start") else "?"
        turns = f"; {' and '.join(trees)} taking turns" if len(trees) > 1 else ""
        out.append(f"**{key}**: `{Path(c['source']).name}` tiled with distinct ids to {c['documents']:,} documents, "
                   f"{c['MB']} MB; {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}, "
                   f"load average {load} at the start; fastest of the runs{turns}; MB/s and peak RSS:")
        out.append("")
        jobs = sorted({j for t in trees.values() for j in t["jobs"]}, key=int)
        head = ["", "floor", "library, 1 core"] + [f"`extract --jobs {j}`" for j in jobs] + ["library / floor"] \
            + ([f"`--jobs {jobs[-1]}` speed-up"] if len(jobs) > 1 else [])
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "---|" + "---:|" * (len(head) - 1))
        for label, t in trees.items():
            cells = [f"{label} ({t['quoteattr']})", f"{f['floor']['MB/s']:.1f} MB/s",
                     _mbs(t["library"])] + [_mbs(t["jobs"].get(j)) for j in jobs]
            cells.append(f"{t['summary']['extract/floor (b/a)']:.3f}")
            if len(jobs) > 1:
                cells.append(f"{t['summary'].get(f'--jobs {jobs[-1]} speed-up', float('nan')):.2f}×")
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
        profiled = {label: t for label, t in trees.items() if t.get("profile_top")}
        if profiled:
            out.append("Where the time goes (cProfile of the library pass; top functions by own time):")
            out.append("")
            for label, t in profiled.items():
                out.append(f"- {label}, {t['profile_MB']} MB: " + "; ".join(
                    f"`{r['function']}` {r['own s']:.2f} s" for r in t["profile_top"][:PROFILE_TOP]))
            out.append("")
        if "ingest" in f:
            ing = f["ingest"]
            out.append(f"`quoteattr ingest` into a fresh database ({ing['tree']}): " + ", ".join(
                f"`--jobs {j}` {_mbs(r)}" for j, r in ing["jobs"].items())
                + f"; ingest time / extract time: {ing['ingest/extract time (1 job)']:.2f}.")
            out.append("")
        if "linearity" in f:
            series: dict[str, list[dict]] = {}
            for r in f["linearity"]:
                series.setdefault(r["series"], []).append(r)
            out.append("Linear in document length (`extract()` on one document; seconds per MB): "
                       + "; ".join(_linear_series(name, rs) for name, rs in series.items()) + ".")
            out.append("")
        if "memory_check" in f:
            mc = f["memory_check"]
            out.append(f"Memory, `--jobs {mc['jobs']}`: {mc['rss_1x_MB']:.0f} MB peak on {mc['MB_1x']} MB of input, "
                       f"{mc['rss_4x_MB']:.0f} MB on {mc['MB_4x']} MB.")
            out.append("")
    return "\n".join(out).rstrip("\n")


def _linear_series(name: str, rows: list[dict]) -> str:
    """'single paragraph of 1 / 2 / 4 MB: 0.61 / 0.58 / 0.57'."""
    sizes = " / ".join(f"{r['MB']:g}" for r in rows)
    times = " / ".join(f"{r['s/MB']:.2f}" for r in rows)
    return f"{name} of {sizes} MB: {times}"


def _mbs(r: dict | None) -> str:
    return "" if r is None else f"{r['MB/s']:.2f} MB/s, {r['peak RSS MB']} MB"


def _f(value: Any, digits: int = 2) -> str:
    if value is None:
        return ""
    return f"{value:,.{digits}f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=REPO / "fixtures" / "articles",
                        help="JSONL file, directory of *.txt, or a text file (default: fixtures/articles/)")
    parser.add_argument("--mb", type=float, default=30.0, help="tile the corpus to at least this many MB")
    parser.add_argument("--max-jobs", type=int, help="largest --jobs to measure (default: all cores)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each measurement this many times and keep the fastest (noisy machines)")
    parser.add_argument("--compare", type=Path, metavar="TREE",
                        help="also measure the quoteattr source tree TREE (e.g. a checkout of an older commit), "
                             "taking turns with this one")
    parser.add_argument("--no-ingest", dest="ingest", action="store_false", help="skip the ingest rows")
    parser.add_argument("--no-linearity", dest="linearity", action="store_false", help="skip the linearity check")
    parser.add_argument("--linear-mb", type=float, default=1.0, help="size of the 1x long document (MB)")
    parser.add_argument("--linear-timeout", type=float, default=600.0, help="give up linearity after this")
    parser.add_argument("--memory-check", action="store_true",
                        help="also run --jobs N on 4x the input and compare peak RSS")
    parser.add_argument("--profile", action="store_true", help="cProfile the engine and print hotspots")
    parser.add_argument("--profile-mb", type=float, default=5.0, help="MB of the corpus to profile")
    parser.add_argument("--top", type=int, default=25, help="functions to list from the profile")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--record", metavar="KEY",
                        help=f"keep the headline figures in {FIGURES.name} under KEY (news, novel, …)")
    parser.add_argument("--write-readme", type=Path, metavar="README",
                        help=f"write the figures kept in {FIGURES.name} into README (between {MARKERS[0]} "
                             "markers) and stop; measures nothing")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    # internal: one measurement in this subprocess
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    parser.add_argument("--base-chars", type=int, default=1_000_000, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)
    if args.write_readme:
        readme_block.write(args.write_readme, MARKERS, figures_text(json.loads(FIGURES.read_text(encoding="utf-8"))))
        return 0
    if not args.corpus.exists() or (args.corpus.is_dir() and not any(args.corpus.rglob("*.txt"))):
        parser.error(f"{args.corpus}: no documents (give a JSONL file or a directory of *.txt files)")
    if args.compare and not (args.compare / "quoteattr" / "__init__.py").exists():
        parser.error(f"{args.compare}: not a quoteattr source tree (no quoteattr/__init__.py)")
    try:
        import psutil  # noqa: F401
    except ModuleNotFoundError:
        parser.error("the benchmark needs psutil (pip install psutil, or the 'test' extra)")
    benchmark(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
