/**
 * The embed code generator (demo/generator.html): pick a component, a feed,
 * a language, filters and theme colours; see the snippet live at phone and
 * desktop width; copy it. The preview frames hold exactly the generated
 * snippet in a blank page, so what is pasted renders as previewed.
 *
 * Plain TypeScript (no Vite-only features), so the browser tests import it;
 * demo/generator.entry.ts mounts it with the URL of the demo's own copy of
 * the script.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { EMBED_NAMES, type EmbedName } from '../src/internal/embed.js';
import { checkTheme, formatRatio, type ContrastCheck } from '../src/internal/contrast.js';
import { directionOf, nativeName } from '../src/internal/language.js';
import { DEMO_LANGUAGES, REGIONS } from './regions.js';

// ---------------------------------------------------------------- the snippet

export type ScriptType = 'module' | 'classic';

export interface Choices {
  component: EmbedName;
  /** The feed's absolute address. */
  feed: string;
  /** Content language; '' follows the page. */
  lang: string;
  /** Attribute → value; empty values are left out. */
  filters: Record<string, string>;
  /** Theme colours; a colour equal to the default is left out. */
  theme: Theme;
  script: { src: string; type: ScriptType };
  fallback: { href: string; text: string };
}

export interface Theme {
  accent: string;
  text: string;
  surface: string;
}

export const DEFAULT_THEME: Theme = { accent: '#0b5cad', text: '#1a1a1a', surface: '#ffffff' };
const THEME_TOKEN: Record<keyof Theme, string> = { accent: 'color-accent', text: 'color-text', surface: 'color-surface' };

/** Each component's filter attributes (as its class declares them), in the order the form shows them. */
export const FILTERS: Record<EmbedName, readonly string[]> = {
  'event-calendar': ['view', 'municipality', 'category', 'area', 'language', 'audience', 'mode', 'q'],
  'partner-map': ['type', 'municipality', 'area', 'language', 'q'],
  'goal-tracker': ['area', 'party', 'goal', 'heading-level'],
  'info-cards': ['topic', 'heading-level'],
  'info-card': ['card', 'heading-level'],
};

/** Escapes a value for a double-quoted HTML attribute. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function scriptTag({ src, type }: Choices['script']): string {
  return type === 'module'
    ? `<script type="module" src="${escapeAttribute(src)}"></script>`
    : `<script src="${escapeAttribute(src)}" defer></script>`;
}

/** The element's attributes in snippet order: src, lang, then the filters with a value. */
export function attributesFor(c: Choices): [string, string][] {
  const out: [string, string][] = [['src', c.feed]];
  if (c.lang) out.push(['lang', c.lang]);
  for (const name of FILTERS[c.component]) {
    const value = (c.filters[name] ?? '').trim();
    if (value && !(name === 'heading-level' && value === '2')) out.push([name, value]);
  }
  return out;
}

/** Theme colours that differ from the defaults, as [token, value]. */
export function themeTokens(theme: Theme): [string, string][] {
  return (Object.keys(THEME_TOKEN) as (keyof Theme)[])
    .filter((k) => theme[k].toLowerCase() !== DEFAULT_THEME[k])
    .map((k) => [THEME_TOKEN[k], theme[k].toLowerCase()]);
}

/** The CMS-proof snippet: the script and a placeholder with a fallback link. */
export function placeholderSnippet(c: Choices): string {
  const attrs = [
    `data-samverkan="${c.component}"`,
    ...attributesFor(c).map(([n, v]) => `data-${n}="${escapeAttribute(v)}"`),
    ...themeTokens(c.theme).map(([t, v]) => `data-theme-${t}="${escapeAttribute(v)}"`),
  ];
  return `${scriptTag(c.script)}
<div ${attrs.join(' ')}>
  <p><a href="${escapeAttribute(c.fallback.href)}">${escapeText(c.fallback.text)}</a></p>
</div>`;
}

