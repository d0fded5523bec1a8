# f-strings with nested format specs {x:{w}.{p}f}, computed fills/aligns, conversions with specs
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

v = 3.14159265
for w, p in [(10, 2), (8, 0), (1, 5), (12, 3)]:
    print(f"[{v:{w}.{p}f}] [{v:>{w}.{p}e}] [{-v:+{w}.{p}g}]")
for fill, align in [("*", "<"), ("-", "^"), ("0", ">"), (" ", ">")]:
    print(f"[{42:{fill}={9}}]")
    print(f"[{42:{fill}{align}9}] [{'s':{fill}{align}5}]")
spec = ",.2f"
print(f"{1234567.891:{spec}}", f"{255:{'#x'}}", f"{'abc'!r:>{8}}", f"{'é'!a:^{10}}", f"{10:{''}}", f"{7:{'0'}{3}}")
print(f"{'x':{'>'}{10}}", f"{12:{'_'}}", f"{1e6:{''}{'.'}{'3'}{'g'}}")
w = 5
print(f"{'a':{w}}|{'b':<{w + 1}}|{'c':>{w * 2}}|", f"{'mid':^{w}.{2}}")
show(lambda: f"{v:{'.'}f}")
show(lambda: f"{v:{w}{'x'}}")
show(lambda: f"{'s':{w}d}")
