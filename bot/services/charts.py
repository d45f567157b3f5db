"""Charts sent as photos: data in, PNG bytes out, nothing else.

matplotlib's Agg canvas drawn directly (a `Figure` and a `FigureCanvasAgg`, never pyplot): no
display is looked for and no figure outlives its call. Every word on a chart (title, rule,
axis and category labels) comes in the data, rendered from templates/ by the caller; dates
on an axis are French through Babel, as everywhere else. Sized for a phone: 1080 pixels wide,
large type, one idea per chart. Rendering takes a tenth of a second or more of CPU: handlers
call `render_png` through `asyncio.to_thread`, so other members are answered meanwhile.
"""

from __future__ import annotations

import functools
import io
import textwrap
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

# matplotlib, Pillow and Babel are imported by the functions that draw: a third of a second that
# the console, the bot's start and every answer without a chart need not pay.
if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from PIL import Image, ImageFont

DPI = 100
WIDTH_INCHES = 10.8  # 1080 pixels: a phone shows it full width without zooming
TITLE_SIZE = 24
TEXT_SIZE = 17
SMALL_SIZE = 15
# One colour and one shape per kind, so a reader who does not tell colours apart still can.
STYLE = {
    "present": ("#2e7d32", "o"),
    "represented": ("#1565c0", "s"),
    "excused": ("#ef8f00", "D"),
    "absent": ("#c62828", "X"),
}
BAR_COLOUR = "#1565c0"
LABEL_COLUMN = 0.40  # of the width, for the names or the axes of a programme
# matplotlib shares font objects between figures: one render at a time, off the event loop.
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Timeline:
    """One member's sittings over a period, each placed on the row of its kind."""

    title: str
    subtitle: str  # the rule of what counts as present
    points: list[tuple[date, str]]  # (sitting date, kind in STYLE)
    rows: list[tuple[str, str]]  # (kind, label with its count), top row first


@dataclass(frozen=True, slots=True)
class Bars:
    """Horizontal bars, the first at the top, each labelled with its value as written."""

    title: str
    subtitle: str
    bars: list[tuple[str, float, str]]  # (label, value, value as written)
    axis_label: str
    maximum: float | None = None  # a rate's axis stops at 100 %


Chart = Timeline | Bars


def render_png(chart: Chart) -> bytes:
    """The chart as PNG bytes (1080 pixels wide; height follows the number of bars)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    with _LOCK:
        if isinstance(chart, Timeline):
            figure, labels = _timeline(chart), list[_Label]()
        else:
            figure, labels = _bars(chart)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        width, height = canvas.get_width_height(physical=True)
        image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba()).convert("RGB")
        _set_labels(image, labels)
    buffer = io.BytesIO()
    # Opaque RGB, quickly compressed: a third less to encode than matplotlib's RGBA, and a
    # 67-member chart stays a few hundred kilobytes.
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class _Label:
    """A text at a point of the data (x, bar index), anchored as Pillow says (« rm »: its
    right middle there)."""

    axes: Axes
    x: float
    y: float
    text: str
    points: float
    anchor: str


def _set_labels(image: Image.Image, labels: list[_Label]) -> None:
    """Set one label per bar with Pillow, at the place matplotlib computed for it.

    matplotlib lays out each text object on its own: with 67 members the names and values
    took four fifths of the drawing (bench/charts.py). Pillow sets the same DejaVu Sans, from
    the same file, ten times faster."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    for label in labels:
        x, y = label.axes.transData.transform((label.x, label.y))
        draw.multiline_text(
            (float(x), image.height - float(y)),
            label.text,
            font=_font(round(label.points * DPI / 72)),
            fill="black",
            anchor=label.anchor,
            align="right" if label.anchor.startswith("r") else "left",
        )


@functools.cache
def _font(pixels: int) -> ImageFont.FreeTypeFont:
    import matplotlib
    from PIL import ImageFont

    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"  # its own
    return ImageFont.truetype(str(font), pixels)


