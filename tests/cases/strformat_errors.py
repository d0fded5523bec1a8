# str.format errors: unmatched braces, bad conversions, missing args/keys, numbering switches
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

for t in ["{", "}", "a{", "a}", "{0", "{0:", "{:", "{!}", "{!r", "{0!}", "{0!rr}", "{0!x}", "{0!r:}", "{0!r:>3}",
          "{0[}", "{0[0}", "{0]}", "{0.}", "{0..x}", "{0[0]x}", "{0}{}", "{}{0}", "{1}", "{x}", "{0:{}}", "{:{1}}",
          "{0:{0:{0}}}", "{0:{0:{0:{0}}}}", "}{", "{{}", "{}}", "{ }", "{0 }", "{-1}", "{0[0][1]}", "{0.bit_length.x}", "{:{a}}",
          "{0[ ]}", "{a[b]c}", "{00}", "{0:}", "{\}", "{:>10}"]:
    show(lambda: t.format("s", a="w"))
show(lambda: "{:d}".format("str"))
show(lambda: "{:s}".format(5))
show(lambda: "{:x}".format(1.5))
show(lambda: "{0.nope}".format(5))
show(lambda: "{0[5]}".format([1]))
show(lambda: "{0[k]}".format({}))
show(lambda: "{0[0]}".format(5))
show(lambda: "{a}".format(1))
show(lambda: "{}".format())
show(lambda: "{0:{1}}".format(1))
show(lambda: "{0}".format(**{"0": "s"}))
