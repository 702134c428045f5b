"""``igr analyze``: centralities, communities, brokers, paths and ego networks of a projection."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table
from rich.text import Text

from igr.cli.common import DEFAULT_STORE, StoreOption, console, notice_incomplete, out, reports_errors
from igr.errors import IgrError

PROJECTION_HELP = "Projection: officials, places, organisations, mechanisms or full."
EVIDENCE_SHOWN = 3


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze)


@reports_errors
def analyze(
    store: StoreOption = DEFAULT_STORE,
    projection: Annotated[str, typer.Option("--projection", "-p", help=PROJECTION_HELP)] = "officials",
    year: Annotated[Optional[str], typer.Option("--year", help="Only facts dated in this year.")] = None,
    start: Annotated[Optional[str], typer.Option("--from", help="Only facts dated on or after (YYYY[-MM[-DD]]).")] = None,
    end: Annotated[Optional[str], typer.Option("--to", help="Only facts dated on or before (YYYY[-MM[-DD]]).")] = None,
    top: Annotated[int, typer.Option("--top", "-n", min=1, help="Rows of the score table.")] = 10,
    by: Annotated[str, typer.Option("--by", help="Score to rank by (pagerank, betweenness, degree, "
                                    "weighted_degree, eigenvector, constraint, core).")] = "pagerank",
    csv_dir: Annotated[Optional[Path], typer.Option("--csv", help="Write scores.csv, edges.csv, communities.csv "
                                                    "(and matrix.csv, path.csv) into this folder.")] = None,
    json_file: Annotated[Optional[Path], typer.Option("--json", help="Write everything as JSON to this file.")] = None,
    path: Annotated[Optional[tuple[str, str]], typer.Option("--path", help="Shortest path between two "
                                                            "entities, by name or alias: --path A B.")] = None,
    ego: Annotated[Optional[str], typer.Option("--ego", help="Only the entities around this one.")] = None,
    hops: Annotated[int, typer.Option("--hops", min=0, help="Radius of the ego network.")] = 1,
    home: Annotated[Optional[str], typer.Option("--home", help="places: the home place of officials whose "
                                                "post names none, e.g. 'Hong Kong'.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the Louvain communities.")] = 42,
    write: Annotated[bool, typer.Option("--write", help="Store the scores in the analytics graph for SPARQL.")] = False,
) -> None:
    """Score the entities of a projection: degree, betweenness, PageRank, eigenvector,
    Louvain community, Burt's constraint (low = broker) and k-core.

    Example: igr analyze --store igr-store --projection places --year 2024 --top 5

    Example: igr analyze --path "Chan Kwok-ki" "Chen Jie" --projection full
    """
    from igr.analytics import analyze as run_analysis
    from igr.analytics import ego_network, load_facts, path_dict, shortest_path, write_analysis
    from igr.analytics.tables import SCORE_COLUMNS
    from igr.store import open_store

    if by not in SCORE_COLUMNS or by == "community":
        ranked = ", ".join(c for c in SCORE_COLUMNS if c != "community")
        raise IgrError(f"cannot rank by '{by}'; choose one of: {ranked}")
    pair = tuple(path) if path and all(path) else None
    with open_store(store, read_only=not write) as source:
        notice_incomplete(source)
        facts = load_facts(source)
        result = run_analysis(facts, projection, year=year, start=start, end=end, home=home, seed=seed)
        found = shortest_path(result.graph, pair[0], pair[1], facts=facts) if pair else None
        around = ego_network(result.graph, ego, hops=hops, facts=facts) if ego else None
        if write:
            written = write_analysis(source, result)

    graph = result.graph
    console.print(f"{result.projection} projection, {result.when.label}: {graph.number_of_nodes()} entities, "
                  f"{graph.number_of_edges()} edges, {len(result.communities())} communities")
    if graph.number_of_nodes() == 0:
        console.print(f"nothing to score: no entity has ties in the {result.projection} projection"
                      f"{'' if not result.when.bounded else ' for ' + result.when.label}; "
                      "check the store with 'igr stats', or try --projection full or another time slice")
    rows = result.top(len(result.scores), by=by)
    if around is not None:
        centre = graph.nodes[around.graph["ego"]]["label"]
        console.print(f"ego network of {centre} within {hops} hop{'s' if hops != 1 else ''}: "
                      f"{around.number_of_nodes()} entities, {around.number_of_edges()} edges")
        rows = rows.loc[[n for n in rows.index if n in around]]
        rows.insert(2, "hops", [around.nodes[n]["hops"] for n in rows.index])
    if found is not None:
        _print_path(found)
    elif graph.number_of_nodes() == 0:
        pass
    else:
        _print_scores(rows.head(top), by, result.betweenness)
        if around is None:
            _print_communities(result, top)
    if write:
        console.print(f"wrote {written} triples for {len(result.scores)} entities to the analytics graph")
    if csv_dir is not None:
        _write_csv(csv_dir, result, rows, found)
        console.print(f"wrote CSV files to {csv_dir}")
    if json_file is not None:
        document = result.to_dict()
        if around is not None:
            document["ego"] = {"centre": around.graph["ego"], "hops": hops, "members": list(rows.index)}
        if found is not None:
            document["path"] = path_dict(found)
        json_file.parent.mkdir(parents=True, exist_ok=True)
        json_file.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
        console.print(f"wrote {json_file}")


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return "" if value != value else f"{value:.3f}"  # NaN: an isolated node has no constraint
    return str(value)


HEADERS = {"degree": "deg", "weighted_degree": "ties", "betweenness": "betw", "pagerank": "pagerank",
           "eigenvector": "eigen", "community": "comm", "constraint": "constr", "core": "core", "hops": "hops"}


def _print_scores(rows, by: str, betweenness: dict) -> None:
    sampled = betweenness.get("method") == "sampled"
    title = f"ranked by {by}" + (f"; betw~ sampled from {betweenness['pivots']} pivots (seed {betweenness['seed']})"
                                 if sampled else "")
    table = Table(title=title, box=None, header_style="bold", title_justify="left", pad_edge=False,
                  collapse_padding=True)
    several = rows["cls"].nunique() > 1
    table.add_column("#", justify="right")
    table.add_column("entity", no_wrap=True, overflow="ellipsis", min_width=16, max_width=34)
    if several:
        table.add_column("class", no_wrap=True, overflow="ellipsis", max_width=12)
    columns = [*(["hops"] if "hops" in rows.columns else []), "degree", "weighted_degree", "betweenness",
               "pagerank", "eigenvector", "community", "constraint", "core"]
    for name in columns:
        header = HEADERS[name] + ("~" if name == "betweenness" and sampled else "")
        table.add_column(header, justify="right", no_wrap=True, min_width=len(header))
    for rank, (_, row) in enumerate(rows.iterrows(), start=1):
        cells = [str(rank), str(row["label"]), *([str(row["cls"])] if several else [])]
        table.add_row(*cells, *(_fmt(row[c]) for c in columns))
    out.print(table)


def _print_communities(result, shown: int) -> None:
    groups = [(number, list(group["label"])) for number, group in result.scores.groupby("community", sort=True)]
    several = [(n, names) for n, names in groups if len(names) > 1]
    if not several:
        return
    table = Table(title="communities (louvain)", box=None, header_style="bold", title_justify="left",
                  pad_edge=False)
    table.add_column("#", justify="right")
    table.add_column("size", justify="right")
    table.add_column("members, most central first", overflow="fold")
    for number, names in several[:shown]:
        listed = ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")
        table.add_row(str(number), str(len(names)), listed)
    out.print(table)
    rest = len(several) - shown
    alone = len(groups) - len(several)
    notes = ([f"{rest} more communities"] if rest > 0 else []) + ([f"{alone} entities alone"] if alone else [])
    if notes:
        out.print(Text(" and ".join(notes) + " (see --csv or --json)"))


def _print_path(found) -> None:
    from igr.analytics.ties import distinct_sentences

    out.print(Text(" -> ".join(found.labels) + f"  ({len(found)} hop{'s' if len(found) != 1 else ''})",
                   style="bold"))
    for n, hop in enumerate(found.hops, start=1):
        out.print(Text(f"{n}. {hop.source_label} - {hop.target_label}: {', '.join(hop.kinds)} "
                       f"({hop.weight} tie{'s' if hop.weight != 1 else ''})"))
        sentences = distinct_sentences(hop.evidence)
        for item in sentences[:EVIDENCE_SHOWN]:
            when = item.date.isoformat() if item.date else "undated"
            title = item.title or item.source or "unknown release"
            sentence = f': "{_clip(item.sentence)}"' if item.sentence else ""
            out.print(Text(f"   {when}  {title}{sentence}"))
        if len(sentences) > EVIDENCE_SHOWN:
            out.print(Text(f"   ... and {len(sentences) - EVIDENCE_SHOWN} more"))


def _clip(text: str, limit: int = 240) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def _write_csv(folder: Path, result, rows, found) -> None:
    from igr.analytics.tables import SCORE_COLUMNS

    folder.mkdir(parents=True, exist_ok=True)
    scores = rows.reset_index()[["iri", "label", "cls", *(["hops"] if "hops" in rows.columns else []),
                                 *SCORE_COLUMNS]]
    scores.rename(columns={"cls": "class"}).to_csv(folder / "scores.csv", index=False)
    result.edges().to_csv(folder / "edges.csv", index=False)
    with (folder / "communities.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["community", "iri", "label"])
        for iri, row in result.scores.sort_values(["community", "label"]).iterrows():
            writer.writerow([int(row["community"]), iri, row["label"]])
    if result.projection == "places":
        result.matrix().to_csv(folder / "matrix.csv")
    if found is not None:
        with (folder / "path.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["hop", "source", "target", "kinds", "date", "title", "sentence", "release"])
            for n, hop in enumerate(found.hops, start=1):
                for item in hop.evidence or (None,):
                    writer.writerow([n, hop.source_label, hop.target_label, ", ".join(hop.kinds),
                                     item.date.isoformat() if item and item.date else "",
                                     item.title if item else "", item.sentence if item else "",
                                     item.source if item else ""])
