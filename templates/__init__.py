"""The French sentences members read, as Jinja2 templates (*.j2); loaded by bot.render."""
