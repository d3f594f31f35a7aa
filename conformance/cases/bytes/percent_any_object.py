# `bytes % x` formats any `x`, instances of user classes included: a subscriptable one is a
# mapping (extra arguments are fine), anything else one argument. Bytes and bytearray are
# not mappings here, a memoryview is.
class Keyed:
    def __getitem__(self, key):
        return b'<' + key + b'>'


class Plain:
    pass


for template in [b'abc', b'[%s]', b'%(k)s!']:
    for arg in [Keyed(), Plain(), memoryview(b'm'), b'x', bytearray(b'y'), [1], {b'k': b'v'}]:
        try:
            print(repr(template), type(arg).__name__, repr(template % arg))
        except (TypeError, KeyError) as e:
            print(repr(template), type(arg).__name__, type(e).__name__, e)
print(repr(bytearray(b'%d-') % Plain.__name__.__len__()))
