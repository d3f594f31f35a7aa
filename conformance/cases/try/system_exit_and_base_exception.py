# except Exception does not catch SystemExit, KeyboardInterrupt or GeneratorExit; BaseException does.
for exc in [SystemExit, KeyboardInterrupt, GeneratorExit, ValueError]:
    try:
        try:
            raise exc("m")
        except Exception:
            print(exc.__name__, "caught by Exception")
    except BaseException as e:
        print(exc.__name__, "caught by BaseException", repr(e))
e = SystemExit(3)
print(e.code, e.args)
print(SystemExit().code)
print(SystemExit(1, 2).code)
print(SystemExit("bye").code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception))
try:
    raise SystemExit
except SystemExit as se:
    print("code", se.code)
