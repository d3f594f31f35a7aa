# bytes and bytearray have __mod__; bytes, bytearray and memoryview arguments are mappings
# to str %, only memoryview is to bytes %.
print(b'%d-%s'.__mod__((5, b'x')), bytearray(b'%x').__mod__(255), b'%(k)s'.__mod__({b'k': b'v'}))
print('plain' % b'ab', 'plain' % bytearray(b'ab'), 'plain' % memoryview(b'a'), b'plain' % memoryview(b'a'))
for f in (lambda: b'plain' % b'ab', lambda: b'plain' % bytearray(b'ab'), lambda: b'%d'.__mod__('x'),
          lambda: b'%s %s'.__mod__(b'a')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
