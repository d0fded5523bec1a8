# builtin: print with sep, end, multiple args, no args, non-str sep errors
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print(1, 2.0, None, True, [1], sep="|")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print(*[], sep="x")
print("x", sep=None, end=None)
print("multi\nline", "tab\tsep")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", bogus=1)
except TypeError as e:
    print("TypeError:", e)
