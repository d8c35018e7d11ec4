# Checks: an uncaught exception raised while handling another prints both tracebacks joined by "During handling...".
scores = {"철수": 90, "영희": 85}


def get_score(name):
    try:
        return scores[name]
    except KeyError:
        print("점수를 찾을 수 없음:", name)
        return int(name)


print(get_score("철수"))
print(get_score("민수"))
