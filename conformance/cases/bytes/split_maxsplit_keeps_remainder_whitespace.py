# With maxsplit, the unsplit remainder keeps the whitespace on its far side, as str does.
print(b' a b c '.split(None, 1))
print(b' a b c '.rsplit(None, 1))
print(b'  a  '.split(None, 0))
print(b'  a  '.rsplit(None, 0))
print(b'a\tb\n c\t'.split(maxsplit=1))
print(b'\ta b\n c'.rsplit(maxsplit=2))
print(bytearray(b' x y  ').split(None, 1))
