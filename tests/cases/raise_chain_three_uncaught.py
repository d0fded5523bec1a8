# raise: three-level chain mixing implicit context and explicit cause, all shown in the traceback
def level3():
    raise ValueError("level 3 failed")

def level2():
    try:
        level3()
    except ValueError as e:
        raise RuntimeError("level 2 failed") from e

def level1():
    try:
        level2()
    except RuntimeError:
        raise KeyError("level1")

level1()
