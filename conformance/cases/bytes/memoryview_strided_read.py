# Reading through memoryviews sliced with a step: items, shape, copies and comparisons.
m = memoryview(b'abcdefgh')
s = m[::2]
print(len(s), s.tolist(), s.tobytes(), bytes(s), bytearray(s), s.hex(), s.hex(':'))
print(s.nbytes, s.itemsize, s.ndim, s.format, s.shape, s.strides, s.suboffsets)
print(s.contiguous, s.c_contiguous, s.f_contiguous, s.readonly, s.obj)
r = m[::-1]
print(r.tobytes(), r.strides, r.contiguous, r[0], r[-1], r[1:3].tobytes())
print(r[::3].tobytes(), r[::-1].tobytes(), r[::-1].strides, r[::-1].contiguous)
print(s[1:].tobytes(), s[::-1].tobytes(), s[::2].tobytes(), s[::2].strides, s[5:].tobytes())
print(m[5:1:-2].tobytes(), m[100::-1][:2].tobytes(), len(m[::100]), m[1:1:-1].tolist())
print(bytes(m[1::3][::-1]), m[1::3][::-1].strides)
e = m[3:3]
print(e.tobytes(), e.strides, len(e), e.contiguous, bool(e), bool(s))
one = m[::3][1:2]
print(one.tobytes(), one.strides, one.contiguous)
print(s[0], s[-1], s[True], s[(1,)])
print(list(s), list(reversed(s)), sorted(r[:3]), max(s), sum(s))
print(99 in s, 98 in s, 99.0 in s, b'c' in s)
print(s == b'aceg', s == bytearray(b'aceg'), s == s, s == m[::2], s != b'aceg', s == [97, 99, 101, 103])
print(m[::2] == m[::-2][::-1], memoryview(b'ac') == s, b'aceg' == s)
print(memoryview(s).tobytes(), memoryview(s).strides, s.toreadonly().tobytes())
print(hash(s) == hash(b'aceg'), {s: 1}[b'aceg'])
print(s.tobytes().decode(), str(bytes(r), 'ascii'))
