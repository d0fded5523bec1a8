# program: singly linked list class with iteration, len, indexing, reversal and repr
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.nxt = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for it in reversed(list(items)):
            self.head = Node(it, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def __len__(self):
        return sum(1 for _ in self)
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
ll = LinkedList([1, "two", 3.0])
print(ll, len(ll), ll[1], list(ll))
ll.reverse()
print(ll, LinkedList(), bool(LinkedList()), 3.0 in ll)
try:
    ll[5]
except IndexError as e:
    print("IndexError:", e)
