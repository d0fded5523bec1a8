# class: uncaught AttributeError inside __init__ when creating an instance
class Config:
    def __init__(self, data):
        self.name = data.get("name")
        self.size = data.get("size", 0) * 2

print(Config({"name": "a", "size": 3}).size)
cfg = Config([("name", "b")])
