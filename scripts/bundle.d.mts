export const root: string;
export function actionNames(): Promise<string[]>;
export function bundle(entry: string, outDir: string): Promise<string>;
export function bundleAll(distDir: string): Promise<string[]>;
