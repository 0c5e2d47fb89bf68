"""Typed configuration: `newsmon.toml` settings, `feeds.toml` feeds, `rules.toml` rules,
`boilerplate.toml` what extraction removes (the shipped one when a directory has none).

Every setting can be overridden by an environment variable `NEWSMON_<KEY>` (upper case);
`REDIS_URL` and `DATABASE_URL` are read as well, as deployments expect. A bad file raises
`ConfigError` naming the file, the line or key, and what is wrong.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from lxml.etree import XPath, XPathSyntaxError
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.boilerplate import Boilerplate, SiteMemorySettings
from pipeline.records import Feed
from pipeline.rules import Rule, RuleError, parse_rule

DEFAULT_CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"
DEFAULT_BOILERPLATE = DEFAULT_CONFIG_DIR / "boilerplate.toml"
UNPREFIXED_ENV = {"redis_url": "REDIS_URL", "database_url": "DATABASE_URL"}


class ConfigError(Exception):
    """A configuration file is missing or wrong; the message says where and what."""


class Settings(BaseModel):
    """Service settings. Paths are relative to the working directory."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    data_dir: Path = Path("data")
    redis_url: str = ""  # empty: embedded Redis server kept in data_dir
    database_url: str = ""  # empty: SQLite file in data_dir
    workers: int = Field(2, ge=1, le=64)
    batch_size: int = Field(16, ge=1, le=256)
    user_agent: str = "newsmon/0.1 (+https://github.com/newsmon/newsmon)"
    connect_timeout: float = Field(5.0, gt=0)
    read_timeout: float = Field(15.0, gt=0)
    max_body_bytes: int = Field(10_000_000, ge=1024)
    max_redirects: int = Field(5, ge=0, le=20)
    fetch_attempts: int = Field(3, ge=1, le=10)
    allow_networks: tuple[str, ...] = ()  # CIDRs the SSRF guard lets through, e.g. "10.0.0.0/8"
    host_concurrency: int = Field(2, ge=1, le=64)
    host_delay: float = Field(1.0, ge=0)
    robots_txt: bool = True
    archive: bool = True
    archive_max_bytes: int = Field(1_000_000_000, ge=1_000_000)
    min_interval: int = Field(60, ge=1)
    max_interval: int = Field(6 * 3600, ge=1)
    min_article_chars: int = Field(200, ge=0)
    dedupe_retention_days: int = Field(30, ge=1)
    drain_timeout: float = Field(600.0, gt=0)
    log_level: str = "INFO"

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        levels = {"TRACE", "DEBUG", "INFO", "SUCCESS", "WARNING", "ERROR", "CRITICAL"}
        if value.upper() not in levels:
            raise ValueError(f"must be one of {', '.join(sorted(levels))}")
        return value.upper()

    @field_validator("allow_networks", mode="before")
    @classmethod
    def _networks(cls, value: object) -> object:
        networks = value.split(",") if isinstance(value, str) else value
        if isinstance(networks, list | tuple):
            for network in networks:
                try:
                    ipaddress.ip_network(str(network).strip(), strict=False)
                except ValueError:
                    raise ValueError(f"{network!r} is not a network (CIDR such as 10.0.0.0/8)") from None
            return tuple(str(n).strip() for n in networks if str(n).strip())
        return value

    @property
    def database(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'newsmon.db').resolve()}"


class _FeedEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str
    name: str = ""
    interval: int = Field(900, ge=1)
    categories: list[str] = []

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.lower().startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value


class _FeedsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    feeds: list[_FeedEntry] = []


class _RuleEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    query: str = Field(min_length=1)
    notify: list[str] = []


class _RulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[_RuleEntry] = []


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    return value


def _xpath(value: str) -> str:
    try:
        XPath(value)
    except XPathSyntaxError as exc:
        raise ValueError(f"invalid XPath: {exc}") from None
    return value


