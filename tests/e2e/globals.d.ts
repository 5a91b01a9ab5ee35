// Code that e2e tests run inside extension pages and the service worker uses Chrome's own `chrome`
// namespace. Only the calls the tests make are typed here.
declare const chrome: {
  storage: { local: { get(keys: string | null): Promise<any>; set(items: Record<string, unknown>): Promise<void> } };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
};
