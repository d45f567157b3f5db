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
# Webhook mode (WEBHOOK_URL set): the reverse proxy forwards Telegram's POSTs to this port.
EXPOSE 8080
# In webhook mode the container is healthy when /healthz answers (bot running, database up);
# in long polling there is no HTTP server and nothing to probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD [ -z "$WEBHOOK_URL" ] || python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4)"
# Every command opens the store through Alembic first, so `run` migrates before serving
# (replicas starting together on PostgreSQL wait for one another's migration).
ENTRYPOINT ["council-bot"]
CMD ["run"]
