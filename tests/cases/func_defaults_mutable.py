# func: default values evaluated once — the mutable default gotcha and the None idiom
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def show(x=counter):
    return x
counter = 20
print(show(), append_to.__defaults__, show.__defaults__)
def kw_defaults(a, *, b=[0]):
    b.append(a)
    return b
print(kw_defaults(1), kw_defaults(2), kw_defaults.__kwdefaults__)
