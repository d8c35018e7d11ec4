"""Loaded by CPython before every oracle run (tests/oracle puts this folder on
PYTHONPATH). It makes a run deterministic the way Coroscope's engine is:
`random` starts seeded with the run's seed (COROSCOPE_SEED, default 0), and a
script marked `# clock: virtual` (COROSCOPE_CLOCK=virtual) runs on the virtual
clock of coroscope_virtual_clock.py.

COROSCOPE_PERTURB=k (k > 0) keeps some ballast objects alive so that object
addresses differ from an unperturbed run: the oracle's repeated runs use it to
catch scripts whose output depends on addresses (sets of tasks or coroutines
iterate in address order), which the engine cannot reproduce."""
import os
import random

random.seed(int(os.environ.get("COROSCOPE_SEED", "0")))

_k = int(os.environ.get("COROSCOPE_PERTURB", "0"))
if _k:
    _ballast = [(object(), [0] * (i % 61), "x" * (i % 509)) for i in range(_k * 701)]

if os.environ.get("COROSCOPE_CLOCK") == "virtual":
    import coroscope_virtual_clock  # noqa: F401  (patches time and asyncio)
