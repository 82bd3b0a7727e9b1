"""A progress bar for batch runs on a terminal (rich, imported only when drawn)."""

from __future__ import annotations

import sys
from typing import Any


def terminal_progress(quiet: bool) -> TerminalProgress | None:
    """A progress bar on stderr when it is a terminal and not `quiet`; else None."""
    if quiet or not sys.stderr.isatty():
        return None
    return TerminalProgress()


class TerminalProgress:
    """Rate, counts and ETA on stderr, redrawn in place."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.task: Any = None
        self.failed = 0

    def start(self, total: int | None) -> None:
        """Draw the bar."""
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TextColumn("{task.fields[failed]} failed"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False)
        self.task = self.bar.add_task("extract", total=total, rate="-", failed=0)
        self.bar.start()

    def advance(self, done: int, failed: int) -> None:
        """Move the bar on."""
        self.failed += failed
        self.bar.advance(self.task, done)
        speed = self.bar.tasks[0].speed
        self.bar.update(self.task, rate=f"{speed:.0f}" if speed else "-", failed=self.failed)

    def stop(self) -> None:
        """Leave the final state on screen."""
        if self.bar is not None:
            self.bar.stop()
