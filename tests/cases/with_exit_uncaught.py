# with: uncaught exception from the with body after __exit__ declines to suppress
class Transaction:
    def __init__(self):
        self.log = []

    def __enter__(self):
        print("begin")
        return self.log

    def __exit__(self, exc_type, exc, tb):
        print("rollback" if exc_type else "commit")
        return False

with Transaction() as log:
    log.append("a")
with Transaction() as log:
    log.append("b")
    log.pop(5)
