#!/usr/bin/env node
/**
 * Synthetic feeds for `npm run bench`, valid against the feed contract
 * (src/feed/sections/*.ts) and the same on every run (seeded PRNG).
 *
 *   node bench/generate.mjs [outDir]   writes every bench feed (default bench/.build/feeds)
 *
 * bench/run.mjs imports `writeFeeds()` and checks each feed with the real
 * validator (`validateFeed`) before measuring anything, so a contract change
 * that makes these feeds invalid is reported, not silently measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const some = (list, max) => {
    const n = 1 + int(max);
    const out = new Set();
    while (out.size < Math.min(n, list.length)) out.add(pick(list));
    return [...out];
  };
  return { next, int, pick, some };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const ymd = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;


export const KRONOBERG = {
  id: 'kronoberg',
  name: { sv: 'Kronobergs län', en: 'Kronoberg County' },
  county: { code: '07', name: 'Kronobergs län' },
  municipalities: [
    { code: '0760', name: 'Uppvidinge', seat: { lat: 57.168, lon: 15.346 } },
    { code: '0761', name: 'Lessebo', seat: { lat: 56.751, lon: 15.27 } },
    { code: '0763', name: 'Tingsryd', seat: { lat: 56.525, lon: 14.978 } },
    { code: '0764', name: 'Alvesta', seat: { lat: 56.899, lon: 14.556 } },
    { code: '0765', name: 'Älmhult', seat: { lat: 56.551, lon: 14.137 } },
    { code: '0767', name: 'Markaryd', seat: { lat: 56.46, lon: 13.596 } },
    { code: '0780', name: 'Växjö', seat: { lat: 56.879, lon: 14.806 } },
    { code: '0781', name: 'Ljungby', seat: { lat: 56.833, lon: 13.941 } },
  ],
  publisher: { name: { sv: 'Bench', en: 'Bench' } },
  license: 'CC0-1.0',
  exampleData: true,
};
const CODES = KRONOBERG.municipalities.map((m) => m.code);

/** 12 languages, the info-card scenario's. */
export const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'prs', 'so', 'ti', 'uk', 'ru', 'ckb', 'ps', 'tr'];
const WORDS = {
  latin: 'möte språk kafé information kurs hälsa bostad arbete skola barn familj kommun region stöd samtal tolk vård rätt samhälle lokal tid plats bibliotek träff nyanländ föräldrar ungdomar'.split(' '),
  arabic: 'اجتماع لغة مقهى معلومات دورة صحة سكن عمل مدرسة أطفال عائلة بلدية منطقة دعم محادثة مترجم رعاية حق مجتمع'.split(' '),
  ethiopic: 'ኣኼባ ቋንቋ ካፈ ሓበሬታ ትምህርቲ ጥዕና መንበሪ ስራሕ ቤት ትምህርቲ ቆልዑ ስድራ ምምሕዳር ደገፍ'.split(' '),
  cyrillic: 'встреча язык кафе информация курс здоровье жильё работа школа дети семья коммуна регион поддержка'.split(' '),
};
const scriptOf = (lang) => (['ar', 'fa', 'prs', 'ckb', 'ps'].includes(lang) ? 'arabic' : lang === 'ti' ? 'ethiopic' : ['uk', 'ru'].includes(lang) ? 'cyrillic' : 'latin');
const words = (r, lang, n) => Array.from({ length: n }, () => r.pick(WORDS[scriptOf(lang)])).join(' ');
const sentence = (r, lang, n) => {
  const w = words(r, lang, n);
  return w[0].toUpperCase() + w.slice(1) + '.';
};

const CATEGORIES = ['information-meeting', 'language-cafe', 'course', 'health-talk', 'dialogue-meeting', 'conference', 'networking', 'other'];
const AUDIENCES = ['newcomers', 'asylum-seekers', 'professionals', 'public', 'children-youth', 'parents', 'women', 'employers'];
const ORG_TYPES = ['municipality', 'region', 'county-board', 'government-agency', 'university', 'coordination-association', 'civil-society', 'employer', 'network', 'other'];
const TOPICS = ['health', 'housing', 'work', 'school', 'rights', 'society', 'family', 'language', 'money'];

/**
 * Events from `from` to `to` (inclusive, YYYY-MM-DD): 80 % timed (1–3 h,
 * Stockholm local time), 12 % all-day, 8 % multi-day; some cancelled.
 */
