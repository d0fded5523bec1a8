# bytes %-formatting: %s/%b with bytes, %d/%x numbers, %c with ints and bytes, %r/%a, errors
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print(b"%s|%b|%d|%x|%c|%c|%r|%a" % (b"ab", bytearray(b"cd"), 42, 255, 65, b"z", "é", "é"))
print(b"%5s|%-5b|%05d|%+.2f|%%|%e" % (b"x", b"y", -3, 2.5, 1e10), b"%(k)s" % {b"k": b"v"}, bytearray(b"%d") % 5)
show(lambda: b"%s" % "str")
show(lambda: b"%b" % 5)
show(lambda: b"%c" % 256)
show(lambda: b"%c" % b"ab")
show(lambda: b"%c" % "a")
show(lambda: b"%d" % b"1")
show(lambda: b"%y" % 1)
show(lambda: b"%s %s" % (b"a",))
show(lambda: b"%(k)s" % {"k": b"v"})
