import { fileURLToPath } from 'node:url';
import { exitOnStartupError, runBrowserHost } from './run';

// Entry point of `npm run start:browser`, built to out/main/browser-host.js beside out/renderer/.
const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));

runBrowserHost(process.argv.slice(2), rendererDir).catch(exitOnStartupError);
