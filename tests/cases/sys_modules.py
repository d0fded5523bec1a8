import sys
import json

print("sys" in sys.modules, "json" in sys.modules)
print(sys.modules["json"] is json)
print("collections" in sys.modules or True)
print(type(sys.modules).__name__)
print(sys.modules.get("not_a_module_xyz"))
try:
    sys.modules["not_a_module_xyz"]
except KeyError as e:
    print(type(e).__name__, e)
print(__name__)
