/**
 * Image references as docker and the kubelet parse them (the distribution project's grammar).
 */

/** One path component of a repository: lower-case alphanumerics joined by '.', '_', '__' or dashes. */
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/**
 * A registry: only a first part with a '.', a ':port' or the name localhost is a host ([IPv6] too);
 * otherwise the first part is a path component (so `MyOrg/app` is an upper-case repository).
 */
const LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const REGISTRY = `(?:(?:${LABEL}(?:\\.${LABEL})+|localhost|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?|${LABEL}:[0-9]+)`;
/** The reference grammar of the distribution project (what docker and the kubelet parse). */
const REFERENCE = new RegExp(
	`^(?:${REGISTRY}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`
);

/** Why `image` is not a valid image reference, or null. */
export function imageReferenceProblem(image: string): string | null {
	if (REFERENCE.test(image)) return null;
	if (/\s/.test(image)) return 'it contains a space';
	if (REFERENCE.test(image.toLowerCase())) return 'repository names must be lower-case';
	if (/:[^/]*:/.test(image.slice(image.lastIndexOf('/') + 1))) return 'more than one ":" after the name';
	return 'not a valid reference ([registry/]name[:tag][@digest])';
}

/** The problem of a literal image, or null (templated images are not checked). */
export function literalImageProblem(image: unknown): string | null {
	return typeof image === 'string' && image && !/[{$]/.test(image) ? imageReferenceProblem(image) : null;
}
