# exc: catching user exception hierarchies in order, re-raising with extra info, exception groups not used
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
class BadType(ValidationError):
    pass
def validate(rec):
    if "name" not in rec:
        raise MissingField("name")
    if not isinstance(rec["name"], str):
        raise BadType("name", f"expected str, got {type(rec['name']).__name__}")
    return "ok"
for rec in [{"name": "x"}, {}, {"name": 5}]:
    try:
        print(validate(rec))
    except MissingField as e:
        print("missing:", e, e.field, e.args)
    except ValidationError as e:
        print("invalid:", e, type(e).__name__, isinstance(e, MissingField))
errors = []
for rec in [{}, {"name": []}]:
    try:
        validate(rec)
    except Exception as e:
        errors.append(e)
print(errors)
