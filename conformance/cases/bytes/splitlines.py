# bytes.splitlines only splits on \n, \r and \r\n.
print(b'a\nb\r\nc\rd'.splitlines())
print(b'a\nb\n'.splitlines())
print(b'a\nb\n'.splitlines(True))
print(b'a\r\nb'.splitlines(keepends=True))
print(b''.splitlines(), b'\n'.splitlines())
print(b'a\x0bb\x0cc\x1cd'.splitlines())
print(b'\n\n'.splitlines())
