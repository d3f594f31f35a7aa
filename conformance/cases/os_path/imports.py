# os.path is importable as a submodule, from os, and is the posixpath module.
import os.path
import sys
from os import path
import posixpath
from os.path import join, splitext
print(os.path is path, path is posixpath, sys.modules['os.path'] is path, path.__name__)
print(join('a', 'b'), splitext('f.py'), os.path.sep, path.curdir, path.pardir, path.extsep)
print(path.altsep, path.pathsep, path.devnull, path.defpath)
import os.path as op
print(op is path)
print(sorted(n for n in ['join', 'split', 'exists', 'isdir', 'abspath', 'normpath', 'relpath'] if n in path.__all__))
