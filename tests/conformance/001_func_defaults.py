# Checks: default parameter values, keyword calls, and the shared mutable default pitfall.
def greet(name, greeting="안녕하세요", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("철수"))
print(greet("영희", "반가워요"))
print(greet("민수", punct="?"))
print(greet(punct=".", name="지수", greeting="Hello"))


def append_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_item(1))
print(append_item(2))  # 같은 리스트가 재사용된다


def append_fixed(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_fixed(1))
print(append_fixed(2))
print(greet.__defaults__)
