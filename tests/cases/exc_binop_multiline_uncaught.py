# exc: uncaught TypeError in a binary operation spanning multiple lines
def compute(a, b, c):
    return (
        a * 2
        + b
        - c
    )

print(compute(1, 2, 3))
print(compute(1, [2], 3))
