# Checks triple-quoted strings: embedded quotes, newlines, backslash continuation and empties.
a = """line1
line2
line3"""
print(a.split("\n"))
b = '''it's "quoted" here'''
print(b)
c = """ends with quote\""""
print(c)
d = """has ''' inside"""
print(d)
e = '''has """ inside'''
print(e)
f = """\
no leading newline\
 and joined"""
print(repr(f))
g = """"""
print(repr(g), len(g))
h = """ "" """
print(repr(h))
i = """a\tb\nc"""
print(repr(i))
j = """
"""
print(repr(j))
k = """x""" """y"""
print(k)
l = '''
    indented
        more
'''
print(repr(l))
