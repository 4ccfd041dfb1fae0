/**
 * The pages' one stylesheet, served at /assets/pages.css (a file of its own so that the pages'
 * Content-Security-Policy can forbid inline styles). Phone first: one column, tables scroll
 * sideways inside their box rather than widening the page.
 */
export const PAGES_CSS = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6473; --line: #d9dde4; --soft: #f4f6f9; --accent: #0b5cad; --good: #1a7f37; --bad: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header.site, main, footer.site { max-width: 960px; margin: 0 auto; padding: 0 16px; }
header.site { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; padding-top: 12px; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
header.site a.home { font-weight: 700; color: var(--ink); text-decoration: none; }
header.site nav { display: flex; gap: 12px; flex-wrap: wrap; font-size: 14px; }
footer.site { margin-top: 32px; padding-top: 12px; padding-bottom: 24px; border-top: 1px solid var(--line); font-size: 13px; color: var(--muted); }
a { color: var(--accent); }
h1 { font-size: 24px; line-height: 1.25; margin: 20px 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 19px; margin: 28px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 16px; margin: 16px 0 4px; }
p.lead { color: var(--muted); margin-top: 0; }
.summary { background: var(--soft); border-left: 4px solid var(--accent); padding: 10px 14px; margin: 16px 0; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 8px 0; }
caption { text-align: left; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
thead th { background: var(--soft); font-weight: 600; }
th[scope="row"] { font-weight: 600; min-width: 120px; }
td.num { white-space: nowrap; }
tr.differs th[scope="row"]::after { content: " differs"; font-size: 11px; font-weight: 600; color: var(--accent); text-transform: uppercase; letter-spacing: .03em; margin-left: 4px; }
.unknown { color: var(--muted); font-style: italic; }
.why { font-style: normal; }
.yes { color: var(--good); font-weight: 600; }
.no { color: var(--bad); }
.winner { font-weight: 600; }
.interval, .note { color: var(--muted); font-size: 13px; }
.interval { display: block; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card .score { font-size: 28px; font-weight: 700; }
.card .score .unknown, .card .score .interval { font-size: 15px; font-weight: 400; }
.card ul, .reasons { margin: 4px 0; padding-left: 18px; }
figure.chart { margin: 12px 0; max-width: 520px; }
figure.chart > svg { width: 100%; height: auto; display: block; }
figure.chart figcaption { font-size: 13px; color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; padding: 0; margin: 4px 0; font-size: 14px; }
.legend svg { vertical-align: middle; margin-right: 4px; }
details { margin: 8px 0; }
summary { cursor: pointer; color: var(--accent); }
form.usage { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px 12px; align-items: end; background: var(--soft); padding: 12px; border-radius: 8px; }
form.usage label, form.pick label { display: flex; flex-direction: column; font-size: 13px; color: var(--muted); }
form input, form select { font: inherit; padding: 6px 8px; border: 1px solid var(--line); border-radius: 6px; min-width: 0; }
form button { font: inherit; padding: 7px 14px; border: 0; border-radius: 6px; background: var(--accent); color: #fff; cursor: pointer; }
form.pick { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
form.pick label { flex: 1 1 260px; }
ul.examples li { margin: 4px 0; }
form.pick + form.pick { margin-top: 8px; }
form.pick label.choice { flex: 1 1 140px; min-width: 0; }
tr.tier td, tr.tier th { border-top: 2px solid var(--ink); }
nav.pages { display: flex; gap: 16px; margin: 8px 0; }
ul.names { columns: 14em; padding-left: 18px; font-size: 14px; }
.problem { border: 1px solid var(--bad); border-radius: 8px; padding: 10px 14px; margin: 12px 0; }
.axis text { font-size: 11px; fill: var(--muted); }
.grid line { stroke: var(--line); }
figure.chart.wide { max-width: 640px; }
circle.other { fill: #9aa3b2; fill-opacity: .7; }
circle.on-frontier { fill: var(--ink); }
path.frontier { fill: none; stroke: var(--ink); stroke-width: 1.5; }
path.break { fill: none; stroke: var(--muted); }
.marked circle, circle.marked { stroke: #fff; stroke-width: 1.5; }
.marked text { font-size: 11px; font-weight: 600; }
.marked rect { fill: #fff; fill-opacity: .85; }
ul.legend-list { list-style: none; padding: 0; }
ul.legend-list svg { vertical-align: middle; margin-right: 6px; }
tr.compared th, tr.compared td { background: var(--soft); font-weight: 600; }
@media (max-width: 480px) {
  body { font-size: 15px; }
  h1 { font-size: 21px; }
  table { font-size: 13px; }
  th, td { padding: 5px 5px; }
  th[scope="row"] { min-width: 92px; }
  .summary { padding: 8px 10px; }
}
`;
