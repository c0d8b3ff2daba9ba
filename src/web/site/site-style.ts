/**
 * The site's one stylesheet, inline in index.html (its SHA-256 is in the CSP). Colours meet WCAG 2.1
 * AA contrast (text ≥ 4.5:1 on its background); focus is always visible; print leaves out the
 * controls, so the verdict prints as a report.
 */
export const SITE_STYLE = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --paper: #ffffff; --accent: #154273; --accent-ink: #ffffff; --line: #c8c8c8; --soft: #eef2f7; --good: #1d5e20; --bad: #9b1c1c; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; font-size: 106%; line-height: 1.5; color: var(--ink); background: var(--paper); }
body { margin: 0; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: 0.75rem 1.25rem; background: var(--accent); color: var(--accent-ink); }
header .site-name { margin: 0; font-weight: 700; font-size: 1.2rem; }
header nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
header a { color: var(--accent-ink); }
header a[aria-current="page"] { font-weight: 700; }
header .language { margin-left: auto; background: var(--paper); color: var(--accent); border-color: var(--paper); }
main { max-width: 46rem; margin: 0 auto; padding: 1.25rem; }
main:focus, h1:focus { outline: none; }
footer { max-width: 46rem; margin: 2rem auto 0; padding: 1rem 1.25rem 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
footer .hash { word-break: break-all; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 0 0 1rem; }
legend { font-weight: 700; font-size: 1.15rem; padding: 0 0.25rem; }
label { cursor: pointer; }
.choice { display: flex; align-items: flex-start; gap: 0.5rem; padding: 0.35rem 0; }
.choice input { margin-top: 0.3rem; width: 1.1rem; height: 1.1rem; }
.field { display: flex; flex-direction: column; gap: 0.25rem; margin: 0 0 1rem; }
input[type="text"], input[type="number"], input[type="password"], textarea, select { font: inherit; padding: 0.45rem 0.55rem; border: 1px solid #6b6b6b; border-radius: 4px; color: var(--ink); background: var(--paper); max-width: 100%; }
textarea { min-height: 5rem; }
button, .button { font: inherit; padding: 0.5rem 1rem; border: 2px solid var(--accent); border-radius: 4px; background: var(--accent); color: var(--accent-ink); cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: var(--paper); color: var(--accent); }
button.danger { background: var(--paper); color: var(--bad); border-color: var(--bad); }
button:disabled { opacity: 0.6; cursor: not-allowed; }
:focus-visible { outline: 3px solid #d4a017; outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; }
.field p { margin: 0; }
.panel > h2:first-child, .panel > form > h2:first-child { margin-top: 0; }
summary { cursor: pointer; font-weight: 700; font-size: 1.1rem; }
details[open] summary { margin-bottom: 0.5rem; }
.help-toggle { margin-top: 0.5rem; }
.progress { color: var(--muted); margin: 0 0 0.5rem; }
.help { background: var(--soft); border-left: 4px solid var(--accent); padding: 0.75rem 1rem; margin: 0 0 1rem; }
.problem { color: var(--bad); font-weight: 600; }
.note { color: var(--muted); }
.panel { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
.decision-fundable { color: var(--good); font-weight: 700; }
.decision-blocked { color: var(--bad); font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
dl.review dt { font-weight: 700; font-size: 1.1rem; margin-top: 1.25rem; }
dl.review dd { margin: 0; padding: 0.4rem 0; display: grid; grid-template-columns: 1fr auto; gap: 1rem; align-items: start; border-bottom: 1px solid var(--line); }
button.small { padding: 0.15rem 0.6rem; font-size: 0.95rem; }
pre.report { white-space: pre-wrap; font-family: inherit; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media print { header, footer, .actions, .no-print { display: none !important; } main { max-width: none; padding: 0; } }
`;
