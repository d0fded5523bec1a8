# stmt: pass in various blocks, Ellipsis as a value, empty class/function bodies
def nothing():
    pass
class Empty:
    pass
def stub():
    ...
print(nothing(), stub(), Empty.__name__, ..., Ellipsis, type(...).__name__, ... is Ellipsis, repr(...))
for _ in range(2):
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(bool(...), [..., ...])
