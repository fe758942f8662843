export * from './schema';
export * from './repository';
export * from './errors';
export * from './builtin';
export * from './transfer';
export * from './tallies';
export * from './journal';
export * from './cards-admin';
