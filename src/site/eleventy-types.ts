/**
 * The small part of Eleventy's configuration API that ketabche's plugins use. Eleventy ships no type
 * declarations, so these are written out here once instead of `any` in every plugin.
 */
export interface EleventyConfig {
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void | Promise<void>, options?: T): void;
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addAsyncFilter(name: string, filter: (...args: any[]) => Promise<unknown>): void;
  addShortcode(name: string, shortcode: (...args: any[]) => string): void;
  addAsyncShortcode(name: string, shortcode: (...args: any[]) => Promise<string>): void;
  addPassthroughCopy(mapping: string | Record<string, string>): void;
  addWatchTarget(target: string): void;
  addTransform(
    name: string,
    transform: (this: { page: { outputPath: string | false } }, content: string) => string | Promise<string>,
  ): void;
  setLibrary(name: string, library: unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, callback: (...args: any[]) => unknown): void;
  ignores: { add(pattern: string): void };
  pathPrefix?: string;
}
