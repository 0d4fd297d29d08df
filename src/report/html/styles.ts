/**
 * The page's only stylesheet, inlined: system fonts (no web font is fetched), state colours that
 * keep WCAG AA contrast on white, and print rules (no shadows, cards kept whole, link targets shown).
 */
export const CSS = `
:root{--ready:#1a7f37;--ready-bg:#dafbe1;--degraded:#8a5a00;--degraded-bg:#fff4d4;--blocked:#c21d2a;--blocked-bg:#ffe3e6;--unknown:#4b5563;--unknown-bg:#eceff3;--line:#d0d7de;--muted:#57606a;--fg:#1f2328}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#f6f8fa}
main{max-width:1100px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:36px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}h3{font-size:16px;margin:18px 0 8px}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f4;padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
a{color:#0550ae}
.muted{color:var(--muted)}
.verdict{display:inline-block;font-weight:700;font-size:18px;padding:6px 14px;border-radius:6px;margin:10px 0}
.verdict.pass{background:var(--ready-bg);color:var(--ready);border:2px solid var(--ready)}.verdict.fail{background:var(--blocked-bg);color:var(--blocked);border:2px solid var(--blocked)}
.intro{max-width:75ch}
.badge{display:inline-block;font-size:12px;font-weight:700;padding:1px 8px;border-radius:10px;border:1px solid;white-space:nowrap;text-transform:uppercase;letter-spacing:.03em}
.badge.ready{color:var(--ready);background:var(--ready-bg)}.badge.degraded{color:var(--degraded);background:var(--degraded-bg)}.badge.blocked{color:var(--blocked);background:var(--blocked-bg)}.badge.unknown{color:var(--unknown);background:var(--unknown-bg)}.badge.absent{color:var(--muted);background:#fff;border-style:dashed}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:10px;padding:0;margin:8px 0 16px}.count{background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px 12px}.count strong{font-size:18px;margin-left:4px}
.board{list-style:none;display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:12px;padding:0;margin:0}
.card{background:#fff;border:1px solid var(--line);border-left:8px solid;border-radius:8px;padding:10px 12px;display:flex;flex-direction:column;gap:6px;break-inside:avoid}
.card.ready{border-left-color:var(--ready)}.card.degraded{border-left-color:var(--degraded);background:var(--degraded-bg)}.card.blocked{border-left-color:var(--blocked);background:var(--blocked-bg)}.card.unknown{border-left-color:var(--unknown);background:var(--unknown-bg)}
.card a{color:inherit;text-decoration:none}.card a:hover .title{text-decoration:underline}.card .title{font-weight:600}.card .meta{font-size:13px;color:var(--muted)}.card .badge{align-self:flex-start}
.id{font-size:12px;color:var(--muted);background:none;padding:0}
section.gate{background:#fff;border:1px solid var(--line);border-left:6px solid;border-radius:8px;padding:4px 16px 12px;margin:12px 0;break-inside:avoid-page}
section.gate.ready{border-left-color:var(--ready)}section.gate.degraded{border-left-color:var(--degraded)}section.gate.blocked{border-left-color:var(--blocked)}section.gate.unknown{border-left-color:var(--unknown)}
table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0;font-size:14px}th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}th{background:#f0f3f6}td time{white-space:nowrap}table.compact{width:auto}
ul.checks,ul.rule,ul.drift{margin:6px 0;padding-left:20px}ul.checks li,ul.rule li,ul.drift li{margin:3px 0}
.timeline{position:relative;height:64px;margin:calc(16px + (var(--lanes,1) - 1) * 16px) 8px 8px}.timeline .track{position:absolute;left:0;right:0;top:24px;height:6px;background:linear-gradient(90deg,var(--ready-bg),#eef1f4);border:1px solid var(--line);border-radius:3px}
.marks{list-style:none;margin:0;padding:0}.mark{position:absolute;top:12px;transform:translateX(-50%);width:26px;height:26px;border-radius:50%;color:#fff;font-weight:700;text-align:center;line-height:26px;font-size:13px}.mark .tip{position:absolute;line-height:14px;top:calc(-18px - var(--lane,0) * 16px);left:50%;transform:translateX(-50%);white-space:nowrap;color:var(--fg);font-size:11px;font-weight:400}
.mark.blocked{background:var(--blocked)}.mark.degraded{background:var(--degraded)}.mark.unknown{background:var(--unknown)}.mark.ready{background:var(--ready)}
.tick{position:absolute;top:44px;transform:translateX(-50%);font-size:11px;color:var(--muted);white-space:nowrap}
div.chart{display:flex;background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 0;max-width:100%}div.chart svg{flex:none}div.chart-wrap{overflow-x:auto;direction:rtl;min-width:0}div.chart-wrap svg{direction:ltr;display:block}div.chart text{font:11px system-ui,sans-serif;fill:var(--fg)}div.chart .day,div.chart .axis{fill:var(--muted)}
.s-ready{fill:var(--ready)}.s-degraded{fill:#d4a72c}.s-blocked{fill:var(--blocked)}.s-unknown{fill:#8c959f}.s-none{fill:#fff;stroke:var(--line)}
.legend{display:flex;flex-wrap:wrap;gap:8px 20px;padding:0;list-style:none}
.filter{margin:8px 0}.filter input{font:inherit;padding:4px 8px;border:1px solid var(--line);border-radius:6px;width:min(100%,360px)}
footer{margin-top:40px;font-size:13px;color:var(--muted)}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}.filter{display:none}details>summary{list-style:none}
 .card,section.gate,table,div.chart{box-shadow:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 a.loc::after{content:none}div.chart-wrap{overflow:hidden}h2{break-after:avoid}tr{break-inside:avoid}}
`;
