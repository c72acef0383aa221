import { expect } from '@open-wc/testing';
import { safeHref, sanitizeRichText } from '../../src/internal/rich-text.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

/** Sanitizes `html`, puts the result into the live page and gives the browser time to run anything that could run. */
async function render(html: string, headingLevel = 2): Promise<HTMLElement> {
  const host = document.createElement('div');
  host.append(sanitizeRichText(html, { headingLevel }));
  document.body.append(host);
  await new Promise((r) => setTimeout(r, 60));
  return host;
}

const HOSTILE: [string, string][] = [
  ['script element', '<p>a</p><script>window.pwned=1</script>'],
  ['img onerror', '<img src=x onerror="window.pwned=2">'],
  ['onerror on an allowed element', '<p onclick="window.pwned=3" onmouseover="window.pwned=3">text</p>'],
  ['javascript: link', '<a href="javascript:window.pwned=4">click</a>'],
  ['javascript: with an encoded tab', '<a href="jav&#x09;ascript:window.pwned=5">click</a>'],
  ['javascript: upper case, spaces', '<a href="  JaVaScRiPt:window.pwned=6">click</a>'],
  ['data: URL link', '<a href="data:text/html,<script>window.pwned=7</script>">click</a>'],
  ['svg script', '<svg><script>window.pwned=8</script></svg>'],
  ['svg onload', '<svg onload="window.pwned=9"><a href="javascript:window.pwned=9">x</a></svg>'],
  ['math mtext mglyph trick', '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=10"></style></mglyph></table></mtext></math>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>parent.pwned=11</script>"></iframe>'],
  ['iframe javascript src', '<iframe src="javascript:parent.pwned=12"></iframe>'],
  ['form with javascript action', '<form action="javascript:window.pwned=13"><button>go</button></form>'],
  ['style attribute and element', '<p style="background:url(javascript:window.pwned=14)">t</p><style>p{color:red}</style>'],
  ['object data', '<object data="javascript:window.pwned=15"></object>'],
  ['template content', '<template><img src=x onerror="window.pwned=16"></template>'],
  ['noscript parsing difference', '<noscript><p title="</noscript><img src=x onerror=window.pwned=17>">'],
  ['details ontoggle', '<details open ontoggle="window.pwned=18"><summary>x</summary></details>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:window.pwned=19">'],
  ['base href', '<base href="javascript:/"><a href="/x">rel</a>'],
  ['comment breakout', '<!--><img src=x onerror="window.pwned=20">-->'],
  ['video poster onerror', '<video poster=x onerror="window.pwned=21"><source onerror="window.pwned=21"></video>'],
];

