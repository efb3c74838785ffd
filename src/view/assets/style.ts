/**
 * The page's stylesheet, inlined so the file stands alone. Colours are chosen
 * for at least 4.5:1 contrast (body text #1b1b1b on the lightest highlight
 * backgrounds, white on the darkest badges); every highlight also differs by
 * line style or shape, never by colour alone.
 */
export const VIEW_CSS = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --paper: #ffffff; --line: #c8c8c8; --focus: #1d4ed8; --active: #b91c1c; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--paper); }
a { color: #1a4fa0; }
.skip { position: absolute; left: -999px; top: 0; background: #111; color: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: .5rem; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.site { padding: .75rem 1.5rem; border-bottom: 1px solid var(--line); font-family: system-ui, sans-serif; font-size: .9rem; }
.brand { font-weight: 700; margin: 0 0 .25rem; }
.meta { margin: 0; color: var(--muted); }
.legend { display: flex; align-items: baseline; gap: .5rem; margin: .5rem 0 0; }
.legend-title { font-weight: 700; }
.legend-items { flex: 1; display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; padding: 0; margin: 0; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; padding: 1rem 1.5rem 2rem; }
@media (min-width: 62rem) {
  .layout { grid-template-columns: minmax(0, 46rem) minmax(20rem, 28rem); justify-content: center; }
  .panel { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
}
.b-headline, .b-untitled { font-size: 1.9rem; line-height: 1.25; margin: .5rem 0 1rem; }
.b-par, .b-other, .b-headline { white-space: pre-line; }
.b-other { color: var(--muted); border-left: 3px double var(--line); padding-left: .75rem; font-size: .95rem; }
.b-removed { margin: 1rem 0; font-family: system-ui, sans-serif; font-size: .9rem; border: 1px dashed #767676; padding: .25rem .75rem; }
.b-removed summary { cursor: pointer; color: var(--muted); }
.b-removed del, del.removed { color: #4a4a4a; text-decoration: line-through; white-space: pre-line; }
/* entities: background by type, underline style by type, so print and colour-blind readers can tell them apart */
.m { color: var(--ink); text-decoration: none; border-radius: 2px; padding: 0 1px; }
.m-person { background: #dbeafe; border-bottom: 2px solid #1e40af; }
.m-organization { background: #fef3c7; border-bottom: 2px dashed #92400e; }
.m-location { background: #dcfce7; border-bottom: 2px dotted #166534; }
.m.k-pronoun, .m.k-nominal, .m.k-demonym { background: transparent; }
a.m:hover { filter: brightness(.95); }
.quote { background: #f3ecfd; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.quote-direct, .quoted { font-style: italic; }
.qs { display: inline-block; white-space: nowrap; font: 600 .7rem/1 system-ui, sans-serif; color: #ffffff; background: #5b21b6; border-radius: 3px; padding: 1px 4px; margin-left: 2px; vertical-align: super; text-decoration: none; font-style: normal; }
.qs::before { content: "— " attr(data-label); }
span.qs { color: #5b21b6; background: #ffffff; border: 1px solid #5b21b6; }
.ev { font-weight: 700; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.ev.st-occurred, .ev.st-ongoing { text-decoration-line: underline; text-decoration-style: solid; }
.ev.st-planned { text-decoration-line: underline; text-decoration-style: dashed; }
.ev.st-possible, .ev.st-unconfirmed { text-decoration-line: underline; text-decoration-style: wavy; }
.ev.st-negated { text-decoration-line: line-through; }
.tx { border-bottom: 2px dotted #0f766e; cursor: help; position: relative; }
.tx:focus-visible::after { content: attr(data-value); position: absolute; left: 0; top: 100%; background: #111; color: #fff; padding: 1px 6px; font: .8rem/1.4 system-ui, sans-serif; white-space: nowrap; z-index: 3; }
.is-active { outline: 2px solid var(--active); outline-offset: 0; background-color: #fef08a; }
.quote.is-active { background-color: #fde68a; }
/* panel */
.panel { font: 15px/1.45 system-ui, sans-serif; border-left: 1px solid var(--line); padding-left: 1rem; }
.panel h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
.panel h3 { font-size: .95rem; margin: .75rem 0 .25rem; color: var(--muted); }
.count, .subtype, .said-kind, .when-text { color: var(--muted); font-size: .85rem; }
.said-negated-label { color: #991b1b; font-size: .85rem; font-weight: 600; }
.cards, .speakers, .timeline, .times, .notes { list-style: none; padding: 0; margin: 0; }
.card { padding: .4rem 0; border-bottom: 1px solid #e4e4e4; }
.card p { margin: .1rem 0; }
.card.is-active, .speaker.is-active { outline: none; background: #fef9c3; }
.who { font: inherit; font-weight: 700; color: var(--ink); background: #f4f4f4; border: 1px solid #767676; border-radius: 4px; padding: .1rem .5rem; margin-right: .4rem; cursor: pointer; }
.who[aria-pressed="true"] { background: #fef08a; border: 2px solid var(--active); }
.who-person { border-left: 4px solid #1e40af; }
.who-organization { border-left: 4px dashed #92400e; }
.who-location { border-left: 4px dotted #166534; }
.speaker { margin: .5rem 0 .75rem; }
.summary { margin: 0; padding-left: 1.1rem; }
.summary li { margin: .25rem 0; }
.who-unresolved { font-weight: 700; }
.said-list { margin: .25rem 0 0; padding-left: 1.25rem; }
.said { margin: .2rem 0; }
.said-direct a { font-style: italic; }
.tl { margin: 0 0 .6rem; padding: .3rem .6rem; border-left: 4px solid #374151; }
.tl.st-planned { border-left-style: dashed; }
.tl.st-possible, .tl.st-unconfirmed { border-left-style: dotted; }
.tl.st-negated { border-left: 4px double #991b1b; }
.tl.st-negated .tl-trigger { text-decoration: line-through; }
.status { display: inline-block; font-weight: 700; font-size: .8rem; padding: 0 .4rem; border-radius: 3px; color: #ffffff; background: #374151; }
.tl.st-occurred .status, .tl.st-ongoing .status { background: #166534; }
.tl.st-planned .status { background: #1e40af; }
.tl.st-possible .status, .tl.st-unconfirmed .status { background: #92400e; }
.tl.st-negated .status { background: #991b1b; }
.when { font-weight: 600; }
.status-line { background: #f4f4f4; border: 1px solid var(--line); padding: .4rem .6rem; margin: .5rem 0 0; }
.status-line p { margin: 0 0 .4rem; }
.js-only { display: none; }
.js .js-only { display: block; }
.empty { color: var(--muted); }
footer { font: .8rem system-ui, sans-serif; color: var(--muted); padding: 1rem 1.5rem; border-top: 1px solid var(--line); }
`;
