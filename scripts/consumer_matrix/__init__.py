"""The consumer matrix: other people's code generators, run on the published spec exactly as their users would.

`generators.py` names each generator (pinned version, command line, how its warnings read); `runs.py` runs one
into `build/consumers/<name>/<key>/`, where the key hashes the spec, the generator's version and its command
line, so a second run on the same spec reuses the output (a fresh clone generates everything). The tests in
tests/consumers/ typecheck and import what was generated, parse every recorded answer with it and call a
sandbox through it; `python -m consumer_matrix` (make consumers) prints what each generator reported.
"""
