/** Bundle `entryFile` with ncc into `outDir` (index.js, lazy chunks, licenses.txt), minified. */
export function bundleEntry(entryFile: string, outDir: string): Promise<void>;
