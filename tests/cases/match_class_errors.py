# match: errors from class patterns — too many positional sub-patterns, non-class in pattern
class NoArgs:
    pass
class Two:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
try:
    match NoArgs():
        case NoArgs(x):
            print("matched", x)
except TypeError as e:
    print("TypeError:", e)
try:
    match Two():
        case Two(p, q, r):
            print("matched")
except TypeError as e:
    print("TypeError:", e)
match Two():
    case Two(a=1, c=3):
        print("should not match: missing attr c")
    case Two(b=2):
        print("matched b=2")
notaclass = 5
try:
    match 1:
        case notaclass():
            pass
except TypeError as e:
    print("TypeError:", e)
