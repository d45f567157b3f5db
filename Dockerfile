# The assistant in production: slim Python, a non-root user, the SQLite file (or nothing, with
# PostgreSQL) on a volume, migrations applied at start by the CLI itself.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_URL=sqlite:////data/council.db \
    TIMEZONE=Europe/Paris

RUN useradd --create-home --uid 10001 council && mkdir /data && chown council /data
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY storage ./storage
COPY templates ./templates
RUN pip install .

USER council
VOLUME ["/data"]
# Every command opens the store through Alembic first, so `run` migrates before polling.
ENTRYPOINT ["council-bot"]
CMD ["run"]
