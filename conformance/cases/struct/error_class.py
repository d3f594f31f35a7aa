# struct.error is an Exception subclass of its own.
import struct
print(repr(struct.error), struct.error.__name__, struct.error.__module__)
print(issubclass(struct.error, Exception), struct.error.__mro__)
try:
    struct.pack('h', 99999)
except Exception as e:
    print(type(e) is struct.error, e.args)
e = struct.error('x', 1)
print(repr(e), str(e))
class Mine(struct.error):
    pass
try:
    raise Mine('m')
except struct.error as e:
    print(type(e).__name__, e)
import builtins
print(hasattr(builtins, 'error'))
