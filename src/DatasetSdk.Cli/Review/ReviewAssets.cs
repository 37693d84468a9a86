namespace DatasetSdk.Cli.Review;

/// <summary>
/// The fixed parts of the review page: style, the empty controls and panels the script fills, and the script.
/// Kept as text in the assembly rather than as files beside it, so the page never depends on where the tool runs.
/// </summary>
internal static class ReviewAssets
{
    public const string Css = """
        :root { font-family: system-ui, sans-serif; color: #1d1d1f; background: #fafafa; }
        body { margin: 0; display: grid; grid-template-columns: 25rem minmax(0, 1fr); grid-template-areas: "head head" "filters filters" "side timeline" "side docs"; gap: 0 1.2rem; }
        header { grid-area: head; padding: .6rem 1.2rem; background: #23395d; color: white; display: flex; gap: 1.5rem; align-items: baseline; }
        header h1 { font-size: 1.2rem; margin: 0; }
        header p { margin: 0; }
        #filters { grid-area: filters; position: sticky; top: 0; z-index: 2; background: #eef1f6; padding: .5rem 1.2rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; border-bottom: 1px solid #ccd; }
        #side { grid-area: side; padding: 0 0 0 1.2rem; position: sticky; top: 3rem; align-self: start; max-height: calc(100vh - 3rem); overflow-y: auto; }
        #timeline { grid-area: timeline; }
        #documents { grid-area: docs; padding-right: 1.2rem; }
        h2 { font-size: 1rem; margin: 1rem 0 .4rem; }
        svg { max-width: 100%; height: auto; font-size: 11px; }
        svg .axis { stroke: #888; }
        svg .series { cursor: pointer; }
        svg polyline { fill: none; stroke: currentColor; stroke-width: 2; }
        svg circle, svg rect { fill: currentColor; }
        svg text { fill: #333; }
        table { border-collapse: collapse; width: 100%; font-size: .85rem; }
        th, td { text-align: left; vertical-align: top; padding: .2rem .35rem; border-bottom: 1px solid #e3e3e3; }
        #speakers .aliases { color: #555; font-size: .75rem; }
        #speakers .role { font-size: .8rem; }
        #speakers td.docs { font-size: .75rem; word-break: break-all; }
        .swatch { display: inline-block; width: .7em; height: .7em; border-radius: 50%; background: var(--c, #999); margin-right: .3em; }
        button.link { border: 0; background: none; padding: 0; color: #0b57d0; cursor: pointer; text-align: left; font: inherit; }
        .doc { background: white; border: 1px solid #dde; border-radius: 6px; padding: .6rem 1rem; margin: 0 0 1rem; }
        .doc h3 { margin: .2rem 0; font-size: 1.05rem; }
        .doc .meta { color: #555; font-size: .8rem; margin: 0 0 .5rem; }
        .text { line-height: 1.65; }
        .blk { white-space: pre-wrap; margin: .35rem 0; }
        .k-title { font-weight: 700; font-size: 1.05rem; }
        .k-heading { font-weight: 600; }
        details.apart { font-size: .85rem; color: #666; background: #f1f1f1; border-left: 3px solid #c4c4c4; padding: .1rem .5rem; margin: .35rem 0; }
        details.apart.k-comment { background: #fff6e0; border-left-color: #d9a520; color: #5a4a1a; }
        details.apart > summary { font-size: .7rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; cursor: pointer; }
        details.apart .blk { margin: .15rem 0; }
        details.apart.k-comment .blk + .blk { border-top: 1px dotted #d9a520; padding-top: .15rem; }
        mark.st { background: color-mix(in srgb, var(--c, #888) 16%, white); border-bottom: 2px solid var(--c, #888); color: inherit; cursor: pointer; }
        mark.st::before { content: attr(data-kind); font: 700 .6rem system-ui, sans-serif; text-transform: uppercase; color: white; background: var(--c, #888); border-radius: 3px; padding: 0 .25em; margin-right: .2em; vertical-align: .2em; }
        mark.st:not(.match) { opacity: .4; }
        mark.st.focus { outline: 2px solid var(--c, #888); }
        .cue { text-decoration: underline wavy var(--c, #888); text-underline-offset: 3px; font-weight: 600; }
        .date { background: #e6f0ff; border-bottom: 1px dashed #2a62c9; }
        table.statements { margin-top: .6rem; }
        table.statements tbody tr:not(.match) { opacity: .45; }
        table.statements tr.focus { background: #fff3b0; }
        table.statements code { font-size: .75rem; }
        .kind { font-size: .7rem; text-transform: uppercase; font-weight: 700; }
        .doc { overflow-x: auto; }
        /* fixed widths, so a long id or text wraps in its cell instead of pushing the buttons out of view */
        table.statements { table-layout: fixed; }
        table.statements th:nth-child(1) { width: 10rem; }
        table.statements th:nth-child(2) { width: 7rem; }
        table.statements th:nth-child(3) { width: 5.5rem; }
        table.statements th:nth-child(5) { width: 11.5rem; }
        table.statements td { overflow-wrap: anywhere; }
        .fix-tools input { display: block; box-sizing: border-box; width: 100%; margin: .15rem 0; }
        #fix-out pre { background: #1d1d1f; color: #e8e8e8; padding: .5rem; border-radius: 4px; white-space: pre-wrap; word-break: break-all; }
        .pager { display: flex; gap: .6rem; align-items: center; margin: .4rem 0; }
        .note { color: #666; font-size: .8rem; }

        """;

