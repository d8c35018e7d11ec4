# Checks: an uncaught AssertionError with a message, traceback through a function.
def withdraw(balance, amount):
    assert amount <= balance, f"잔액 부족: {balance} < {amount}"
    return balance - amount

print(withdraw(100, 30))
print(withdraw(50, 80))
print("not reached")
