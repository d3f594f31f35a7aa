# Hash objects: name, digest_size, block_size, digest/hexdigest, copy independence, update after digest.
import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = getattr(hashlib, name)(b'hello')
    print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
    print(h.digest().hex() == h.hexdigest(), type(h.digest()).__name__, type(h.hexdigest()).__name__)
    c = h.copy()
    c.update(b' world')
    print(h.hexdigest() == getattr(hashlib, name)(b'hello').hexdigest())
    print(c.hexdigest() == getattr(hashlib, name)(b'hello world').hexdigest())
    h.digest()
    h.update(b'!')
    print(h.hexdigest() == hashlib.new(name, b'hello!').hexdigest())
    print(h.update(b'') is None)
h = hashlib.sha256()
print(type(h).__name__, type(h).__module__)
print(repr(h).startswith('<sha256 _hashlib.HASH object @ 0x'))
print(repr(hashlib.md5()).startswith('<md5 _hashlib.HASH object @ '))
print(h == h.copy(), h == h, h != hashlib.sha256())
print(isinstance(hash(h), int))
for attr in ['name', 'digest_size', 'block_size']:
    try:
        setattr(h, attr, 1)
    except AttributeError:
        print('AttributeError', attr)
try:
    h.foo
except AttributeError as e:
    print('AttributeError', e)
