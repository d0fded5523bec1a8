# import: uncaught ModuleNotFoundError from importing a nonexistent module
print("before import")
import nonexistent_mod
print("after import")
