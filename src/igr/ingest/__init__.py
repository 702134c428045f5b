"""Reading press releases from files into :class:`Document` records.

Examples
--------
>>> from igr.ingest import Document
>>> Document(key="a.txt", text="Hello.").content_hash[:8]
'f8eda029'
"""

from igr.ingest.discover import read_sources
from igr.ingest.document import Document, Duplicate, Skipped, Unchanged

__all__ = ["Document", "Duplicate", "Skipped", "Unchanged", "read_sources"]
