"""Printing an evaluation report as a table on the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .evaluate import Report


def print_report(report: Report, show_errors: bool = False, console: Console | None = None) -> None:
    """Per-field precision, recall and F1, secondary accuracies, optionally every error."""
    console = console or Console(width=100)
    table = Table(title=f"rilis evaluate: {report.documents} documents "
                        f"(corpus {report.corpus_hash})")
    for column in ("field", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name, c in report.fields.items():
        table.add_row(name, f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}",
                      str(c.tp), str(c.fp), str(c.fn))
    console.print(table)
    secondary = Table(title="secondary fields (accuracy on matched items)")
    for column in ("field", "accuracy", "correct", "total"):
        secondary.add_column(column, justify="left" if column == "field" else "right")
    for name, a in sorted(report.secondary.items()):
        secondary.add_row(name, f"{a.value:.2f}", str(a.correct), str(a.total))
    console.print(secondary)
    if show_errors:
        # tab-separated, written as is (rich would expand the tabs): easy to grep and cut
        for error in report.errors:
            console.file.write(
                f"{error['doc']}\t{error['field']}\t{error['error']}\t{error['value']}\n")
