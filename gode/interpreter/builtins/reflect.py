"""reflect: see runtime/realm.py for the builtin module contract."""


def setup(realm):
    pass
