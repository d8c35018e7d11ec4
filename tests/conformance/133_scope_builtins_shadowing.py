# Checks: LEGB name resolution, shadowing a builtin with a global then deleting it, and local shadowing.
print(len("abc"))
len = lambda s: "내가 만든 len"
print(len("abc"))
del len
print(len("abc"))


def f():
    max = 100
    return max


print(f(), max(1, 2))
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x
    return inner()


def local_only():
    x = "local"
    return x


print(outer(), local_only(), x)
import builtins
print(builtins.len("four"), builtins.abs(-3))
