"""Reading press releases from files into :class:`Document` records.

Examples
--------
>>> from igr.ingest import Document
>>> Document(key="a.txt", text="Hello.").content_hash[:8]
'185f8db3'
"""

from igr.ingest.discover import Skipped, read_sources
from igr.ingest.document import Document

__all__ = ["Document", "Skipped", "read_sources"]
