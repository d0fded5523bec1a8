# f-string with a nested spec that produces an invalid format: uncaught ValueError
width = 8
prec = "x"
value = 2.5
print(f"[{value:{width}.2f}]")
print(f"[{value:{width}.{prec}f}]")
