# exec always returns None, whatever the last statement evaluates to; eval returns the value.
print(exec("1 + 1"))
print(exec("'a string'"))
print(exec(""))
print(exec("x = 5"), x)
print(exec("def f(): return 1"), f())
print(exec("pass\n\n\n"))
print(eval("x * 2"))
print(eval("None"))
print(repr(eval("''")))
print(eval("(1, 2)"), eval("[1, 2]"), eval("{1: 2}"))
print(eval("exec('y = 9')"), y)
print(eval("'x' if x else 'y'"))
print(eval("""(
1 +
2
)"""))
print(type(eval("lambda: 0")).__name__, eval("lambda: 0")())
