# %-formatting of integers: precision is a minimum digit count, with flags, widths and prefixes
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


show("'%.3d' % 5", lambda: '%.3d' % 5)
show("'%.3d' % -5", lambda: '%.3d' % -5)
show("'%5.3d|' % -5", lambda: '%5.3d|' % -5)
show("'%-5.3d|' % 5", lambda: '%-5.3d|' % 5)
show("'%05.3d' % 5", lambda: '%05.3d' % 5)
show("'%+.3d' % 5", lambda: '%+.3d' % 5)
show("'% .3d' % 5", lambda: '% .3d' % 5)
show("'%.0d' % 0", lambda: '%.0d' % 0)
show("'%.1d' % 0", lambda: '%.1d' % 0)
show("'%.3i %.3u' % (7, 8)", lambda: '%.3i %.3u' % (7, 8))
show("'%.3x' % 255", lambda: '%.3x' % 255)
show("'%#.3x' % 255", lambda: '%#.3x' % 255)
show("'%#.5x' % -255", lambda: '%#.5x' % -255)
show("'%#.3o' % 8", lambda: '%#.3o' % 8)
show("'%#5.3X' % 255", lambda: '%#5.3X' % 255)
show("'%#08x' % -255", lambda: '%#08x' % -255)
show("'%#8x|' % 255", lambda: '%#8x|' % 255)
show("'%-#8x|' % 255", lambda: '%-#8x|' % 255)
show("'%+#x' % 255", lambda: '%+#x' % 255)
show("'% #o' % 8", lambda: '% #o' % 8)
show("'%#o %#x %#X' % (0, 0, 0)", lambda: '%#o %#x %#X' % (0, 0, 0))
show("'%x %X %o' % (-255, -255, -8)", lambda: '%x %X %o' % (-255, -255, -8))
show("'%d' % 10**30", lambda: '%d' % 10**30)
show("'%x' % 10**30", lambda: '%x' % 10**30)
show("'%.40d' % 12345", lambda: '%.40d' % 12345)
show("'%d' % True", lambda: '%d' % True)
show("'%x' % False", lambda: '%x' % False)
show("'%i' % -0", lambda: '%i' % -0)
