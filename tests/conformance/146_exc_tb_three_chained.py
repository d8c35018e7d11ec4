# Checks: an uncaught exception with a two-level __context__ chain prints three tracebacks in order.
def read_config():
    try:
        return {}["path"]
    except KeyError:
        try:
            return int("기본값")
        except ValueError:
            raise RuntimeError("설정을 읽을 수 없습니다")


print("설정 읽는 중...")
read_config()