    public const string Controls = """
        <nav id="filters" aria-label="filters">
        <label>Speaker <select id="f-speaker"><option value="">all</option><option value="-">(no speaker)</option></select></label>
        <label>Kind <select id="f-kind"><option value="">all</option></select></label>
        <label>Language <select id="f-lang"><option value="">all</option></select></label>
        <label>Search <input id="f-q" type="search" placeholder="words in a statement"></label>
        <button id="f-clear" type="button">clear</button>
        <span id="f-count"></span>
        </nav>

        """;

    public const string Panels = """
        <aside id="side">
        <section id="fixes"><h2>Manifest fix</h2>
        <p class="note">The buttons under each document copy a fix for <code>seeds/corpus.json</code>; merge it into the file and rebuild.</p>
        <div id="fix-out"></div></section>
        <section id="speakers"><h2>Speakers</h2>
        <table><thead><tr><th>speaker</th><th>statements</th><th>documents</th></tr></thead><tbody></tbody></table>
        <p class="note" id="speakers-note"></p></section>
        </aside>
        <main id="documents"><h2>Documents</h2>
        <noscript><p>The documents are drawn by the page's script; enable JavaScript to see them.</p></noscript>
        <div class="pager"></div><div id="doc-list"></div><div class="pager"></div></main>
        <datalist id="speaker-names"></datalist>

        """;

