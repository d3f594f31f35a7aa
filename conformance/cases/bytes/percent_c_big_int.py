# `%c` in bytes formatting: any int out of range(256), however big, is an OverflowError;
# a non-int that is not a single byte is a TypeError.
for v in [65, 255, 256, -1, 2**63, -10**30, 2**200, b'z', b'ab', 'a', 1.5]:
    try:
        print(repr(b'[%c]' % v))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
