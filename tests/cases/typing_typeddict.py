from typing import TypedDict, List, Optional, NotRequired, Required, get_type_hints, is_typeddict


class Movie(TypedDict):
    title: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float


m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__, type(m) is dict)
m2 = Movie(title="Alien", year=1979)
print(m2, type(m2) is dict, isinstance(m2, dict))
print(Movie.__required_keys__ == frozenset({"title", "year"}), Movie.__optional_keys__)
print(sorted(MovieExtra.__required_keys__), sorted(MovieExtra.__optional_keys__), MovieExtra.__total__)
print(Movie.__annotations__)
print(get_type_hints(MovieExtra))
print(is_typeddict(Movie), is_typeddict(dict), is_typeddict(m))
print(Movie.__name__, Movie)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
print(Movie(title="x"))
print(Movie({"title": "y", "year": 1}))

Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__required_keys__ == frozenset({"x", "y"}))
Partial = TypedDict("Partial", {"a": int}, total=False)
print(Partial.__optional_keys__)


class Item(TypedDict):
    name: str
    tags: NotRequired[List[str]]
    parent: Required[Optional[str]]


print(sorted(Item.__required_keys__), sorted(Item.__optional_keys__))
try:
    class Bad(TypedDict):
        x: int

        def method(self):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(TypedDict, int):
        x: int
except TypeError as e:
    print(type(e).__name__, e)
data = {"title": "T", "year": 2000}
movie: Movie = data
print(movie["title"], movie.get("rating", 0.0))
