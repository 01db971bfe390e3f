"""Commands: models, models download (registered on quoteattr.cli.main)."""
from __future__ import annotations

import sys

import click

from ..backends import stanza as sb
from ..errors import BackendUnavailable
from ..render import render
from . import format_option, main, resolve_format

_DIR_OPTION = click.option(
    "--dir", "directory", type=click.Path(file_okay=False), default=None,
    help="stanza resources dir (default: $STANZA_RESOURCES_DIR, else ~/stanza_resources).",
)


def _records(status: list[sb.ModelStatus]) -> list[dict]:
    return [{"processor": s.processor, "package": s.package,
             "installed": "yes" if s.installed else "no", "path": str(s.path)} for s in status]


@main.group("models", invoke_without_command=True)
@_DIR_OPTION
@format_option()
@click.pass_context
def models(ctx: click.Context, directory: str | None, fmt: str | None, width: int | None) -> None:
    """Report which stanza Dutch models are installed, and where (for --backend stanza).

    Exits 4 when the stanza backend cannot run: stanza is not installed or a model is missing.
    Plain-text extraction (the rules backend) and CoNLL-U input need no models.

    \b
    Examples:
      quoteattr models
      quoteattr models download --dir ~/stanza_resources
    """
    if ctx.invoked_subcommand is not None:
        return
    root = sb.resources_dir(directory)
    have_stanza = sb.stanza_installed()
    installed = "installed" if have_stanza else f"not installed ({sb.INSTALL_HINT})"
    click.echo(f"stanza: {installed}; resources dir: {root}", err=True)
    status = sb.model_status(root)
    if status:
        render(_records(status), resolve_format(fmt, sys.stdout), sys.stdout, width=width)
    if not have_stanza:
        raise BackendUnavailable(f"the stanza backend is not usable: stanza is not installed ({sb.INSTALL_HINT})")
    if not status:
        raise BackendUnavailable(f"no stanza Dutch models in {root}; run `{sb.DOWNLOAD_HINT}` (needs network)")
    if not all(s.installed for s in status):
        missing = ", ".join(s.processor for s in status if not s.installed)
        raise BackendUnavailable(f"stanza Dutch models missing ({missing}); run `{sb.DOWNLOAD_HINT}`")


@models.command("download")
@_DIR_OPTION
@click.option("--timeout", type=click.FloatRange(min=1), default=sb.DOWNLOAD_TIMEOUT, show_default=True,
              help="Give up after this many seconds.")
@format_option()
def download(directory: str | None, timeout: float, fmt: str | None, width: int | None) -> None:
    """Download the stanza Dutch models (tokenize, pos, lemma, depparse, ner); needs network.

    \b
    Examples:
      quoteattr models download
      quoteattr models download --dir /data/stanza --timeout 600
    """
    status = sb.download_models(directory, timeout=timeout)
    render(_records(status), resolve_format(fmt, sys.stdout), sys.stdout, width=width)
