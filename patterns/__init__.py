"""rilis pattern files (data, not code): see patterns/README.md."""
