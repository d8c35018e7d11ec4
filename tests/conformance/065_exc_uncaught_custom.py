# Checks: an uncaught user-defined exception raised from a method shows the class name and message.
class ValidationError(Exception):
    pass


class User:
    def __init__(self, name, age):
        self.name = name
        self.set_age(age)

    def set_age(self, age):
        if age < 0:
            raise ValidationError(f"나이는 음수일 수 없습니다: {age}")
        self.age = age


users = [User("alice", 30)]
print(users[0].name, users[0].age)
users.append(User("bob", -5))
print("unreachable")
