/** Every validator rule, in report order. One file per rule: rules/<rule-id>.ts. */
import type { Rule } from '../types';
import composeDependsOnCycle from './compose-depends-on-cycle';
import composeDependsOnUnknown from './compose-depends-on-unknown';
import composeHealthcheckTest from './compose-healthcheck-test';
import composeHealthyNeedsHealthcheck from './compose-healthy-needs-healthcheck';
import composeImageOrBuild from './compose-image-or-build';
import composeImageReference from './compose-image-reference';
import composeNetworkModeNetworks from './compose-network-mode-networks';
import composePortRange from './compose-port-range';
import composeRestartValue from './compose-restart-value';
import composeSchema from './compose-schema';
import composeUndeclaredNetwork from './compose-undeclared-network';
import composeUndeclaredSecret from './compose-undeclared-secret';
import composeUndeclaredVolume from './compose-undeclared-volume';
import composeValueFormat from './compose-value-format';
import composeVersionObsolete from './compose-version-obsolete';
import composeVolumeSourcePath from './compose-volume-source-path';
import k8sApiVersion from './k8s-api-version';
import k8sConfigRef from './k8s-config-ref';
import k8sCronjobSchedule from './k8s-cronjob-schedule';
import k8sEnum from './k8s-enum';
import k8sContainerNameDuplicate from './k8s-container-name-duplicate';
import k8sEnvDuplicate from './k8s-env-duplicate';
import k8sEnvValueConflict from './k8s-env-value-conflict';
import k8sNegativeValue from './k8s-negative-value';
import k8sSecretBase64 from './k8s-secret-base64';
import k8sStrategyConflict from './k8s-strategy-conflict';
import k8sNameFormat from './k8s-name-format';
import k8sPortRange from './k8s-port-range';
import k8sFieldType from './k8s-field-type';
import k8sImageReference from './k8s-image-reference';
import k8sImageTag from './k8s-image-tag';
import k8sIngressBackend from './k8s-ingress-backend';
import k8sNamespaceMismatch from './k8s-namespace-mismatch';
import k8sProbeHandler from './k8s-probe-handler';
import k8sProbePort from './k8s-probe-port';
import k8sProbesMissing from './k8s-probes-missing';
import k8sPvcRef from './k8s-pvc-ref';
import k8sRequestsExceedLimits from './k8s-requests-exceed-limits';
import k8sRequiredField from './k8s-required-field';
import k8sResourcesMissing from './k8s-resources-missing';
import k8sRestartPolicy from './k8s-restart-policy';
import k8sSelectorMatchesTemplate from './k8s-selector-matches-template';
import k8sServiceSelectorMatchesPod from './k8s-service-selector-matches-pod';
import k8sServiceTargetPort from './k8s-service-target-port';
import k8sUnknownField from './k8s-unknown-field';
import k8sVolumeMountRef from './k8s-volume-mount-ref';
import yamlBase60 from './yaml-base60';
import yamlBooleanWord from './yaml-boolean-word';
import yamlDuplicateKey from './yaml-duplicate-key';
import yamlLimits from './yaml-limits';
import yamlSyntax from './yaml-syntax';
import yamlTabIndent from './yaml-tab-indent';

export const rules: Rule[] = [
	composeDependsOnCycle,
	composeDependsOnUnknown,
	composeHealthcheckTest,
	composeHealthyNeedsHealthcheck,
	composeImageOrBuild,
	composeImageReference,
	composeNetworkModeNetworks,
	composePortRange,
	composeRestartValue,
	composeSchema,
	composeUndeclaredNetwork,
	composeUndeclaredSecret,
	composeUndeclaredVolume,
	composeValueFormat,
	composeVersionObsolete,
	composeVolumeSourcePath,
	k8sApiVersion,
	k8sConfigRef,
	k8sCronjobSchedule,
	k8sEnum,
	k8sContainerNameDuplicate,
	k8sEnvDuplicate,
	k8sEnvValueConflict,
	k8sNegativeValue,
	k8sSecretBase64,
	k8sStrategyConflict,
	k8sFieldType,
	k8sImageReference,
	k8sImageTag,
	k8sIngressBackend,
	k8sNameFormat,
	k8sNamespaceMismatch,
	k8sPortRange,
	k8sProbeHandler,
	k8sProbePort,
	k8sProbesMissing,
	k8sPvcRef,
	k8sRequestsExceedLimits,
	k8sRequiredField,
	k8sResourcesMissing,
	k8sRestartPolicy,
	k8sSelectorMatchesTemplate,
	k8sServiceSelectorMatchesPod,
	k8sServiceTargetPort,
	k8sUnknownField,
	k8sVolumeMountRef,
	yamlBase60,
	yamlBooleanWord,
	yamlDuplicateKey,
	yamlLimits,
	yamlSyntax,
	yamlTabIndent
];
