import { PolicyDeskDatabase } from './db';

/** The app's database. Only modules in renderer/src/data import this. */
export const db = new PolicyDeskDatabase();
