# Checks: raise ... from ... sets __cause__ and __suppress_context__; raise from None hides context.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"잘못된 포트: {text!r}") from e


try:
    parse_port("80a")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError("no " + key) from None


try:
    lookup({}, "x")
except LookupError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

e = RuntimeError("plain")
print(e.__cause__, e.__context__, e.__suppress_context__)
