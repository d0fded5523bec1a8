# syntax: missing comma between dict items on separate lines
settings = {
    "debug": True
    "verbose": False,
}
