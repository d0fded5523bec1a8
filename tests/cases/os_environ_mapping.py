import os

K = "MONTYBOX_MAPPING_TEST"
os.environ.update({K + "_A": "1", K + "_B": "2"})
os.environ.update([(K + "_C", "3")], **{K + "_D": "4"})
mine = sorted((k, v) for k, v in os.environ.items() if k.startswith(K))
print(mine)
print(len([k for k in os.environ.keys() if k.startswith(K)]), sorted(v for k, v in os.environ.items() if k.startswith(K)))
print(os.environ.pop(K + "_A"), os.environ.get(K + "_A", "missing"))
try:
    os.environ.pop(K + "_A")
except KeyError as e:
    print(type(e).__name__, e)
for bad in [5, None]:
    try:
        bad in os.environ
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        os.environ.pop(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del os.environ[bad]
    except TypeError as e:
        print(type(e).__name__, e)
snapshot = dict(os.environ)
print(type(snapshot).__name__, snapshot.get(K + "_B"))
for k in [K + "_B", K + "_C", K + "_D"]:
    del os.environ[k]
print([k for k in os.environ if k.startswith(K)])
