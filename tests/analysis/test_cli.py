from ttdn.analysis.cli import main


def test_eval_places_runs_from_the_repo(capsys):
    assert main(["eval", "--only", "places"]) == 0
    out = capsys.readouterr().out
    assert "province recognition" in out and "| yes |" in out
