# Checks: an unterminated string literal is a SyntaxError that names the line.
greeting = "안녕하세요
print(greeting)
