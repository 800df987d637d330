"""Progress of a long command (demo, import) as a bar on a terminal; nothing when the output goes to a file
or a pipe, so scripts and logs stay clean."""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tqdm import tqdm


@contextmanager
def progress_bar(what: str) -> Iterator[Callable[[int, int], bool]]:
    """A `progress(done, total) -> go on` callback for the services, drawing on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        yield lambda _done, _total: True
        return
    bar: tqdm[None] | None = None

    def report(done: int, total: int) -> bool:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit=" " + what, unit_scale=True, file=sys.stderr, leave=False)
        bar.update(done - bar.n)
        return True

    try:
        yield report
    finally:
        if bar is not None:
            bar.close()
