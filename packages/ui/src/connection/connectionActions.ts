/** An action of the dialog's menu a host can allow (`allowActions`); `disable` covers Enable too. */
export type ConnectionAction = 'test' | 'reauthorize' | 'disable' | 'disconnect' | 'delete';

/** Every menu action; the default of `allowActions`. */
export const allConnectionActions: readonly ConnectionAction[] = [
  'test',
  'reauthorize',
  'disable',
  'disconnect',
  'delete',
];
