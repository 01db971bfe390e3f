"""Extraction on Apache Spark, for corpora beyond one machine (extra: ``quoteattr[spark]``).

Reads JSONL, Parquet or plain-text files from any Hadoop path (``hdfs://``, ``s3a://``, local),
extracts with ``mapPartitions`` (``quoteattr.api.extract_one`` per document, on the executors) and
writes Parquet or JSONL records with exactly the fields of ``Quote.to_dict()``::

    python -m quoteattr.spark artikelen.jsonl quotes.parquet --master 'local[*]'
    spark-submit --master yarn … -m quoteattr.spark s3a://archief/2019/ s3a://uit/quotes/

Documents are read with the same rules as ``quoteattr extract``: JSONL records need ``text``;
``id``, ``url``, ``outlet``, ``date`` and ``title`` are copied; plain-text files are decoded as
UTF-8, else a guessed legacy encoding; a document's id is its path as seen from INPUT. Output
rows are not ordered; sort by (doc, start) when order matters.
"""
from __future__ import annotations

import sys

if __name__ == "__main__" and not __package__:  # pragma: no cover - run as a file by spark-submit
    # sys.path[0] is this package's directory, whose module names would shadow real ones
    sys.path.pop(0)

import hashlib
import logging
import os
import typing
from dataclasses import dataclass, fields
from typing import Any, Iterable, Iterator, Sequence
from urllib.parse import unquote

# absolute imports: spark-submit runs this module as a file
from quoteattr.api import DEFAULT_MAX_CHARS, parse_kinds
from quoteattr.errors import BackendUnavailable, InputError, QuoteattrError, UsageError
from quoteattr.model import Document, Quote

if typing.TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

log = logging.getLogger(__name__)

INPUT_FORMATS = ("jsonl", "parquet", "text")
OUTPUT_FORMATS = ("parquet", "jsonl")
WRITE_MODES = ("error", "overwrite", "append", "ignore")
#: files picked up inside directories for --input-format text (as ``quoteattr extract``)
DEFAULT_TEXT_GLOB = "*.txt"
_META = ("url", "outlet", "date", "title")


def _pyspark():
    try:
        import pyspark  # noqa: F401
    except ModuleNotFoundError:
        raise BackendUnavailable(
            "Spark support needs pyspark: pip install 'quoteattr[spark]' (and Java 17+)"
        ) from None
    import pyspark.sql.types as T

    return T


def quote_schema() -> "StructType":
    """The Spark schema of a quote record: ``Quote``'s fields, in order, with their types."""
    T = _pyspark()
    types = {"str": T.StringType(), "int": T.LongType(), "float": T.DoubleType(), "bool": T.BooleanType()}
    out = []
    for f in fields(Quote):
        annotation = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
        parts = [p.strip() for p in annotation.split("|")]
        base = [p for p in parts if p != "None"]
        if len(base) != 1 or base[0] not in types:
            raise TypeError(f"Quote.{f.name}: no Spark type for {annotation!r}")
        out.append(T.StructField(f.name, types[base[0]], nullable="None" in parts))
    return T.StructType(out)


@dataclass(frozen=True)
class _Spec:
    """What executors need to turn input rows into quote rows (pickled with the task)."""

    input_format: str
    base: str      # the qualified INPUT path, to name text files relative to it
    name: str      # INPUT as the user wrote it
    backend: str
    kinds: tuple[str, ...]
    max_chars: int | None


@dataclass
class SparkRun:
    """Counts from one run (from Spark accumulators: may overcount when tasks are retried)."""

    documents: int = 0
    quotes: int = 0
    errors: int = 0


def _relative_name(path: str, spec: _Spec) -> str:
    """A file's id as ``quoteattr extract INPUT`` names it: INPUT joined with the path below it."""
    path, base = unquote(path), unquote(spec.base)
    if path == base:
        return spec.name
    if path.startswith(base.rstrip("/") + "/"):
        return os.path.join(spec.name, path[len(base.rstrip("/")) + 1 :])
    return path


