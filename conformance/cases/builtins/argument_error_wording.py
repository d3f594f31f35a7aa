# How argument errors of builtins and their methods are worded.
calls = [
    lambda: bytes('ab', 'utf-8', 'strict', 1), lambda: memoryview(b'ab', 1),
    lambda: b'ab'.find(b'a', 1, 1, 1), lambda: b'ab'.startswith(), lambda: b'ab'.count(),
    lambda: b'ab'.replace(b'a'), lambda: bytearray(b'ab').pop(1, 2),
    lambda: (5).to_bytes(1, 'big', 1), lambda: int.from_bytes(b'\x01', None),
    lambda: (5).to_bytes(1, None), lambda: b'ab'.join(None), lambda: b'ab'.join([None]),
    lambda: bytes.fromhex(None), lambda: 'ab'.replace('a', None), lambda: str.maketrans('a', None),
    lambda: range(1, 10, 2).index(None), lambda: range(1, 10, 2).index(4),
    lambda: range(3).index(True), lambda: eval('1', 1), lambda: eval('1', {}, 1),
    lambda: eval('1', [], {}), lambda: exec('y=1', {}, 1), lambda: exec('y=1', 1),
    lambda: exec('y=1', {}, None), lambda: list.__getitem__(None, 1),
    lambda: dict.__contains__(None, 1), lambda: int.__trunc__(None), lambda: int.__add__(None, 1),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
more = [
    lambda: exec('y=1', {}, {}, 1), lambda: compile('1', 's', 'eval', 0, 0, 0, 1),
    lambda: int.from_bytes(b'\x01', 'big', 1), lambda: memoryview(b'ab', bogus=1),
    lambda: type(1, bogus=1), lambda: super(int, True, 1), lambda: bytearray(b'a').copy(1),
    lambda: 'a\tb'.expandtabs(2**70), lambda: 'a'.splitlines(2**70), lambda: b'ab'[2**70],
    lambda: b'ab'.__getitem__(-2**70), lambda: bytearray(b'ab')[2**70],
    lambda: range.__repr__(None), lambda: slice.__eq__(None, 1), lambda: type.__repr__(None),
    lambda: ValueError().__reduce__(bogus=1), lambda: BaseException.__setstate__(None, {}),
    lambda: classmethod(abs), lambda: staticmethod(len), lambda: range(3).__repr__(),
    lambda: slice(1, 2).__eq__(slice(1, 2)), lambda: type.__repr__(int),
]
for c in more:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
for c in (lambda: int.__format__(None, '>6'), lambda: str.__format__(None, ''),
          lambda: float.__format__(1, ''), lambda: int.__format__(True, '>3'),
          lambda: object.__format__(5, ''), lambda: complex.__format__(1j, '')):
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
for c in (lambda: int.__repr__(), lambda: int.__repr__(bogus=1),
          lambda: int.__instancecheck__(1, bogus=1), lambda: eval('1', bogus=1), lambda: exec(),
          lambda: eval(), lambda: exec('y = 1', globals={}), lambda: object.__init_subclass__(),
          lambda: exec('1', closure=None), lambda: exec('1', closure=(1,)),
          lambda: exec(compile('1', 's', 'exec'), closure=(1,))):
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
for c in (lambda: bool.__repr__(None), lambda: bool.__and__(None, 1), lambda: True.__and__(False),
          lambda: True.__rxor__(1), lambda: False.__or__(2), lambda: bool.__repr__(True)):
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
