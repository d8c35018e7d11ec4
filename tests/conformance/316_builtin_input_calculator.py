# Checks: an input()-driven calculator loop reading stdin, handling bad numbers and division by zero, stopping at "q".
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}

while True:
    line = input("계산식 (q=종료)> ")
    if line.strip() == "q":
        print("\n종료합니다")
        break
    try:
        left, op, right = line.split()
        result = OPS[op](float(left), float(right))
    except ValueError as e:
        print(f"\n입력 오류: {e}")
    except KeyError as e:
        print(f"\n모르는 연산자: {e}")
    except ZeroDivisionError:
        print("\n0으로 나눌 수 없습니다")
    else:
        print(f"\n= {result:g}")
