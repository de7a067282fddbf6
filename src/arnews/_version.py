"""The version of arnews, read by the build backend and by :data:`arnews.__version__`."""

__version__ = "0.1.0.dev0"
