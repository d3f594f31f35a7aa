# file_digest hashes a binary file or BytesIO by name or constructor; other objects are refused.
# file: data.bin
#| some file contents to hash
import hashlib, io, os, sys
path = os.path.join(sys.path[0], 'data.bin')
with open(path, 'rb') as f:
    data = f.read()
print(len(data))
for digest in ['sha256', 'MD5', hashlib.sha1, hashlib.sha512]:
    with open(path, 'rb') as f:
        h = hashlib.file_digest(f, digest)
    print(h.name, h.hexdigest() == hashlib.new(h.name, data).hexdigest())
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, 'md5', _bufsize=3).hexdigest() == hashlib.md5(data).hexdigest())
with open(path, 'rb', buffering=0) as f:
    print(hashlib.file_digest(f, 'sha224', _bufsize=5).hexdigest() == hashlib.sha224(data).hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc' * 100), hashlib.md5, _bufsize=7).hexdigest())
for call in [lambda: hashlib.file_digest(io.StringIO('abc'), 'md5'), lambda: hashlib.file_digest(1, 'md5'),
             lambda: hashlib.file_digest(io.BytesIO(b'abc'), 'nope'), lambda: hashlib.file_digest(io.BytesIO(b'a')),
             lambda: hashlib.file_digest(), lambda: hashlib.file_digest(1, 2, 3),
             lambda: hashlib.file_digest(io.BytesIO(b'abc'), 'md5', x=1),
             lambda: hashlib.file_digest(io.BytesIO(b'abc'), 3)]:
    try:
        call()
    except Exception as e:
        msg = str(e)
        print(type(e).__name__, msg[:msg.find(' object at ')] if ' object at ' in msg else msg)
