# Checks: importing a module that does not exist, and importing a missing name from a module.
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print(isinstance(e, ImportError), e.name)

try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__)

import math
try:
    math.nope
except AttributeError as e:
    print("AttributeError:", e)
print("끝")
