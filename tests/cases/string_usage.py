import string

def caesar(text, shift):
    lo = string.ascii_lowercase
    up = string.ascii_uppercase
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)

print(caesar("Hello, World!", 3))
print(caesar(caesar("Hello, World!", 3), -3))
print(sum(c in string.digits for c in "a1b2c3"))
print([string.ascii_lowercase.index(c) for c in "hello"])
print(string.ascii_uppercase[::-1][:5])
print("".join(sorted(set(string.punctuation) & set("a!b?c.d,"))))
print(string.capwords("the quick brown fox").split())
print(all(c in string.hexdigits for c in "DEADbeef"), all(c in string.hexdigits for c in "xyz"))
print(string.octdigits.find("8"), string.digits.find("8"))
print(len(string.printable), string.printable.index(" "))
print(repr(string.whitespace.strip()))
print({c: ord(c) for c in string.whitespace})
print(string.Formatter().format("{:^9}", "mid"))
print(string.Template("$x").substitute(x=string.digits[:3]))
