"""Throughput benchmark: floor pass, extraction on 1..N cores, ingest, peak memory, linearity.

    python benchmarks/bench.py                                  # the bundled fixtures/articles/
    python benchmarks/bench.py ../shared/corpora/news2019/articles.jsonl --mb 30
    python benchmarks/bench.py CORPUS --memory-check --profile  # + flat-memory check, cProfile

The corpus (a JSONL file, a directory of *.txt files or one text file) is tiled with distinct ids
into a temporary JSONL file of at least ``--mb`` MB. Every measurement runs in its own subprocess;
peak RSS is the sum over that process and its children, polled every 10 ms. MB are 10^6 bytes
of the JSONL input. Nothing caches results across documents: every copy is extracted afresh.
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


def _child(args: argparse.Namespace) -> int:
    if args.child == "floor":
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


def run_measured(cmd: list[str], timeout: float | None = None) -> dict:
    """Run ``cmd`` with stdout to /dev/null; wall seconds, peak RSS (process tree), exit code."""
    import psutil

    # stderr goes to a temporary file, not a pipe: a run that reports many errors must never
    # block on a full pipe while we only poll its memory
    err = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, text=True)
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


def child_measurement(kind: str, input_path: Path, workdir: Path, jobs: int = 1, repeat: int = 1) -> dict:
    """The fastest of ``repeat`` runs of a child measurement (peak RSS: the largest)."""
    best: dict | None = None
    for _ in range(repeat):
        result = workdir / f"{kind}-{jobs}.json"
        cmd = [sys.executable, __file__, "--child", kind, "--input", str(input_path), "--jobs", str(jobs),
               "--result", str(result)]
        run = run_measured(cmd)
        if run["returncode"] != 0:
            raise RuntimeError(f"{kind} failed:\n{run['stderr']}")
        res = {**json.loads(result.read_text()), "rss": run["rss"], "wall": run["wall"]}
        if best is None or res["seconds"] < best["seconds"]:
            best = {**res, "rss": max(res["rss"], best["rss"] if best else 0)}
        else:
            best["rss"] = max(best["rss"], res["rss"])
    assert best is not None
    return best


def best_of(cmd: list[str], repeat: int, setup=None) -> dict:
    """The fastest of ``repeat`` runs of ``cmd`` (peak RSS: the largest); ``setup()`` before each."""
    best: dict | None = None
    for _ in range(repeat):
        if setup:
            setup()
        run = run_measured(cmd)
        if run["returncode"] not in (0, 1):
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{run['stderr']}")
        if best is None or run["wall"] < best["wall"]:
            best = {**run, "rss": max(run["rss"], best["rss"] if best else 0)}
        else:
            best["rss"] = max(best["rss"], run["rss"])
    assert best is not None
    return best


def _remove_db(db: Path) -> None:
    """A fresh database for every ingest run (SQLite side files included)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def cli(*args: str) -> list[str]:
    """The quoteattr command, run with this interpreter."""
    return [sys.executable, "-m", "quoteattr", *args]


def cli_has(command: str) -> bool:
    probe = subprocess.run(cli(command, "--help"), capture_output=True, text=True)
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
    from quoteattr import __version__

    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    return {
        "cpu": model, "cores": os.cpu_count(), "memory_gb": round(mem, 1),
        "python": platform.python_version(), "platform": platform.platform(),
        "quoteattr": f"{__version__} ({commit or 'no git'})",
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
    }


def _row(label: str, how: str, size: int, docs: int, seconds: float, rss: int) -> dict:
    return {"pass": label, "how": how, "MB/s": size / MB / seconds if seconds else float("inf"),
            "docs/s": docs / seconds if seconds else float("inf"), "seconds": seconds, "peak RSS MB": rss / 1e6}


