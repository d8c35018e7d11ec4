"""Loaded by CPython before every oracle run (tests/oracle puts this folder on
PYTHONPATH). It makes a run deterministic the way Coroscope's engine is:
`random` starts seeded with the run's seed (COROSCOPE_SEED, default 0)."""
import os
import random

random.seed(int(os.environ.get("COROSCOPE_SEED", "0")))