def _document(row: Any, spec: _Spec) -> Document | QuoteattrError | None:
    """One input row → Document, or the InputError ``quoteattr extract`` would report."""
    from quoteattr.read import _jsonl_document, _meta_str, decode

    try:
        if spec.input_format == "text":
            name = _relative_name(row[0], spec)
            text, used = decode(bytes(row[1]), name)
            return Document(id=name, text=text, source=name, encoding=used)
        if spec.input_format == "jsonl":
            line, path = row[0], _relative_name(row[1], spec)
            if not line.strip():
                return None  # blank lines are skipped, as by quoteattr extract
            try:
                doc = _jsonl_document(line, path, 0)
            except InputError as exc:
                exc.source = path  # Spark does not know the line number
                raise
            if doc.id == f"{path}:0":  # no id in the record: Spark does not know the line number
                return _replace(doc, id=f"{path}:sha1-{hashlib.sha1(line.encode()).hexdigest()[:12]}",
                                source=path)
            return _replace(doc, source=path)
        # parquet
        data = row.asDict()
        text, path = data.get("text"), _relative_name(data.pop("__path", "") or "", spec)
        if not isinstance(text, str) or not text.strip():
            raise InputError("record has no text", source=f"{path}")
        meta = {key: _meta_str(data.get(key)) for key in _META}
        doc_id = _meta_str(data.get("id")) or f"{path}:sha1-{hashlib.sha1(text.encode()).hexdigest()[:12]}"
        return Document(id=doc_id, text=text, source=path, **meta)
    except QuoteattrError as exc:
        return exc


def _replace(doc: Document, **changes: str) -> Document:
    return Document(**{**{k: getattr(doc, k) for k in Document.__slots__}, **changes})


def _extract_partition(rows: Iterable[Any], spec: _Spec, counters: tuple) -> Iterator[tuple]:
    """Executor side: quote rows (tuples in schema order) for every document of a partition."""
    from quoteattr.api import extract_one

    documents, quotes, errors = counters
    names = Quote.field_names()
    for row in rows:
        doc = _document(row, spec)
        if doc is None:
            continue
        if isinstance(doc, QuoteattrError):
            errors.add(1)
            log.warning("%s", doc)
            continue
        result = extract_one(doc, backend=spec.backend, kinds=spec.kinds, max_chars=spec.max_chars)
        if result.error is not None:
            errors.add(1)
            log.warning("%s", result.error)
            continue
        documents.add(1)
        quotes.add(len(result.quotes))
        for quote in result.quotes:
            yield tuple(getattr(quote, name) for name in names)


def _qualified(spark: "SparkSession", path: str) -> str:
    """``path`` as Hadoop qualifies it (``file:/abs/dir``, ``hdfs://nn/dir``)."""
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return str(fs.makeQualified(hpath).toString())


def _input_rows(spark: "SparkSession", path: str, input_format: str, glob: str | None) -> "DataFrame":
    from pyspark.sql import functions as F

    if input_format == "jsonl":
        return spark.read.text(path).select("value", F.col("_metadata.file_path"))
    if input_format == "text":
        return (
            spark.read.format("binaryFile")
            .option("pathGlobFilter", glob or DEFAULT_TEXT_GLOB)
            .option("recursiveFileLookup", "true")
            .load(path)
            .select("path", "content")
        )
    df = spark.read.parquet(path)
    if "text" not in df.columns:
        raise UsageError(f"{path}: Parquet input needs a 'text' column (has {', '.join(df.columns)})")
    keep = [c for c in ("id", "text", *_META) if c in df.columns]
    return df.select(*keep, F.col("_metadata.file_path").alias("__path"))


def quotes_dataframe(
    spark: "SparkSession",
    input_path: str,
    *,
    input_format: str = "jsonl",
    kinds: Sequence[str] | None = None,
    backend: str = "rules",
    max_chars: int | None = DEFAULT_MAX_CHARS,
    glob: str | None = None,
    partitions: int | None = None,
    run: SparkRun | None = None,
) -> "DataFrame":
    """A lazy DataFrame of quote records (schema: ``quote_schema()``) for the documents at ``input_path``.

    ``partitions`` spreads the documents over that many tasks (default: at least Spark's default
    parallelism, so a single small file still uses every core).
    """
    _pyspark()
    if input_format not in INPUT_FORMATS:
        raise UsageError(f"unknown input format {input_format!r}; choose from {', '.join(INPUT_FORMATS)}")
    spec = _Spec(input_format, _qualified(spark, input_path), input_path.rstrip("/") or input_path,
                 backend, parse_kinds(kinds), max_chars)
    sc = spark.sparkContext
    counters = (sc.accumulator(0), sc.accumulator(0), sc.accumulator(0))
    rdd = _input_rows(spark, input_path, input_format, glob).rdd
    want = partitions or sc.defaultParallelism
    if rdd.getNumPartitions() < want:
        rdd = rdd.repartition(want)
    out = rdd.mapPartitions(lambda rows: _extract_partition(rows, spec, counters))
    if run is not None:
        run._counters = counters  # type: ignore[attr-defined]
    return spark.createDataFrame(out, quote_schema())


