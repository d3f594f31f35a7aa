# compile() in 'exec' and 'single' modes.
c = compile('a = 1\nb = a + 1', '<prog>', 'exec')
ns = {}
print(exec(c, ns))
print(ns['a'], ns['b'])
print(eval(c, ns))
ns2 = {}
exec(c, ns2)
print(ns2['b'])
s = compile('q = 5', '<single>', 'single')
exec(s, ns)
print(ns['q'])
c3 = compile('def f():\n    return 9\n', '<f>', 'exec')
exec(c3, ns)
print(ns['f']())
