# A bare raise in a helper called from an except block re-raises the exception being handled.
def reraise():
    raise
def handle():
    try:
        raise ValueError("original")
    except ValueError:
        reraise()
try:
    handle()
except ValueError as e:
    print(type(e).__name__, e)
def log_and_reraise(tag):
    print("logging", tag)
    raise
try:
    try:
        {}["missing"]
    except KeyError:
        log_and_reraise("k")
except KeyError as e:
    print(type(e).__name__, e)
try:
    reraise()
except RuntimeError as e:
    print(type(e).__name__, e)
def after_handled():
    try:
        raise TypeError("gone")
    except TypeError:
        pass
    raise
try:
    after_handled()
except RuntimeError as e:
    print(type(e).__name__, e)