/** The element written directly, for editors that keep custom elements. */
export function elementSnippet(c: Choices): string {
  const tag = `samverkan-${c.component}`;
  const attrs = attributesFor(c).map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
  return `${scriptTag(c.script)}
<${tag}${attrs}></${tag}>`;
}

/** CSS for the site's stylesheet: the theme for the element variant. Empty when the theme is the default. */
export function themeCss(c: Choices): string {
  const tokens = themeTokens(c.theme);
  if (!tokens.length) return '';
  return `samverkan-${c.component} {\n${tokens.map(([t, v]) => `  --samverkan-${t}: ${v};`).join('\n')}\n}`;
}

/** A blank HTML page holding `snippet` and nothing else: what the preview frames show. */
export function blankPage(snippet: string, title = 'samverkan'): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
</head>
<body>
${snippet}
</body>
</html>`;
}

/** The checks the generator shows for a theme (default `on-accent` white). */
export const themeChecks = (theme: Theme): ContrastCheck[] => checkTheme({ accent: theme.accent, text: theme.text, surface: theme.surface });

// ---------------------------------------------------------------- feed suggestions

export interface Option {
  value: string;
  label: string;
}

type Json = Record<string, unknown>;
const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : []);
const textOf = (v: unknown, lang: string): string => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const o = v as Record<string, string>;
    return o[lang] ?? o.sv ?? Object.values(o)[0] ?? '';
  }
  return '';
};
const unique = (values: unknown[]): Option[] =>
  [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))].sort().map((value) => ({ value, label: value }));

/** Values each filter can take, read from a feed (for the form's pickers); an attribute not listed gets a text field. */
export function suggestions(feed: unknown, uiLang: string): Record<string, Option[]> {
  const f = (feed && typeof feed === 'object' ? feed : {}) as Json;
  const region = (f.region ?? {}) as Json;
  const agreement = (f.agreement ?? {}) as Json;
  const events = asArray(f.events);
  const orgs = asArray(f.organizations);
  const cards = asArray(f.infoCards);
  const orgName = new Map(orgs.map((o) => [String(o.id), textOf(o.name, uiLang)]));
  const municipalities = asArray(region.municipalities).map((m) => ({ value: String(m.code), label: `${textOf(m.name, uiLang)} (${m.code})` }));
  const areas = asArray(agreement.areas).map((a) => ({ value: String(a.id), label: textOf(a.title, uiLang) || String(a.id) }));
  return {
    view: [
      { value: 'month', label: 'month' },
      { value: 'agenda', label: 'agenda' },
    ],
    mode: [
      { value: 'in-person', label: 'in-person' },
      { value: 'online', label: 'online' },
    ],
    'heading-level': ['1', '2', '3', '4', '5', '6'].map((value) => ({ value, label: value })),
    municipality: municipalities,
    category: unique(events.map((e) => e.category)),
    area: areas,
    language: unique([...events.flatMap((e) => (Array.isArray(e.languages) ? e.languages : [])), ...orgs.flatMap((o) => (Array.isArray(o.languages) ? o.languages : []))]).map((o) => ({
      value: o.value,
      label: `${nativeName(o.value)} (${o.value})`,
    })),
    audience: unique(events.flatMap((e) => (Array.isArray(e.audience) ? e.audience : []))),
    type: unique(orgs.map((o) => o.type)),
    party: (Array.isArray(agreement.parties) ? (agreement.parties as unknown[]) : [])
      .filter((p): p is string => typeof p === 'string')
      .map((p) => ({ value: p, label: orgName.get(p) || p })),
    goal: asArray(agreement.goals).map((g) => ({ value: String(g.id), label: textOf(g.title, uiLang) || String(g.id) })),
    topic: unique(cards.map((c) => c.topic)),
    card: cards.map((c) => ({ value: String(c.id), label: textOf(c.title, uiLang) || String(c.id) })),
  };
}

// ---------------------------------------------------------------- interface strings

export type UiLang = 'sv' | 'en';

const STRINGS = {
  sv: {
    title: 'Kodgenerator för samverkan',
    intro: 'Välj vad som ska visas, se hur det blir i mobil och dator, och kopiera koden till ditt publiceringssystem.',
    switchTo: 'English',
    component: 'Komponent',
    components: {
      'event-calendar': 'Kalender',
      'partner-map': 'Partnerkarta',
      'goal-tracker': 'Måluppföljning',
      'info-cards': 'Informationskort',
      'info-card': 'Ett informationskort',
    } as Record<EmbedName, string>,
    feed: 'Flöde',
    feedSample: 'Exempelflöde',
    feedOwn: 'Eget flöde (adress)',
    feedOwnHint: 'Flödets server måste skicka Access-Control-Allow-Origin om den ligger på en annan adress än sidan.',
    feedFailed: 'Flödet kunde inte läsas här, så filtren visas som textfält.',
    invalidUrl: 'Ange en fullständig adress som börjar med https://',
    language: 'Språk',
    followPage: 'Samma som sidan',
    filters: 'Filter',
    filterHint: 'Tomt betyder alla. Läsaren kan ändra filtren själv.',
    all: 'Alla',
    auto: 'Automatisk (efter bredd)',
    filterNames: {
      view: 'Vy',
      municipality: 'Kommun',
      category: 'Kategori',
      area: 'Område',
      language: 'Språk för aktiviteten',
      audience: 'Målgrupp',
      mode: 'Plats eller på nätet',
      q: 'Sökord',
      type: 'Typ av organisation',
      party: 'Part',
      goal: 'Mål',
      topic: 'Ämne',
      card: 'Kort',
      'heading-level': 'Rubriknivå',
    } as Record<string, string>,
    colours: 'Färger',
    accent: 'Accentfärg (länkar och knappar)',
    text: 'Textfärg',
    surface: 'Bakgrund',
    resetColours: 'Standardfärger',
    contrastOk: 'Alla färgpar klarar WCAG AA.',
    contrastFail: 'Kontrasten räcker inte för WCAG AA:',
    contrastNeeds: (ratio: string, required: number) => `${ratio}:1, behöver minst ${required}:1`,
    pairs: {
      'text on surface': 'Text mot bakgrund',
      'accent (links, buttons) on surface': 'Accentfärg mot bakgrund',
      'text on accent (primary buttons)': 'Vit text på accentfärg',
    } as Record<string, string>,
    script: 'Skript',
    scriptSrc: 'Skriptets adress',
    scriptHint: 'Standard är demons egen kopia. Använd din organisations kopia i skarp drift och lås versionen.',
    scriptModule: 'Modul (samverkan.js)',
    scriptClassic: 'Klassiskt skript (samverkan.iife.js) – om ditt system tar bort type="module"',
    fallback: 'Reservlänk',
    fallbackHint: 'Visas om skript är blockerade eller inte fungerar.',
    fallbackHref: 'Länkens adress',
    fallbackText: 'Länkens text',
    fallbackDefault: 'Information för nyanlända på informationsverige.se',
    snippet: 'Kod att klistra in',
    snippetHint: 'Rekommenderas: fungerar även i system som tar bort okända element. Klistra in i ett HTML-block.',
    elementVariant: 'Med elementet direkt (för system som behåller egna element)',
    themeCss: 'CSS för webbplatsens stilmall (färger för elementvarianten)',
    copy: 'Kopiera',
    copied: 'Koden är kopierad.',
    copyFailed: 'Kunde inte kopiera automatiskt. Koden är markerad: tryck Ctrl+C (Cmd+C på Mac).',
    preview: 'Förhandsvisning',
    previewHint: 'Rutorna innehåller exakt koden ovan på en tom sida.',
    phone: 'Mobil (390 px)',
    desktop: 'Dator (1024 px)',
    cms: 'Så lägger du in koden',
    cmsText: {
      Sitevision:
        'Lägg koden i en HTML-modul. Om komponenten inte syns: lägg skriptet i en Skriptmodul eller i mallens head och välj det klassiska skriptet. Vi har inte bekräftat om HTML-modulen behåller type="module" och egna element.',
      Optimizely:
        'TinyMCE tar bort element som inte finns i dess tillåtna lista. Klistra in koden med platshållaren (en vanlig div). Skriptet läggs i sidmallen av en utvecklare, som också kan tillåta samverkan-element i extended_valid_elements.',
      WordPress:
        'Använd blocket Anpassad HTML. WordPress tar bort skript för användare utan behörigheten unfiltered_html: be en administratör lägga skriptet i temat en gång, och klistra sedan bara in platshållaren.',
      Drupal:
        'CKEditor 5 tar bort okända element. Använd ett textformat som tillåter <div data-samverkan data-*> (eller Full HTML) och klistra in platshållaren. Skriptet läggs till via temats bibliotek.',
    } as Record<string, string>,
    docs: 'Mer om inbäddning, säkerhetspolicy (CSP) och CORS finns i docs/embedding.md.',
    phoneTitle: 'Förhandsvisning i mobilbredd',
    desktopTitle: 'Förhandsvisning i datorbredd',
  },
  en: {
    title: 'samverkan embed code generator',
    intro: 'Choose what to show, see it on a phone and a desktop, and copy the code into your CMS.',
    switchTo: 'Svenska',
    component: 'Component',
    components: {
      'event-calendar': 'Calendar',
      'partner-map': 'Partner map',
      'goal-tracker': 'Goal tracker',
      'info-cards': 'Info cards',
      'info-card': 'A single info card',
    } as Record<EmbedName, string>,
    feed: 'Feed',
    feedSample: 'Sample feed',
    feedOwn: 'Your feed (address)',
    feedOwnHint: 'The feed server must send Access-Control-Allow-Origin when it is on another address than the page.',
    feedFailed: 'The feed could not be read here, so the filters are text fields.',
    invalidUrl: 'Enter a full address starting with https://',
    language: 'Language',
    followPage: 'Same as the page',
    filters: 'Filters',
    filterHint: 'Empty means all. Readers can change the filters themselves.',
    all: 'All',
    auto: 'Automatic (by width)',
    filterNames: {
      view: 'View',
      municipality: 'Municipality',
      category: 'Category',
      area: 'Area',
      language: 'Language of the activity',
      audience: 'Audience',
      mode: 'In person or online',
      q: 'Search words',
      type: 'Type of organisation',
      party: 'Party',
      goal: 'Goal',
      topic: 'Topic',
      card: 'Card',
      'heading-level': 'Heading level',
    } as Record<string, string>,
    colours: 'Colours',
    accent: 'Accent colour (links and buttons)',
    text: 'Text colour',
    surface: 'Background',
    resetColours: 'Default colours',
    contrastOk: 'Every colour pair meets WCAG AA.',
    contrastFail: 'The contrast is not enough for WCAG AA:',
    contrastNeeds: (ratio: string, required: number) => `${ratio}:1, needs at least ${required}:1`,
    pairs: {
      'text on surface': 'Text on background',
      'accent (links, buttons) on surface': 'Accent colour on background',
      'text on accent (primary buttons)': 'White text on accent colour',
    } as Record<string, string>,
    script: 'Script',
    scriptSrc: 'Script address',
    scriptHint: "The default is the demo's own copy. In production use your organisation's copy and pin the version.",
    scriptModule: 'Module (samverkan.js)',
    scriptClassic: 'Classic script (samverkan.iife.js) – if your CMS removes type="module"',
    fallback: 'Fallback link',
    fallbackHint: 'Shown when scripts are blocked or fail.',
    fallbackHref: 'Link address',
    fallbackText: 'Link text',
    fallbackDefault: 'Information for newcomers on informationsverige.se',
    snippet: 'Code to paste',
    snippetHint: 'Recommended: works even in editors that remove unknown elements. Paste it into an HTML block.',
    elementVariant: 'With the element itself (for editors that keep custom elements)',
    themeCss: "CSS for the site's stylesheet (colours for the element variant)",
    copy: 'Copy',
    copied: 'The code is copied.',
    copyFailed: 'Could not copy automatically. The code is selected: press Ctrl+C (Cmd+C on a Mac).',
    preview: 'Preview',
    previewHint: 'The frames hold exactly the code above in a blank page.',
    phone: 'Phone (390 px)',
    desktop: 'Desktop (1024 px)',
    cms: 'Adding the code to your CMS',
    cmsText: {
      Sitevision:
        'Put the code in an HTML module. If the component does not appear: put the script in a Script module or the template head, and choose the classic script. We have not confirmed whether the HTML module keeps type="module" and custom elements.',
      Optimizely:
        "TinyMCE removes elements missing from its allow-list. Paste the placeholder code (a plain div). A developer adds the script to the page template and can allow samverkan elements in extended_valid_elements.",
      WordPress:
        'Use the Custom HTML block. WordPress removes scripts for users without the unfiltered_html capability: ask an administrator to add the script to the theme once, then paste only the placeholder.',
      Drupal:
        "CKEditor 5 removes unknown elements. Use a text format that allows <div data-samverkan data-*> (or Full HTML) and paste the placeholder. Add the script through the theme's library.",
    } as Record<string, string>,
    docs: 'More on embedding, Content-Security-Policy and CORS: docs/embedding.md.',
    phoneTitle: 'Preview at phone width',
    desktopTitle: 'Preview at desktop width',
  },
};

export const stringsFor = (lang: UiLang) => STRINGS[lang];

// ---------------------------------------------------------------- the page

export interface GeneratorOptions {
  /** Absolute URL of the script the snippet loads by default. */
  scriptSrc: string;
  scriptType?: ScriptType;
  uiLang?: UiLang;
  /** Delay before the previews reload after a change (ms). */
  previewDelay?: number;
}

interface State {
  ui: UiLang;
  component: EmbedName;
  feedKind: 'sample' | 'own';
  sample: string;
  ownFeed: string;
  lang: string;
  filters: Record<string, string>;
  theme: Theme;
  script: { src: string; type: ScriptType };
  fallback: { href: string; text: string | null };
  suggestions: Record<string, Option[]> | null;
  feedFailed: boolean;
  copyStatus: string;
}

export class Generator {
  readonly state: State;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private loadedFeed = '';
  private lastPreview = '';

  constructor(
    readonly root: HTMLElement,
    private readonly options: GeneratorOptions,
  ) {
    this.state = {
      ui: options.uiLang ?? 'sv',
      component: 'event-calendar',
      feedKind: 'sample',
      sample: REGIONS[0].id,
      ownFeed: '',
      lang: '',
      filters: {},
      theme: { ...DEFAULT_THEME },
      script: { src: options.scriptSrc, type: options.scriptType ?? 'module' },
      fallback: { href: 'https://www.informationsverige.se/', text: null },
      suggestions: null,
      feedFailed: false,
      copyStatus: '',
    };
    this.update();
  }

  get strings() {
    return STRINGS[this.state.ui];
  }

  /** The current choices, as the snippet functions take them. */
  get choices(): Choices {
    const s = this.state;
    const region = REGIONS.find((r) => r.id === s.sample) ?? REGIONS[0];
    return {
      component: s.component,
      feed: s.feedKind === 'own' ? s.ownFeed.trim() : region.feed,
      lang: s.lang,
      filters: Object.fromEntries(
        FILTERS[s.component].map((f) => [f, s.filters[f] || (f === 'card' ? (s.suggestions?.card?.[0]?.value ?? '') : '')]),
      ),
      theme: s.theme,
      script: s.script,
      fallback: { href: s.fallback.href, text: s.fallback.text ?? this.strings.fallbackDefault },
    };
  }

  get snippet(): string {
    return placeholderSnippet(this.choices);
  }

  /** Changes the state and re-renders (the tests drive the page through this too). */
  set(patch: Partial<State>): void {
    Object.assign(this.state, patch);
    this.update();
  }

  private update(): void {
    const s = this.state;
    document.documentElement.lang = s.ui;
    document.title = this.strings.title;
    render(this.template(), this.root);
    const feed = this.choices.feed;
    if (feed !== this.loadedFeed) void this.loadSuggestions(feed);
    this.schedulePreview();
  }

  private async loadSuggestions(feed: string): Promise<void> {
    this.loadedFeed = feed;
    let data: unknown = null;
    let failed = false;
    try {
      if (!/^https?:\/\//.test(feed)) throw new Error('not a URL');
      const response = await fetch(feed);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      data = await response.json();
    } catch {
      failed = true;
    }
    if (this.loadedFeed !== feed) return;
    this.set({ suggestions: failed ? null : suggestions(data, this.state.ui), feedFailed: failed });
  }

  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.refreshPreview(), this.options.previewDelay ?? 400);
  }

  /** Loads the snippet into both preview frames (only when it changed). */
  refreshPreview(): void {
    const doc = blankPage(this.snippet, this.strings.title);
    if (doc === this.lastPreview) return;
    this.lastPreview = doc;
    this.root.querySelectorAll<HTMLIFrameElement>('iframe.preview').forEach((frame) => (frame.srcdoc = doc));
  }

  private async copy(id: string): Promise<void> {
    const area = this.root.querySelector<HTMLTextAreaElement>(`#${id}`)!;
    try {
      await navigator.clipboard.writeText(area.value);
      this.set({ copyStatus: this.strings.copied });
    } catch {
      area.focus();
      area.select();
      this.set({ copyStatus: this.strings.copyFailed });
    }
  }

  private template(): TemplateResult {
    const t = this.strings;
    const s = this.state;
    const c = this.choices;
    const checks = themeChecks(s.theme);
    const failing = checks.filter((x) => !x.passes);
    const ownInvalid = s.feedKind === 'own' && !/^https?:\/\/\S+$/.test(s.ownFeed.trim());
    const css = themeCss(c);
    return html`
      <header class="gen-header">
        <h1>${t.title}</h1>
        <button type="button" class="secondary" lang=${s.ui === 'sv' ? 'en' : 'sv'} @click=${() => this.set({ ui: s.ui === 'sv' ? 'en' : 'sv', copyStatus: '' })}>
          ${t.switchTo}
        </button>
      </header>
      <p class="intro">${t.intro}</p>
      <div class="gen-layout">
        <form class="gen-form" @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>${t.component}</legend>
            ${EMBED_NAMES.map(
              (name) => html`<label class="choice">
                <input type="radio" name="component" value=${name} .checked=${live(s.component === name)} @change=${() => this.set({ component: name })} />
                ${t.components[name]} <code>&lt;samverkan-${name}&gt;</code>
              </label>`,
            )}
          </fieldset>

          <fieldset>
            <legend>${t.feed}</legend>
            <label class="choice">
              <input type="radio" name="feed-kind" value="sample" .checked=${live(s.feedKind === 'sample')} @change=${() => this.set({ feedKind: 'sample' })} />
              ${t.feedSample}
            </label>
            <label class="field">
              <span class="visually-hidden">${t.feedSample}</span>
              <select id="sample" ?disabled=${s.feedKind !== 'sample'} @change=${(e: Event) => this.set({ sample: (e.target as HTMLSelectElement).value })}>
                ${REGIONS.map((r) => html`<option value=${r.id} ?selected=${r.id === s.sample}>${r.name}</option>`)}
              </select>
            </label>
            <label class="choice">
              <input type="radio" name="feed-kind" value="own" .checked=${live(s.feedKind === 'own')} @change=${() => this.set({ feedKind: 'own' })} />
              ${t.feedOwn}
            </label>
            <label class="field">
              <span class="visually-hidden">${t.feedOwn}</span>
              <input
                id="own-feed"
                type="url"
                inputmode="url"
                placeholder="https://"
                aria-describedby="own-feed-hint"
                aria-invalid=${ownInvalid && s.ownFeed ? 'true' : 'false'}
                ?disabled=${s.feedKind !== 'own'}
                .value=${live(s.ownFeed)}
                @change=${(e: Event) => this.set({ ownFeed: (e.target as HTMLInputElement).value })}
              />
            </label>
            <p class="hint" id="own-feed-hint">${ownInvalid && s.ownFeed ? html`<strong>${t.invalidUrl}</strong> ` : nothing}${t.feedOwnHint}</p>
          </fieldset>

          <label class="field">
            <span>${t.language}</span>
            <select id="lang" @change=${(e: Event) => this.set({ lang: (e.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${s.lang === ''}>${t.followPage}</option>
              ${DEMO_LANGUAGES.map((l) => html`<option value=${l} lang=${l} dir=${directionOf(l)} ?selected=${s.lang === l}>${nativeName(l)}</option>`)}
            </select>
          </label>

          <fieldset>
            <legend>${t.filters}</legend>
            <p class="hint">${t.filterHint}${s.feedFailed ? html` ${t.feedFailed}` : nothing}</p>
            ${FILTERS[s.component].map((name) => this.filterField(name))}
          </fieldset>

          <fieldset>
            <legend>${t.colours}</legend>
            ${(['accent', 'text', 'surface'] as const).map(
              (k) => html`<label class="field colour">
                <span>${t[k]}</span>
                <input type="color" id=${`colour-${k}`} .value=${live(s.theme[k])} @input=${(e: Event) => this.set({ theme: { ...s.theme, [k]: (e.target as HTMLInputElement).value } })} />
                <code>${s.theme[k]}</code>
              </label>`,
            )}
            <button type="button" class="secondary" @click=${() => this.set({ theme: { ...DEFAULT_THEME } })}>${t.resetColours}</button>
            <div class="contrast" role="status" data-passes=${failing.length === 0 ? 'true' : 'false'}>
              ${failing.length === 0
                ? html`<p>✓ ${t.contrastOk}</p>`
                : html`<p><strong>⚠ ${t.contrastFail}</strong></p>
                    <ul>
                      ${failing.map((f) => html`<li>${t.pairs[f.pair] ?? f.pair}: ${t.contrastNeeds(formatRatio(f.ratio), f.required)}</li>`)}
                    </ul>`}
            </div>
          </fieldset>

          <fieldset>
            <legend>${t.script}</legend>
            <label class="field">
              <span>${t.scriptSrc}</span>
              <input id="script-src" type="url" aria-describedby="script-hint" .value=${live(s.script.src)} @change=${(e: Event) => this.set({ script: { ...s.script, src: (e.target as HTMLInputElement).value.trim() } })} />
            </label>
            <p class="hint" id="script-hint">${t.scriptHint}</p>
            ${(['module', 'classic'] as const).map(
              (type) => html`<label class="choice">
                <input type="radio" name="script-type" value=${type} .checked=${live(s.script.type === type)} @change=${() => this.set({ script: { ...s.script, type } })} />
                ${type === 'module' ? t.scriptModule : t.scriptClassic}
              </label>`,
            )}
          </fieldset>

          <fieldset>
            <legend>${t.fallback}</legend>
            <p class="hint">${t.fallbackHint}</p>
            <label class="field">
              <span>${t.fallbackHref}</span>
              <input id="fallback-href" type="url" .value=${live(s.fallback.href)} @change=${(e: Event) => this.set({ fallback: { ...s.fallback, href: (e.target as HTMLInputElement).value.trim() } })} />
            </label>
            <label class="field">
              <span>${t.fallbackText}</span>
              <input id="fallback-text" type="text" .value=${live(c.fallback.text)} @change=${(e: Event) => this.set({ fallback: { ...s.fallback, text: (e.target as HTMLInputElement).value } })} />
            </label>
          </fieldset>
        </form>

        <div class="gen-output">
          <section aria-labelledby="h-snippet">
            <h2 id="h-snippet">${t.snippet}</h2>
            <p class="hint" id="snippet-hint">${t.snippetHint}</p>
            ${this.codeBox('snippet', t.snippet, this.snippet, 'snippet-hint')}
            <details>
              <summary>${t.elementVariant}</summary>
              ${this.codeBox('element-snippet', t.elementVariant, elementSnippet(c))}
              ${css ? html`<p>${t.themeCss}</p>${this.codeBox('theme-css', t.themeCss, css)}` : nothing}
            </details>
            <p class="copy-status" role="status" aria-live="polite">${s.copyStatus}</p>
          </section>

          <section aria-labelledby="h-preview">
            <h2 id="h-preview">${t.preview}</h2>
            <p class="hint">${t.previewHint}</p>
            <div class="previews">
              <figure class="phone">
                <figcaption>${t.phone}</figcaption>
                <iframe class="preview" title=${t.phoneTitle} width="390" height="720"></iframe>
              </figure>
              <figure class="desktop">
                <figcaption>${t.desktop}</figcaption>
                <div class="desktop-frame" tabindex="0" role="group" aria-label=${t.desktop}>
                  <iframe class="preview" title=${t.desktopTitle} width="1024" height="720"></iframe>
                </div>
              </figure>
            </div>
          </section>
        </div>
      </div>

      <section class="cms" aria-labelledby="h-cms">
        <h2 id="h-cms">${t.cms}</h2>
        ${Object.entries(t.cmsText).map(
          ([name, text]) => html`<details>
            <summary>${name}</summary>
            <p>${text}</p>
          </details>`,
        )}
        <p>${t.docs}</p>
      </section>
    `;
  }

  private codeBox(id: string, label: string, value: string, describedBy?: string): TemplateResult {
    return html`<div class="code-box">
      <label class="visually-hidden" for=${id}>${label}</label>
      <textarea id=${id} readonly spellcheck="false" dir="ltr" rows=${Math.min(12, value.split('\n').length + 1)} aria-describedby=${describedBy ?? nothing} .value=${live(value)}></textarea>
      <button type="button" class="primary" @click=${() => this.copy(id)}>${this.strings.copy}<span class="visually-hidden">: ${label}</span></button>
    </div>`;
  }

  private filterField(name: string): TemplateResult {
    const t = this.strings;
    const s = this.state;
    const value = s.filters[name] ?? '';
    const options = s.suggestions?.[name] ?? (name === 'heading-level' || name === 'view' || name === 'mode' ? suggestions(null, s.ui)[name] : undefined);
    const onChange = (e: Event) => this.set({ filters: { ...s.filters, [name]: (e.target as HTMLInputElement | HTMLSelectElement).value } });
    const label = html`<span>${t.filterNames[name] ?? name} <code>${name}</code></span>`;
    if (options && options.length && name !== 'q') {
      const known = options.some((o) => o.value === value);
      return html`<label class="field">
        ${label}
        <select id=${`filter-${name}`} @change=${onChange}>
          ${name === 'heading-level' || name === 'card' ? nothing : html`<option value="" ?selected=${value === ''}>${name === 'view' ? t.auto : t.all}</option>`}
          ${!known && value ? html`<option value=${value} selected>${value}</option>` : nothing}
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === (value || (name === 'heading-level' ? '2' : ''))}>${o.label}</option>`)}
        </select>
      </label>`;
    }
    return html`<label class="field">
      ${label}
      <input id=${`filter-${name}`} type="text" .value=${live(value)} @change=${onChange} />
    </label>`;
  }
}

/** Mounts the generator into `root`. */
export function mountGenerator(root: HTMLElement, options: GeneratorOptions): Generator {
  return new Generator(root, options);
}