Regex = Annotated[str, AfterValidator(_regex)]
Kind = Annotated[str, Field(pattern=r"^[a-z][a-z_]*$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _markup_words(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9]+( [a-z0-9]+)*|[a-z0-9]+\*", value):
        raise ValueError('must be lower-case words ("ad slot"), or one word ending in * ("advert*")')
    return value


class _Markup(_Strict):
    attributes: list[str] = ["class", "id", "role", "aria-label"]
    article: Regex = r"(?!)"
    xpaths: list[Annotated[str, AfterValidator(_xpath)]] = []
    signals: dict[Kind, list[Annotated[str, AfterValidator(_markup_words)]]] = {}


class _Signal(_Strict):
    max_words: int = Field(ge=1)
    patterns: list[Regex] = Field(min_length=1)


class _Text(_Strict):
    reader: Regex
    reader_cased: Regex = r"(?!)"
    imperative: Regex
    quoted: Regex
    max_words: int = Field(default=160, ge=1)
    labels: dict[Kind, _Signal] = {}
    prompts: dict[Kind, _Signal] = {}
    topics: dict[Kind, _Signal] = {}


class _SiteMemory(_Strict):
    min_pages: int = Field(default=4, ge=2)
    min_share: float = Field(default=0.3, gt=0, le=1)
    alone_share: float = Field(default=0.6, gt=0, le=1)
    max_chars: int = Field(default=400, ge=1)
    max_entries: int = Field(default=4000, ge=10)
    max_pages: int = Field(default=2000, ge=10)
    retention_days: int = Field(default=30, ge=1)


class _BoilerplateFile(_Strict):
    markup: _Markup = _Markup()
    text: _Text
    site_memory: _SiteMemory = _SiteMemory()


def load_boilerplate(path: Path) -> Boilerplate:
    """The boilerplate rules of one file, compiled; ConfigError names the key that is wrong."""
    data: _BoilerplateFile = _validated(path, _BoilerplateFile)
    text = data.text
    return Boilerplate.build(
        attributes=data.markup.attributes,
        markup=data.markup.signals,
        article=data.markup.article,
        xpaths=data.markup.xpaths,
        labels={kind: (s.max_words, s.patterns) for kind, s in text.labels.items()},
        prompts={kind: (s.max_words, s.patterns) for kind, s in text.prompts.items()},
        topics={kind: (s.max_words, s.patterns) for kind, s in text.topics.items()},
        reader=text.reader,
        reader_cased=text.reader_cased,
        imperative=text.imperative,
        quoted=text.quoted,
        max_words=text.max_words,
        site=SiteMemorySettings(**data.site_memory.model_dump()),
    )


@dataclass(frozen=True, slots=True)
class Config:
    settings: Settings
    feeds: tuple[Feed, ...]
    rules: tuple[Rule, ...]
    directory: Path
    boilerplate: Boilerplate


def load_config(directory: Path | None = None, environ: dict[str, str] | None = None) -> Config:
    """Read the three files in `directory` (default: the shipped `config/`) plus the environment."""
    directory = Path(directory or os.environ.get("NEWSMON_CONFIG") or DEFAULT_CONFIG_DIR)
    if not directory.is_dir():
        raise ConfigError(f"{directory}: config directory does not exist")
    environ = dict(os.environ if environ is None else environ)
    settings = _settings(directory / "newsmon.toml", environ)
    feeds_file = _validated(directory / "feeds.toml", _FeedsFile)
    feeds = tuple(
        Feed(url=f.url, name=f.name, interval=f.interval, categories=tuple(f.categories)) for f in feeds_file.feeds
    )
    _check_unique(directory / "feeds.toml", "feeds", [f.url for f in feeds])
    # NEWSMON_RULES_FILE swaps the rules alone (a replay backtesting other rules)
    rules = load_rules(Path(environ.get("NEWSMON_RULES_FILE") or directory / "rules.toml"))
    boilerplate_file = directory / "boilerplate.toml"
    boilerplate = load_boilerplate(boilerplate_file if boilerplate_file.exists() else DEFAULT_BOILERPLATE)
    return Config(settings=settings, feeds=feeds, rules=rules, directory=directory, boilerplate=boilerplate)


def load_rules(path: Path) -> tuple[Rule, ...]:
    """The rules of one rules file, validated like the rest of the configuration."""
    rules_file = _validated(path, _RulesFile)
    rules = []
    for index, entry in enumerate(rules_file.rules):
        try:
            rules.append(parse_rule(entry.name, entry.query, tuple(entry.notify)))
        except RuleError as exc:
            raise ConfigError(f"{path}: rules[{index}].query: {exc}") from None
    _check_unique(path, "rules", [r.name for r in rules])
    return tuple(rules)


def _settings(path: Path, environ: dict[str, str]) -> Settings:
    values = _read_toml(path) if path.exists() else {}
    overridden: dict[str, str] = {}
    for key in Settings.model_fields:
        for name in (f"NEWSMON_{key.upper()}", UNPREFIXED_ENV.get(key)):
            if name and environ.get(name):
                values[key] = environ[name]
                overridden[key] = name
    try:
        return Settings(**values)
    except ValidationError as exc:
        raise ConfigError(_describe(path, exc, overridden)) from None


def _validated(path: Path, model: type[BaseModel]) -> Any:
    try:
        return model(**(_read_toml(path) if path.exists() else {}))
    except ValidationError as exc:
        raise ConfigError(_describe(path, exc, {})) from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:  # its message carries "(at line L, column C)"
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def _describe(path: Path, exc: ValidationError, overridden: dict[str, str]) -> str:
    problems = []
    for error in exc.errors():
        key = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"]).lstrip(".")
        where = f"environment {overridden[key]}" if key in overridden else str(path)
        message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        problems.append(f"{where}: {key}: {message}")
    return "; ".join(problems)


def _check_unique(path: Path, table: str, names: list[str]) -> None:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name in seen:
            raise ConfigError(f"{path}: {table}[{index}]: {name!r} is listed twice")
        seen.add(name)
