# Checks: dropping a linked list of 100,000 objects with __del__ at once finalises all of them without overflowing any stack (CPython's trashcan defers deep deallocation).
class Node:
    count = 0

    def __init__(self, nxt):
        self.nxt = nxt

    def __del__(self):
        Node.count += 1


head = None
for i in range(100_000):
    head = Node(head)
print("built")
del head
print("finalised:", Node.count)
