"""Language data loading (filled in by the core engine)."""
