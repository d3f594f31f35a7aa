# compile() rejects unknown modes and bad arguments.
try:
    compile('1', '<s>', 'bad')
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile('1', '<s>', 'EVAL')
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile(1, '<s>', 'eval')
except TypeError as e:
    print(type(e).__name__, e)
try:
    compile('1 +', '<file.py>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
