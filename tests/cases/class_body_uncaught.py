# class: uncaught NameError raised while executing a class body
class Settings:
    DEBUG = True
    LEVEL = "debug" if DEBUG else "info"
    print("building Settings with", LEVEL)
    TIMEOUT = DEFAULT_TIMEOUT * 2

print("never")
