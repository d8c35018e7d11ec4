# Checks: getattr (with default), setattr, hasattr, delattr, vars-free attribute access and AttributeError messages.
class Config:
    debug = False
    def __init__(self):
        self.name = "app"

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "기본값"))
setattr(c, "debug", True)
setattr(c, "port", 8080)
print(c.debug, c.port, Config.debug, hasattr(c, "port"), hasattr(c, "host"))
for field in ["name", "port", "host"]:
    print(field, "=", getattr(c, field, None))
delattr(c, "port")
print(hasattr(c, "port"), hasattr(Config, "__init__"), hasattr("str", "upper"))
method = getattr("hello", "upper")
print(method(), getattr([1, 2], "__len__")(), getattr(3, "real"))
try:
    c.host
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo
except AttributeError as e:
    print("AttributeError:", e)
getattr(c, "timeout")
