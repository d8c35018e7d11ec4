# Checks: mixing 'except' and 'except*' on one try is CPython's SyntaxError "cannot have both ...".

def load(path):
    try:
        return open(path).read()
    except* FileNotFoundError:
        return ""
    except PermissionError:
        return None
