import cytoscape from 'cytoscape';
const orig = console.warn; let n = 0; console.warn = (...a) => { n++; };
cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' } }], style: [{ selector: 'node', style: { 'bogus-prop': 3, width: 'zzz' } as never }] });
console.warn = orig; console.log('warnings', n);
