# assign: messages for unpacking errors (too many, not enough, starred, non-iterable)
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
def two(v):
    a, b = v
def three(v):
    a, b, c = v
def star(v):
    a, b, *c = v
attempt("2<-3", lambda: two([1, 2, 3]))
attempt("3<-2", lambda: three((1, 2)))
attempt("2<-1", lambda: two("x"))
attempt("3<-0", lambda: three([]))
attempt("star<-1", lambda: star([1]))
attempt("star<-2", lambda: star([1, 2]))
attempt("int", lambda: two(5))
attempt("None", lambda: two(None))
attempt("gen", lambda: two(x for x in range(5)))
attempt("dict", lambda: two({"a": 1, "b": 2}))
attempt("str", lambda: three("abcd"))
