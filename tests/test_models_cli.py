"""`quoteattr models` and `quoteattr models download`: report, fail fast and clearly offline."""
from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quoteattr.backends import stanza as sb
from quoteattr.cli import main
from quoteattr.errors import BackendUnavailable

DEFAULTS = {"tokenize": "alpino", "pos": "alpino_charlm", "lemma": "alpino_nocharlm",
            "depparse": "alpino_charlm", "ner": "conll02"}
DEPENDENCIES = {"alpino_charlm": {"dependencies": [{"model": "pretrain", "package": "conll17"}]}}
#: the two layouts of resources.json: default packages under packages.default (stanza ≥ 1.5)
#: or under default_processors (older)
LAYOUTS = {
    "packages": {"nl": {"lang_name": "Dutch", "packages": {"default": DEFAULTS}, "pos": DEPENDENCIES}},
    "default_processors": {"nl": {"lang_name": "Dutch", "default_processors": DEFAULTS, "pos": DEPENDENCIES}},
}


def fake_resources(root: Path, present: list[str], layout: str = "packages") -> None:
    """A resources dir as a download leaves it, with only the ``present`` model files."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "resources.json").write_text(json.dumps(LAYOUTS[layout]), encoding="utf-8")
    for rel in present:
        path = root / "nl" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nothing listens here once the socket is closed


def test_models_reports_nothing_installed(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["models", "--dir", str(tmp_path)])
    assert result.exit_code == 4  # no model is usable: scripts can tell
    assert f"resources dir: {tmp_path}" in result.stderr
    assert "Error: no stanza Dutch models" in result.stderr and "quoteattr models download" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_models_lists_installed_and_missing(tmp_path: Path, layout: str) -> None:
    fake_resources(tmp_path, ["tokenize/alpino.pt", "pos/alpino_charlm.pt", "ner/conll02.pt"], layout)
    result = CliRunner().invoke(main, ["models", "--dir", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 4
    rows = {r["processor"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert {p: r["installed"] for p, r in rows.items()} == {
        "tokenize": "yes", "pos": "yes", "pretrain": "no", "lemma": "no", "depparse": "no", "ner": "yes"}
    assert rows["pretrain"]["path"] == str(tmp_path / "nl" / "pretrain" / "conll17.pt")
    assert "Error: stanza Dutch models missing (pretrain, lemma, depparse)" in result.stderr


def test_models_honours_stanza_resources_dir(tmp_path: Path, monkeypatch) -> None:
    fake_resources(tmp_path / "elders", ["tokenize/alpino.pt"])
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "elders"))
    result = CliRunner().invoke(main, ["models", "--format", "csv"])
    assert result.exit_code == 4  # models missing
    assert str(tmp_path / "elders") in result.stderr
    assert "tokenize,alpino,yes," in result.stdout


def test_download_without_network_is_one_clear_line(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("stanza", reason="stanza not installed")
    monkeypatch.setattr(sb, "DOWNLOAD_HOSTS", (("127.0.0.1", closed_port()),))
    result = CliRunner().invoke(main, ["models", "download", "--dir", str(tmp_path / "m")])
    assert result.exit_code == 4
    assert result.stderr.startswith("Error: cannot reach 127.0.0.1")
    assert "quoteattr models download" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert not (tmp_path / "m").exists()  # nothing started


def test_download_without_the_extra_says_how_to_install(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sb, "stanza_installed", lambda: False)
    result = CliRunner().invoke(main, ["models", "download", "--dir", str(tmp_path)])
    assert result.exit_code == 4
    assert result.stderr == (
        'Error: the stanza backend needs the stanza extra: pip install "quoteattr[stanza]"\n')


def test_a_hanging_step_is_cut_off() -> None:
    with pytest.raises(BackendUnavailable, match="did not finish within 0.2 s"):
        sb.run_with_timeout(lambda: time.sleep(30), 0.2, "stanza model download")
    with pytest.raises(BackendUnavailable, match="stanza model download failed: kapot"):
        sb.run_with_timeout(lambda: (_ for _ in ()).throw(OSError("kapot")), 5, "stanza model download")
    assert sb.run_with_timeout(lambda: 42, 5, "x") == 42


def test_models_exits_0_when_every_model_is_there(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sb, "stanza_installed", lambda: True)
    fake_resources(tmp_path, ["tokenize/alpino.pt", "pos/alpino_charlm.pt", "pretrain/conll17.pt",
                              "lemma/alpino_nocharlm.pt", "depparse/alpino_charlm.pt", "ner/conll02.pt"])
    result = CliRunner().invoke(main, ["models", "--dir", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(sb, "stanza_installed", lambda: False)
    result = CliRunner().invoke(main, ["models", "--dir", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 4 and "stanza is not installed" in result.stderr


def test_models_help_lists_download() -> None:
    result = CliRunner().invoke(main, ["models", "--help"])
    assert result.exit_code == 0 and "download" in result.stdout
