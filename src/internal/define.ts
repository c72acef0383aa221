/**
 * Guarded registration. Municipal pages do load a script twice (a CMS module
 * and a theme both add it), and sometimes two versions: defining a tag twice
 * throws, so a second definition is skipped, with a warning when the versions
 * differ.
 */
export const VERSION = '0.1.0';

const REGISTRY = Symbol.for('samverkan.versions');

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const versions = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= new Map<string, string>()) as Map<string, string>;
  const existing = customElements.get(tag);
  if (existing) {
    const other = versions.get(tag);
    if (existing !== ctor && other !== VERSION) {
      console.warn(`[samverkan] <${tag}> is already defined by samverkan ${other ?? '(unknown version)'}; this copy (${VERSION}) is not used.`);
    }
    return;
  }
  customElements.define(tag, ctor);
  versions.set(tag, VERSION);
}