def benchmark(args: argparse.Namespace) -> dict:
    from tabulate import tabulate

    work = Path(tempfile.mkdtemp(prefix="quoteattr-bench-"))
    report: dict[str, Any] = {"machine": machine()}
    try:
        data = work / "corpus.jsonl"
        ndocs, size = tile(args.corpus, data, args.mb)
        report["corpus"] = {"source": str(args.corpus), "documents": ndocs, "MB": round(size / MB, 2)}
        print(f"corpus: {args.corpus} tiled to {ndocs:,} documents, {size / MB:.1f} MB ({data})", flush=True)
        cores = os.cpu_count() or 1
        rows: list[dict] = []

        floor = child_measurement("floor", data, work, repeat=args.repeat)
        rows.append(_row("(a) floor", "read+decode+1 regex (quote marks, sentence ends)", size,
                         floor["documents"], floor["seconds"], floor["rss"]))
        print("  floor done", flush=True)

        lib = child_measurement("library", data, work, jobs=1, repeat=args.repeat)
        rows.append(_row("(b) extract, 1 core", "library: read+extract+JSON to /dev/null", size,
                         lib["documents"], lib["seconds"], lib["rss"]))
        print("  library done", flush=True)

        startup = run_measured(cli("--version"))["wall"]
        cli_rows: dict[int, dict] = {}
        if cli_has("extract"):
            for jobs in range(1, (args.max_jobs or cores) + 1):
                run = best_of(cli("extract", "--jobs", str(jobs), "--kinds", "all", "--format", "jsonl",
                                  "--quiet", str(data)), args.repeat)
                cli_rows[jobs] = run
                rows.append(_row(f"(c) extract --jobs {jobs}", "CLI, jsonl to /dev/null, wall incl. start-up",
                                 size, ndocs, run["wall"], run["rss"]))
                print(f"  extract --jobs {jobs} done", flush=True)
        else:
            rows.append({"pass": "(c) extract --jobs N", "how": "skipped: no `quoteattr extract` command"})

        ingest_runs: dict[int, dict] = {}
        if args.ingest and cli_has("ingest"):
            for jobs in sorted({1, args.max_jobs or cores}):
                db = work / f"ingest-{jobs}.db"
                run = best_of(cli("ingest", "--db", str(db), "--jobs", str(jobs), str(data)), args.repeat,
                              setup=lambda db=db: _remove_db(db))
                ingest_runs[jobs] = run
                rows.append(_row(f"(d) ingest --jobs {jobs}", "CLI, fresh database, wall incl. start-up",
                                 size, ndocs, run["wall"], run["rss"]))
                print(f"  ingest --jobs {jobs} done", flush=True)
        else:
            why = "--no-ingest" if not args.ingest else "no `quoteattr ingest` command yet"
            rows.append({"pass": "(d) ingest", "how": f"skipped: {why}"})

        report["rows"] = rows
        report["startup_seconds"] = startup
        summary = {"extract/floor (b/a)": floor["seconds"] / lib["seconds"]}
        if 1 in cli_rows and 2 in cli_rows:
            summary["--jobs 2 speed-up"] = cli_rows[1]["wall"] / cli_rows[2]["wall"]
        if 1 in cli_rows and max(cli_rows) > 2:
            summary[f"--jobs {max(cli_rows)} speed-up"] = cli_rows[1]["wall"] / cli_rows[max(cli_rows)]["wall"]
        if 1 in ingest_runs and 1 in cli_rows:
            summary["ingest/extract time (1 job)"] = ingest_runs[1]["wall"] / cli_rows[1]["wall"]
        report["summary"] = summary

        if args.memory_check and cli_rows:
            big = work / "corpus-4x.jsonl"
            _, big_size = tile(args.corpus, big, 4 * args.mb)
            jobs = args.max_jobs or cores
            run = run_measured(cli("extract", "--jobs", str(jobs), "--kinds", "all", "--format", "jsonl",
                                   "--quiet", str(big)))
            report["memory_check"] = {"jobs": jobs, "MB_1x": round(size / MB, 1), "MB_4x": round(big_size / MB, 1),
                                      "rss_1x_MB": cli_rows[jobs]["rss"] / 1e6, "rss_4x_MB": run["rss"] / 1e6,
                                      "seconds_4x": run["wall"]}
            big.unlink()

        if args.linearity:
            res = work / "linearity.jsonl"
            cmd = [sys.executable, __file__, "--child", "linearity", "--input", str(args.corpus),
                   "--base-chars", str(int(args.linear_mb * MB)), "--result", str(res)]
            run = run_measured(cmd, timeout=args.linear_timeout)
            lin = [json.loads(line) for line in res.read_text().splitlines()] if res.exists() else []
            for row in lin:
                row["s/MB"] = row["seconds"] / (row["chars"] / MB)
            report["linearity"] = lin
            if run["timed_out"]:
                report["linearity_note"] = f"stopped after {args.linear_timeout:.0f} s (superlinear?)"
            elif run["returncode"]:
                report["linearity_note"] = f"failed: {run['stderr'][-500:]}"

        # ------------------------------------------------------------------ print
        print()
        for key, value in report["machine"].items():
            print(f"{key:>22}: {value}")
        print(f"{'corpus':>22}: {report['corpus']['documents']:,} documents, {report['corpus']['MB']} MB "
              f"(tiled from {args.corpus})")
        print(f"{'CLI start-up':>22}: {startup:.2f} s (included in CLI wall times)")
        print(f"{'timing':>22}: fastest of {args.repeat} run(s) each; peak RSS: the largest")
        print()
        print(tabulate(
            [[r["pass"], r["how"], _f(r.get("MB/s")), _f(r.get("docs/s"), 0), _f(r.get("seconds")),
              _f(r.get("peak RSS MB"), 0)] for r in rows],
            headers=["pass", "how", "MB/s", "docs/s", "seconds", "peak RSS MB"], tablefmt="github"))
        print()
        for key, value in summary.items():
            print(f"{key:>28}: {value:.2f}")
        if "memory_check" in report:
            m = report["memory_check"]
            print(f"{'memory, 1x vs 4x input':>28}: {m['rss_1x_MB']:.0f} MB at {m['MB_1x']} MB, "
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
            print()
            profile(data, args.profile_mb, work)
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
            print(f"\nfigures written to {args.json}")
        return report
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def profile(data: Path, mb: float, work: Path, top: int = 25) -> None:
    """cProfile the library on the first ``mb`` MB of the tiled corpus; print the top functions."""
    import cProfile
    import pstats

    part = work / "profile.jsonl"
    with data.open("rb") as src, part.open("wb") as dst:
        written = 0
        for line in src:
            dst.write(line)
            written += len(line)
            if written >= mb * MB:
                break
    prof = cProfile.Profile()
    prof.enable()
    res = _child_library(str(part), 1)
    prof.disable()
    out = work / "profile.prof"
    prof.dump_stats(out)
    print(f"profile: {written / MB:.1f} MB, {res['documents']:,} documents, {res['seconds']:.1f} s under cProfile")
    stats = pstats.Stats(prof).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


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
    parser.add_argument("--no-ingest", dest="ingest", action="store_false", help="skip the ingest rows")
    parser.add_argument("--no-linearity", dest="linearity", action="store_false", help="skip the linearity check")
    parser.add_argument("--linear-mb", type=float, default=1.0, help="size of the 1x long document (MB)")
    parser.add_argument("--linear-timeout", type=float, default=600.0, help="give up linearity after this")
    parser.add_argument("--memory-check", action="store_true",
                        help="also run --jobs N on 4x the input and compare peak RSS")
    parser.add_argument("--profile", action="store_true", help="cProfile the engine and print hotspots")
    parser.add_argument("--profile-mb", type=float, default=5.0, help="MB of the corpus to profile")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
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
    if not args.corpus.exists() or (args.corpus.is_dir() and not any(args.corpus.rglob("*.txt"))):
        parser.error(f"{args.corpus}: no documents (give a JSONL file or a directory of *.txt files)")
    try:
        import psutil  # noqa: F401
    except ModuleNotFoundError:
        parser.error("the benchmark needs psutil (pip install psutil, or the 'test' extra)")
    benchmark(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
