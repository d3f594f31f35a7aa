# A UTF-8 decoding error names the whole invalid sequence: one byte by its value, a longer
# one (a truncated or broken multi-byte character) by its range of positions.
samples = [b'\xe4\xb8A', b'\xe4\xb8', b'\xe4', b'\xf0\x9f\x98', b'ok\xf0\x9f\x98', b'\xed\xa0\x80',
           b'a\xf0\x9fb', b'\xc0\x80', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'\xff', b'ab\x80']
for b in samples:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(b, e)
    print(b.decode('utf-8', 'replace'), b.decode('utf-8', 'ignore'))
