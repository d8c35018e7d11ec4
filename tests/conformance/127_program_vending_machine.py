# Checks: a state machine written with match on (state, event) tuples, guards, and class constants.
class Vending:
    PRICE = 1500

    def __init__(self):
        self.state = "idle"
        self.coins = 0

    def handle(self, event, amount=0):
        match (self.state, event):
            case ("idle" | "paying", "coin"):
                self.coins += amount
                self.state = "ready" if self.coins >= self.PRICE else "paying"
            case ("ready", "push"):
                change = self.coins - self.PRICE
                self.coins, self.state = 0, "idle"
                return f"음료 나옴, 거스름돈 {change}원"
            case (_, "refund") if self.coins > 0:
                refund, self.coins, self.state = self.coins, 0, "idle"
                return f"{refund}원 반환"
            case (state, ev):
                return f"{state} 상태에서 {ev} 불가"
        return f"상태={self.state}, 투입={self.coins}"


v = Vending()
for ev, amt in [("push", 0), ("coin", 1000), ("push", 0), ("coin", 1000), ("push", 0),
                ("refund", 0), ("coin", 500), ("refund", 0)]:
    print(f"{ev:>6}: {v.handle(ev, amt)}")
