# syntax: dict literal that is never closed
config = {
    "host": "localhost",
    "port": 8080,

def connect(cfg):
    return cfg["host"]
