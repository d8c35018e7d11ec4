# Checks: finally runs on return, break and continue; a return in finally overrides the try's return and swallows exceptions.
def first():
    try:
        return "try"
    finally:
        print("finally before return")


def overriding():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("사라질 예외")
    finally:
        return "finally wins"


print(first())
print(overriding())
print(swallow())

for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
