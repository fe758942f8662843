// Card ids live in the browser's database: served through the SPA fallback.
export const prerender = false;
