# fstring: thousands grouping with , and _ for ints, floats and alternate bases
print(f"{1234567:,} {1234567:_} {-1234567.891:,.2f} {1234567.891:_.1f} {0:,} {999:,} {1000:,}")
print(f"{0xFFFFFFFF:_x} {0b11111111:_b} {255:_o} {12345678:,d}")
print(f"{1234567:>15,} {1234567:015,} {-1234567:015,} {12345.6789:,.3e}")
print(f"{10 ** 20:,}")
try:
    f"{1234:,x}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'abc':,}"
except ValueError as e:
    print("ValueError:", e)
