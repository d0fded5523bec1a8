# float: divmod results agree with // and %, including big and tiny operands
for a, b in [(10.5, 3), (-10.5, 3), (10.5, -3), (1e16, 7), (1e-10, 3), (-1e-10, 3), (3, 0.1), (2**60, 0.5), (7, 7.0)]:
    q, r = divmod(a, b)
    print(q, r, q == a // b, r == a % b)
try:
    divmod(1.5, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod("a", 1.0)
except TypeError as e:
    print("TypeError:", e)
