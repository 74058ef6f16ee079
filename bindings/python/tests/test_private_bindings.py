"""Modules with their own ctypes tables (vetdicom._archive binds five functions of the core table)
bind their own function objects: setting argtypes on the CDLL's cached attribute would change
the prototypes _lowlevel set (or the other way round), depending on which module bound first."""

from vetdicom import _archive, _lowlevel


def test_archive_table_does_not_rebind_the_core_functions():
    _lowlevel.ensure_loaded()
    _archive._fn("vetdicom_options_destroy")  # binds the archive table after the core one
    shared = set(_archive._PROTOTYPES) & set(_lowlevel._PROTOTYPES)
    assert shared  # (the point of the test)
    for name in shared:
        core = getattr(_lowlevel, name)
        restype, argtypes, errcheck = _lowlevel._PROTOTYPES[name]
        assert core.restype == restype and list(core.argtypes) == argtypes, name
        if errcheck is not None:
            assert core.errcheck is errcheck, name
        own = _archive._fn(name)
        assert own is not core, name
        assert list(own.argtypes) == _archive._PROTOTYPES[name][1], name
