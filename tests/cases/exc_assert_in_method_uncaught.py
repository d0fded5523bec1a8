# exc: uncaught AssertionError from an assert inside a method with a computed message
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        assert len(self.rows[0]) == len(other.rows), (
            f"shape mismatch: {len(self.rows[0])} != {len(other.rows)}"
        )
        return "ok"

a = Matrix([[1, 2]])
b = Matrix([[1], [2]])
print(a @ b)
print(a @ a)
