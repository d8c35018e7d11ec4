# Checks: user-defined exception hierarchies, extra attributes, custom __str__, and catching by base class.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return f"잔액 {self.balance}원, 요청 {self.amount}원"


class AccountLocked(BankError):
    pass


def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLocked("계좌가 잠겼습니다")
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount


for args in [(100, 30), (100, 300), (100, 10, True)]:
    try:
        print("남은 돈:", withdraw(*args))
    except InsufficientFunds as e:
        print("부족:", e, e.args, e.amount - e.balance)
    except BankError as e:
        print(type(e).__name__, "-", e, repr(e))

print(issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__[2].__name__)
