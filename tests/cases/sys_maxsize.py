import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
print(sys.maxsize + 1, type(sys.maxsize + 1).__name__)
print(sys.maxunicode, hex(sys.maxunicode), chr(sys.maxunicode) == "\U0010ffff")
print(sys.byteorder, sys.platform)
print(min([5, 3], default=sys.maxsize), min([], default=sys.maxsize))
best = sys.maxsize
for x in [7, 2, 9]:
    best = min(best, x)
print(best)
print(float(sys.maxsize))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.min, sys.float_info.max_exp, sys.float_info.radix)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(sys.float_repr_style)
