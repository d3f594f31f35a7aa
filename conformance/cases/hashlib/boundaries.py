# Message lengths around each algorithm's block and padding boundaries, and inputs split into pieces.
import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for n in [1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 255, 256, 1000]:
        data = bytes(i % 251 for i in range(n))
        whole = hashlib.new(name, data).hexdigest()
        h = hashlib.new(name)
        for i in range(0, n, 7):
            h.update(data[i:i + 7])
        print(name, n, whole[:16], h.hexdigest() == whole)
