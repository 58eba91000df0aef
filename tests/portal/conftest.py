from tests.response.conftest import (  # noqa: F401  (fixtures shared with the response tests)
    _fast_password_hasher,
    article,
    desk,
    fact,
    narrative,
    published_case,
)
