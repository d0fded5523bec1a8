# match: no case matching does nothing; subject evaluated once; mapping pattern ignores non-mapping
def subject():
    print("subject evaluated")
    return {"a": 1}
match subject():
    case {"b": _}:
        print("b")
    case [_, _]:
        print("seq")
print("after match with no hit")
match 3:
    case 1 | 2:
        print("low")
match "text":
    case [*chars]:
        print("matched as sequence?", chars)
    case str(s):
        print("matched as str", s)
match (1, 2, 3):
    case (1, *rest) if len(rest) == 2:
        print("rest", rest, type(rest).__name__)
