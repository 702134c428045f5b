def pytest_configure(config):
    config.addinivalue_line("markers", "notebooks: executes the notebooks (slow; deselect with -m 'not notebooks')")
