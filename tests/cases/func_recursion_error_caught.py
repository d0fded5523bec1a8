# func: RecursionError caught from unbounded recursion; message and type hierarchy
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, RuntimeError))
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(500))
class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError as e:
    print("caught:", e)
