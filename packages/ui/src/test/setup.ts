import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first dialog a test file opens loads the lazy dialog chunks (consent, health, logs), which
// Vitest transforms on first import; on two shared cores that can take more than the default 1 s.
// A broken feature still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
