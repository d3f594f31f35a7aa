# requires: unicode
# %r and %a in bytes formatting give the ASCII repr.
print(b'%r' % b'x')
print(b'%a' % b'x')
print(b'%r' % 'text')
print(b'%a' % [1, 'two'])
print(b'%r' % (None,))
print(b'<%a>' % '\xe9')
print(b'%r' % 3)
