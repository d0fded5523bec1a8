# percent: %-format widths and precisions with * and with negative values, padding strings and numbers
for v in [5, -5, 123456, 0]:
    print("[%6d] [%-6d] [%06d] [%+6d] [% 06d] [%.3d] [%6.3d]" % (v, v, v, v, v, v, v))
for v in [3.14159, -2.5, 0.0005, 1234567.891]:
    print("[%10.3f] [%-10.2e] [%010.1f] [%g] [%.2g] [%#.0f]" % (v, v, v, v, v, v))
print("[%*s] [%-*s] [%.*s]" % (6, "ab", 6, "ab", 1, "ab"), "%s%%%s" % (1, 2), "%5s%%" % 50)
print("%x|%X|%#x|%#X|%o|%#o|%08.3f|%-+8d|" % (255, 255, 255, 255, 8, 8, -3.14159, 42))
