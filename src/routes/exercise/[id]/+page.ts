// Card ids are only known in the browser's database: served through the SPA fallback.
export const prerender = false;