def extract_dataset(
    spark: "SparkSession",
    input_path: str,
    output_path: str,
    *,
    input_format: str = "jsonl",
    output_format: str = "parquet",
    kinds: Sequence[str] | None = None,
    backend: str = "rules",
    max_chars: int | None = DEFAULT_MAX_CHARS,
    glob: str | None = None,
    partitions: int | None = None,
    mode: str = "error",
) -> SparkRun:
    """Extract every document at ``input_path`` and write quote records to ``output_path``."""
    if output_format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format {output_format!r}; choose from {', '.join(OUTPUT_FORMATS)}")
    if mode not in WRITE_MODES:
        raise UsageError(f"unknown write mode {mode!r}; choose from {', '.join(WRITE_MODES)}")
    run = SparkRun()
    df = quotes_dataframe(
        spark, input_path, input_format=input_format, kinds=kinds, backend=backend,
        max_chars=max_chars, glob=glob, partitions=partitions, run=run,
    )
    writer = df.write.mode(mode)
    try:
        if output_format == "parquet":
            writer.parquet(output_path)
        else:
            writer.option("ignoreNullFields", "false").json(output_path)
    except Exception as exc:  # noqa: BLE001 - Spark's AnalysisException and friends
        if type(exc).__name__ == "AnalysisException" and "already exists" in str(exc):
            raise UsageError(f"{output_path} already exists (use --mode overwrite)") from None
        raise
    documents, quotes, errors = run._counters  # type: ignore[attr-defined]
    run.documents, run.quotes, run.errors = documents.value, quotes.value, errors.value
    if run.errors:
        log.warning("%d documents failed (see the executor logs for each one)", run.errors)
    return run


def session(master: str | None = None, app_name: str = "quoteattr", **conf: str) -> "SparkSession":
    """A SparkSession (``master`` e.g. ``local[*]``; None leaves it to spark-submit or defaults)."""
    _pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
        if master.startswith("local") and "PYSPARK_PYTHON" not in os.environ:
            builder = builder.config("spark.pyspark.python", sys.executable)
    for key, value in conf.items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - the JVM failed to start
        raise BackendUnavailable(f"Spark could not start (is Java 17+ installed, JAVA_HOME set?): {exc}") from None


def _cli():
    import click


    @click.command(context_settings={"help_option_names": ["-h", "--help"]})
    @click.argument("input_path", metavar="INPUT")
    @click.argument("output_path", metavar="OUTPUT")
    @click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="jsonl", show_default=True)
    @click.option("--output-format", type=click.Choice(OUTPUT_FORMATS), default="parquet", show_default=True)
    @click.option("--kinds", default="direct,partial,indirect", show_default=True,
                  help="Comma list of kinds: direct, partial, indirect, other; 'all' for every kind.")
    @click.option("--glob", help=f"File pattern inside directories for text input (default: {DEFAULT_TEXT_GLOB}).")
    @click.option("--max-chars", type=click.IntRange(min=0), default=DEFAULT_MAX_CHARS, show_default=True,
                  help="Refuse documents longer than this many characters (0 = no limit).")
    @click.option("--partitions", type=click.IntRange(min=1), help="Tasks to spread documents over.")
    @click.option("--mode", type=click.Choice(WRITE_MODES), default="error", show_default=True,
                  help="When OUTPUT exists: error, overwrite, append, ignore.")
    @click.option("--master", help="Spark master, e.g. local[*] (default: from spark-submit).")
    @click.pass_context
    def command(ctx, input_path, output_path, input_format, output_format, kinds, glob, max_chars,
                partitions, mode, master):
        """Extract quotes from INPUT (JSONL, Parquet or text; any Hadoop path) into OUTPUT with Spark."""
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s", stream=sys.stderr)
        try:
            from pyspark.sql import SparkSession

            own = SparkSession.getActiveSession() is None  # stop only a session we started
            spark = session(master)
            run = extract_dataset(
                spark, input_path, output_path, input_format=input_format, output_format=output_format,
                kinds=parse_kinds(kinds), glob=glob, max_chars=max_chars or None,
                partitions=partitions, mode=mode,
            )
        except QuoteattrError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        click.echo(f"{run.documents} documents, {run.quotes} quotes, {run.errors} errors", err=True)
        if own:
            spark.stop()
        if run.errors:
            ctx.exit(1)

    return command


def main(argv: list[str] | None = None) -> None:
    """``python -m quoteattr.spark INPUT OUTPUT [options]``."""
    _cli()(args=argv, prog_name="python -m quoteattr.spark")


if __name__ == "__main__":  # pragma: no cover
    # the installed module's functions, so executors unpickle them by reference
    from quoteattr.spark import main as _main

    _main()
