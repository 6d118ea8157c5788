import { retryableLazy } from '../primitives/retryableLazy.js';

/**
 * `FieldMappingView`, loaded when first shown: the dialog's chunk leaves the mapping view, its tree
 * and JSONPath reader out (a host's bundler splits the dynamic import into its own chunk). Render it
 * inside `LazyBoundary`.
 */
export const LazyFieldMappingView = retryableLazy(async () => (await import('./FieldMappingView.js')).FieldMappingView);
