# Each algorithm on the standard test inputs: empty, "abc", the two-block message, a million 'a's.
import hashlib
inputs = [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
          b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
          b'a' * 1000000]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for data in inputs:
        print(name, len(data), ctor(data).hexdigest())
