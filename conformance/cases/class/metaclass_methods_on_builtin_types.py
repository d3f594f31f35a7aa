# The methods of type are reached through any builtin type, bound to it.
print(int.mro(), bool.mro(), int.__call__('7'), bool.__call__(0))
print(int.__instancecheck__(5), int.__instancecheck__('x'), bool.__subclasscheck__(bool))
print(int.__subclasscheck__(bool), object.__subclasscheck__(int))
for c in (lambda: int.mro(1), lambda: int.__instancecheck__(1, 2), lambda: int.__subclasscheck__(None),
          lambda: bool.__subclasscheck__(), lambda: int.__call__('x'),
          lambda: bytearray(b'ab').reverse(1)):
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
