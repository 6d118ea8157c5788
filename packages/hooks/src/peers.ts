// The peer-dependency functions the package uses, imported here once. A host's bundler keeps one
// import statement per module that names an external package; routing every hook through this
// module makes that one statement per peer for the whole package (about 1 kB less per bundle).
export { hashKey, infiniteQueryOptions, QueryClient, QueryClientContext, QueryClientProvider, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
export { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
