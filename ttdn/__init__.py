"""ttdn: a platform for Vietnamese foreign information work (thông tin đối ngoại)."""

__version__ = "0.1.0"
