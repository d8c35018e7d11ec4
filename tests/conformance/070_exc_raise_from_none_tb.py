# Checks: an uncaught `raise ... from None` shows only the new exception's traceback.
def find_user(users, uid):
    try:
        return users[uid]
    except KeyError:
        raise LookupError(f"사용자 {uid} 없음") from None


users = {1: "kim"}
print(find_user(users, 1))
print(find_user(users, 2))
