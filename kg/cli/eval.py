"""`kg eval`: score the extraction against gold annotations and list its errors, document by document."""

from __future__ import annotations

import json
import sys

import click

from ..evaluate import (EvalError, GoldDoc, PredDoc, format_errors, format_scores, load_gold, load_predicted,
                        predicted_from_extractions, score, scores_dict)
from ..ingest import iter_documents
from ..model import Skipped
from ..pipeline import run
from .common import EXIT_SKIPPED, end_progress, fail, progress, warn_skipped


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


@click.command("eval")
@click.argument("gold_dir", type=click.Path())
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--predicted", type=click.Path(dir_okay=False), metavar="FILE.jsonl",
              help="Score this extraction JSONL instead of running the pipeline; PATHS then only give "
                   "the texts the mention offsets are checked against.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the scores as JSON (the keys of tests/gold/score.py --json, plus `errors` and `link_errors`).")
@click.option("--errors/--no-errors", default=True, show_default=True,
              help="List the misses and false finds of every document.")
@click.option("--limit", type=click.IntRange(min=0), metavar="N",
              help="Show at most N items of each error list of a document.")
def eval_(gold_dir: str, paths: tuple[str, ...], predicted: str | None, as_json: bool, errors: bool,
          limit: int | None) -> None:
    """Score the extraction of PATHS (default: seeds/) against the gold files in GOLD_DIR.

    Prints precision, recall and F1 per entity type and per relation type, the cross-document
    linking score and the mention-offset check, then each document's misses (gold, not found) and
    false finds (found, not in the gold), and the linking errors across documents (one id for
    things the gold keeps apart, several ids for one thing). Figures agree with tests/gold/score.py on the same records.
    Exit status: 0, or 3 when some input files could not be read (each is named on stderr).

    Examples:

      kg eval tests/gold seeds/ --limit 10

      kg eval tests/gold --predicted output/extraction.jsonl --json
    """
    try:
        gold = load_gold(gold_dir)
        paths = paths or ("seeds",)
        if predicted:
            pred, texts, skipped = from_file(predicted, paths, gold)
        else:
            pred, texts, skipped = from_pipeline(paths, gold)
    except EvalError as err:
        fail(str(err))
    unscored = sorted(set(pred) - set(gold))
    if unscored:
        click.echo(f"note: {len(unscored)} of {len(pred)} documents have no gold file and are not scored", err=True)
    scores = score(gold, pred, texts)
    if as_json:
        click.echo(json.dumps(scores_dict(scores, errors, limit), ensure_ascii=False, indent=1))
    else:
        click.echo(format_scores(scores), nl=False)
        listing = format_errors(scores, limit) if errors else ""
        if listing:
            click.echo("")
            click.echo(listing, nl=False)
    if skipped:
        sys.exit(EXIT_SKIPPED)


def from_pipeline(paths: tuple[str, ...], gold: dict[str, GoldDoc]) -> tuple[dict[str, PredDoc], dict[str, str], bool]:
    """Run the pipeline on ``paths``: the records to score, the texts they point into, whether files were skipped."""
    result = run(paths, on_skip=warn_skipped, on_document=progress)
    end_progress()
    pred = predicted_from_extractions(result.extractions)
    for name in sorted(set(gold) - set(pred)):
        warn(f"gold document {name} is not among {', '.join(paths)}: everything in it counts as missed")
    return pred, {ex.document.name: ex.document.text for ex in result.extractions}, bool(result.skipped)


def from_file(predicted: str, paths: tuple[str, ...], gold: dict[str, GoldDoc]) -> tuple[dict[str, PredDoc], dict[str, str], bool]:
    """Read the records of ``predicted``, and the texts of ``paths`` their offsets point into."""
    pred = load_predicted(predicted)
    texts, skipped = {}, False
    for item in iter_documents(paths):
        if isinstance(item, Skipped):
            skipped = True
            warn_skipped(item)
        else:
            texts[item.name] = item.text
    for name in sorted(gold):
        if name not in pred:
            warn(f"gold document {name} has no record in {predicted}: everything in it counts as missed")
        elif name not in texts:
            warn(f"gold document {name} is not among {', '.join(paths)}: its mention offsets count as wrong")
    return pred, texts, skipped
