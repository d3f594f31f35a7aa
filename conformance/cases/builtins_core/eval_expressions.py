# eval() of expression strings.
print(eval('1 + 2 * 3'))
print(eval('[x * x for x in range(4)]'))
print(eval('"a" + "b"'))
print(eval('  (1, 2)  '))
print(eval('len("abc")'))
print(eval('lambda y: y + 1')(4))
print(eval('{"k": [1, 2]}["k"][1]'))
print(eval('1 if True else 2'))
x = 10
print(eval('x + 1'))
print(eval('\n3\n'))
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
try:
    eval('1 // 0')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval(42)
except TypeError as e:
    print(type(e).__name__, e)
