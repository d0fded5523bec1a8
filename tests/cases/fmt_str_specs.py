# format() of str: fill/align/width/precision/type s, zero flag, unicode widths, and every error
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^10", ".2", "10.2", "^7.3s", "05", "<05", ">05", "x^5",
             "é>6", "\n<4", "0", "1", "{^5", "}>5"]:
    show(lambda: format("héllo", spec))
for spec in ["d", "x", "f", "+", "-", " ", "#", "z", ",", "_", "=10", "+10", "=", "10,", "c", "%", ".", "n", "ss", "5.s"]:
    show(lambda: format("abc", spec))
print(format("", "5"), format("", "^1"), format("日本", "^6"), format("😀", "*<3"))
print("{:>10}|{:^9}|{:<8}|".format("right", "mid", "left"), f"{'x':_^7}", f"{'trunc':.3}")
