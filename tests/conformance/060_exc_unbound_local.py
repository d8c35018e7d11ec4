# Checks: UnboundLocalError when a local is read before assignment, caught and uncaught.
count = 10


def safe():
    try:
        print(total)
        total = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
        print(isinstance(e, NameError))


safe()


def bump():
    count += 1  # 전역 변수를 global 없이 수정하려 함
    return count


print("count before:", count)
bump()
