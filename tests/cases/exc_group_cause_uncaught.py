# A group raised from another exception, and a plain exception whose context is a group.
def load():
    try:
        raise ExceptionGroup("load", [OSError("disk")])
    except ExceptionGroup as eg:
        raise RuntimeError("could not load") from eg

try:
    load()
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
    saved = e
raise ExceptionGroup("wrapped", [saved]) from ValueError("root")
