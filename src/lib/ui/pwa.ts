/**
 * Service-worker registration through workbox-window. A waiting update is offered to the learner;
 * the page reloads only when they tap "reload" (never in the middle of a review).
 */
export async function registerServiceWorker(onUpdate: (apply: () => void) => void): Promise<void> {
	if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
	const { Workbox } = await import('workbox-window');
	const wb = new Workbox('/sw.js', { scope: '/' });
	wb.addEventListener('waiting', () => {
		onUpdate(() => {
			wb.addEventListener('controlling', () => window.location.reload());
			wb.messageSkipWaiting();
		});
	});
	await wb.register();
}
