# raise: uncaught chained exception with "The above exception was the direct cause"
class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port setting is missing") from e

print(read_port({"port": "80"}))
print(read_port({"host": "x"}))
