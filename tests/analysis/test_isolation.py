import subprocess
import sys


def test_library_imports_no_django():
    code = (
        "import sys, ttdn.analysis, ttdn.analysis.pipeline, ttdn.analysis.claims;"
        "bad = [m for m in sys.modules if m == 'django' or m.startswith('django.')];"
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, f"django modules imported: {res.stdout} {res.stderr}"


def test_public_api_is_exported():
    import ttdn.analysis as a

    for name in ("Document", "Analysis", "analyse_batch", "match_claims", "ClaimReference", "ClaimMatch",
                 "StoryClusterer", "load_units", "Pipeline"):
        assert hasattr(a, name)
