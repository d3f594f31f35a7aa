# A user exception hierarchy is dispatched to the first matching handler by isinstance.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
class ConnError(DbError):
    pass
class QueryError(DbError):
    pass
class UiError(AppError):
    pass
def classify(exc):
    try:
        raise exc
    except ConnError:
        return "conn"
    except DbError as e:
        return "db:" + type(e).__name__
    except AppError as e:
        return "app:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [ConnError, QueryError("q"), UiError(), AppError, DbError, KeyError]:
    print(classify(exc))
print([c.__name__ for c in ConnError.__mro__])
print(issubclass(ConnError, AppError), issubclass(UiError, DbError))
print(isinstance(QueryError(), (UiError, DbError)))
print(ConnError.__bases__[0].__name__)
class Multi(KeyError, ValueError):
    pass
try:
    raise Multi("m")
except ValueError as e:
    print("as ValueError:", repr(e), str(e))
print([c.__name__ for c in Multi.__mro__])
