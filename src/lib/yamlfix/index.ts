/**
 * Deckhand YAML validator: compose files and Kubernetes manifests. Pure TypeScript (no DOM), runs in
 * node and in the browser, never throws.
 */
import { rules as allRules } from './rules/index';
import type { RuleInfo } from './types';

export { validateYaml, kustomizePatchPaths, type ValidateOptions, type ValidateResult } from './validate';
export { gradeExercise, mutateYaml, yamlBlockToExercises, isFailing, type GradeResult, type Mutation, type YamlBlockContext, type Rating } from './exercise';
export type { YamlDiagnostic, Rule, RuleInfo, RuleTarget, DetectedTarget } from './types';

/** Metadata of every rule (id, target, severity, description, remediation). */
export const rules: RuleInfo[] = allRules.map(({ id, target, severity, description, remediation }) => ({ id, target, severity, description, remediation }));
