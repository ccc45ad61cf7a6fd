"""Reports into the archive: reading, matching to meetings, merging, writing rows."""
