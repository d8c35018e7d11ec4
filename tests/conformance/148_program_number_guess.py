# Checks: a number-guessing game using random.randint from the run's seed and input() answers from stdin.
# seed: 7
import random

secret = random.randint(1, 100)
print("1부터 100 사이의 숫자를 맞혀 보세요!")
tries = 0
while True:
    try:
        guess = int(input("추측: "))
    except ValueError:
        print("숫자를 입력하세요.")
        continue
    except EOFError:
        print("\n입력이 끝났습니다. 정답은", secret)
        break
    tries += 1
    if guess < secret:
        print("더 큰 수입니다.")
    elif guess > secret:
        print("더 작은 수입니다.")
    else:
        print(f"정답! {tries}번 만에 맞혔습니다.")
        break
