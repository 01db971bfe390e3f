"""The README is checked against the code: its two quick-start commands are what CI runs, and
every `quoteattr …` example names a real command with real options."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from quoteattr.cli import main

from conftest import benchmark_module

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start() -> list[str]:
    block = README.split("## Quick start", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def test_quick_start_has_two_commands_and_ci_runs_them():
    commands = quick_start()
    assert len(commands) == 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in commands:
        for part in command.split(" && "):
            assert part in ci, f"README step {part!r} is not in .ci/run"


def examples() -> list[list[str]]:
    out = []
    for line in README.splitlines():
        m = re.match(r"\s*\$ (quoteattr .*?)(?:\s+#.*)?$", line)
        if m:
            out.append(shlex.split(m.group(1))[1:])
    return out


@pytest.mark.parametrize("argv", examples(), ids=lambda a: " ".join(a)[:60])
def test_readme_examples_use_real_commands_and_options(argv):
    group = main
    ctx = group.make_context("quoteattr", ["--help"], resilient_parsing=True)
    cmd = group.get_command(ctx, argv[0])
    assert cmd is not None, f"no command {argv[0]!r}"
    rest = argv[1:]
    if hasattr(cmd, "list_commands") and rest and not rest[0].startswith("-"):
        cmd = cmd.get_command(ctx, rest[0])
        assert cmd is not None
        rest = rest[1:]
    known = {opt for p in cmd.params for opt in getattr(p, "opts", []) + getattr(p, "secondary_opts", [])}
    for token in rest:
        if token.startswith("-") and token != "-":
            assert token.split("=", 1)[0] in known, f"{argv[0]} has no option {token}"


def test_readme_main_example_runs_on_the_fixtures():
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", str(ROOT / "fixtures" / "articles")])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") > 50


def test_library_doctests():
    import doctest

    import quoteattr
    import quoteattr.api

    for mod in (quoteattr, quoteattr.api):
        failed, tried = doctest.testmod(mod)
        assert tried > 0 and failed == 0


def recipes() -> dict[str, list[str]]:
    """The README's recipe blocks: name → shell commands."""
    out = {}
    for name, block in re.findall(r"<!-- recipe: (\w+) -->\n```bash\n(.*?)```", README, flags=re.S):
        out[name] = [line for line in block.splitlines() if line.strip()]
    return out


def test_readme_has_the_four_recipes():
    assert set(recipes()) == {"articles", "factcheck", "novel", "conllu"}


@pytest.mark.parametrize("name", sorted(recipes()))
def test_readme_recipes_run(name, tmp_path):
    """Each recipe runs in a copy of the fixtures, `quoteattr` being this checkout."""
    import os
    import shutil
    import subprocess
    import sys

    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "quoteattr"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m quoteattr "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    for command in recipes()[name]:
        done = subprocess.run(["bash", "-c", "set -o pipefail; " + command], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{command}: {done.stderr}"
        assert done.stdout.strip() or "-o " in command or "ingest" in command, command
    if name == "factcheck":
        assert (tmp_path / "factcheck.csv").read_text(encoding="utf-8").startswith("quoteID,")
    if name == "articles":
        assert (tmp_path / "quotes.csv").read_text(encoding="utf-8").startswith("doc,start,end")


def test_readme_database_figures_are_what_the_script_wrote():
    import json

    db_bench = benchmark_module("db_bench")
    figures = json.loads((ROOT / "benchmarks" / "db_figures.json").read_text(encoding="utf-8"))
    assert db_bench.readme_block.read(README, db_bench.MARKERS) == db_bench.figures_text(figures)
