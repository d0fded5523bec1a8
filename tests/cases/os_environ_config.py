import os

def get_setting(name, default=None, cast=str):
    raw = os.environ.get(name)
    if raw is None:
        return default
    return cast(raw)

print(get_setting("MONTYBOX_APP_PORT", 8080, int))
os.environ["MONTYBOX_APP_PORT"] = "9000"
print(get_setting("MONTYBOX_APP_PORT", 8080, int))
os.environ["MONTYBOX_APP_DEBUG"] = "true"
print(os.environ.get("MONTYBOX_APP_DEBUG", "false").lower() in ("1", "true", "yes"))
os.environ["MONTYBOX_APP_BAD"] = "abc"
try:
    get_setting("MONTYBOX_APP_BAD", 0, int)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(k for k in os.environ if k.startswith("MONTYBOX_APP_")))
print({k: v for k, v in os.environ.items() if k.startswith("MONTYBOX_APP_")} == {"MONTYBOX_APP_PORT": "9000", "MONTYBOX_APP_DEBUG": "true", "MONTYBOX_APP_BAD": "abc"})
