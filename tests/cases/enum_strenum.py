from enum import StrEnum, Enum, auto


class Method(StrEnum):
    GET = "GET"
    POST = "POST"
    DELETE = auto()


print(Method.GET, repr(Method.GET), str(Method.POST), f"{Method.POST}")
print(Method.DELETE.value, Method("GET"), Method["POST"])
print(Method.GET == "GET", "GET" == Method.GET, Method.GET.lower(), Method.GET + "/x")
print(isinstance(Method.GET, str), len(Method.POST), Method.POST.startswith("PO"))
print({"GET": 1}[Method.GET], ",".join(Method))
print(sorted(Method))
print("%s" % Method.GET, "{}".format(Method.POST))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)


class Mix(str, Enum):
    A = "a"
    B = "b"


print(Mix.A, repr(Mix.A), Mix.A == "a", f"{Mix.A}", Mix.A.upper(), str(Mix.A))
print(Mix("b"), Mix.B.value)
try:
    Method("get")
except ValueError as e:
    print(type(e).__name__, e)
print(Method.GET in ["GET", "PUT"], "POST" in list(Method))
print(Method.GET.name, Method.GET.value, type(Method.GET.value).__name__)
