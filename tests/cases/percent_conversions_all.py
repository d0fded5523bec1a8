# %-formatting with every conversion type on ints, floats, strs and objects
for v in [0, 7, -7, 255, 2**65, True]:
    print("%d|%i|%u|%o|%x|%X|%e|%E|%f|%F|%g|%G|%s|%r|%a|%c" % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, 65))
for v in [0.0, -0.0, 2.5, -3.75, 1e-7, 1.5e20, float("inf"), float("nan"), 123456789.0]:
    print("%d|%i|%e|%E|%f|%F|%g|%G|%s|%r|%a" % (v if v == v and abs(v) != float("inf") else 0, 0, v, v, v, v, v, v, v, v, v))
print("%s|%r|%a" % ("é\n", "é\n", "é\n"), "%c%c%c" % ("x", 233, 0x1F600), "%%|%%%%|" % ())
print("%s %s" % ([1, 2], (3,)), "%s" % ((1, 2),), "%s" % [()], "%r" % {"a": None}, "%s" % None, "%.3s" % "abcdef")
print("%d" % 3.99, "%i" % -3.99, "%x" % 255, "%o" % -8, "%X" % (2**70), "%e" % 10, "%g" % 100000, "%g" % 1000000)
print("%s" % b"x", "%r" % b"x", "%a" % "😀", "%5s|%-5s|" % ("ab", "cd"), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
