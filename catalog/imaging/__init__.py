"""Image handling: probing files, and (non-destructive) processing of page images."""
