# exc: uncaught exception raised in finally replaces the in-flight one (shown as context)
def close_all(handles):
    try:
        return handles[10]
    finally:
        handles.close()

close_all([1, 2, 3])
