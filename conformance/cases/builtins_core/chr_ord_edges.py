# requires: unicode
# chr() and ord() at the edges of their ranges.
print(ord(chr(0)), ord(chr(127)), ord(chr(128)), ord(chr(0x10ffff)))
print(ord('A'), chr(65), repr(chr(0)), ascii(chr(0x10ffff)))
print(ord('\uffff'), ascii(chr(0xffff)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['', 'ab']:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
