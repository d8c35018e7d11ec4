# 클래스 속성(발급된 티켓 목록)을 새 목록으로 바꾸면 예전 목록과 그 안의
# 인스턴스가 풀린다. 풀리는 인스턴스의 __del__이 클래스를 들여다봐도 된다.
# (Rebinding or deleting a class attribute frees the old value while the
# class is being changed; a finaliser that looks the class up must work.
# Found by the fuzzer: the engine crashed with a RefCell borrow error.)


class Ticket:
    issued = []
    prefix = "T"

    def __init__(self, n):
        self.n = n
        Ticket.issued.append(self)

    def __del__(self):
        print("void", self.prefix + str(self.n), type(self).__name__)

    @classmethod
    def reset(cls):
        cls.issued = []


class VipTicket(Ticket):
    prefix = "VIP"


VipTicket(1)
Ticket(2)
print("reset")
Ticket.reset()
print("after reset", Ticket.issued)

Ticket(3)
print("del issued")
del Ticket.issued
print("has issued:", hasattr(Ticket, "issued"))

Ticket.issued = [VipTicket.__new__(VipTicket)]
Ticket.issued[0].n = 4
setattr(Ticket, "issued", [])
print("end")
