# requires: unicode
# str.encode() and its error handling.
print('abc'.encode())
print('caf\xe9'.encode())
print('caf\xe9'.encode('utf-8'))
print('\u20ac'.encode())
print('caf\xe9'.encode('latin-1'))
print(''.encode())
print(type('a'.encode()).__name__)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('caf\xe9'.encode('ascii', 'ignore'))
print('caf\xe9'.encode('ascii', 'replace'))
print('caf\xe9'.encode('ascii', errors='backslashreplace'))
print('caf\xe9'.encode('utf-8').decode() == 'caf\xe9')
