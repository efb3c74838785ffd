/**
 * What the story page adds to the article view's stylesheet. Same rules:
 * 4.5:1 contrast at least, and nothing told by colour alone (the
 * disagreements box has a heavy border and a symbol, claims an outline).
 */
export const STORY_CSS = `
.story-title { font-size: 1.9rem; line-height: 1.25; margin: .5rem 0 .5rem; }
.source-list { font: .95rem/1.5 system-ui, sans-serif; padding-left: 1.25rem; margin: 0 0 1rem; }
.disagree { border: 3px solid #9a3412; background: #fff7ed; padding: .5rem 1rem 1rem; margin: 1rem 0 2rem; font: 16px/1.5 system-ui, sans-serif; }
.disagree h2 { font-size: 1.35rem; margin: .25rem 0 .75rem; color: #7c2d12; }
.disagree .count { color: #4a4a4a; }
.warn-symbol { font-size: 1.2em; }
.conflicts { margin: 0; padding-left: 1.5rem; }
.conflict { margin: 0 0 1rem; }
.conflict-note { margin: 0 0 .25rem; font-weight: 600; }
.conflict-kind { text-transform: uppercase; letter-spacing: .03em; font-size: .85rem; color: #7c2d12; }
.claims { margin: 0; padding-left: 1.1rem; }
.claim-line { margin: .2rem 0; }
.claim-value { font-weight: 700; }
.claim-context { font-family: Georgia, "Times New Roman", serif; }
.claim-words, mark.claim { background: #fde68a; color: var(--ink); }
mark.claim { outline: 2px solid #9a3412; outline-offset: 1px; border-radius: 2px; scroll-margin-top: 30vh; }
mark.claim:target { background: #fcd34d; outline-width: 3px; }
.claim-link { font-size: .9rem; white-space: nowrap; }
.no-link { color: var(--muted); font-size: .9rem; }
.sources h2 { font: 700 1.2rem system-ui, sans-serif; margin: 1.5rem 0 .5rem; }
details.source { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 .75rem; padding: .25rem .75rem; }
details.source > summary { cursor: pointer; font: 600 1rem/1.4 system-ui, sans-serif; padding: .25rem 0; }
details.source[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: .5rem; }
.source .b-headline { font-size: 1.4rem; }
.outlet { font-weight: 600; }
.outlets { list-style: none; margin: .2rem 0 0; padding: 0 0 0 .75rem; border-left: 2px solid var(--line); font-size: .9rem; }
.outlet-item { margin: .1rem 0; }
.in-outlets { margin: .2rem 0 0; }
.legend mark.claim { margin-right: .3rem; }
.outlet-titles { font-style: italic; }
.outlet-titles::before { content: "· "; font-style: normal; }
.stmt { margin: .5rem 0 .9rem; }
.stmt-text { margin: .2rem 0; }
.statements { list-style: none; padding: 0; margin: 0; }
.stmt.is-active { background: #fef9c3; }
.ev-type { font-weight: 600; }
.own-status { color: var(--muted); }
.more-entities > summary { cursor: pointer; font-weight: 600; margin: .5rem 0; }
`;
