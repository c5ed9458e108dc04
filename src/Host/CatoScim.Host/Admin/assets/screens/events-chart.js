import uPlot from '../vendor/uplot.mjs';
import { html, useEffect, useRef } from '../lib.js';

const series = [
  { action: 'SUCCESS', label: 'Success', stroke: '#1b7a3d', fill: 'rgba(27,122,61,0.35)' },
  { action: 'FAILURE', label: 'Failure', stroke: '#b3261e', fill: 'rgba(179,38,30,0.35)' },
  { action: 'DISABLED', label: 'Disabled', stroke: '#9a6100', fill: 'rgba(154,97,0,0.35)' },
];

const countOf = (bucket, action) => bucket.byAction.find(a => a.action === action)?.count ?? 0;

/** Events per hour by action; the same numbers are in a table for screen readers and for copying. */
export function EventsChart({ buckets, title }) {
  const host = useRef(null);
  useEffect(() => {
    const element = host.current;
    if (!element || !buckets.length) return undefined;
    const data = [buckets.map(b => new Date(b.start).getTime() / 1000), ...series.map(s => buckets.map(b => countOf(b, s.action)))];
    const bars = uPlot.paths.bars({ size: [0.8, 40] });
    const plot = new uPlot({
      width: Math.max(280, element.clientWidth), height: 240,
      scales: { x: { time: true }, y: { range: (_, min, max) => [0, Math.max(1, max)] } },
      series: [{}, ...series.map(s => ({ label: s.label, stroke: s.stroke, fill: s.fill, paths: bars, points: { show: false } }))],
      axes: [{}, { size: 50 }],
    }, data, element);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, element.clientWidth), height: 240 }));
    resize.observe(element);
    return () => { resize.disconnect(); plot.destroy(); };
  }, [buckets]);
  const totals = series.map(s => buckets.reduce((n, b) => n + countOf(b, s.action), 0));
  return html`<figure class="card">
    <figcaption><h2>${title}</h2></figcaption>
    <div class="chart" ref=${host} role="img" aria-label=${`${title}: ${series.map((s, i) => `${totals[i]} ${s.label.toLowerCase()}`).join(', ')}`}></div>
    <details><summary>As a table</summary><div class="table-wrap"><table>
      <thead><tr><th scope="col">Hour</th>${series.map(s => html`<th scope="col">${s.label}</th>`)}</tr></thead>
      <tbody>${buckets.filter(b => b.byAction.length).map(b => html`<tr><td>${new Date(b.start).toLocaleString()}</td>${series.map(s => html`<td>${countOf(b, s.action)}</td>`)}</tr>`)}</tbody>
    </table></div></details>
  </figure>`;
}
