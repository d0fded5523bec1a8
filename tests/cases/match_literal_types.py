# match: literal patterns compare with ==, except True/False/None which use identity
def kind(v):
    match v:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 0:
            return "zero"
        case 1:
            return "one"
        case 1.5:
            return "one-and-half"
        case "1":
            return "string one"
        case b"1":
            return "bytes one"
        case -2:
            return "minus two"
        case _:
            return "other"
for v in [True, False, None, 0, 0.0, 1, 1.0, 1.5, "1", b"1", -2, -2.0, [], ""]:
    print(repr(v), kind(v))
