# binascii.Error and binascii.Incomplete.
import binascii
print(repr(binascii.Error), repr(binascii.Incomplete))
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__name__)
try:
    binascii.unhexlify(b'0')
except ValueError as e:
    print(type(e).__name__, isinstance(e, binascii.Error), e)
try:
    raise binascii.Incomplete('more')
except Exception as e:
    print(type(e).__name__, e.args)
import builtins
print(hasattr(builtins, 'Error'), hasattr(builtins, 'Incomplete'))
