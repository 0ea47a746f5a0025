/** The report's stylesheet (data: one inline `<style>`; logical properties so RTL needs no second copy). */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif; margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 820px; color: #1b1b1b; background: #fff; }
header h1 { font-size: 1.45rem; margin: 0 0 .2rem; }
.subtitle { margin: .1rem 0; color: #444; }
.muted { color: #666; font-size: .92em; }
h2 { font-size: 1.1rem; margin: 1.8rem 0 .6rem; padding-block-end: .25rem; border-block-end: 2px solid #e3e3e3; }
h3 { font-size: .98rem; margin: 1rem 0 .3rem; }
.cards { display: flex; gap: .7rem; flex-wrap: wrap; margin-block-start: 1rem; }
.card { border: 1px solid #ddd; border-radius: 8px; padding: .55rem .9rem; min-width: 7.5rem; background: #fafafa; }
.card span { display: block; color: #555; font-size: .85rem; }
.card b { display: block; font-size: 1.35rem; }
.card small { color: #666; }
#card-sent { border-color: #2e7d32; } #card-deny { border-color: #c62828; } #card-review { border-color: #f9a825; }
section.lead { background: #f5f8fc; border: 1px solid #dbe5f1; border-radius: 10px; padding: 0 1rem 1rem; margin-block-start: 1.4rem; }
section.lead h2 { border-block-end-color: #dbe5f1; }
svg { display: block; width: 100%; height: auto; margin: .4rem 0; }
svg .label, svg .value { font-size: 12px; fill: #333; }
svg .axis, svg .tick { stroke: #888; stroke-width: 1; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .3rem 0; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-inline-end: .35em; vertical-align: -.05em; }
.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: .3rem 1.5rem; margin: .6rem 0 0; }
.facts div { display: flex; justify-content: space-between; gap: .5rem; border-block-end: 1px dotted #cfd8e3; }
.facts dt { color: #444; } .facts dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
td, th { border-block-end: 1px solid #eee; padding: .25rem .6rem; text-align: start; vertical-align: top; }
th { font-weight: 600; color: #333; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5rem; }
.info-rules { margin-block-start: 1rem; padding: .2rem .8rem .6rem; background: #f7f7f7; border-radius: 8px; }
.group-deny { color: #b71c1c; } .group-defer { color: #0d47a1; } .group-review { color: #8d6e00; } .group-warn { color: #bf5b00; } .group-info { color: #546e7a; }
footer { margin-block-start: 2rem; color: #777; font-size: .85rem; }
@media (max-width: 700px) { .columns { grid-template-columns: 1fr; } }
`;
