# Checks: the order of try/except/else/finally blocks with and without an exception.
def divide(a, b):
    print(f"divide({a}, {b})")
    try:
        result = a / b
    except ZeroDivisionError:
        print("  except: 0으로 나눌 수 없음")
        return None
    else:
        print("  else: 성공", result)
        return result
    finally:
        print("  finally: 항상 실행")


print(divide(10, 4))
print(divide(1, 0))

for raw in ["12", "abc", "7"]:
    try:
        n = int(raw)
    except ValueError as err:
        print("bad:", err)
        continue
    else:
        print("good:", n * 2)
    finally:
        print("checked", repr(raw))
