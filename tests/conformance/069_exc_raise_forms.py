# Checks: raising an exception class vs an instance, re-raising a stored exception, and raising non-exceptions.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    raise ValueError("with message")
except ValueError as e:
    saved = e

try:
    raise saved
except ValueError as e:
    print("re-raised:", e, e is saved)

try:
    raise "문자열은 예외가 아님"
except TypeError as e:
    print("TypeError:", e)

try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
