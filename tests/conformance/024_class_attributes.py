# Checks: class attributes shared by instances, shadowing by instance attributes, and mutable class attributes.
class Student:
    school = "코로 고등학교"
    count = 0
    shared_list = []

    def __init__(self, name):
        self.name = name
        Student.count += 1
        self.shared_list.append(name)


a = Student("민지")
b = Student("하니")
print(a.school, b.school, Student.count)
b.school = "다른 학교"
print(a.school, b.school, Student.school)
Student.school = "새 이름 고등학교"
print(a.school, b.school)
print(Student.shared_list, a.shared_list is b.shared_list)
print(sorted(vars(b)))
del b.school
print(b.school)
