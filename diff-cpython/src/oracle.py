"""The CPython side of the oracle, loaded once per process as the module `_upy_oracle`.

`run(source, filename, timeout)` executes one program the way `python3 FILE` would, in a fresh
`__main__` namespace, and returns `(stdout, None)` or `(stdout, (type_name, message, traceback))`.

Output is captured per thread: `sys.stdout` and `sys.stderr` are replaced once by proxies that
append to a buffer held in a `threading.local`, so several Rust threads can run programs at once
(the GIL interleaves them) without seeing each other's output. Standard input reads as empty.
"""

import builtins
import ctypes
import importlib
import io
import linecache
import sys
import threading
import traceback

_local = threading.local()
_timer_lock = threading.Lock()


class OracleTimeout(BaseException):
    """Raised asynchronously in a program that runs past its time limit."""


class _ThreadStream(io.TextIOBase):
    """A text stream that writes to the calling thread's capture buffer, if it has one."""

    def __init__(self, attr, real):
        self._attr = attr
        self._real = real

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "strict"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        # A real stdout with a UTF-8 strict encoder rejects lone surrogates.
        s.encode("utf-8")
        buf = getattr(_local, self._attr, None)
        if buf is None:
            if self._real is not None:
                return self._real.write(s)
            return len(s)
        buf.append(s)
        return len(s)

    def flush(self):
        pass


def _install_streams():
    if not isinstance(sys.stdout, _ThreadStream):
        sys.stdout = _ThreadStream("stdout", sys.__stdout__)
    if not isinstance(sys.stderr, _ThreadStream):
        sys.stderr = _ThreadStream("stderr", sys.__stderr__)
    sys.stdin = io.StringIO("")


_install_streams()
_RECURSION_LIMIT = sys.getrecursionlimit()


def _strip_own_frames(tb):
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return tb


def _describe(exc):
    try:
        message = str(exc)
    except BaseException as e:  # a __str__ that raises
        message = f"<exception str() failed: {type(e).__name__}>"
    tb = _strip_own_frames(exc.__traceback__)
    try:
        text = "".join(traceback.format_exception(type(exc), exc, tb))
    except BaseException as e:
        text = f"<traceback formatting failed: {type(e).__name__}>\n{type(exc).__name__}: {message}\n"
    return (type(exc).__name__, message, text)


_import_lock = threading.Lock()


def run(source, filename, timeout, path0=None):
    """Runs one program; with `path0`, that folder comes first on `sys.path` for the run, and
    the modules the run imported are forgotten after it (runs with a folder take turns)."""
    if path0 is None:
        return _run(source, filename, timeout)
    with _import_lock:
        # `import __main__` finds the program's own module, as under `python3 FILE`.
        saved_main = sys.modules.get("__main__")
        main = type(sys)("__main__")
        sys.modules["__main__"] = main
        saved_path = sys.path[:]
        saved_modules = set(sys.modules)
        sys.path.insert(0, path0)
        sys.dont_write_bytecode = True
        importlib.invalidate_caches()
        try:
            return _run(source, filename, timeout, main.__dict__)
        finally:
            if saved_main is not None:
                sys.modules["__main__"] = saved_main
            sys.path[:] = saved_path
            for name in list(sys.modules):
                if name not in saved_modules and _made_by_case(sys.modules.get(name), path0):
                    del sys.modules[name]
            sys.path_importer_cache.pop(path0, None)


def _made_by_case(module, path0):
    """Whether a module a run added to sys.modules is the case's own: loaded from its folder,
    or put there by the program (no import spec). Modules other runs import meanwhile from
    the standard library have a spec, and stay: removing them would break those imports."""
    spec = getattr(module, "__spec__", None)
    if spec is None:
        return True
    origin = getattr(spec, "origin", None) or ""
    locations = list(getattr(spec, "submodule_search_locations", None) or [])
    return any(str(p).startswith(path0) for p in [origin] + locations)


def _run(source, filename, timeout, namespace=None):
    _install_streams()
    _local.stdout = []
    _local.stderr = []
    if namespace is None:
        namespace = {}
    namespace.update({
        "__name__": "__main__",
        "__builtins__": builtins,
        "__file__": filename,
        "__doc__": None,
        "__package__": None,
        "__spec__": None,
        "__loader__": None,
    })
    # `_` is what sys.displayhook last showed (an earlier case's exec in 'single' mode sets it
    # on the shared builtins module): no run may see another's.
    builtins.__dict__.pop("_", None)
    # Tracebacks show source lines the way `python3 FILE` does.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)

    tid = threading.get_ident()
    state = {"done": False, "fired": False}

    def fire():
        with _timer_lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(tid), ctypes.py_object(OracleTimeout)
                )

    timer = threading.Timer(timeout, fire)
    timer.daemon = True
    timer.start()
    exception = None
    try:
        try:
            code = compile(source, filename, "exec", dont_inherit=True)
            exec(code, namespace)
        finally:
            with _timer_lock:
                state["done"] = True
                if state["fired"]:
                    # Cancel an asynchronous exception that was set but not yet delivered.
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)
            timer.cancel()
    except OracleTimeout:
        exception = ("OracleTimeout", f"CPython ran past {timeout} s", "")
    except BaseException as exc:
        exception = _describe(exc)
    finally:
        stdout = "".join(_local.stdout)
        _local.stdout = None
        _local.stderr = None
        linecache.cache.pop(filename, None)
        sys.setrecursionlimit(_RECURSION_LIMIT)
        builtins.__dict__.pop("_", None)
        namespace.clear()
    return (stdout, exception)


def syntax_error(source, filename):
    """None if `source` compiles, else the error that compiling it raised, as text."""
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        return f"{type(e).__name__}: {e}"
    return None


def version():
    v = sys.version_info
    return f"{v.major}.{v.minor}.{v.micro}"
