# Checks: class-level counters updated via classmethod, ids assigned in order, and class attributes seen through a subclass.
class Ticket:
    next_id = 1
    issued = []

    def __init__(self, event):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.event = event
        Ticket.issued.append(self)

    @classmethod
    def total(cls):
        return len(cls.issued)

    @classmethod
    def reset(cls):
        cls.next_id = 1
        cls.issued.clear()

    def __repr__(self):
        return f"Ticket#{self.id}({self.event})"


class VipTicket(Ticket):
    pass


for ev in ["콘서트", "뮤지컬"]:
    Ticket(ev)
VipTicket("팬미팅")
print(Ticket.issued, Ticket.total(), VipTicket.total())
print(VipTicket.next_id, Ticket.next_id)
Ticket.reset()
print(Ticket.total(), Ticket("재발행"))
