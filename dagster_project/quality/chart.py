"""Grouped bar chart of headline growth rates as inline SVG.

The browser draws the text, so Chinese labels render with the system's CJK font
and the report stays one self-contained HTML file.
"""

from __future__ import annotations

from html import escape

SERIES = [
    ("gdp_growth_pct", "GDP", "#4e79a7"),
    ("industrial_value_added_growth_pct", "规上工业增加值", "#f28e2b"),
    ("fixed_asset_investment_growth_pct", "固定资产投资", "#59a14f"),
    ("retail_sales_growth_pct", "社会消费品零售总额", "#e15759"),
    ("foreign_trade_growth_pct", "进出口总额", "#76b7b2"),
]


def headline_svg(rows: list[dict], width: int = 1100) -> str:
    """SVG with one group of bars per region × period (growth %, negative below the axis)."""
    rows = [
        {**r, **{key: float(r[key]) for key, _, _ in SERIES if r.get(key) is not None}}
        for r in rows
        if any(r.get(key) is not None for key, _, _ in SERIES)
    ]
    if not rows:
        return "<p>No headline indicators in the warehouse yet.</p>"
    values = [r[key] for r in rows for key, _, _ in SERIES if r.get(key) is not None]
    top, bottom = max(max(values), 0.0), min(min(values), 0.0)
    span = (top - bottom) or 1.0
    plot_h, left, label_h, legend_h = 260, 50, 70, 30
    group_w = min(260, max(40, (width - left - 20) / len(rows)))
    bar_w = group_w * 0.8 / len(SERIES)
    zero_y = legend_h + plot_h * top / span
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{legend_h + plot_h + label_h}" '
        'role="img" aria-label="headline indicators by region and period">',
        f'<line x1="{left}" y1="{zero_y:.1f}" x2="{width - 10}" y2="{zero_y:.1f}" stroke="#333"/>',
        f'<text x="{left - 6}" y="{zero_y + 4:.1f}" text-anchor="end" font-size="11">0%</text>',
    ]
    for i, (_, name, colour) in enumerate(SERIES):
        x = left + i * 170
        parts.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 16}" y="16" font-size="12">{escape(name)}</text>')
    for g, row in enumerate(rows):
        x0 = left + g * group_w + group_w * 0.1
        for i, (key, name, colour) in enumerate(SERIES):
            value = row.get(key)
            if value is None:
                continue
            h = plot_h * abs(value) / span
            y = zero_y - h if value >= 0 else zero_y
            parts.append(
                f'<rect x="{x0 + i * bar_w:.1f}" y="{y:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}" '
                f'fill="{colour}"><title>{escape(str(row["region_name"]))} {escape(str(row["period_code"]))} '
                f"{escape(name)} {value:g}%</title></rect>"
            )
            if bar_w >= 14:
                label_y = y - 3 if value >= 0 else y + h + 11
                parts.append(
                    f'<text x="{x0 + (i + 0.5) * bar_w:.1f}" y="{label_y:.1f}" font-size="10" '
                    f'text-anchor="middle">{value:g}</text>'
                )
        label_x = x0 + group_w * 0.4
        label_y = legend_h + plot_h + 16
        parts.append(
            f'<text x="{label_x:.1f}" y="{label_y}" font-size="12" text-anchor="middle">'
            f"{escape(str(row['region_name']))}</text>"
            f'<text x="{label_x:.1f}" y="{label_y + 16}" font-size="11" text-anchor="middle" fill="#666">'
            f"{escape(str(row['period_code']))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
