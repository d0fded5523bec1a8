# percent: %-formatting with s r d i f e g x o c %% and width/precision/flags
print("%s|%r|%d|%i|%f|%e|%g|%x|%X|%o|%c|%%" % ("s", "r", 42, -7, 3.5, 12345.678, 0.00001234, 255, 255, 8, 65))
print("[%5s] [%-5s] [%05d] [%-6d] [%+d] [% d] [%.2f] [%8.3f] [%-8.1f] [%+.1e] [%#x] [%#o] [%.3s]" % ("a", "b", 42, 7, 5, 5, 2.675, 3.14159, 2.5, 1234.5, 255, 8, "abcdef"))
print("%c%c" % ("x", 0x263A), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % ("q",), "%d%%" % 50)
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % None, "%s %s" % (True, 1.0), "%d" % 3.99, "%d" % True, "%x" % -255, "%.0f" % 2.5, "%.0f" % 3.5, "%g" % 1e20, "%G" % 1e-20)
print("no args" % (), "%s" % "single", "%5.1f%%" % 99.44)
