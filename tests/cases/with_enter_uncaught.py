# with: uncaught exception raised inside __enter__ (body and __exit__ never run)
class Connection:
    def __init__(self, host):
        self.host = host

    def __enter__(self):
        if not self.host:
            raise ConnectionError("no host configured")
        print("connected to", self.host)
        return self

    def __exit__(self, *exc):
        print("closed", self.host)

with Connection("db.local"):
    print("query")
with Connection(""):
    print("never runs")
