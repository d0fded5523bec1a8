# class: uncaught custom exception subclassing KeyError (str shows quoted key)
class MissingSetting(KeyError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

def setting(cfg, name):
    if name not in cfg:
        raise MissingSetting(name)
    return cfg[name]

print(setting({"debug": True}, "debug"))
print(setting({"debug": True}, "verbose"))
