import type { Plugin as VitePlugin } from 'vite';

/** The build-time transforms of our sources (see build-transforms.mjs); null when nothing changed. */
export function transformSource(code: string, id: string): { code: string; map: unknown } | null;
/** The vite plugin (build only). */
export function buildTransformsVite(): VitePlugin;
/** The esbuild plugin. */
export function buildTransformsEsbuild(): { name: string; setup(build: unknown): void };
