export const root: string;
export function actionNames(): Promise<string[]>;
export function bundle(entry: string, outDir: string): Promise<string>;
export function bundleAll(distDir: string): Promise<string[]>;
export const extraBundles: Array<{ name: string; entry: string }>;
export function bundleExtras(distDir: string, baseDir?: string): Promise<string[]>;
