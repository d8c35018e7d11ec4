# Checks: closures holding state, __closure__ cells, and several closures sharing one variable.
def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("입금", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "잔액 부족"
        balance -= amount
        history.append(("출금", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500))
print(rep())
dep2, _, rep2 = make_account(0)
dep2(1)
print(rep2(), rep())
print(len(dep.__closure__), dep.__code__.co_freevars)
