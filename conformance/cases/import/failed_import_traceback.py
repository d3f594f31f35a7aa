# The traceback of an error raised while a module runs shows the module's frame.
# file: broken.py
#| x = 1
#| def boom():
#|     return 1 // 0
#| boom()
import broken
