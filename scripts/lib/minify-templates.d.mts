import type { Plugin as VitePlugin } from 'vite';

/** Minifies the CSS and HTML inside Lit's css``, html`` and svg`` literals; null when nothing changed. */
export function minifyTemplates(code: string, id?: string): { code: string; map: unknown } | null;
/** The vite plugin (build only) for sources under src/. */
export function minifyTemplatesVite(): VitePlugin;
/** The esbuild plugin for sources under src/. */
export function minifyTemplatesEsbuild(): { name: string; setup(build: unknown): void };
