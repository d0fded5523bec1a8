# format() with a spec that does not fit the type, raised inside a nested call
def money(v):
    return format(v, ",.2f")

def line(label, v):
    return label + ": " + money(v)

print(line("total", 1234.5))
print(line("name", "Ada"))
