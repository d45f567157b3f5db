"""Configuration from the environment (and a `.env` file), read once at start-up."""

from __future__ import annotations

from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.services.flood import ACCOUNTS
from storage import cues

DEFAULT_DATABASE_URL = "sqlite:///council.db"
_BOT_TOKEN = cues.plain(r"[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")
_WEBHOOK_SECRET = cues.plain(r"[A-Za-z0-9_-]{1,256}")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    telegram_bot_token: SecretStr | None = None  # never logged: SecretStr prints as '**********'
    telegram_api_url: str | None = None  # a local Bot API server, e.g. http://127.0.0.1:8081/bot
    timezone: str = "Europe/Paris"
    admin_chat_id: int | None = None  # where the error handler reports tracebacks
    president_name: str | None = None  # signs the convocations (« Gaël PERDRIAU »)
    council_name: str = "Saint-Etienne Métropole"  # heads the printed émargement sheet
    # Attendance records (/assiduite): whether a sitting where the member was represented by
    # a proxy counts as attended (règlement intérieur; storage/rules.counts_as_present).
    attendance_counts_represented: bool = False
    # Webhook mode (bot/webhook.py): the public HTTPS URL Telegram posts to, and where this
    # process listens behind the reverse proxy. No URL: long polling.
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None  # default: derived from the bot token
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    # `council-bot import` refuses a file with more text than this (IMPORT_MAX_TEXT_MB).
    import_max_text_mb: float = 5.0
    # Flood control keeps one bucket per account seen lately, at most this many (FLOOD_ACCOUNTS).
    flood_accounts: int = Field(default=ACCOUNTS, ge=1)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        """« Europe/Paris »: refused at start, not at the first date the bot prints."""
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("unknown time zone") from None
        return value

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _bot_token(cls, value: object) -> object:
        """« 123456:ABC-def_… » as BotFather gives it. A line break or a space at an end (a
        token read from a file, a .env line) is no part of it: it went into every request's
        URL. Blank is no token at all; anything else (a sentence, the whole URL pasted) is
        refused at start, not met by Telegram as a network failure."""
        if not isinstance(value, str):
            return value
        if not value.strip():
            return None
        if _BOT_TOKEN.fullmatch(value.strip()) is None:
            raise ValueError("not a bot token")
        return value.strip()

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _webhook_secret(cls, value: object) -> object:
        """1 to 256 of A–Z, a–z, 0–9, _ and -, as Telegram takes it: anything else was refused
        by setWebhook after the server had started, in Telegram's English."""
        if isinstance(value, str) and _WEBHOOK_SECRET.fullmatch(value) is None:
            raise ValueError("not a webhook secret Telegram takes")
        return value

    @field_validator("telegram_api_url")
    @classmethod
    def _api_address(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        return web_address(value)

    @field_validator("webhook_url")
    @classmethod
    def _webhook_address(cls, value: str | None) -> str | None:
        """An empty WEBHOOK_URL (a .env template's « WEBHOOK_URL= ») is long polling: taken
        for an address, Telegram was told « » and deleted the webhook."""
        if value is None or not value.strip():
            return None
        return web_address(value)

    # Defined last, so it runs before the other validators of these fields.
    @field_validator(
        "timezone",
        "admin_chat_id",
        "president_name",
        "council_name",
        "attendance_counts_represented",
        "webhook_secret",
        "webhook_listen",
        "webhook_port",
        "import_max_text_mb",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object, info: ValidationInfo) -> object:
        """A setting left blank (« ADMIN_CHAT_ID= », « TIMEZONE= » in a .env copied from a
        template) is one not given: it stopped every command as invalid. The store's address
        is not among them: a blank DATABASE_URL is refused, never the default store opened."""
        if isinstance(value, str) and not value.strip() and info.field_name is not None:
            return cls.model_fields[info.field_name].get_default(call_default_factory=True)
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def web_address(url: str) -> str:
    """An address on the web: http(s) with a host. The webhook's, Telegram posts updates to
    (Telegram wants HTTPS; a local Bot API server takes HTTP), and the Bot API's. ValueError
    for anything else: « pas-une-url » or a forgotten scheme reached the web server as a path
    and raised at start."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError("not a web address")
    return url.strip()
