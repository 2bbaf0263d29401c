// The index kept between runs (ARCHITECTURE.md "Persisted index").
export { LAYOUT_VERSION } from './binary';
export { cacheName, DiskCacheStore, ENGINE_VERSION, IndexCache, MemoryCacheStore, type CacheStore, type CachedIndex, type IndexCacheOptions } from './indexCache';
export { corpusSignature, CorruptPostingsError, listSound, ListsWhenRead, postingsWhole } from './postingsBlob';
export { compactSources, contentKey, CorruptRecordError, recordText, restoreSource, verifyUnreadText, type TextGuard } from './sourceRecords';
