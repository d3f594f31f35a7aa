# compile() in 'eval' mode gives a code object for eval().
c = compile('1+2', '<s>', 'eval')
print(type(c).__name__)
print(eval(c))
print(eval(c))
c2 = compile('a * 2', '<s>', 'eval')
print(eval(c2, {'a': 21}))
print(c.co_filename)
print(exec(c))
try:
    compile('x = 1', '<s>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)
