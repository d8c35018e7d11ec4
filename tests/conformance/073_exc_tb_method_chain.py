# Checks: an uncaught TypeError for a bad call deep in method calls, traceback through class methods.
class Calculator:
    def __init__(self):
        self.history = []

    def run(self, expr):
        a, op, b = expr.split()
        return self.apply(op, int(a), int(b))

    def apply(self, op, a, b):
        table = {"+": self.add, "*": self.mul}
        result = table[op](a, b)
        self.history.append(result)
        return result

    def add(self, a, b):
        return a + b

    def mul(self, a):
        return a * a


calc = Calculator()
print(calc.run("2 + 3"))
print(calc.run("4 * 5"))
