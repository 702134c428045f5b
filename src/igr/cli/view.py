"""``igr view``: an interactive HTML view of a projection that works offline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from igr.cli.analyze import PROJECTION_HELP
from igr.cli.common import DEFAULT_STORE, StoreOption, console, notice_incomplete, reports_errors
from igr.errors import IgrError

DEFAULT_OUTPUT = Path("igr-view.html")


def register(app: typer.Typer) -> None:
    app.command("view")(view)


@reports_errors
def view(
    store: StoreOption = DEFAULT_STORE,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = DEFAULT_OUTPUT,
    projection: Annotated[str, typer.Option("--projection", "-p", help=PROJECTION_HELP)] = "officials",
    ego: Annotated[Optional[str], typer.Option("--ego", help="Only the entities around this one (name or alias).")] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="Radius of the ego network.")] = 1,
    year: Annotated[Optional[str], typer.Option("--year", help="Only facts dated in this year.")] = None,
    start: Annotated[Optional[str], typer.Option("--from", help="Only facts dated on or after (YYYY[-MM[-DD]]).")] = None,
    end: Annotated[Optional[str], typer.Option("--to", help="Only facts dated on or before (YYYY[-MM[-DD]]).")] = None,
    home: Annotated[Optional[str], typer.Option("--home", help="places: the home place of officials whose "
                                                "post names none, e.g. 'Hong Kong'.")] = None,
    size_by: Annotated[str, typer.Option("--size-by", help="Score that sizes the nodes.")] = "pagerank",
    title: Annotated[Optional[str], typer.Option("--title", help="Heading of the page.")] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=0, help="Show at most this many entities, the most "
                                           "central with ties (0: all); the page says what it left out.")] = 200,
) -> None:
    """Write a projection as one HTML page: nodes coloured by class and sized by centrality,
    edges labelled by relation, sources in the tooltips, a search box and class filters.
    Everything is inlined, so the file opens without a network.

    Example: igr view --store igr-store --projection places --year 2024 --output places-2024.html

    Example: igr view --ego "Chan Kwok-ki" --hops 2 --projection full -o chan.html
    """
    from igr.analytics import load_facts
    from igr.store import open_store
    from igr.views import view_projection

    if output.suffix.lower() not in (".html", ".htm"):
        raise IgrError(f"the output '{output}' should end in .html")
    if output.is_dir():
        raise IgrError(f"the output '{output}' is a folder; give a file name ending in .html")
    with open_store(store, read_only=True) as source:
        notice_incomplete(source)
        facts = load_facts(source)
    try:
        page = view_projection(facts, projection, ego=ego, hops=hops, year=year, start=start, end=end, home=home,
                               size_by=size_by, title=title, max_nodes=max_nodes)
    except ValueError as err:  # an unknown --size-by
        raise IgrError(str(err)) from None
    page.save(output)
    console.print(f"wrote {output} ({page.nodes} entities, {page.edges} edges); open it in any browser, "
                  "no network needed")
    if page.notice:
        console.print(page.notice)
