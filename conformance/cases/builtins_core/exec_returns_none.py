# exec() returns None even for an expression.
print(exec('1 + 1'))
print(exec('x = 5', {}))
r = exec('42', {})
print(r is None)
print(eval('None') is None)
