"""Text of an HTML fragment with its structure: a line per ``<br>``, a blank line between blocks.

Examples
--------
>>> html_text("<p>One<br>line.</p><p>Two.</p><script>x()</script>")
'One\\nline.\\n\\nTwo.'
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from igr.ingest.text import clean_text

BLOCKS = "p, div, li, tr, table, h1, h2, h3, h4, h5, h6, blockquote, ul, ol, section, article"


def html_text(html: str) -> str:
    """The cleaned text of ``html`` (a fragment or a page), scripts and styles left out."""
    tree = LexborHTMLParser(html)
    node = tree.body or tree.root
    return clean_text(node_text(node)) if node is not None else ""


def node_text(node: LexborNode) -> str:
    """The raw text of ``node`` with line breaks for ``<br>`` and blank lines around blocks (changes ``node``)."""
    for junk in node.css("script, style, noscript, template"):
        junk.decompose()
    for br in node.css("br"):
        br.replace_with("\n")
    for block in node.css(BLOCKS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    return node.text(deep=True)
