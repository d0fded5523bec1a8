# values: truthiness of many builtin values and empty/non-empty containers printed as a table
values = [None, False, True, 0, 1, -1, 0.0, 0.1, float("nan"), "", " ", "0", b"", b"\x00",
          [], [None], (), ((),), {}, {"": ""}, set(), {0}, frozenset(), range(0), range(-1), range(1)]
for v in values:
    print(f"{v!r:>14} -> {bool(v)!s:5} {'truthy' if v else 'falsy'}")
