# class: user-defined exception hierarchies, custom __init__ with super().__init__, args and str
class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, code):
        super().__init__(f"{table} failed with {code}")
        self.table = table
        self.code = code
class NotFound(DBError):
    def __str__(self):
        return f"no rows in {self.table}"
class NoSuper(AppError):
    def __init__(self, x):
        self.x = x
for exc in [AppError(), AppError("m"), AppError("a", 2), DBError("users", 7), NotFound("posts", 404), NoSuper(5)]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise NotFound("items", 1)
except AppError as e:
    print("caught as AppError:", type(e).__name__, e.code, isinstance(e, DBError), isinstance(e, Exception))
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(NotFound, (KeyError, AppError)), issubclass(AppError, BaseException))
