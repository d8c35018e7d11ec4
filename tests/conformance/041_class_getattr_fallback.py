# Checks: __getattr__ called only for missing attributes, and __setattr__ interception.
class Settings:
    def __init__(self, **values):
        object.__setattr__(self, "_values", values)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        raise AttributeError(f"설정 없음: {name}")

    def __setattr__(self, name, value):
        self.log.append(name)
        self._values[name] = value


s = Settings(theme="dark", lang="ko")
print(s.theme, s.lang)
s.lang = "en"
s.size = 12
print(s.lang, s.size, s.log)
try:
    s.color
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s, "color", "default"))
print(hasattr(s, "theme"), hasattr(s, "nope"))
