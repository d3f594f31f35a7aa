# Checks the exact NameError messages for undefined globals, builtins and names in functions.
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e)

def f():
    return missing_global + 1

try:
    f()
except NameError as e:
    print(type(e).__name__, e)

try:
    undefined_call(1, 2)
except NameError as e:
    print(type(e).__name__, e)

try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)

def g():
    return lambda: yet_another

try:
    g()()
except NameError as e:
    print(type(e).__name__, e)

try:
    [zzz for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)

later = 1
try:
    print(later, not_yet)
except NameError as e:
    print(type(e).__name__, e)
not_yet = 2
print(not_yet)