export function events(n, { from = '2027-01-01', to = '2027-12-31', seed = 1, prefix = 'ev', orgIds = [] } = {}) {
  const r = prng(seed);
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 864e5) + 1;
  const out = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(start + r.int(days) * 864e5);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const kind = r.next();
    const e = { id: `${prefix}-${i}`, title: `${sentence(r, 'sv', 3 + r.int(4)).slice(0, -1)} ${i}` };
    if (kind < 0.8) {
      const h = 8 + r.int(11);
      const min = r.pick([0, 15, 30, 45]);
      e.start = `${ymd(y, m, d)}T${pad(h)}:${pad(min)}`;
      e.end = `${ymd(y, m, d)}T${pad(Math.min(h + 1 + r.int(3), 23))}:${pad(min)}`;
    } else if (kind < 0.92) {
      e.start = ymd(y, m, d);
    } else {
      e.start = ymd(y, m, d);
      const endDay = new Date(day.getTime() + (1 + r.int(3)) * 864e5);
      e.end = ymd(endDay.getUTCFullYear(), endDay.getUTCMonth() + 1, endDay.getUTCDate());
    }
    if (r.next() < 0.5) e.description = { sv: sentence(r, 'sv', 12), en: sentence(r, 'en', 12), ar: sentence(r, 'ar', 10) };
    if (r.next() < 0.05) e.status = 'cancelled';
    e.category = r.pick(CATEGORIES);
    e.location = r.next() < 0.15 ? { online: `https://meet.example.se/${prefix}-${i}` } : { name: `${r.pick(WORDS.latin)} ${1 + r.int(40)}`, municipality: r.pick(CODES) };
    if (orgIds.length) e.organizer = r.pick(orgIds);
    e.languages = r.some(LANGUAGES, 3);
    e.audience = r.some(AUDIENCES, 2);
    if (r.next() < 0.3) e.registration = { url: `https://example.se/anmalan/${i}`, required: true };
    e.cost = { free: r.next() < 0.8 };
    out.push(e);
  }
  return out;
}

/** Partners placed inside Kronoberg's box (lat 56.4–57.3, lon 13.4–15.8). */
export function organizations(n, { seed = 2, prefix = 'org' } = {}) {
  const r = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const o = {
      id: `${prefix}-${i}`,
      name: `${sentence(r, 'sv', 2).slice(0, -1)} ${i}`,
      type: r.pick(ORG_TYPES),
      municipality: r.pick(CODES),
      location: { lat: +(56.4 + r.next() * 0.9).toFixed(5), lon: +(13.4 + r.next() * 2.4).toFixed(5) },
      languages: r.some(LANGUAGES, 3),
    };
    if (r.next() < 0.6) o.description = { sv: sentence(r, 'sv', 14), en: sentence(r, 'en', 14) };
    if (r.next() < 0.5) o.address = { street: `${r.pick(WORDS.latin)}gatan ${1 + r.int(90)}`, postalCode: `35${r.int(10)} ${pad(r.int(100))}`, city: 'Växjö', municipality: o.municipality };
    if (r.next() < 0.5) o.phone = `0470-${100 + r.int(900)} ${pad(r.int(100))}`;
    if (r.next() < 0.5) o.website = `https://example.se/${prefix}/${i}`;
    if (i < 15) o.party = true;
    return o;
  });
}

/** An agreement of `goals` goals, each with `perGoal` indicators of `measurements` quarterly measurements. */
export function agreement({ goals = 50, perGoal = 4, measurements = 20, seed = 3, parties = [] } = {}) {
  const r = prng(seed);
  const areas = ['arbete', 'bostad', 'halsa', 'delaktighet'].map((id, i) => ({ id, title: { sv: sentence(r, 'sv', 3), en: sentence(r, 'en', 3) }, description: { sv: sentence(r, 'sv', 12) }, _i: i }));
  const collaborationAreas = Array.from({ length: 15 }, (_, i) => ({ id: `sa-${i}`, area: areas[i % 4].id, title: { sv: sentence(r, 'sv', 4) }, lead: parties.length ? [r.pick(parties)] : undefined }));
  for (const c of collaborationAreas) if (!c.lead) delete c.lead;
  return {
    id: 'bench-agreement',
    title: { sv: 'Regional överenskommelse (bench)', en: 'Regional agreement (bench)' },
    summary: { sv: sentence(r, 'sv', 20) },
    period: { start: '2019-01-01', end: '2025-12-31' },
    ...(parties.length ? { parties: parties.slice(0, 15) } : {}),
    areas: areas.map(({ _i, ...a }) => a),
    collaborationAreas,
    goals: Array.from({ length: goals }, (_, g) => {
      const goal = {
        id: `goal-${g}`,
        area: areas[g % 4].id,
        title: { sv: sentence(r, 'sv', 6), en: sentence(r, 'en', 6) },
        description: { sv: sentence(r, 'sv', 20) },
        collaborationAreas: [`sa-${g % 15}`],
        indicators: Array.from({ length: perGoal }, (_, k) => {
          const up = r.next() < 0.7;
          const base = 20 + r.int(40);
          const target = up ? base + 10 + r.int(30) : Math.max(0, base - 10 - r.int(15));
          return {
            id: `ind-${g}-${k}`,
            title: { sv: sentence(r, 'sv', 5), en: sentence(r, 'en', 5) },
            unit: 'percent',
            direction: up ? 'increase' : 'decrease',
            baseline: { date: '2019-12-31', value: base },
            target: { date: '2025-12-31', value: target },
            measurements: Array.from({ length: measurements }, (_, q) => ({
              date: ymd(2020 + Math.floor(q / 4), [3, 6, 9, 12][q % 4], [31, 30, 30, 31][q % 4]),
              value: +(base + ((target - base) * (q + 1)) / (measurements * (0.9 + r.next() * 0.5)) + (r.next() - 0.5) * 4).toFixed(1),
            })),
            source: { name: { sv: 'Kolada' }, kolada: `N${pad(r.int(100000), 5)}` },
            updated: '2025-01-15',
            example: true,
          };
        }),
      };
      if (parties.length) goal.responsible = r.some(parties.slice(0, 15), 2);
      return goal;
    }),
  };
}

