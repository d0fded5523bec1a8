# bool: and/or return operands, short circuit evaluation order shown by prints
def t(name, val):
    print("eval", name)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", []) or t("b", [1]))
print(t("a", 1) or t("b", 2))
print(not t("a", []))
x = t("a", None) or t("b", 0) or t("c", "last")
print(x)
print(1 and 2 and 3, 0 or None or False, [] and 1)
