# class: uncaught custom exception with extra attributes and a multi-argument constructor but no __str__
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status

def fetch(path):
    if path != "/":
        raise HTTPError(404, "Not Found")
    return "index"

print(fetch("/"))
print(fetch("/missing"))
