# eval strips leading spaces and tabs and tolerates trailing newlines; exec needs no trailing newline.
print(eval(" 1 + 2"))
print(eval("\t3"))
print(eval("4\n"))
print(eval("5\n\n\n"))
print(eval("  6  "))
print(eval("# comment\n7"))
print(eval("8 # trailing comment"))
print(eval("(9\n+\n1)"))
print(eval("1 + \\\n 2"))
try:
    eval("\n 6")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
exec("if 1:\n    print('no trailing newline')")
exec("print('crlf')\r\nprint('lines')\r\n")
exec("x = 1; y = 2; print(x + y)")
exec("\n\n\nprint('leading blank lines')")
print(eval("'''multi\nline'''"))
