# print() honours a reassigned sys.stdout, and sys.stdout = None silences it.
import io
import sys
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 42)
sys.stdout.write("direct\n")
sys.stdout = None
print("lost")
sys.stdout = saved
print(repr(buf.getvalue()))
print("back")
