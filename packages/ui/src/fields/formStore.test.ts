import { describe, expect, it, vi } from 'vitest';
import { createFormStore } from './formStore.js';

const required = (value: unknown) => (value === '' || value === null ? 'Required' : undefined);

describe('createFormStore', () => {
  it('is dirty while a value differs from its default, by content for arrays', () => {
    const store = createFormStore({ f0: 'a', f1: ['x'] });
    store.setValue('f1', ['x']);
    expect(store.get().dirty).toBe(false);
    store.setValue('f0', 'b');
    expect(store.get().dirty).toBe(true);
    store.setValue('f0', 'a');
    expect(store.get().dirty).toBe(false);
  });

  it('validates only registered fields, focuses the first invalid one in key order, then re-validates on change', () => {
    const store = createFormStore({ f0: '', f1: '', f2: '' });
    const first = { focus: vi.fn() } as unknown as HTMLElement;
    const second = { focus: vi.fn() } as unknown as HTMLElement;
    store.register('f1', { validate: required, element: second });
    store.register('f0', { validate: required, element: first });
    expect(store.validate()).toBe(false);
    expect(store.get().errors).toEqual({ f0: 'Required', f1: 'Required' });
    expect(first.focus).toHaveBeenCalledOnce();
    expect(second.focus).not.toHaveBeenCalled();

    store.setValue('f0', 'filled');
    expect(store.get().errors).toEqual({ f1: 'Required' });
  });

  it('does not validate as the user types before the first save attempt', () => {
    const store = createFormStore({ f0: 'x' });
    store.register('f0', { validate: required });
    store.setValue('f0', '');
    expect(store.get().errors).toEqual({});
  });

  it('stops validating and focusing a field once it unregisters', () => {
    const store = createFormStore({ f0: '' });
    const unregister = store.register('f0', { validate: required });
    unregister();
    expect(store.validate()).toBe(true);
  });

  it('keeps a server error on its field until reset, which also forgets the save attempt', () => {
    const store = createFormStore({ f0: 'a' });
    const element = { focus: vi.fn() } as unknown as HTMLElement;
    store.register('f0', { validate: () => undefined, element });
    store.setError('f0', 'Rejected by the API', { focus: true });
    expect(store.get().errors.f0).toBe('Rejected by the API');
    expect(element.focus).toHaveBeenCalledOnce();

    store.reset({ f0: 'b' });
    expect(store.get()).toMatchObject({
      values: { f0: 'b' },
      defaults: { f0: 'b' },
      errors: {},
      submitted: false,
      dirty: false,
    });
  });

  it('tells subscribers about each change until they unsubscribe', () => {
    const store = createFormStore({ f0: '' });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setValue('f0', 'a');
    unsubscribe();
    store.setValue('f0', 'b');
    expect(listener).toHaveBeenCalledOnce();
  });
});