def fits_a_photo(chart: Chart) -> bool:
    """Whether Telegram takes it as a photo: width plus height at most 10,000 pixels, one
    side at most 20 times the other. A council of more than about 260 members does not fit:
    its ranking goes as a file."""
    width, height = size_of(chart)
    return width + height <= 10_000 and max(width, height) <= 20 * min(width, height)


def size_of(chart: Chart) -> tuple[int, int]:
    """The pixel size `render_png` gives this chart."""
    width, height = _figure_inches(chart)
    return round(width * DPI), round(height * DPI)


# Characters per line of a title and of the line under it, at their sizes, on 1080 pixels.
TITLE_CHARACTERS, SUBTITLE_CHARACTERS = 46, 88
TITLE_LINE, SUBTITLE_LINE = 0.44, 0.3  # inches


def _title(chart: Chart) -> str:
    return "\n".join(textwrap.wrap(chart.title, TITLE_CHARACTERS, break_on_hyphens=False))


def _subtitle(chart: Chart) -> str:
    return "\n".join(textwrap.wrap(chart.subtitle, SUBTITLE_CHARACTERS, break_on_hyphens=False))


def _header_inches(chart: Chart) -> float:
    lines = _title(chart).count("\n") + 1, _subtitle(chart).count("\n") + 1
    return 0.25 + lines[0] * TITLE_LINE + lines[1] * SUBTITLE_LINE + 0.2


def _figure_inches(chart: Chart) -> tuple[float, float]:
    if isinstance(chart, Timeline):
        return WIDTH_INCHES, round(5.8 + _header_inches(chart), 2)
    label_lines = max((len(_wrap(label)) for label, _, _ in chart.bars), default=1)
    per_bar = 0.34 if label_lines == 1 else 0.62
    return WIDTH_INCHES, round(_header_inches(chart) + 0.9 + per_bar * max(len(chart.bars), 3), 2)


def _header(figure: Figure, chart: Chart, height: float) -> None:
    """The title, bold, and under it the line that says the rule or the total."""
    figure.text(
        0.5,
        1 - 0.15 / height,
        _title(chart),
        ha="center",
        va="top",
        fontsize=TITLE_SIZE,
        fontweight="bold",
        linespacing=1.1,
    )
    figure.text(
        0.5,
        1 - (0.25 + TITLE_LINE * (_title(chart).count("\n") + 1)) / height,
        _subtitle(chart),
        ha="center",
        va="top",
        fontsize=SMALL_SIZE,
        color="#444444",
    )


def _figure(chart: Chart) -> Figure:
    """A figure whose plot sits under a header of fixed height."""
    from matplotlib.figure import Figure

    width, height = _figure_inches(chart)
    figure = Figure(figsize=(width, height), dpi=DPI)
    _header(figure, chart, height)
    return figure


def _timeline(chart: Timeline) -> Figure:
    from matplotlib.ticker import FixedLocator, FuncFormatter

    figure = _figure(chart)
    height = _figure_inches(chart)[1]
    figure.subplots_adjust(
        left=0.22, right=0.97, top=1 - (_header_inches(chart) + 0.1) / height, bottom=0.55 / height
    )
    axes = figure.add_subplot()
    order = {kind: len(chart.rows) - 1 - i for i, (kind, _) in enumerate(chart.rows)}
    for kind, (colour, marker) in STYLE.items():
        days = [day for day, k in chart.points if k == kind]
        if days:
            axes.scatter(
                [_ordinal(d) for d in days],
                [order[kind]] * len(days),
                s=260,
                c=colour,
                marker=marker,
                zorder=3,
            )
    axes.set_yticks(list(range(len(chart.rows))))
    axes.set_yticklabels([label for _, label in reversed(chart.rows)], fontsize=TEXT_SIZE)
    axes.set_ylim(-0.6, len(chart.rows) - 0.4)
    axes.grid(axis="x", color="#dddddd")
    axes.spines[["top", "right"]].set_visible(False)
    if not chart.points:
        axes.set_xticks([])
        return figure
    days = [day for day, _ in chart.points]
    first, last = min(days), max(days)
    margin = max(timedelta(days=15), (last - first) / 25)
    axes.set_xlim(_ordinal(first - margin), _ordinal(last + margin))
    ticks = _month_ticks(first - margin, last + margin)
    axes.xaxis.set_major_locator(FixedLocator([_ordinal(t) for t in ticks]))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _month_label(x, ticks)))
    axes.tick_params(axis="x", labelsize=SMALL_SIZE)
    return figure


