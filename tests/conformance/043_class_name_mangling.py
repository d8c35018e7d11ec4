# Checks: private name mangling of __attr inside classes, and single-underscore convention.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._note = "내부용"
        self.__balance = balance

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance

    def balance(self):
        return self.__balance


acct = Account("김코로", 1000)
print(acct.deposit(500), acct.balance())
print(acct._note)
try:
    print(acct.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(acct._Account__balance)
print(sorted(vars(acct)))
