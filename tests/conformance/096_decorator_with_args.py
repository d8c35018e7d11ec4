# Checks: decorators that take arguments (three levels of functions), retry logic, and repeated calls.
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def cheer(name):
    return f"{name} 화이팅!"


print(cheer("코로"))


def retry(attempts, exceptions=(Exception,)):
    def decorator(func):
        def wrapper(*args, **kwargs):
            for n in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"  시도 {n} 실패: {e}")
            return "포기"
        return wrapper
    return decorator


calls = {"count": 0}


@retry(3, exceptions=(ConnectionError,))
def flaky():
    calls["count"] += 1
    if calls["count"] < 3:
        raise ConnectionError("연결 끊김")
    return "성공"


print(flaky())
print(retry(2)(lambda: 1 / 0)())