/** Info cards with title, summary and a rich-text body in every one of `langs`. */
export function infoCards(n, { langs = LANGUAGES, seed = 4, prefix = 'card' } = {}) {
  const r = prng(seed);
  const per = (fn) => Object.fromEntries(langs.map((l) => [l, fn(l)]));
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    topic: r.pick(TOPICS),
    title: per((l) => `${sentence(r, l, 4).slice(0, -1)} ${i}`),
    summary: per((l) => sentence(r, l, 16)),
    body: per((l) => `<p>${sentence(r, l, 30)} <strong>${words(r, l, 2)}</strong> ${sentence(r, l, 20)}</p><ul><li>${sentence(r, l, 8)}</li><li>${sentence(r, l, 8)}</li></ul><p><a href="https://example.se/${prefix}/${i}">${words(r, l, 3)}</a></p>`),
    reviewed: '2026-10-01',
    contact: { phone: '0470-123 45', interpreter: r.next() < 0.5 },
  }));
}

const feed = (parts) => ({ version: 1, region: KRONOBERG, ...parts });

/**
 * A feed of about `bytes` bytes (JSON text) with every section: partners,
 * an agreement, events over a year and info cards, in fixed proportions.
 */
export function feedOfSize(bytes, seed = 7) {
  const build = (s) => {
    const orgs = organizations(Math.max(20, Math.round(60 * s)), { seed });
    const ids = orgs.map((o) => o.id);
    return feed({
      organizations: orgs,
      agreement: agreement({ goals: Math.max(9, Math.round(3 * s)), perGoal: 3, measurements: 8, seed: seed + 1, parties: ids }),
      events: events(Math.round(400 * s), { seed: seed + 2, orgIds: ids, from: '2027-01-01', to: '2027-12-31' }),
      infoCards: infoCards(Math.max(5, Math.round(8 * s)), { seed: seed + 3, langs: LANGUAGES.slice(0, 9) }),
    });
  };
  let s = 1;
  for (let i = 0; i < 3; i++) s *= bytes / Buffer.byteLength(JSON.stringify(build(s)));
  return build(s);
}

/**
 * Every feed the bench uses: name → feed object. Events are spread over 2027
 * (the month view shows March 2027: about 1/12 of them; the agenda and
 * FullCalendar's listYear show them all).
 */
export function benchFeeds() {
  const orgs = (n) => feed({ organizations: organizations(n) });
  return {
    'agenda-1000': feed({ events: events(1000, { seed: 13 }) }),
    'agenda-10000': feed({ events: events(10000, { seed: 14 }) }),
    'map-500': orgs(500),
    'map-5000': orgs(5000),
    'goals-50': (() => {
      const o = organizations(15, { seed: 21 });
      return feed({ organizations: o, agreement: agreement({ goals: 50, perGoal: 4, measurements: 20, parties: o.map((x) => x.id) }) });
    })(),
    'cards-200': feed({ infoCards: infoCards(200) }),
    'feed-1mb': feedOfSize(1_000_000, 31),
    'feed-10mb': feedOfSize(10_000_000, 37),
  };
}

/** Writes the bench feeds as JSON files; returns name → { file, bytes, counts }. */
export function writeFeeds(outDir) {
  mkdirSync(outDir, { recursive: true });
  const out = {};
  for (const [name, f] of Object.entries(benchFeeds())) {
    const text = JSON.stringify(f);
    const file = join(outDir, `${name}.json`);
    writeFileSync(file, text);
    out[name] = {
      file,
      bytes: Buffer.byteLength(text),
      counts: {
        events: f.events?.length ?? 0,
        organizations: f.organizations?.length ?? 0,
        goals: f.agreement?.goals?.length ?? 0,
        indicators: f.agreement?.goals?.reduce((n, g) => n + (g.indicators?.length ?? 0), 0) ?? 0,
        infoCards: f.infoCards?.length ?? 0,
      },
    };
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '.build/feeds'));
  for (const [name, info] of Object.entries(writeFeeds(dir))) console.log(`${name.padEnd(14)} ${(info.bytes / 1e6).toFixed(2).padStart(6)} MB  ${JSON.stringify(info.counts)}`);
}
