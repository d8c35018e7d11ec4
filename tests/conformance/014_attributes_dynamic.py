# Checks: attribute access, getattr/setattr/hasattr/delattr with defaults, and instance __dict__.
class Config:
    debug = False

    def __init__(self):
        self.name = "app"


c = Config()
print(c.name, c.debug)
c.debug = True
print(c.debug, Config.debug)

setattr(c, "version", 3)
print(c.version)
print(getattr(c, "name"), getattr(c, "missing", "기본값"))
print(hasattr(c, "version"), hasattr(c, "nope"))
print(c.__dict__)
delattr(c, "version")
print(hasattr(c, "version"))

for field in ["name", "debug"]:
    print(field, "=", getattr(c, field))

try:
    getattr(c, "color")
except AttributeError as e:
    print("AttributeError:", e)
