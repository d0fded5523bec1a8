# The 0 flag pads numbers after their sign/prefix; non-numeric conversions pad with spaces
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("'%05d' % -3", lambda: '%05d' % -3)
show("'%+05d' % 3", lambda: '%+05d' % 3)
show("'% 05d' % 3", lambda: '% 05d' % 3)
show("'%-05d|' % 3", lambda: '%-05d|' % 3)
show("'%0-5d|' % 3", lambda: '%0-5d|' % 3)
show("'%05s|' % 'ab'", lambda: '%05s|' % 'ab')
show("'%05r|' % 'ab'", lambda: '%05r|' % 'ab')
show("'%05c|' % 'a'", lambda: '%05c|' % 'a')
show("'%05a|' % 'é'", lambda: '%05a|' % 'é')
show("'%010.2f' % -3.14159", lambda: '%010.2f' % -3.14159)
show("'%+010.2f' % 3.14159", lambda: '%+010.2f' % 3.14159)
show("'% 010.2f' % 3.14159", lambda: '% 010.2f' % 3.14159)
show("'%-010.2f|' % 3.14159", lambda: '%-010.2f|' % 3.14159)
show("'%010e' % 1.5", lambda: '%010e' % 1.5)
show("'%010g' % 1.5", lambda: '%010g' % 1.5)
show("'%010f' % float('inf')", lambda: '%010f' % float('inf'))
show("'%010f' % float('nan')", lambda: '%010f' % float('nan'))
show("'%#010x' % 255", lambda: '%#010x' % 255)
show("'%#010o' % 8", lambda: '%#010o' % 8)
show("'%#-10x|' % 255", lambda: '%#-10x|' % 255)
show("'%010d' % 10**12", lambda: '%010d' % 10**12)
show("'%03d' % 12345", lambda: '%03d' % 12345)
show("'%+d %+d' % (0, -0)", lambda: '%+d %+d' % (0, -0))
show("'% d|% d' % (5, -5)", lambda: '% d|% d' % (5, -5))
show("'%+ d|% +d' % (5, 5)", lambda: '%+ d|% +d' % (5, 5))
