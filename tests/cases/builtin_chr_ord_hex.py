# builtin: chr/ord round trips, hex/oct/bin of positives/negatives/big ints, and their errors
print(chr(97), chr(8364), chr(0), repr(chr(0)), ord("a"), ord("€"), ord("\n"), [chr(ord(c) + 1) for c in "HAL"])
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(10), bin(-10), bin(0), hex(2 ** 64), bin(2 ** 10 - 1))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
for call in [lambda: chr(-1), lambda: chr("a"), lambda: ord(5), lambda: hex(1.5), lambda: bin("1"), lambda: oct(None)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
