"""`python -m extractor` runs the `rilis` command line."""

from .cli import main

main()