    public const string Script = """
        (() => {
        'use strict';
        // Every text reaches the DOM through append() or setAttribute(), which never parse markup, so a quote
        // holding markup stays text.
        const data = JSON.parse(document.getElementById('review-data').textContent);
        const PAGE_SIZE = 20;
        const SPEAKER_ROWS = 300;
        const ALIASES_SHOWN = 6;
        // what is not the article is folded away, a run of the same kind under one summary; comments stay open
        const APART = { boilerplate: 'boilerplate', caption: 'captions', dateline: 'date lines', comment: 'reader comments' };
        const docs = data.documents;
        const speakers = data.speakers;
        const statements = data.statements.map(a => ({
          id: a[0], doc: a[1], speaker: a[2], kind: data.kinds[a[3]], start: a[4], length: a[5], line: a[6],
          date: a[7], language: a[8], rule: a[9], cue: a[10] >= 0 ? [a[10], a[11]] : null,
        }));
        const textOf = s => docs[s.doc].text.slice(s.start, s.start + s.length);
        const byId = new Map(statements.map(s => [s.id, s]));
        const speakerIndex = new Map(speakers.map((s, i) => [s.id, i]));
        const byDoc = docs.map(() => []);
        const speakerStats = speakers.map(() => ({ count: 0, docs: [] }));
        for (const s of statements) {
          byDoc[s.doc].push(s);
          if (s.speaker < 0) continue;
          const stat = speakerStats[s.speaker];
          stat.count++;
          // statements come sorted by document, so a document repeats only right after itself
          if (stat.docs[stat.docs.length - 1] !== s.doc) stat.docs.push(s.doc);
        }

        function el(tag, attrs, ...children) {
          const e = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs || {})) {
            if (v !== null && v !== undefined && v !== false) e.setAttribute(k, String(v));
          }
          for (const c of children) if (c !== null && c !== undefined) e.append(c);
          return e;
        }
        const $ = id => document.getElementById(id);

        // The filters live in the location hash, so a view can be bookmarked or opened from a test:
        // #speaker=<id or ->&kind=direct&lang=en&q=words&doc=<id>&page=2, and fix=["exclude"|"speaker"|"alias", id, name?]
        function readHash() {
          const p = new URLSearchParams(location.hash.slice(1));
          return {
            speaker: p.get('speaker') || '', kind: p.get('kind') || '', lang: p.get('lang') || '', q: p.get('q') || '',
            doc: p.get('doc') || '', page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1), fix: p.getAll('fix'),
          };
        }
        function go(changes) {
          const next = Object.assign({}, state, { page: 1 }, changes);
          const p = new URLSearchParams();
          for (const k of ['speaker', 'kind', 'lang', 'q', 'doc']) if (next[k]) p.set(k, next[k]);
          if (next.page > 1) p.set('page', String(next.page));
          location.hash = p.toString();
        }
        const filtering = st => !!(st.speaker || st.kind || st.lang || st.q);
        function matcher(st) {
          const q = st.q.toLowerCase();
          const speaker = st.speaker === '' ? null : st.speaker === '-' ? -1 : (speakerIndex.has(st.speaker) ? speakerIndex.get(st.speaker) : -2);
          return s => (speaker === null || s.speaker === speaker) && (!st.kind || s.kind === st.kind)
            && (!st.lang || s.language === st.lang) && (!q || textOf(s).toLowerCase().includes(q));
        }

        const FIXES = {
          exclude: s => ({ exclude: { statements: [s.id] } }),
          speaker: (s, name) => ({ statements: { [s.id]: { speaker: name } } }),
          alias: (s, name) => ({ speakers: { [name]: [speakers[s.speaker].name] } }),
        };
        // A whole manifest holding one correction, in the shape docs/configuration.md gives; null when the
        // correction needs a name that is missing or a speaker the statement lacks.
        function fixText(kind, s, name) {
          name = (name || '').trim();
          if (!Object.prototype.hasOwnProperty.call(FIXES, kind) || !s || (kind !== 'exclude' && !name) || (kind === 'alias' && s.speaker < 0)) return null;
          return JSON.stringify(FIXES[kind](s, name), null, 2);
        }
        function showFix(text, kind, note) {
          $('fix-out').append(el('p', { class: 'note' }, note), el('pre', { class: 'fix', 'data-kind': kind }, text));
        }
        function copyFix(kind, s, name) {
          const text = fixText(kind, s, name);
          $('fix-out').replaceChildren();
          if (text === null) {
            $('fix-out').append(el('p', { class: 'note' }, 'Type a speaker name first.'));
            return;
          }
          const fallback = () => {
            const area = el('textarea', { readonly: '' }, text);
            document.body.append(area);
            area.select();
            const done = document.execCommand('copy');
            area.remove();
            showFix(text, kind, done ? 'Copied:' : 'Select and copy:');
          };
          if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(() => showFix(text, kind, 'Copied:'), fallback);
          } else {
            fallback();
          }
        }

        function swatch(sp) { return el('span', { class: 'swatch', style: sp ? '--c:' + sp.color : null }); }

        function fillControls() {
          const order = speakers.map((s, i) => i).sort((a, b) => speakers[a].name.localeCompare(speakers[b].name) || speakers[a].id.localeCompare(speakers[b].id));
          for (const i of order) {
            $('f-speaker').append(el('option', { value: speakers[i].id }, speakers[i].name + ' (' + speakerStats[i].count + ')'));
            $('speaker-names').append(el('option', { value: speakers[i].name }));
          }
          for (const k of data.kinds) $('f-kind').append(el('option', { value: k }, k));
          for (const l of [...new Set(statements.map(s => s.language))].sort()) $('f-lang').append(el('option', { value: l }, l));
          $('f-speaker').addEventListener('change', e => go({ speaker: e.target.value, doc: '' }));
          $('f-kind').addEventListener('change', e => go({ kind: e.target.value, doc: '' }));
          $('f-lang').addEventListener('change', e => go({ lang: e.target.value, doc: '' }));
          let timer = 0;
          $('f-q').addEventListener('input', e => { clearTimeout(timer); timer = setTimeout(() => go({ q: e.target.value, doc: '' }), 250); });
          $('f-clear').addEventListener('click', () => go({ speaker: '', kind: '', lang: '', q: '', doc: '' }));
          for (const g of document.querySelectorAll('#timeline g.series')) {
            g.addEventListener('click', () => go({ speaker: g.dataset.speaker, doc: '' }));
          }
        }

        function fillSpeakers() {
          const order = speakers.map((s, i) => i)
            .sort((a, b) => speakerStats[b].count - speakerStats[a].count || speakers[a].name.localeCompare(speakers[b].name));
          const body = document.querySelector('#speakers tbody');
          for (const i of order.slice(0, SPEAKER_ROWS)) {
            const sp = speakers[i];
            const stat = speakerStats[i];
            const name = el('button', { class: 'link', type: 'button', title: 'show only ' + sp.name }, swatch(sp), sp.name);
            name.addEventListener('click', () => go({ speaker: sp.id, doc: '' }));
            const docCell = el('td', { class: 'docs' }, String(stat.docs.length) + ' ');
            for (const d of stat.docs.slice(0, 3)) {
              const link = el('button', { class: 'link', type: 'button' }, docs[d].id);
              link.addEventListener('click', () => go({ speaker: sp.id, doc: docs[d].id }));
              docCell.append(link, ' ');
            }
            if (stat.docs.length > 3) docCell.append('…');
            const aliases = sp.aliases.length > ALIASES_SHOWN
              ? sp.aliases.slice(0, ALIASES_SHOWN).join(', ') + ' … (+' + (sp.aliases.length - ALIASES_SHOWN) + ')' : sp.aliases.join(', ');
            body.append(el('tr', { 'data-speaker': sp.id },
              el('td', null, name, sp.role ? el('div', { class: 'role' }, sp.role) : null,
                el('div', { class: 'aliases', title: sp.aliases.join(', ') }, aliases), sp.collective ? el('div', { class: 'note' }, 'collective') : null),
              el('td', null, String(stat.count)), docCell));
          }
          $('speakers-note').textContent = speakers.length > SPEAKER_ROWS
            ? 'The ' + SPEAKER_ROWS + ' speakers with most statements of ' + speakers.length + '; the speaker filter lists all.' : '';
        }

        // Statements may nest (a partial quote inside reported speech) but never cross, so the spans of a
        // paragraph form a tree: sorted by start, longest first, each span takes the ones that start inside it.
        function build(parent, spans, from, to, text) {
          let pos = from;
          let i = 0;
          while (i < spans.length) {
            const span = spans[i++];
            const end = Math.min(span.end, to);
            if (span.start > pos) parent.append(text.slice(pos, span.start));
            const inner = [];
            while (i < spans.length && spans[i].start < end) inner.push(spans[i++]);
            const node = span.node();
            build(node, inner, span.start, end, text);
            parent.append(node);
            pos = end;
          }
          if (pos < to) parent.append(text.slice(pos, to));
        }

        function markOf(s, hit) {
          const sp = s.speaker >= 0 ? speakers[s.speaker] : null;
          const mark = el('mark', {
            class: hit ? 'st match' : 'st', 'data-id': s.id, 'data-kind': s.kind, 'data-speaker': sp ? sp.id : '',
            style: sp ? '--c:' + sp.color : null, tabindex: '0', title: (sp ? sp.name : 'no speaker') + ' · ' + s.kind + ' · ' + s.id,
          });
          mark.addEventListener('click', () => focusStatement(s.id));
          return mark;
        }
        function focusStatement(id) {
          for (const e of document.querySelectorAll('.focus')) e.classList.remove('focus');
          const row = document.querySelector('tr[data-id="' + CSS.escape(id) + '"]');
          const mark = document.querySelector('mark[data-id="' + CSS.escape(id) + '"]');
          if (mark) mark.classList.add('focus');
          if (row) { row.classList.add('focus'); row.scrollIntoView({ block: 'nearest' }); }
        }

        function renderText(d, match) {
          const doc = docs[d];
          const box = el('div', { class: 'text', lang: doc.language });
          const own = byDoc[d];
          let group = null;
          for (const [start, length, kind] of doc.blocks) {
            const end = start + length;
            const name = data.blockKinds[kind];
            const block = el('div', { class: 'blk k-' + name, 'data-kind': name });
            const spans = [];
            for (const s of own) {
              if (s.start < start || s.start >= end) continue;
              spans.push({ start: s.start, end: s.start + s.length, order: 0, node: () => markOf(s, match(s)) });
              if (s.cue && s.cue[0] >= start && s.cue[0] < end) {
                const sp = speakers[s.speaker];
                spans.push({ start: s.cue[0], end: s.cue[0] + s.cue[1], order: 2,
                  node: () => el('span', { class: 'cue', 'data-for': s.id, style: sp ? '--c:' + sp.color : null, title: 'speaker named here' }) });
              }
            }
            for (const [ds, dl, value] of doc.dates) {
              if (ds < start || ds >= end) continue;
              spans.push({ start: ds, end: ds + dl, order: 1,
                node: () => el('span', { class: 'date', 'data-value': value || '', title: value ? 'date ' + value : 'date, unresolved' }) });
            }
            spans.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
            build(block, spans, start, end, doc.text);
            if (!APART[name]) {
              group = null;
              box.append(block);
              continue;
            }
            if (!group || group.kind !== name) {
              group = { kind: name, count: 0, summary: el('summary'), details: el('details', { class: 'apart k-' + name, 'data-kind': name, open: name === 'comment' ? '' : null }) };
              group.details.append(group.summary);
              box.append(group.details);
            }
            group.details.append(block);
            group.summary.textContent = APART[name] + ' · ' + (++group.count);
          }
          return box;
        }

        function renderTable(d, match) {
          const rows = byDoc[d].map(s => {
            const sp = s.speaker >= 0 ? speakers[s.speaker] : null;
            const input = el('input', { type: 'text', list: 'speaker-names', placeholder: 'speaker name', 'aria-label': 'speaker name for ' + s.id });
            const button = (kind, label, title) => {
              const b = el('button', { type: 'button', title: title }, label);
              b.addEventListener('click', () => copyFix(kind, s, input.value));
              return b;
            };
            const alias = button('alias', 'add alias', sp ? 'copy a fix making "' + sp.name + '" an alias of the typed name' : 'no speaker to make an alias of');
            alias.disabled = !sp;
            const full = textOf(s);
            const idCell = el('code', null, s.id);
            idCell.addEventListener('click', () => focusStatement(s.id));
            return el('tr', { class: match(s) ? 'match' : null, 'data-id': s.id },
              el('td', null, idCell, el('div', { class: 'note' }, 'line ' + s.line + (s.date ? ' · ' + s.date : ''))),
              el('td', null, swatch(sp), sp ? sp.name : '(none)'),
              el('td', { class: 'kind', title: s.rule }, s.kind),
              el('td', null, full.length > 160 ? full.slice(0, 159) + '…' : full),
              el('td', { class: 'fix-tools' }, button('exclude', 'exclude', 'copy a fix excluding this statement'), ' ', input, ' ',
                button('speaker', 'set speaker', 'copy a fix giving this statement the typed speaker'), ' ', alias));
          });
          if (rows.length === 0) return el('p', { class: 'note' }, 'No statement was found in this document.');
          return el('table', { class: 'statements' },
            el('thead', null, el('tr', null, ...['statement', 'speaker', 'kind', 'text', 'fix'].map(h => el('th', null, h)))),
            el('tbody', null, ...rows));
        }

        function renderDoc(d, match) {
          const doc = docs[d];
          const meta = [doc.file, doc.language, doc.source || 'no outlet', doc.published || 'no date', doc.comments + ' reader comments'];
          const url = doc.url && /^https?:\/\//i.test(doc.url) ? el('a', { href: doc.url, rel: 'noreferrer' }, doc.url) : null;
          return el('article', { class: 'doc', id: 'doc-' + doc.id, 'data-doc': doc.id },
            el('h3', null, doc.title || doc.file),
            el('p', { class: 'meta' }, meta.join(' · '), url ? ' · ' : null, url),
            renderText(d, match), renderTable(d, match));
        }

        function renderPager(page, pages, shown) {
          for (const pager of document.querySelectorAll('.pager')) {
            const prev = el('button', { type: 'button' }, '‹ previous');
            const next = el('button', { type: 'button' }, 'next ›');
            prev.disabled = page <= 1;
            next.disabled = page >= pages;
            prev.addEventListener('click', () => go({ page: page - 1 }));
            next.addEventListener('click', () => go({ page: page + 1 }));
            pager.replaceChildren(prev, 'page ' + page + ' of ' + pages + ' · ' + shown + ' documents', next);
          }
        }

        function renderFixesFromHash() {
          $('fix-out').replaceChildren();
          for (const raw of state.fix) {
            let args = null;
            try { args = JSON.parse(raw); } catch (e) { args = null; }
            const text = Array.isArray(args) ? fixText(args[0], byId.get(args[1]), args[2]) : null;
            if (text === null) $('fix-out').append(el('p', { class: 'note fix-error' }, 'No fix for ' + raw));
            else showFix(text, args[0], 'Fix for ' + args[1] + ':');
          }
        }

        let state = readHash();
        function render() {
          state = readHash();
          $('f-speaker').value = state.speaker;
          $('f-kind').value = state.kind;
          $('f-lang').value = state.lang;
          if (document.activeElement !== $('f-q')) $('f-q').value = state.q;
          const match = matcher(state);
          const hits = statements.filter(match).length;
          $('f-count').textContent = hits + ' of ' + statements.length + ' statements';
          let shown = docs.map((_, i) => i);
          if (state.doc) shown = shown.filter(i => docs[i].id === state.doc);
          if (filtering(state)) shown = shown.filter(i => byDoc[i].some(match));
          const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
          const page = Math.min(state.page, pages);
          renderPager(page, pages, shown.length);
          $('doc-list').replaceChildren(...shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(d => renderDoc(d, match)));
          if (state.fix.length > 0) renderFixesFromHash();
        }

        fillControls();
        fillSpeakers();
        window.addEventListener('hashchange', render);
        render();
        })();

        """;
}
