// Dexie needs an IndexedDB: the fake one, fresh per test file.
import 'fake-indexeddb/auto';
