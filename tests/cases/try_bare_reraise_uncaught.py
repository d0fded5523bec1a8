# try: uncaught exception re-raised with bare raise after logging; traceback points to original line
def risky(d):
    return d["missing"]

def wrapper():
    try:
        return risky({})
    except KeyError:
        print("logging the error and re-raising")
        raise

wrapper()
