# Checks: a missing colon after an if condition is SyntaxError "expected ':'".
x = 10
if x > 5
    print("큼")
