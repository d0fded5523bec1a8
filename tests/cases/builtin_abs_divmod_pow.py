# builtin: abs, divmod and pow (3-arg, negative exponent, modular inverse) with ints and floats
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 3))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(9, 0.5), pow(5, 3, 13), pow(-5, 3, 13), pow(3, -1, 11), pow(0, 0))
for args in [(2, -1, 4), (2, 1.5, 3), ("2", 2), (2, 3, 0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, "2")
except TypeError as e:
    print("TypeError:", e)
