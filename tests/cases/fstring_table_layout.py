# fstring: formatting a text table with alignment, widths from variables, and numbers
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.125), ("kiwi", -7, 1234.5)]
w = max(len(r[0]) for r in rows)
print(f"{'name':<{w}} | {'qty':>5} | {'price':>10} | {'total':>12}")
print(f"{'':-<{w}}-+-{'':->5}-+-{'':->10}-+-{'':->12}")
for name, qty, price in rows:
    print(f"{name:<{w}} | {qty:>5d} | {price:>10.2f} | {qty * price:>12,.3f}")
print(f"{'TOTAL':>{w}} | {sum(r[1] for r in rows):>5} | {'':>10} | {sum(r[1] * r[2] for r in rows):>12,.3f}")
