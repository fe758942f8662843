// A static SPA: every page renders in the browser from IndexedDB.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
