# bytes: repetition by zero/negative counts, huge counts and index-sized overflow
print(b"ab" * 0, b"ab" * -3, 3 * b"ab", bytearray(b"x") * 2, b"" * 10**18)
x = bytearray(b"ab")
x *= 0
print(x)
for f in [lambda: b"xy" * 2**62, lambda: bytes(2**70), lambda: bytearray(-2**70), lambda: bytes(-1), lambda: b"a" * 1.5]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