def _ordinal(day: date) -> float:
    import matplotlib.dates as mdates

    return float(mdates.date2num(day))


def _month_ticks(first: date, last: date, most: int = 7) -> list[date]:
    """First days of months, evenly spaced, at most `most` of them (on 6 years: one a year)."""
    months = []
    cursor = date(first.year, first.month, 1)
    while cursor <= last:
        if cursor >= first:
            months.append(cursor)
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    if not months:
        return [first]
    for step in (1, 2, 3, 6, 12, 24, 36, 60):
        picked = [m for m in months if (m.year * 12 + m.month - 1) % step == 0]
        if len(picked) <= most:
            return picked or months[:1]
    return months[:: max(1, len(months) // most)]


def _month_label(x: float, ticks: Sequence[date]) -> str:
    import matplotlib.dates as mdates

    day = mdates.num2date(x).date()
    if all(t.month == 1 for t in ticks) and len(ticks) > 1:
        return str(day.year)
    from babel.dates import format_date  # with matplotlib: only for a chart drawn

    return format_date(day, "MMM y", locale="fr_FR")


def _wrap(label: str, width: int = 34, lines: int = 2) -> list[str]:
    return textwrap.wrap(label, width, max_lines=lines, placeholder=" …") or [""]


def _bars(chart: Bars) -> tuple[Figure, list[_Label]]:
    """Labels are set by Pillow afterwards (`_set_labels`) and the layout is fixed rather
    than computed: with 67 members each costs more than the bars themselves."""
    figure = _figure(chart)
    height = _figure_inches(chart)[1]
    left = LABEL_COLUMN
    figure.subplots_adjust(
        left=left, right=0.97, top=1 - (_header_inches(chart) + 0.1) / height, bottom=0.7 / height
    )
    axes = figure.add_subplot()
    count = len(chart.bars)
    positions = list(range(count))[::-1]  # the first bar at the top
    values = [value for _, value, _ in chart.bars]
    axes.barh(positions, values, color=BAR_COLOUR, height=0.7)
    label_size = TEXT_SIZE if count <= 20 else SMALL_SIZE - 2
    axes.set_ylim(-0.6, count - 0.4)
    top = chart.maximum if chart.maximum is not None else max(values, default=1.0) or 1.0
    # Room after the longest bar for its value as written: « 4 004 500 € » needs more than
    # « 100 % ». Pixels of the plot, and of the longest value (about 0.6 em a character).
    plot_pixels = (0.97 - left) * WIDTH_INCHES * DPI
    longest = max((len(written) for _, _, written in chart.bars), default=4)
    room = min(0.6, (longest + 1) * 0.6 * (label_size - 1) * DPI / 72 / plot_pixels)
    axes.set_xlim(0, top / (1 - room))
    labels = []
    for position, (label, value, written) in zip(positions, chart.bars, strict=True):
        name = "\n".join(_wrap(label))
        labels.append(_Label(axes, -top * 0.02, position, name, label_size, "rm"))
        labels.append(_Label(axes, value + top * 0.01, position, written, label_size - 1, "lm"))
    figure.text(0.5 + left / 2, 0.25 / height, chart.axis_label, ha="center", fontsize=SMALL_SIZE)
    axes.set_xticks([])
    axes.set_yticks([])
    axes.spines[["top", "right", "bottom"]].set_visible(False)
    return figure, labels
