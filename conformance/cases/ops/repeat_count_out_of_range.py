# A repeat count beyond the machine's index range is an OverflowError whatever its sign;
# a sequence's __mul__/__rmul__ want an index.
for seq in ('ab', b'ab', bytearray(b'ab'), [1], (1,)):
    for n in (2**70, -2**70):
        for f in (lambda: seq * n, lambda: n * seq, lambda: seq.__mul__(n)):
            try:
                print(f())
            except Exception as e:
                print(type(e).__name__, e)
    for n in (None, 1.5, 'x', True, 2):
        try:
            print(repr(seq.__mul__(n)), repr(seq.__rmul__(n)))
        except Exception as e:
            print(type(e).__name__, e)
print('ab' * -3, [1] * -(2**40))
