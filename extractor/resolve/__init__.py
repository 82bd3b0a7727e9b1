"""Resolvers: from rule spans to the values of records, one module per family."""
