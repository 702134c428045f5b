"""Download releases from the official press-release site and decide which to keep."""
