/** The product's name as users see it, and the name of its folder in the OS data location. */
export const APP_NAME = 'PolicyDesk';

// Replaced with package.json's version at build time (see electron.vite.config.ts). Read
// through `typeof` so unit tests, which run the source unbuilt, get a placeholder instead
// of a ReferenceError.
declare const __POLICYDESK_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __POLICYDESK_VERSION__ === 'string' ? __POLICYDESK_VERSION__ : '0.0.0-dev';
