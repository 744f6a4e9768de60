export {
  type AdminFileOptions,
  type AdminFiles,
  adminFiles,
  cmsConfigYaml,
  sveltiaVersion,
} from './admin-files.ts';
export { type BackendResult, backendFromEnvironment } from './backend-from-environment.ts';
export { buildCmsConfig, type CmsBackend, type CmsConfigOptions } from './cms-config.ts';
export { contentPathInRepository } from './content-path.ts';
export { type EditorComponentDefinition, editorComponent } from './editor-components.ts';
export { localiseSveltia, thirdPartyFetchedAddresses } from './localise-sveltia.ts';
