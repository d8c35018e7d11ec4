# Checks: a small bank-account program combining a class, custom exceptions, properties and a transaction log.
class InsufficientBalance(Exception):
    pass


class BankAccount:
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.log = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("입금액은 0보다 커야 합니다")
        self._balance += amount
        self.log.append(f"+{amount}")

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientBalance(f"{self.owner}: 잔액 {self._balance}원으로 {amount}원 출금 불가")
        self._balance -= amount
        self.log.append(f"-{amount}")

    def add_interest(self):
        self.deposit(int(self._balance * self.interest_rate))

    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self._balance})"


acct = BankAccount("홍길동", 10000)
for action, amount in [("deposit", 5000), ("withdraw", 3000), ("withdraw", 50000), ("deposit", -1)]:
    try:
        getattr(acct, action)(amount)
    except (InsufficientBalance, ValueError) as e:
        print(type(e).__name__ + ":", e)
acct.add_interest()
print(acct, acct.balance, acct.log)
