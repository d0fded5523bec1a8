import os

KEY = "MONTYBOX_SURELY_MISSING_VAR_123"
try:
    os.environ[KEY]
except KeyError as e:
    print(type(e).__name__, e)
print(os.environ.get(KEY))
print(os.environ.get(KEY, "fallback"))
print(KEY in os.environ, KEY not in os.environ)
print(os.getenv(KEY), os.getenv(KEY, "dflt"), os.getenv(key=KEY, default=5))
os.environ[KEY] = "set-now"
print(os.environ[KEY], os.getenv(KEY), KEY in os.environ)
print(os.environ.setdefault(KEY, "other"), os.environ.setdefault(KEY + "_2", "new"))
del os.environ[KEY]
print(os.environ.get(KEY))
print(os.environ.pop(KEY + "_2"), os.environ.pop(KEY + "_2", "gone"))
try:
    del os.environ[KEY]
except KeyError as e:
    print(type(e).__name__, e)
print(type(os.environ.copy()).__name__)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
