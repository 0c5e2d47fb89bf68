from pathlib import Path

import pytest

from pipeline.config import DEFAULT_CONFIG_DIR, ConfigError, load_config


def write(directory: Path, **files: str) -> Path:
    directory.mkdir(exist_ok=True)
    for name, text in files.items():
        (directory / f"{name}.toml").write_text(text)
    return directory


def test_shipped_defaults_load() -> None:
    config = load_config(DEFAULT_CONFIG_DIR, environ={})
    assert config.feeds and all(f.url.startswith("https://") for f in config.feeds)
    assert config.settings.workers >= 1 and config.settings.redis_url == ""


def test_environment_overrides_settings(tmp_path: Path) -> None:
    directory = write(tmp_path / "c", newsmon="workers = 2\n")
    config = load_config(
        directory, environ={"NEWSMON_WORKERS": "5", "REDIS_URL": "redis://h:1/2", "DATABASE_URL": "postgresql://x/y"}
    )
    assert config.settings.workers == 5
    assert config.settings.redis_url == "redis://h:1/2" and config.settings.database == "postgresql://x/y"


def test_broken_toml_names_file_and_line(tmp_path: Path) -> None:
    directory = write(tmp_path / "c", feeds='[[feeds]]\nurl = "http://a/rss"\nname = oops\n')
    with pytest.raises(ConfigError, match=r"feeds\.toml: invalid TOML: .*line 3"):
        load_config(directory, environ={})


def test_bad_value_names_file_and_key(tmp_path: Path) -> None:
    directory = write(tmp_path / "c", feeds='[[feeds]]\nurl = "http://a/rss"\n\n[[feeds]]\nurl = "ftp://b"\n')
    with pytest.raises(ConfigError, match=r"feeds\.toml: feeds\[1\]\.url: .*http"):
        load_config(directory, environ={})


def test_unknown_setting_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"newsmon\.toml: wokers: unknown key"):
        load_config(write(tmp_path / "c", newsmon="wokers = 3\n"), environ={})


def test_bad_environment_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="environment NEWSMON_WORKERS: workers"):
        load_config(write(tmp_path / "c"), environ={"NEWSMON_WORKERS": "many"})


def test_bad_rule_query_names_the_rule(tmp_path: Path) -> None:
    directory = write(tmp_path / "c", rules='[[rules]]\nname = "x"\nquery = \'"open\'\n')
    with pytest.raises(ConfigError, match=r"rules\.toml: rules\[0\]\.query"):
        load_config(directory, environ={})


def test_feed_listed_twice_is_refused(tmp_path: Path) -> None:
    directory = write(tmp_path / "c", feeds='[[feeds]]\nurl = "http://a/rss"\n[[feeds]]\nurl = "http://a/rss"\n')
    with pytest.raises(ConfigError, match="listed twice"):
        load_config(directory, environ={})


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nowhere", environ={})


def test_shipped_boilerplate_rules_load_and_a_directory_without_them_uses_them(tmp_path: Path) -> None:
    shipped = load_config(DEFAULT_CONFIG_DIR, environ={}).boilerplate
    own = load_config(write(tmp_path / "c"), environ={}).boilerplate
    assert shipped.labels and shipped.prompts and shipped.site.min_pages >= 2
    assert [s.kind for s in own.prompts] == [s.kind for s in shipped.prompts]


def test_a_bad_boilerplate_pattern_names_file_and_key(tmp_path: Path) -> None:
    rules = (DEFAULT_CONFIG_DIR / "boilerplate.toml").read_text()
    broken = rules.replace("max_words = 12\npatterns = [\n", "max_words = 12\npatterns = [\n    '(unclosed',\n", 1)
    with pytest.raises(
        ConfigError, match=r"boilerplate\.toml: text\.labels\.advertising\.patterns\[0\]: .*regular expression"
    ):
        load_config(write(tmp_path / "c", boilerplate=broken), environ={})


def test_a_markup_signal_must_be_words(tmp_path: Path) -> None:
    rules = (DEFAULT_CONFIG_DIR / "boilerplate.toml").read_text().replace('"ad", "ads",', '"Ad-Slot", "ads",', 1)
    with pytest.raises(ConfigError, match=r"boilerplate\.toml: markup\.signals\.advertising\[0\]: .*lower-case words"):
        load_config(write(tmp_path / "c", boilerplate=rules), environ={})


def test_site_memory_bounds_are_checked(tmp_path: Path) -> None:
    rules = (DEFAULT_CONFIG_DIR / "boilerplate.toml").read_text().replace("min_pages = 4", "min_pages = 1")
    with pytest.raises(ConfigError, match=r"boilerplate\.toml: site_memory\.min_pages"):
        load_config(write(tmp_path / "c", boilerplate=rules), environ={})
