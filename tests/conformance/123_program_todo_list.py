# Checks: a command-driven todo list using match on split commands, list mutation, and error handling.
todos = []
commands = ["add 장보기", "add 숙제 하기", "add 운동", "done 2", "list", "remove 5", "done x",
            "remove 1", "list", "clear", "list", "fly"]

for raw in commands:
    print(">", raw)
    match raw.split(maxsplit=1):
        case ["add", title]:
            todos.append({"title": title, "done": False})
        case ["done", num]:
            try:
                todos[int(num) - 1]["done"] = True
            except ValueError:
                print("  번호는 숫자여야 합니다")
        case ["remove", num]:
            try:
                removed = todos.pop(int(num) - 1)
                print("  삭제:", removed["title"])
            except IndexError:
                print("  그런 번호 없음")
        case ["list"]:
            if not todos:
                print("  (비어 있음)")
            for i, t in enumerate(todos, 1):
                print(f"  {i}. [{'x' if t['done'] else ' '}] {t['title']}")
        case ["clear"]:
            todos.clear()
        case [cmd, *_]:
            print("  알 수 없는 명령:", cmd)
