export const BRIEFINGS_PATH = '/briefings';
export const briefingPath = (id: string) => `${BRIEFINGS_PATH}/${encodeURIComponent(id)}`;
