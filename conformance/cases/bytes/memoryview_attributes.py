# The data attributes of a memoryview, plain, sliced, strided and cast.
b = b'abcdefgh'
for m in [memoryview(b), memoryview(b)[1:5], memoryview(b)[::2], memoryview(b)[::-3],
          memoryview(bytearray(b)).cast('H'), memoryview(b).cast('@I'),
          memoryview(b).cast('d'), memoryview(b'')]:
    print(m.obj is b, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape,
          m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous, len(m))
