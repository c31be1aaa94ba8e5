"""`python -m waba.cli`: the `waba` command line."""

from . import main

main()
