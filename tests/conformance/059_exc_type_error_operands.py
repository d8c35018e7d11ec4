# Checks: TypeError messages for unsupported operand types, subscripting, iteration, and conversions.
number, nothing, text = 5, None, "abc"
ops = [
    lambda: 1 + "2",
    lambda: "2" + 1,
    lambda: [1] + (2,),
    lambda: 3 - "a",
    lambda: "a" * "b",
    lambda: None + 1,
    lambda: {} < {},
    lambda: 1 < "a",
    lambda: -"a",
    lambda: number[0],
    lambda: nothing["key"],
    lambda: {1: 2}[[1]],
    lambda: iter(42),
    lambda: [x for x in 3.5],
    lambda: int([1]),
    lambda: text[1.5],
    lambda: ("a", "b").append("c"),
]
for i, op in enumerate(ops):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(i, type(e).__name__, "-", e)

name, age = "철수", 20
print(name + "는 " + str(age) + "살")
print(name + "는 " + age + "살")
