# int: bit_length, bit_count, and related properties for small, negative and big ints
for n in [0, 1, 2, 3, 255, 256, -1, -255, -256, 2**63 - 1, -2**63, 2**63, 2**100, -(2**100), 2**100 - 1]:
    print(n.bit_length(), n.bit_count(), abs(n).bit_length() == len(bin(abs(n))) - 2 if n else True)
print(True.bit_length(), False.bit_count(), (7).numerator, (7).denominator, (7).real, (7).imag, (-7).conjugate())
print((2**70).numerator, (-5).__abs__(), (5).__neg__(), int.bit_length(37), (12).as_integer_ratio(), (-(2**80)).as_integer_ratio())
print((10).__index__(), (3).__float__(), (3).__trunc__(), (2**65).__float__(), int.__add__(2, 3) if hasattr(int, "__add__") else 5)
try:
    (1).bit_length(2)
except TypeError as e:
    print("TypeError:", e)
