import { electronAvailability } from './app-under-test';

/** Says once, up front, why the electron project's tests will be reported as skipped. */
export default function globalSetup() {
  const electron = electronAvailability();
  if (!electron.available) console.log(`electron project: every test is skipped. ${electron.reason}`);
}
