# fstring: integer presentation types b c d o x X n and their errors
n = 300
print(f"{n:b} {n:o} {n:x} {n:X} {n:d} {n:n} {65:c} {0x1F600:c} {n}")
print(f"{-n:b} {-n:x} {2 ** 70:x} {-(2 ** 70):d}")
for spec in ["c", ".2d", "s", "z"]:
    try:
        print(format(-1 if spec == "c" else 5, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    f"{3.5:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{5:q}"
except ValueError as e:
    print("ValueError:", e)
