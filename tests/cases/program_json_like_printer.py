# program: recursive pretty printer for nested dict/list data without imports
def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = ",\n".join(f"{pad}  {k!r}: {pretty(v, indent + 1)}" for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        inner = ",\n".join(f"{pad}  {pretty(v, indent + 1)}" for v in obj)
        return "[\n" + inner + "\n" + pad + "]"
    return repr(obj)
doc = {"name": "montybox", "tags": ["rust", "python"], "meta": {"stars": 5, "ok": True, "none": None, "empty": {}, "list": []}, "ratio": 0.5}
print(pretty(doc))
