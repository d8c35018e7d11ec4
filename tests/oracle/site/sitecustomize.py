"""Loaded by CPython before every oracle run (tests/oracle puts this folder on
PYTHONPATH). It makes a run deterministic the way Coroscope's engine is:
`random` starts seeded with the run's seed (COROSCOPE_SEED, default 0), and a
script marked `# clock: virtual` (COROSCOPE_CLOCK=virtual) runs on the virtual
clock of coroscope_virtual_clock.py."""
import os
import random

random.seed(int(os.environ.get("COROSCOPE_SEED", "0")))

if os.environ.get("COROSCOPE_CLOCK") == "virtual":
    import coroscope_virtual_clock  # noqa: F401  (patches time and asyncio)
