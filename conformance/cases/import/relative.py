# Relative imports resolve against the importing module's package.
# file: app/__init__.py
#| from . import util
#| from .util import helper
#| from .sub import worker
# file: app/util.py
#| def helper(): return "helped"
# file: app/sub/__init__.py
# file: app/sub/worker.py
#| from .. import util
#| from ..util import helper as h
#| from . import sibling
#| def run(): return util.helper() + "/" + h() + "/" + sibling.name
# file: app/sub/sibling.py
#| name = "sibling"
# file: app/sub/toofar.py
#| from ... import nothing
import app
print(app.helper(), app.worker.run(), app.sub.worker.run())
try:
    import app.sub.toofar
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .anything import x
except ImportError as e:
    print(type(e).__name__, e)
