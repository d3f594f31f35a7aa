# b2a_base64: padding and the newline flag.
import binascii
for data in [b'', b'h', b'he', b'hel', b'hell', b'hello', bytes(range(256))[:20]]:
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))
print(binascii.b2a_base64(b'x' * 100))
print(binascii.b2a_base64(bytearray(b'\xff\xfe'), newline=0))
for args, kw in [(('x',), {}), ((b'a', False), {}), ((), {}), ((b'a',), {'newline': None})]:
    try:
        print(binascii.b2a_base64(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)
