s = """line one
line two
  indented"""
print(s)
print(len(s))
t = '''it's "quoted"'''
print(t)
u = """a\
b"""
print(u)
print(repr("""
x
"""))
