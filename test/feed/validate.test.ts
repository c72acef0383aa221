import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, validateFeed } from '../../src/feed/feed.js';
import { validateSections } from '../../src/feed/validate.js';
import { ItemChecker } from '../../src/feed/item-checker.js';
import { Organizations } from '../../src/feed/sections/organizations.js';
import { Events } from '../../src/feed/sections/events.js';

const org = (id: string, extra: object = {}) => ({ id, name: `Org ${id}`, type: 'municipality', ...extra });

describe('validateFeed', () => {
  it('accepts a minimal feed with no problems', () => {
    const { feed, problems } = validateFeed({ version: 1 });
    expect(problems).to.deep.equal([]);
    expect(feed).to.deep.equal({ version: 1 });
  });

  it('drops an invalid item, keeps its siblings, and reports the JSON pointer', () => {
    const { feed, problems } = validateFeed({ version: 1, organizations: [org('a'), { id: 'b', name: 'B', type: 'spaceship' }, org('c')] });
    expect(feed!.organizations!.map((o) => o.id)).to.deep.equal(['a', 'c']);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: '/organizations/1/type', code: 'enum', severity: 'error' });
  });

  it('reports a missing required field at the field path', () => {
    const { problems } = validateFeed({ version: 1, organizations: [{ id: 'x', type: 'region' }] });
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([['/organizations/0/name', 'required']]);
  });

  it('treats a field set to undefined from script as absent (optional: no problem; required: missing)', () => {
    const fromScript = { version: 1, organizations: [org('a', { website: undefined }), { id: 'b', type: 'region', name: undefined }] };
    const { feed, problems } = validateFeed(fromScript);
    expect(feed!.organizations!.map((o) => o.id)).to.deep.equal(['a']);
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([['/organizations/1/name', 'required']]);
  });

  it('keeps the fields of an item in their order when one is dropped, and takes valid items over as they are', () => {
    const input = { version: 1, organizations: [org('a', { colour: 'red', website: 'https://a.se/' }), org('b')] };
    const { feed } = validateFeed(input);
    expect(Object.keys(feed!.organizations![0])).to.deep.equal(Object.keys(input.organizations[0]).filter((k) => k !== 'colour'));
    expect(feed!.organizations![1]).to.equal(input.organizations[1]);
  });

  it('checks a section shared by widgets of different kinds once per feed, and reports its problems to each', () => {
    const input = { version: 1, organizations: [org('a'), { id: 'b' }], events: [] };
    const calendar = validateSections(input, { events: Events, organizations: Organizations });
    const map = validateSections(input, { organizations: Organizations });
    // The second widget gets the very array the first check made (one item dropped, so a copy).
    expect(map.feed!.organizations).to.equal(calendar.feed!.organizations);
    expect(map.feed!.organizations!.map((o) => o.id)).to.deep.equal(['a']);
    for (const result of [calendar, map]) expect(result.problems.map((p) => p.path)).to.deep.equal(['/organizations/1/name', '/organizations/1/type']);
  });

  it('ignores unknown fields with a warning and keeps the item', () => {
    const { feed, problems } = validateFeed({ version: 1, organizations: [org('a', { colour: 'red' })] });
    expect(feed!.organizations).to.have.length(1);
    expect((feed!.organizations![0] as Record<string, unknown>).colour).to.equal(undefined);
    expect(problems).to.deep.include({ path: '/organizations/0/colour', severity: 'warning', code: 'unknown-field', message: 'Unknown field "colour" is ignored.', params: { field: 'colour' } });
  });

  it('drops an invalid optional field but keeps the item', () => {
    const { feed, problems } = validateFeed({ version: 1, organizations: [org('a', { website: 'javascript:alert(1)' })] });
    expect(feed!.organizations![0].website).to.equal(undefined);
    expect(problems[0]).to.include({ path: '/organizations/0/website', code: 'pattern' });
  });

  it('refuses an unsupported version with a clear error and no feed', () => {
    const { feed, problems } = validateFeed({ version: 2, organizations: [org('a')] });
    expect(feed).to.equal(null);
    expect(problems[0].code).to.equal('version');
    expect(problems[0].message).to.contain('not supported');
  });

  it('keeps municipality codes as strings with their leading zero and rejects numbers', () => {
    const ok = validateFeed({ version: 1, organizations: [org('a', { municipality: '0780' })] });
    expect(ok.feed!.organizations![0].municipality).to.equal('0780');
    const bad = validateFeed({ version: 1, organizations: [org('a', { municipality: 780 })] });
    expect(bad.problems[0]).to.include({ path: '/organizations/0/municipality', code: 'type' });
  });

  it('accepts localized text as a string or a language map, and warns about a bad language key', () => {
    const { feed, problems } = validateFeed({ version: 1, organizations: [org('a', { name: { sv: 'Växjö', ar: 'فكشو', 'not a tag!': 'x' } })] });
    expect(feed!.organizations![0].name).to.deep.equal({ sv: 'Växjö', ar: 'فكشو' });
    expect(problems[0]).to.include({ path: '/organizations/0/name/not a tag!', severity: 'warning' });
  });

  it('drops a later duplicate id and warns about unknown references', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      organizations: [org('a'), org('a')],
      events: [{ id: 'e', title: 'Möte', start: '2026-12-01T18:00', organizer: 'nobody' }],
    });
    expect(feed!.organizations).to.have.length(1);
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['/organizations/1/id', 'duplicate-id'],
      ['/events/0/organizer', 'reference'],
    ]);
  });

  it('points a reference warning at the item in the input, also after an earlier item was dropped', () => {
    const ev = (id: string, extra: object = {}) => ({ id, title: 'Möte', start: '2026-12-01T18:00', ...extra });
    const { feed, problems } = validateFeed({
      version: 1,
      organizations: [org('a')],
      events: [ev('e0', { organizer: 'nobody' }), ev('e1', { start: 'soon' }), ev('e2', { organizer: 'a' }), ev('e3', { organizer: 'ghost' })],
    });
    expect(feed!.events!.map((e) => e.id)).to.deep.equal(['e0', 'e2', 'e3']);
    expect(problems.filter((p) => p.code === 'reference').map((p) => p.path)).to.deep.equal(['/events/0/organizer', '/events/3/organizer']);
  });

  it('escapes "/" and "~" in JSON pointers (RFC 6901)', () => {
    const { problems } = validateFeed({ version: 1, organizations: [org('a', { 'a/b~c': 1 })] });
    expect(problems[0].path).to.equal('/organizations/0/a~1b~0c');
  });

  it('turns invalid JSON into one problem instead of an exception', () => {
    const { feed, problems } = parseFeed('{"version": 1,');
    expect(feed).to.equal(null);
    expect(problems[0].code).to.equal('json');
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateFeed(value);
        expect(result.problems).to.be.an('array');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutated feeds, and reports every dropped organization', () => {
    const valid = { id: 'x', name: { sv: 'X' }, type: 'region', municipality: '0780', location: { lat: 56.9, lon: 14.8 } };
    const mutation = fc.oneof(
      fc.constant(valid),
      fc.record({ id: fc.oneof(fc.string(), fc.integer()), name: fc.jsonValue(), type: fc.oneof(fc.constant('region'), fc.string()) }),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 8 }), (items) => {
        const { feed, problems } = validateFeed({ version: 1, organizations: items });
        const kept = feed!.organizations!.length;
        const droppedPaths = new Set(
          problems.filter((p) => p.severity === 'error').map((p) => p.path.split('/').slice(0, 3).join('/')),
        );
        // Every item that is not in the result has at least one error pointing into it.
        expect(droppedPaths.size).to.be.at.least(items.length - kept);
      }),
      { numRuns: 300 },
    );
  });

  it('checks single items as the whole section does: same values, same problems at the same paths (duplicate ids wait for the whole check)', () => {
    const valid = (id: string) => ({ id, title: { sv: `Möte ${id}` }, start: '2026-11-24T10:00' });
    const id = fc.constantFrom('a', 'b', 'c');
    const mutation = fc.oneof(
      id.map(valid),
      fc.record({ id: fc.oneof(id, fc.integer()), title: fc.oneof(fc.string(), fc.jsonValue()), start: fc.oneof(fc.constant('2026-11-24'), fc.string()) }),
      fc.jsonValue(),
    );
    // The whole section without its duplicate rule: the one thing ItemChecker leaves to it.
    const eachItem = { ...Events, uniqueBy: undefined };
    const sortedProblems = (problems: { path: string; code: string }[]) => problems.map((p) => `${p.path} ${p.code}`).sort();
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 10 }), fc.infiniteStream(fc.nat()), (items, picks) => {
        const whole = validateSections({ version: 1, events: items }, { events: eachItem });
        const one = new ItemChecker('events', Events, items);
        // Asked for in any order, as a view asks (the earliest start first, not feed order).
        const order = items.map((_, i) => i).sort((a, b) => (picks.next().value % 3) - 1 || a - b);
        for (const i of order) one.get(i);
        const kept = items.map((_, i) => one.get(i)).filter((x) => x !== null);
        expect(kept).to.deep.equal(whole.feed!.events ?? []);
        expect(sortedProblems(one.problems)).to.deep.equal(sortedProblems(whole.problems));
      }),
      { numRuns: 300 },
    );
  });
});