describe('rich text sanitizer (src/internal/rich-text.ts)', () => {
  beforeEach(() => {
    delete window.pwned;
  });
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  for (const [name, payload] of HOSTILE) {
    it(`runs nothing and keeps no dangerous markup: ${name}`, async () => {
      const host = await render(payload);
      expect(window.pwned, 'payload ran').to.equal(undefined);
      for (const el of host.querySelectorAll('*')) {
        expect(['P', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'A', 'STRONG', 'EM', 'BR']).to.include(el.tagName);
        for (const attr of el.attributes) expect(['href', 'rel'], `${el.tagName} ${attr.name}`).to.include(attr.name);
        if (el instanceof HTMLAnchorElement) expect(el.protocol).to.match(/^(https?|mailto|tel):$/);
      }
    });
  }

  it('keeps the allowed subset: paragraphs, headings, lists, links, emphasis and line breaks', async () => {
    const host = await render(
      '<p>Ring <strong>1177</strong> eller <em>112</em>.<br>Ny rad.</p><h3>Rubrik</h3><h4>Under</h4><ul><li>ett</li><li>två</li></ul><ol><li>a</li></ol>' +
        '<p><a href="https://www.1177.se/x?y=1#z">1177</a> <a href="mailto:info@example.se">mejl</a> <a href="tel:+46470123">ring</a></p>',
    );
    expect(host.querySelectorAll('p')).to.have.length(2);
    expect(host.querySelector('strong')!.textContent).to.equal('1177');
    expect(host.querySelector('em')!.textContent).to.equal('112');
    expect(host.querySelector('br')).to.be.instanceOf(HTMLBRElement);
    expect(host.querySelectorAll('ul > li')).to.have.length(2);
    expect(host.querySelectorAll('ol > li')).to.have.length(1);
    const links = [...host.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://www.1177.se/x?y=1#z', 'mailto:info@example.se', 'tel:+46470123']);
    expect(host.querySelector('a')!.rel).to.equal('noreferrer');
  });

  it('shifts body headings under the card heading: h3 one level below, h4 two', async () => {
    const host = await render('<h3>A</h3><h4>B</h4>', 3);
    expect([...host.children].map((c) => c.tagName)).to.deep.equal(['H4', 'H5']);
    const deep = await render('<h3>A</h3><h4>B</h4>', 5);
    expect([...deep.children].map((c) => c.tagName)).to.deep.equal(['H6', 'H6']);
  });

  it('unwraps unknown elements but keeps their text, and drops script text entirely', async () => {
    const host = await render('<div><span class="x" id="y">hej</span> <font color=red>du</font></div><script>secret()</script><style>.a{}</style>');
    expect(host.textContent).to.equal('hej du');
    expect(host.querySelector('span, div, font')).to.equal(null);
  });

  it('keeps links whose scheme is not allowed as plain text', async () => {
    const host = await render('<p><a href="javascript:alert(1)">klicka</a> <a href="/relativ">relativ</a> <a>ingen</a></p>');
    expect(host.querySelector('a')).to.equal(null);
    expect(host.textContent).to.equal('klicka relativ ingen');
  });

  it('makes valid lists: stray list items are unwrapped, stray content in a list gets an item', async () => {
    const host = await render('<li>lös</li><ul>text<p>stycke</p><li>ok</li></ul>');
    expect(host.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
    const ul = host.querySelector('ul')!;
    expect([...ul.children].every((c) => c.tagName === 'LI')).to.equal(true);
    expect(ul.children).to.have.length(3);
  });

  it('treats plain text with angle brackets as text', async () => {
    const host = await render('1 < 2 & 3 > 2');
    expect(host.textContent).to.equal('1 < 2 & 3 > 2');
  });

  it('checks link schemes after the URL parser has normalized them', () => {
    expect(safeHref('https://a.se/ä')).to.equal('https://a.se/%C3%A4');
    expect(safeHref('java\nscript:alert(1)')).to.equal(null);
    expect(safeHref('vbscript:x')).to.equal(null);
    expect(safeHref('data:text/html,x')).to.equal(null);
    expect(safeHref('//evil.example/')).to.equal(null);
    expect(safeHref('TEL:112')).to.equal('tel:112');
  });

  it('works under an enforced Trusted Types policy (CSP require-trusted-types-for), through the samverkan policy', async () => {
    // The sanitizer's module is loaded fresh inside an iframe whose CSP enforces Trusted Types.
    const moduleUrl = new URL('../../src/internal/rich-text.ts', import.meta.url).href;
    const frame = document.createElement('iframe');
    const csp = "require-trusted-types-for 'script'; trusted-types samverkan lit-html";
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
      <body><script type="module">
        const { sanitizeRichText } = await import(${JSON.stringify(moduleUrl)});
        let sinkBlocked = false;
        try { document.body.innerHTML = '<b>x</b>'; } catch { sinkBlocked = true; }
        const host = document.createElement('div');
        host.append(sanitizeRichText('<p>Hej <strong>du</strong></p><img src=x onerror="parent.pwned=99"><a href="https://a.se/">a</a>'));
        document.body.append(host);
        setTimeout(() => parent.postMessage({ samverkanTT: true, sinkBlocked, html: host.innerHTML }, '*'), 50);
      </script></body>`;
    const answer = new Promise<{ sinkBlocked: boolean; html: string }>((resolve) =>
      window.addEventListener('message', function on(e) {
        if (e.data?.samverkanTT) {
          window.removeEventListener('message', on);
          resolve(e.data);
        }
      }),
    );
    document.body.append(frame);
    const result = await answer;
    frame.remove();
    expect(result.sinkBlocked, 'Trusted Types were enforced in the frame').to.equal(true);
    expect(result.html).to.equal('<p>Hej <strong>du</strong></p><a href="https://a.se/" rel="noreferrer">a</a>');
    expect(window.pwned).to.equal(undefined);
  });

  it('without its policy under enforced Trusted Types, shows the text as plain paragraphs', async () => {
    const moduleUrl = new URL('../../src/internal/rich-text.ts', import.meta.url).href;
    const frame = document.createElement('iframe');
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html";
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
      <body><script type="module">
        let html;
        const { sanitizeRichText } = await import(${JSON.stringify(moduleUrl)});
        try {
          const host = document.createElement('div');
          host.append(sanitizeRichText('<p>Ett &amp; två</p><p>tre<script>parent.pwned=98<\\/script></p>'));
          html = host.innerHTML;
        } catch (e) { html = 'error: ' + e; }
        parent.postMessage({ samverkanTT2: true, html }, '*');
      </script></body>`;
    const answer = new Promise<{ html: string }>((resolve) =>
      window.addEventListener('message', function on(e) {
        if (e.data?.samverkanTT2) {
          window.removeEventListener('message', on);
          resolve(e.data);
        }
      }),
    );
    document.body.append(frame);
    const result = await answer;
    frame.remove();
    expect(result.html).to.equal('<p>Ett &amp; två</p><p>tre</p>');
    expect(window.pwned).to.equal(undefined);
  });
});
