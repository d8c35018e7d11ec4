# Checks: an unexpected indent is an IndentationError (a SyntaxError subclass) at compile time.
name = "코로"
print("안녕", name)
    print("들여쓰기 오류")
