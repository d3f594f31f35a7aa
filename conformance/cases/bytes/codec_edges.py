# Decoding and encoding with each error handler, and the codecs' messages.
data = b'ab\xff\xc3(cd\xe2\x82'
for errors in ['ignore', 'replace']:
    print(repr(data.decode('utf-8', errors)), repr(data.decode('ascii', errors)))
print(data.decode('latin-1') == ''.join(chr(b) for b in data), bytes(range(5)).decode('ascii'))
for bad in [lambda: data.decode(), lambda: b'\xc3'.decode(), lambda: b'\xe2\x28\xa1'.decode(),
            lambda: data.decode('ascii'), lambda: b'x'.decode('no-such-codec'),
            lambda: 'h\u00e9\u20ac\U0001f600'.encode('ascii'), lambda: '\u20ac'.encode('latin-1'),
            lambda: b'x'.decode(5)]:
    try:
        print(bad())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
s = 'h\u00e9\u20ac\U0001f600'
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(s.encode('ascii', errors), s.encode('latin-1', errors))
print(s.encode(), s.encode('utf8'), s.encode(encoding='UTF-8'), 'abc'.encode('us-ascii'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'ab\xff', 'ascii', 'replace'))
print(bytes('\u00e9', 'latin-1'), bytearray('ab', 'ascii'), bytes('x', encoding='utf-8'))
