# Checks: a singly linked list with a generator __iter__, __len__, `in` via iteration, __repr__ and recursive reversal.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"

    def reverse(self):
        def rev(node, prev):
            if node is None:
                return prev
            nxt = node.next
            node.next = prev
            return rev(nxt, node)
        self.head = rev(self.head, None)


ll = LinkedList(1, 2, 3, 4)
print(ll, len(ll), 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), LinkedList())
