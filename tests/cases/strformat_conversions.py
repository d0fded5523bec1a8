# str.format conversions !r !s !a, and specs applied to the converted string
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


class R:
    def __repr__(self): return 'R\u00e9pr'
    def __str__(self): return 'Str'
show("'{!r}'.format('x')", lambda: '{!r}'.format('x'))
show("'{!s}'.format('x')", lambda: '{!s}'.format('x'))
show("'{!a}'.format('é')", lambda: '{!a}'.format('é'))
show("'{!a}'.format('€😀')", lambda: '{!a}'.format('€😀'))
show("'{!r}'.format(R())", lambda: '{!r}'.format(R()))
show("'{!s}'.format(R())", lambda: '{!s}'.format(R()))
show("'{!a}'.format(R())", lambda: '{!a}'.format(R()))
show("'{}'.format(R())", lambda: '{}'.format(R()))
show("'{!r:>10}'.format('x')", lambda: '{!r:>10}'.format('x'))
show("'{!r:^9}'.format(1.5)", lambda: '{!r:^9}'.format(1.5))
show("'{!s:5}|'.format(12)", lambda: '{!s:5}|'.format(12))
show("'{0!r:{1}}'.format('ab', 6)", lambda: '{0!r:{1}}'.format('ab', 6))
show("'{!r:d}'.format(5)", lambda: '{!r:d}'.format(5))
show("'{!s:x}'.format(5)", lambda: '{!s:x}'.format(5))
show("'{!r}'.format(None)", lambda: '{!r}'.format(None))
show("'{!a}'.format(b'\\xff')", lambda: '{!a}'.format(b'\xff'))
show("'{!r}'.format([1, 'a'])", lambda: '{!r}'.format([1, 'a']))
show("'{0!r}{0!s}{0!a}'.format('ñ')", lambda: '{0!r}{0!s}{0!a}'.format('ñ'))
